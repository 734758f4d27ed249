#include "models/audit/AuditValueText.h"

#include "models/domain/Codes.h"
#include "models/domain/PartialDate.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QRegularExpression>
#include <QSet>

namespace sstc {

namespace {

bool isOneOf(const QString &field, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (field == QLatin1String(name))
            return true;
    return false;
}

bool isDateField(const QString &field)
{
    return isOneOf(field, {"planned_start", "planned_end", "actual_start", "actual_end",
                           "value_date", "period_start", "period_end", "start_on", "end_on",
                           "signed_on", "valid_from", "valid_to", "document_date", "proposed_on"});
}

QStringList listOf(const QString &stored, const QString &separator = QStringLiteral(", "))
{
    return stored.split(separator, Qt::SkipEmptyParts);
}

// How AuditLog and AuditRows write an amount: "250000.00 USD".
const QRegularExpression &storedMoney()
{
    static const QRegularExpression pattern(QStringLiteral(R"((-?\d+)\.(\d{2}) ([A-Z]{3}))"));
    return pattern;
}

std::optional<Money> moneyOf(const QRegularExpressionMatch &match)
{
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 units = match.captured(1).toLongLong();
    const qint64 cents = match.captured(2).toLongLong();
    return Money{units * 100 + (match.captured(1).startsWith(u'-') ? -cents : cents),
                 match.captured(3)};
}

LocalizedText organisationLabel(const QString &acronym, const QString &en, const QString &zh)
{
    return acronym.isEmpty() ? LocalizedText{en, zh} : LocalizedText{acronym, acronym};
}

// Every id the entries name under one of the fields.
QSet<qint64> idsIn(const QList<AuditEntry> &entries, std::initializer_list<const char *> fields,
                   bool pairs = false)
{
    QSet<qint64> ids;
    for (const AuditEntry &entry : entries) {
        if (!isOneOf(entry.field, fields))
            continue;
        for (const QString &value : {entry.oldValue, entry.newValue})
            for (const QString &item : listOf(value))
                if (const qint64 id = (pairs ? item.section(u':', 0, 0) : item).toLongLong())
                    ids.insert(id);
    }
    return ids;
}

void loadTitles(PortfolioStore &store, const QString &sql, const QSet<qint64> &ids,
                QHash<qint64, LocalizedText> &into, bool withAcronym = false)
{
    for (qint64 id : ids) {
        PreparedQuery query = store.query(sql, {id});
        if (!query.next())
            continue;
        into.insert(id,
                    withAcronym
                        ? organisationLabel(query.value(0).toString(), query.value(1).toString(),
                                            query.value(2).toString())
                        : LocalizedText{query.value(0).toString(), query.value(1).toString()});
    }
}

} // namespace

AuditNames AuditNames::load(PortfolioStore &store, const QList<AuditEntry> &entries)
{
    AuditNames names;
    ReferenceRepository reference(store);
    for (const Country &country : reference.countries())
        names.countries.insert(country.code, country.name);
    for (const Region &region : reference.regions())
        names.regions.insert(region.code, region.name);
    for (const Theme &theme : reference.themes())
        names.themes.insert(theme.id, theme.name);
    loadTitles(store,
               QStringLiteral("SELECT acronym, name_en, name_zh FROM organisations WHERE id = ?"),
               idsIn(entries, {"provider_id"}) + idsIn(entries, {"organisations"}, true),
               names.organisations, true);
    // A planned disbursement names its provider inside its text: " from 12".
    QSet<qint64> providers;
    static const QRegularExpression from(QStringLiteral(R"( from (\d+))"));
    for (const AuditEntry &entry : entries)
        if (entry.field == QLatin1String("planned_disbursements"))
            for (const QString &value : {entry.oldValue, entry.newValue})
                for (auto match = from.globalMatch(value); match.hasNext();)
                    providers.insert(match.next().captured(1).toLongLong());
    loadTitles(store,
               QStringLiteral("SELECT acronym, name_en, name_zh FROM organisations WHERE id = ?"),
               providers, names.organisations, true);
    loadTitles(store, QStringLiteral("SELECT title_en, title_zh FROM agreements WHERE id = ?"),
               idsIn(entries, {"agreement_id", "amends_id", "supersedes_id"}), names.agreements);
    loadTitles(store, QStringLiteral("SELECT title_en, title_zh FROM projects WHERE id = ?"),
               idsIn(entries, {"parent_project_id"}), names.projects);
    return names;
}

AuditHistory AuditHistory::withNames(PortfolioStore &store, QList<AuditEntry> entries)
{
    AuditNames names = AuditNames::load(store, entries);
    return {std::move(entries), std::move(names)};
}

QString AuditValueText::value(const AuditEntry &entry, const QString &stored) const
{
    if (stored.isEmpty())
        return stored;
    const QString &field = entry.field;
    const auto codeName = [&stored](auto codes, auto name) {
        const auto code = valueOfCode(*codes, stored);
        return code ? name(*code) : stored;
    };
    if (field == QLatin1String("kind")) {
        if (entry.entity == QLatin1String("agreement"))
            return codeName(&agreementKindCodes, DomainNames::agreementKind);
        if (entry.entity == QLatin1String("document"))
            return codeName(&documentKindCodes, DomainNames::documentKind);
        if (entry.entity == QLatin1String("funding_line"))
            return codeName(&fundingKindCodes, DomainNames::fundingKind);
        if (entry.entity == QLatin1String("event"))
            return codeName(&eventKindCodes, DomainNames::eventKind);
    }
    if (field == QLatin1String("status") && entry.entity == QLatin1String("project"))
        return codeName(&projectStatusCodes, DomainNames::status);
    if (field == QLatin1String("status") && entry.entity == QLatin1String("proposal"))
        return codeName(&proposalStatusCodes, DomainNames::proposalStatus);
    if (field == QLatin1String("org_type"))
        return codeName(&organisationTypeCodes, DomainNames::organisationType);
    if (isDateField(field))
        return date(stored);
    if (isOneOf(field, {"amount", "unit_cost"}))
        return money(stored);
    if (field == QLatin1String("lines"))
        return moneyWithin(stored);
    if (field == QLatin1String("countries"))
        return shares(stored, m_names.countries);
    if (field == QLatin1String("regions"))
        return shares(stored, m_names.regions);
    if (field == QLatin1String("country_code"))
        return m_names.countries.value(stored).preferring(m_language).isEmpty()
                   ? stored
                   : m_names.countries.value(stored).preferring(m_language);
    if (field == QLatin1String("organisations"))
        return organisations(stored);
    if (field == QLatin1String("provider_id"))
        return named(m_names.organisations, stored);
    if (isOneOf(field, {"agreement_id", "amends_id", "supersedes_id"}))
        return named(m_names.agreements, stored);
    if (field == QLatin1String("parent_project_id"))
        return named(m_names.projects, stored);
    if (field == QLatin1String("themes")) {
        QStringList themes;
        for (const QString &id : listOf(stored))
            themes << named(m_names.themes, id);
        return themes.join(separator());
    }
    if (field == QLatin1String("sdg_goals"))
        return listOf(stored).join(separator());
    if (field == QLatin1String("language"))
        return DomainNames::language(stored);
    if (field == QLatin1String("planned_disbursements"))
        return plannedDisbursements(stored);
    if (field == QLatin1String("periods"))
        return periods(stored);
    if (field == QLatin1String("participants_total") && stored.endsWith(u'+')) {
        bool ok = false;
        const double total = stored.chopped(1).toDouble(&ok);
        return ok ? Formats::count(total, true, m_language) : stored;
    }
    if (field == QLatin1String("size")) {
        bool ok = false;
        const qint64 bytes = stored.toLongLong(&ok);
        return ok ? Formats::locale(m_language)
                        .formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
                  : stored;
    }
    if (isOneOf(field, {"participants_total", "participants_government", "participants_workers",
                        "participants_employers", "participants_women", "participants_men",
                        "baseline", "outputs", "rate"}))
        return number(stored);
    return stored;
}

QString AuditValueText::fundingLine(const QMap<QString, QString> &fields) const
{
    const auto kind = valueOfCode(fundingKindCodes, fields.value(QStringLiteral("kind")));
    const QString amount = fields.value(QStringLiteral("amount"));
    if (!kind || amount.isEmpty())
        return {};
    QStringList parts = {DomainNames::fundingKind(*kind), money(amount)};
    const QString valueDate = fields.value(QStringLiteral("value_date"));
    if (!valueDate.isEmpty())
        parts << date(valueDate);
    return parts.join(separator());
}

QString AuditValueText::exchangeRateKey(const QString &key) const
{
    const QString pair = key.section(u' ', 0, 0);
    const QString day = key.section(u' ', 1);
    return day.isEmpty() ? key : QStringLiteral("%1 %2").arg(pair, date(day));
}

QString AuditValueText::date(const QString &iso) const
{
    const PartialDate day = PartialDate::fromIso(iso);
    return day.isNull() ? iso : Formats::date(day, m_language);
}

QString AuditValueText::money(const QString &stored) const
{
    static const QRegularExpression whole(QStringLiteral("^%1$").arg(storedMoney().pattern()));
    const std::optional<Money> amount = moneyOf(whole.match(stored));
    return amount ? Formats::money(*amount, m_language) : stored;
}

// A text with amounts inside ("2 × Workshop (100000.00 USD)"): each amount written as money.
QString AuditValueText::moneyWithin(QString text) const
{
    QString out;
    qsizetype from = 0;
    for (auto matches = storedMoney().globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(from, match.capturedStart() - from);
        out += Formats::money(*moneyOf(match), m_language);
        from = match.capturedEnd();
    }
    return out + text.mid(from);
}

QString AuditValueText::number(const QString &stored) const
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok)
        return stored;
    const bool whole = value == qint64(value);
    return Formats::locale(m_language).toString(value, whole ? 'f' : 'g', whole ? 0 : 15);
}

// "LA 70%, KE 30%" → "Lao PDR (70%), Kenya (30%)", as the project's summary writes them.
QString AuditValueText::shares(const QString &stored,
                               const QHash<QString, LocalizedText> &names) const
{
    QStringList out;
    for (const QString &item : listOf(stored)) {
        const QString code = item.section(u' ', 0, 0);
        QString name = names.value(code).preferring(m_language);
        if (name.isEmpty())
            name = code;
        const QString share = item.section(u' ', 1);
        bool ok = false;
        const double percentage = QString(share).remove(u'%').toDouble(&ok);
        out << (ok ? tr("%1 (%2)", "a country and its share")
                         .arg(name, Formats::percentage(percentage, m_language))
                   : name);
    }
    return out.join(separator());
}

// "12:funding, 3:implementing" → "MOHRSS (funding), ILO (implementing)".
QString AuditValueText::organisations(const QString &stored) const
{
    QStringList out;
    for (const QString &item : listOf(stored)) {
        const QString name = named(m_names.organisations, item.section(u':', 0, 0));
        const auto role = valueOfCode(organisationRoleCodes, item.section(u':', 1));
        out << (role ? tr("%1 (%2)", "an organisation and its role")
                           .arg(name, DomainNames::role(*role))
                     : name);
    }
    return out.join(separator());
}

// "2022-01-01/2022-12-31 250000.00 USD@2022-01-01 revised from 12", one per disbursement.
QString AuditValueText::plannedDisbursements(const QString &stored) const
{
    static const QRegularExpression item(QStringLiteral(
        R"(^([\d-]*)/([\d-]*) (-?\d+\.\d{2} [A-Z]{3})(?:@([\d-]+))?( revised)?(?: from (\d+))?$)"));
    QStringList out;
    for (const QString &text : listOf(stored)) {
        const QRegularExpressionMatch match = item.match(text);
        if (!match.hasMatch()) {
            out << text;
            continue;
        }
        const QString start = date(match.captured(1));
        const QString end = date(match.captured(2));
        const QString period =
            end.isEmpty() || end == start ? start : tr("%1 – %2", "a period").arg(start, end);
        QStringList notes;
        if (!match.captured(4).isEmpty())
            notes << tr("value date %1").arg(date(match.captured(4)));
        if (!match.captured(5).isEmpty())
            notes << tr("revised");
        if (!match.captured(6).isEmpty())
            notes << tr("from %1", "a disbursement's provider")
                         .arg(named(m_names.organisations, match.captured(6)));
        QString shown =
            tr("%1: %2", "a period and its amount").arg(period, money(match.captured(3)));
        if (!notes.isEmpty())
            shown =
                tr("%1 (%2)", "an amount and notes about it").arg(shown, notes.join(separator()));
        out << shown;
    }
    return out.join(m_language == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

// "2020-01-01–2020-12-31: 100 / 80" → "1 Jan 2020 – 31 Dec 2020: target 100, actual 80".
QString AuditValueText::periods(const QString &stored) const
{
    static const QRegularExpression item(QStringLiteral(R"(^([\d-]*)–([\d-]*): ([^/]*) / (.*)$)"));
    QStringList out;
    for (const QString &text : listOf(stored, QStringLiteral("; "))) {
        const QRegularExpressionMatch match = item.match(text);
        if (!match.hasMatch()) {
            out << text;
            continue;
        }
        const QString period =
            tr("%1 – %2", "a period").arg(date(match.captured(1)), date(match.captured(2)));
        QStringList values;
        if (!match.captured(3).isEmpty())
            values << tr("target %1").arg(number(match.captured(3)));
        if (!match.captured(4).isEmpty())
            values << tr("actual %1").arg(number(match.captured(4)));
        out << tr("%1: %2", "a period and its values").arg(period, values.join(separator()));
    }
    return out.join(m_language == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
}

QString AuditValueText::named(const QHash<qint64, LocalizedText> &names, const QString &id) const
{
    const QString name = names.value(id.toLongLong()).preferring(m_language);
    return name.isEmpty() ? id : name;
}

QString AuditValueText::separator() const
{
    return m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
}

} // namespace sstc
