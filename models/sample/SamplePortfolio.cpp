#include "models/sample/SamplePortfolio.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/EventRepository.h"
#include "models/repositories/FundingOfferRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/IndicatorRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/WriteTransaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sstc {

namespace {

// Reads the JSON data file and writes it through the repositories, resolving the file's
// keys ("mohrss", "agreement-2012") to the ids the database gives.
class SampleReader
{
public:
    SampleReader(PortfolioStore &store, const QJsonObject &root)
        : m_store(store)
        , m_root(root)
    {}

    void write()
    {
        writeThemes();
        writeOrganisations();
        writeMilestones();
        writeAgreements();
        writeProjects();
        writeEvents();
        writeIndicators();
        writeOffers();
    }

private:
    [[noreturn]] void invalid(const QString &what) const
    {
        throw StoreError(StoreError::Kind::Failed, m_store.path(),
                         QStringLiteral("sample portfolio: ") + what);
    }

    static LocalizedText text(const QJsonObject &object, const char *field)
    {
        const QJsonObject value = object.value(QLatin1String(field)).toObject();
        return {value.value(QLatin1String("en")).toString(),
                value.value(QLatin1String("zh")).toString()};
    }
    static PartialDate date(const QJsonObject &object, const char *field)
    {
        return PartialDate::fromIso(object.value(QLatin1String(field)).toString());
    }
    static QString string(const QJsonObject &object, const char *field)
    {
        return object.value(QLatin1String(field)).toString();
    }
    static std::optional<int> optionalInt(const QJsonObject &object, const char *field)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
    }
    static std::optional<double> optionalDouble(const QJsonObject &object, const char *field)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }
    QJsonArray list(const char *field) const
    {
        return m_root.value(QLatin1String(field)).toArray();
    }

    template<typename E, std::size_t N>
    E code(const CodeEntry<E> (&table)[N], const QJsonObject &object, const char *field) const
    {
        const QString value = string(object, field);
        const std::optional<E> parsed = valueOfCode(table, value);
        if (!parsed)
            invalid(QStringLiteral("unknown %1 “%2”").arg(QLatin1String(field), value));
        return *parsed;
    }

    // An empty key means "none" (id 0); an unknown key is an error in the data file.
    qint64 idOf(const QHash<QString, qint64> &ids, const QString &key) const
    {
        if (key.isEmpty())
            return 0;
        if (!ids.contains(key))
            invalid(QStringLiteral("unknown key “%1”").arg(key));
        return ids.value(key);
    }

    void writeThemes()
    {
        ReferenceRepository repository(m_store);
        for (const QJsonValue &value : list("themes")) {
            const QJsonObject object = value.toObject();
            const QString key = string(object, "key");
            m_themes.insert(key, repository.insertTheme({0, key, text(object, "name")}));
        }
    }

    void writeOrganisations()
    {
        OrganisationRepository repository(m_store);
        for (const QJsonValue &value : list("organisations")) {
            const QJsonObject object = value.toObject();
            Organisation organisation;
            organisation.acronym = string(object, "acronym");
            organisation.name = text(object, "name");
            organisation.type = code(organisationTypeCodes, object, "type");
            organisation.countryCode = string(object, "country");
            m_organisations.insert(string(object, "key"), repository.insert(organisation));
        }
    }

    void writeMilestones()
    {
        ReferenceRepository repository(m_store);
        for (const QJsonValue &value : list("milestones")) {
            const QJsonObject object = value.toObject();
            repository.insertMilestone({0, date(object, "date"), text(object, "title")});
        }
    }

    void writeAgreements()
    {
        AgreementRepository repository(m_store);
        for (const QJsonValue &value : list("agreements")) {
            const QJsonObject object = value.toObject();
            Agreement agreement;
            agreement.kind = code(agreementKindCodes, object, "kind");
            agreement.title = text(object, "title");
            agreement.signedOn = date(object, "signed");
            agreement.signedPlace = text(object, "place");
            agreement.validFrom = date(object, "valid_from");
            agreement.validTo = date(object, "valid_to");
            agreement.summary = text(object, "summary");
            agreement.amendsId = idOf(m_agreements, string(object, "amends"));
            agreement.supersedesId = idOf(m_agreements, string(object, "supersedes"));
            for (const QJsonValue &partyValue : object.value(QLatin1String("parties")).toArray()) {
                const QJsonObject party = partyValue.toObject();
                agreement.parties.append({idOf(m_organisations, string(party, "organisation")),
                                          text(party, "signatory"),
                                          text(party, "signatory_title")});
            }
            m_agreements.insert(string(object, "key"), repository.insert(agreement));
        }
    }

    void writeProjects()
    {
        ProjectRepository projects(m_store);
        FundingRepository funding(m_store);
        for (const QJsonValue &value : list("projects")) {
            const QJsonObject object = value.toObject();
            Project project;
            project.code = string(object, "code");
            project.title = text(object, "title");
            project.description = text(object, "description");
            if (object.contains(QLatin1String("status")))
                project.status = code(projectStatusCodes, object, "status");
            project.plannedStart = date(object, "planned_start");
            project.plannedEnd = date(object, "planned_end");
            project.actualStart = date(object, "actual_start");
            project.actualEnd = date(object, "actual_end");
            project.agreementId = idOf(m_agreements, string(object, "agreement"));
            project.parentProjectId = idOf(m_projects, string(object, "parent"));
            for (const QJsonValue &link : object.value(QLatin1String("organisations")).toArray())
                project.organisations.append(
                    {idOf(m_organisations, string(link.toObject(), "organisation")),
                     code(organisationRoleCodes, link.toObject(), "role")});
            for (const QJsonValue &link : object.value(QLatin1String("countries")).toArray())
                project.countries.append({string(link.toObject(), "code"),
                                          optionalDouble(link.toObject(), "percentage")});
            for (const QJsonValue &goal : object.value(QLatin1String("sdgs")).toArray())
                project.sdgGoals.append(goal.toInt());
            for (const QJsonValue &theme : object.value(QLatin1String("themes")).toArray())
                project.themeIds.append(idOf(m_themes, theme.toString()));
            const qint64 id = projects.insert(project);
            m_projects.insert(string(object, "key"), id);

            for (const QJsonValue &lineValue : object.value(QLatin1String("funding")).toArray()) {
                const QJsonObject line = lineValue.toObject();
                FundingLine funded;
                funded.projectId = id;
                funded.kind = code(fundingKindCodes, line, "kind");
                funded.amount =
                    Money{qRound64(line.value(QLatin1String("amount")).toDouble() * 100),
                          string(line, "currency")};
                funded.valueDate = date(line, "value_date");
                funded.periodStart = date(line, "period_start");
                funded.periodEnd = date(line, "period_end");
                funded.providerOrganisationId = idOf(m_organisations, string(line, "provider"));
                funded.note = text(line, "note");
                funding.insertLine(funded);
            }
        }
    }

    void writeEvents()
    {
        EventRepository repository(m_store);
        for (const QJsonValue &value : list("events")) {
            const QJsonObject object = value.toObject();
            Event event;
            event.projectId = idOf(m_projects, string(object, "project"));
            event.agreementId = idOf(m_agreements, string(object, "agreement"));
            event.kind = code(eventKindCodes, object, "kind");
            event.title = text(object, "title");
            event.startOn = date(object, "start");
            event.endOn = date(object, "end");
            event.place = text(object, "place");
            event.countryCode = string(object, "country");
            event.description = text(object, "description");
            const QJsonObject people = object.value(QLatin1String("participants")).toObject();
            event.participants.total = optionalInt(people, "total");
            event.participants.totalIsMinimum =
                people.value(QLatin1String("total_is_minimum")).toBool();
            event.participants.government = optionalInt(people, "government");
            event.participants.workers = optionalInt(people, "workers");
            event.participants.employers = optionalInt(people, "employers");
            event.participants.women = optionalInt(people, "women");
            event.participants.men = optionalInt(people, "men");
            for (const QJsonValue &outputValue : object.value(QLatin1String("outputs")).toArray()) {
                const QJsonObject output = outputValue.toObject();
                event.outputs.append({code(outputKindCodes, output, "kind"),
                                      optionalInt(output, "quantity"),
                                      text(output, "description")});
            }
            repository.insert(event);
        }
    }

    void writeIndicators()
    {
        IndicatorRepository repository(m_store);
        for (const QJsonValue &value : list("indicators")) {
            const QJsonObject object = value.toObject();
            Indicator indicator;
            indicator.projectId = idOf(m_projects, string(object, "project"));
            indicator.title = text(object, "title");
            indicator.unit = text(object, "unit");
            indicator.baseline = optionalDouble(object, "baseline");
            indicator.baselineYear = optionalInt(object, "baseline_year");
            for (const QJsonValue &periodValue : object.value(QLatin1String("periods")).toArray()) {
                const QJsonObject period = periodValue.toObject();
                IndicatorPeriod entry;
                entry.start = date(period, "start");
                entry.end = date(period, "end");
                entry.target = optionalDouble(period, "target");
                entry.actual = optionalDouble(period, "actual");
                entry.actualIsMinimum = period.value(QLatin1String("actual_is_minimum")).toBool();
                entry.targetWomen = optionalDouble(period, "target_women");
                entry.targetMen = optionalDouble(period, "target_men");
                entry.actualWomen = optionalDouble(period, "actual_women");
                entry.actualMen = optionalDouble(period, "actual_men");
                indicator.periods.append(entry);
            }
            repository.insert(indicator);
        }
    }

    void writeOffers()
    {
        FundingOfferRepository repository(m_store);
        for (const QJsonValue &value : list("funding_offers")) {
            const QJsonObject object = value.toObject();
            FundingOffer offer;
            offer.title = text(object, "title");
            offer.description = text(object, "description");
            offer.unit = text(object, "unit");
            offer.unitCost =
                Money{qRound64(object.value(QLatin1String("unit_cost")).toDouble() * 100),
                      string(object, "currency")};
            repository.insert(offer);
        }
    }

    PortfolioStore &m_store;
    QJsonObject m_root;
    QHash<QString, qint64> m_themes;
    QHash<QString, qint64> m_organisations;
    QHash<QString, qint64> m_agreements;
    QHash<QString, qint64> m_projects;
};

} // namespace

void SamplePortfolio::fill(PortfolioStore &store)
{
    QFile file(QStringLiteral(":/data/sample/portfolio.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Failed, store.path(), QStringLiteral("no sample data"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        throw StoreError(StoreError::Kind::Failed, store.path(),
                         QStringLiteral("sample data: ") + error.errorString());
    WriteTransaction transaction(store);
    SampleReader(store, document.object()).write();
    transaction.commit();
}

} // namespace sstc
