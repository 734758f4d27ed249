#include "models/iati/IatiReader.h"

#include "models/iati/IatiCodeLists.h"
#include "models/iati/IatiNames.h"

#include <QDir>
#include <QLocale>

#include <cmath>

namespace sstc {

using Grade = IatiProblem::Grade;

namespace {

bool is(QStringView name, const char *expected)
{
    return name == QLatin1String(expected);
}

// The transaction types of IATI 1.0x, by their letters.
QString transactionTypeCode(const QString &code)
{
    static const QHash<QString, QString> legacy = {
        {QStringLiteral("IF"), QStringLiteral("1")}, {QStringLiteral("C"), QStringLiteral("2")},
        {QStringLiteral("D"), QStringLiteral("3")},  {QStringLiteral("E"), QStringLiteral("4")},
        {QStringLiteral("IR"), QStringLiteral("5")}, {QStringLiteral("LR"), QStringLiteral("6")},
        {QStringLiteral("R"), QStringLiteral("7")},  {QStringLiteral("QP"), QStringLiteral("8")},
        {QStringLiteral("QS"), QStringLiteral("9")}, {QStringLiteral("CG"), QStringLiteral("10")},
    };
    return legacy.value(code.toUpper(), code);
}

std::optional<FundingKind> fundingKindOfTransaction(const QString &code)
{
    static const QHash<QString, FundingKind> kinds = {
        {QStringLiteral("1"), FundingKind::IncomingFunds},
        {QStringLiteral("2"), FundingKind::Commitment},
        {QStringLiteral("11"), FundingKind::Commitment},
        {QStringLiteral("3"), FundingKind::Disbursement},
        {QStringLiteral("4"), FundingKind::Expenditure},
        {QStringLiteral("12"), FundingKind::Pledge},
        {QStringLiteral("13"), FundingKind::Pledge},
    };
    const auto found = kinds.constFind(code);
    return found == kinds.constEnd() ? std::nullopt : std::optional<FundingKind>(*found);
}

// Organisation roles as numbers (2.0x) or words (1.0x).
std::optional<OrganisationRole> roleOf(const QString &text)
{
    static const QHash<QString, OrganisationRole> roles = {
        {QStringLiteral("1"), OrganisationRole::Funding},
        {QStringLiteral("2"), OrganisationRole::Accountable},
        {QStringLiteral("3"), OrganisationRole::Extending},
        {QStringLiteral("4"), OrganisationRole::Implementing},
        {QStringLiteral("funding"), OrganisationRole::Funding},
        {QStringLiteral("accountable"), OrganisationRole::Accountable},
        {QStringLiteral("extending"), OrganisationRole::Extending},
        {QStringLiteral("implementing"), OrganisationRole::Implementing},
    };
    const auto found = roles.constFind(text.trimmed().toLower());
    return found == roles.constEnd() ? std::nullopt : std::optional<OrganisationRole>(*found);
}

bool isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

bool isEnglish(const QString &language)
{
    return language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
           language.startsWith(QLatin1String("en-"), Qt::CaseInsensitive);
}

} // namespace

IatiReader::IatiReader(const QString &path)
    : m_path(path)
    , m_file(path)
{}

void IatiReader::refuse(const QString &message)
{
    if (m_refusal.isEmpty())
        m_refusal = message;
}

void IatiReader::refuseForXmlError()
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_started)
        refuse(tr("“%1” is not an XML file (line %2: %3).")
                   .arg(file)
                   .arg(m_xml.lineNumber())
                   .arg(m_xml.errorString()));
    else if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        refuse(tr("“%1” ends before its last element is closed: the file is truncated.")
                   .arg(file));
    else
        refuse(tr("“%1” is not well-formed XML (line %2: %3).")
                   .arg(file)
                   .arg(m_xml.lineNumber())
                   .arg(m_xml.errorString()));
}

void IatiReader::problem(Grade grade, const QString &message)
{
    m_problems.append({grade, m_path, m_xml.lineNumber(), m_activityId, message});
}

QString IatiReader::attribute(const char *name) const
{
    return m_xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

std::optional<QString> IatiReader::sstcAttribute(const char *name) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (!attributes.hasAttribute(iati::sstcNamespace, QLatin1String(name)))
        return std::nullopt;
    return attributes.value(iati::sstcNamespace, QLatin1String(name)).toString();
}

QString IatiReader::elementLanguage(const QString &inherited) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    QString language = attributes.value(iati::xmlNamespace, QLatin1String("lang")).toString();
    if (language.isEmpty())
        language = attributes.value(QLatin1String("default-language")).toString();
    return language.isEmpty() ? inherited : language.trimmed().toLower();
}

// Before the root element: anything but a plain iati-activities document is refused here,
// before a single activity is read. A DTD is refused whatever it declares: IATI files have
// none, and one is how entity expansion (billion laughs) and external entities come in.
bool IatiReader::start()
{
    m_started = true;
    if (!m_file.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot read “%1”: %2.")
                   .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
        return false;
    }
    m_xml.setDevice(&m_file);
    m_started = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            refuse(tr("“%1” declares a document type (DTD). IATI files have none; files with "
                      "one are refused, as a DTD can expand entities or read other files.")
                       .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        if (token == QXmlStreamReader::EntityReference) {
            refuse(tr("“%1” refers to an entity that IATI files do not use.")
                       .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            m_started = true;
            if (is(m_xml.name(), "iati-organisations")) {
                refuse(tr("“%1” is an IATI organisation file; only activity files "
                          "(iati-activities) can be imported.")
                           .arg(QDir::toNativeSeparators(m_path)));
                return false;
            }
            if (!is(m_xml.name(), "iati-activities")) {
                refuse(tr("“%1” is not an IATI activity file: its root element is <%2>, not "
                          "<iati-activities>.")
                           .arg(QDir::toNativeSeparators(m_path), m_xml.name().toString()));
                return false;
            }
            m_fileLanguage = elementLanguage(QStringLiteral("en"));
            m_fileCurrency = attribute("default-currency");
            return true;
        }
    }
    refuseForXmlError();
    return false;
}

bool IatiReader::next(ImportedActivity &activity)
{
    if (isRefused())
        return false;
    if (!m_started && !start())
        return false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EntityReference) {
            refuse(tr("“%1” refers to an entity that IATI files do not use.")
                       .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
        if (token == QXmlStreamReader::EndElement && is(m_xml.name(), "iati-activities")) {
            // Only comments and white space may follow the root element.
            while (!m_xml.atEnd())
                m_xml.readNext();
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!is(m_xml.name(), "iati-activity")) {
            m_xml.skipCurrentElement();
            continue;
        }
        activity = ImportedActivity();
        readActivity(activity);
        if (m_xml.hasError())
            break;
        return true;
    }
    if (m_xml.hasError())
        refuseForXmlError();
    return false;
}

// The narratives of the current element (2.0x), or its own text (1.0x), each with its
// language: its own xml:lang, else the element's, else the activity's.
QList<IatiReader::Narrative> IatiReader::readNarratives()
{
    QList<Narrative> narratives;
    const QString language = elementLanguage(m_language);
    QString ownText;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters)
            ownText += m_xml.text();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (is(m_xml.name(), "narrative")) {
            const QString narrativeLanguage = elementLanguage(language);
            const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements)
                                     .trimmed();
            if (!text.isEmpty())
                narratives.append({narrativeLanguage, text});
        } else {
            m_xml.skipCurrentElement();
        }
    }
    ownText = ownText.trimmed();
    if (narratives.isEmpty() && !ownText.isEmpty())
        narratives.append({language, ownText});
    return narratives;
}

// English and Chinese go into the text; other languages are kept beside it when the caller
// has a place for them, and are otherwise stand-ins (when the text has neither language) or
// reported as dropped.
void IatiReader::assign(LocalizedText &text, const QList<Narrative> &narratives,
                        const QString &field, QList<KeptNarrative> *kept,
                        const QString &keptField)
{
    QList<Narrative> others;
    for (const Narrative &narrative : narratives) {
        QString *target = isChinese(narrative.language)   ? &text.zh
                          : isEnglish(narrative.language) ? &text.en
                                                          : nullptr;
        if (!target)
            others.append(narrative);
        else if (target->isEmpty())
            *target = narrative.text;
    }
    for (const Narrative &narrative : std::as_const(others)) {
        if (kept) {
            kept->append({keptField, narrative.language, narrative.text});
            problem(Grade::Warning,
                    tr("The %1 in “%2” is kept with the project as it came; the app shows only "
                       "English and Chinese.")
                        .arg(field, narrative.language));
        } else if (text.isEmpty()) {
            text.en = narrative.text;
            problem(Grade::Warning,
                    tr("The %1 has no English or Chinese text: the one in “%2” stands in as "
                       "the English.")
                        .arg(field, narrative.language));
        } else {
            problem(Grade::Error, tr("The %1 in “%2” was dropped: “%3”.")
                                      .arg(field, narrative.language, narrative.text));
        }
    }
}

PartialDate IatiReader::readDate(const char *attributeName)
{
    // SSTC Desk's own files say how precisely the date is known ("2019", or "" for undated).
    if (const std::optional<QString> own = sstcAttribute("date")) {
        const PartialDate date = PartialDate::fromIso(*own);
        if (!date.isNull() || own->isEmpty())
            return date;
    }
    QString text = attribute(attributeName);
    if (text.isEmpty())
        return {};
    const PartialDate date = PartialDate::fromIso(text.left(10));
    if (date.isNull())
        problem(Grade::Error, tr("The date “%1” is not a date; it was dropped.").arg(text));
    return date;
}

std::optional<double> IatiReader::number(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (ok && std::isfinite(value))
        return value;
    problem(Grade::Error, tr("The %1 “%2” is not a number; it was dropped.").arg(what, text));
    return std::nullopt;
}

void IatiReader::readActivity(ImportedActivity &activity)
{
    activity.line = m_xml.lineNumber();
    m_activityId.clear();
    m_receiverNoted = false;
    m_plannedReceiverNoted = false;
    m_language = elementLanguage(m_fileLanguage);
    m_currency = attribute("default-currency");
    if (m_currency.isEmpty())
        m_currency = m_fileCurrency;
    Project &project = activity.project;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "iati-identifier")) {
            project.iatiIdentifier = m_xml.readElementText().trimmed();
            m_activityId = project.iatiIdentifier;
        } else if (is(name, "other-identifier")) {
            // A1: the reporting organisation's own code for the activity, the project's code.
            if (attribute("type") == QLatin1String("A1") && project.code.isEmpty())
                project.code = attribute("ref");
            m_xml.skipCurrentElement();
        } else if (is(name, "title")) {
            assign(project.title, readNarratives(), tr("title"), &project.keptNarratives,
                   QStringLiteral("title"));
        } else if (is(name, "description")) {
            const QString type = attribute("type");
            if ((type.isEmpty() || type == QLatin1String("1")) && project.description.isEmpty()) {
                assign(project.description, readNarratives(), tr("description"),
                       &project.keptNarratives, QStringLiteral("description"));
            } else {
                problem(Grade::Warning,
                        tr("A description of type %1 was not imported: a project has one "
                           "description.")
                            .arg(type.isEmpty() ? QStringLiteral("1") : type));
                m_xml.skipCurrentElement();
            }
        } else if (is(name, "activity-status")) {
            const QString code = attribute("code");
            if (IatiCodeLists::standard().contains(QStringLiteral("ActivityStatus"), code))
                project.status = ProjectStatus(code.toInt());
            else
                problem(Grade::Error,
                        tr("Unknown activity status “%1”; the status was left empty.").arg(code));
            m_xml.skipCurrentElement();
        } else if (is(name, "activity-date")) {
            readActivityDate(project);
        } else if (is(name, "participating-org")) {
            readParticipant(activity);
        } else if (is(name, "recipient-country")) {
            readRecipientCountry(project);
        } else if (is(name, "recipient-region")) {
            readRecipientRegion(project);
        } else if (is(name, "sector")) {
            readSector(project);
        } else if (is(name, "budget")) {
            readBudget(activity);
        } else if (is(name, "planned-disbursement")) {
            readPlannedDisbursement(activity);
        } else if (is(name, "transaction")) {
            readTransaction(activity);
        } else if (is(name, "document-link")) {
            readDocumentLink(project);
        } else if (is(name, "related-activity")) {
            readRelatedActivity(activity);
        } else if (is(name, "result")) {
            readResult(activity);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (project.iatiIdentifier.isEmpty())
        problem(Grade::Error, tr("The activity has no iati-identifier: it is imported as a new "
                                 "project, and importing it again makes another one."));
    if (project.title.isEmpty())
        problem(Grade::Critical, tr("The activity has no title in any language."));
}

void IatiReader::readActivityDate(Project &project)
{
    static const QHash<QString, int> legacyTypes = {
        {QStringLiteral("start-planned"), 1},
        {QStringLiteral("start-actual"), 2},
        {QStringLiteral("end-planned"), 3},
        {QStringLiteral("end-actual"), 4},
    };
    const QString typeText = attribute("type");
    const int type = legacyTypes.value(typeText, typeText.toInt());
    PartialDate date = readDate();
    const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    if (date.isNull() && !text.isEmpty()) // 1.0x wrote the date as the element's text
        date = PartialDate::fromIso(text.left(10));
    PartialDate *target = type == 1   ? &project.plannedStart
                          : type == 2 ? &project.actualStart
                          : type == 3 ? &project.plannedEnd
                          : type == 4 ? &project.actualEnd
                                      : nullptr;
    if (!target)
        problem(Grade::Error, tr("Unknown activity date type “%1”; the date was dropped.")
                                  .arg(typeText));
    else if (!date.isNull())
        *target = date;
}

ImportedOrganisation IatiReader::readOrganisation()
{
    ImportedOrganisation organisation;
    organisation.line = m_xml.lineNumber();
    organisation.ref = attribute("ref");
    organisation.iatiType = attribute("type");
    if (const auto type = sstcAttribute("type"))
        organisation.appType = valueOfCode(organisationTypeCodes, *type);
    organisation.acronym = sstcAttribute("acronym").value_or(QString());
    organisation.countryCode = sstcAttribute("country").value_or(QString());
    if (!organisation.iatiType.isEmpty() &&
        !IatiCodeLists::standard().contains(QStringLiteral("OrganisationType"),
                                            organisation.iatiType))
        problem(Grade::Warning,
                tr("Unknown organisation type “%1”.").arg(organisation.iatiType));
    assign(organisation.name, readNarratives(), tr("organisation name"), nullptr);
    return organisation;
}

void IatiReader::readParticipant(ImportedActivity &activity)
{
    const QString roleText = attribute("role");
    const std::optional<OrganisationRole> role = roleOf(roleText);
    ImportedOrganisation organisation = readOrganisation();
    if (!role) {
        problem(Grade::Error,
                tr("Unknown organisation role “%1”; the participating organisation was dropped.")
                    .arg(roleText));
        return;
    }
    if (organisation.isEmpty()) {
        problem(Grade::Error, tr("A participating organisation has neither a ref nor a name; "
                                 "it was dropped."));
        return;
    }
    activity.participants.append({organisation, *role});
}

void IatiReader::readRecipientCountry(Project &project)
{
    const QString code = attribute("code").toUpper();
    const std::optional<double> percentage = number(attribute("percentage"), tr("percentage"));
    m_xml.skipCurrentElement();
    if (!IatiCodeLists::standard().contains(QStringLiteral("Country"), code)) {
        problem(Grade::Error, tr("Unknown recipient country “%1”; it was dropped.").arg(code));
        return;
    }
    for (const RecipientCountry &country : std::as_const(project.countries))
        if (country.countryCode == code)
            return;
    project.countries.append({code, percentage});
}

void IatiReader::readRecipientRegion(Project &project)
{
    const QString code = attribute("code");
    const QString vocabulary = attribute("vocabulary");
    const std::optional<double> percentage = number(attribute("percentage"), tr("percentage"));
    m_xml.skipCurrentElement();
    if (!vocabulary.isEmpty() && vocabulary != QLatin1String("1")) {
        problem(Grade::Error, tr("The recipient region “%1” of vocabulary %2 was dropped: only "
                                 "the OECD DAC regions (vocabulary 1) are kept.")
                                  .arg(code, vocabulary));
        return;
    }
    if (!IatiCodeLists::standard().contains(QStringLiteral("Region"), code)) {
        problem(Grade::Error, tr("Unknown recipient region “%1”; it was dropped.").arg(code));
        return;
    }
    project.regions.append({code, percentage});
}

// Vocabulary 7 names an SDG goal, 8 a target ("1.3"), kept as its goal.
void IatiReader::readSector(Project &project)
{
    const QString vocabulary = attribute("vocabulary");
    const QString code = attribute("code");
    m_xml.skipCurrentElement();
    int goal = 0;
    if (vocabulary == QLatin1String("7")) {
        if (IatiCodeLists::standard().contains(QStringLiteral("UNSDG-Goals"), code))
            goal = code.toInt();
    } else if (vocabulary == QLatin1String("8")) {
        if (IatiCodeLists::standard().contains(QStringLiteral("UNSDG-Targets"), code)) {
            goal = code.section(QLatin1Char('.'), 0, 0).toInt();
            problem(Grade::Warning,
                    tr("SDG target %1 is recorded as its goal, %2.").arg(code).arg(goal));
        }
    } else {
        problem(Grade::Warning,
                tr("The sector “%1” (vocabulary %2) was not imported: only SDG goals and "
                   "targets are kept.")
                    .arg(code, vocabulary.isEmpty() ? QStringLiteral("1") : vocabulary));
        return;
    }
    if (goal < 1 || goal > 17) {
        problem(Grade::Error, tr("Unknown SDG code “%1”; it was dropped.").arg(code));
        return;
    }
    if (!project.sdgGoals.contains(goal))
        project.sdgGoals.append(goal);
}

// The value element: amount, currency (its own or the activity's default) and value date.
bool IatiReader::readValue(Money &amountRead, PartialDate &valueDateRead)
{
    QString currency = attribute("currency").toUpper();
    if (currency.isEmpty())
        currency = m_currency.toUpper();
    const PartialDate valueDate = readDate("value-date");
    const QString text = m_xml.readElementText().trimmed();
    const std::optional<double> amount = number(text, tr("amount"));
    if (!amount)
        return false;
    if (currency.size() != 3) {
        problem(Grade::Error, tr("The amount %1 has no currency (neither value@currency nor "
                                 "default-currency); it was dropped.")
                                  .arg(text));
        return false;
    }
    if (!IatiCodeLists::standard().contains(QStringLiteral("Currency"), currency))
        problem(Grade::Warning, tr("Unknown currency “%1”, kept as given.").arg(currency));
    if (*amount < 0) {
        problem(Grade::Error,
                tr("The negative amount %1 %2 was dropped: funding lines are never negative.")
                    .arg(text, currency));
        return false;
    }
    amountRead = Money{qint64(std::llround(*amount * 100)), currency};
    valueDateRead = valueDate;
    return true;
}

void IatiReader::readBudget(ImportedActivity &activity)
{
    const QString type = attribute("type");
    ImportedFunding funding;
    funding.line.kind = type == QLatin1String("2") ? FundingKind::RevisedBudget
                                                   : FundingKind::OriginalBudget;
    if (!type.isEmpty() && type != QLatin1String("1") && type != QLatin1String("2"))
        problem(Grade::Warning, tr("Unknown budget type “%1”, read as original.").arg(type));
    if (const auto provider = sstcAttribute("provider")) {
        funding.provider.name.en = *provider;
        funding.provider.line = m_xml.lineNumber();
    }
    bool hasValue = false;
    while (m_xml.readNextStartElement()) {
        if (is(m_xml.name(), "period-start")) {
            funding.line.periodStart = readDate();
            m_xml.skipCurrentElement();
        } else if (is(m_xml.name(), "period-end")) {
            funding.line.periodEnd = readDate();
            m_xml.skipCurrentElement();
        } else if (is(m_xml.name(), "value")) {
            hasValue = readValue(funding.line.amount, funding.line.valueDate);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (hasValue)
        activity.funding.append(funding);
}

// Type 1 / 2 as for budgets; a period (its end optional), a value and a provider. The
// receiver is the project itself as far as the portfolio is concerned, so it is not kept.
void IatiReader::readPlannedDisbursement(ImportedActivity &activity)
{
    const QString type = attribute("type");
    ImportedPlannedDisbursement imported;
    PlannedDisbursement &planned = imported.planned;
    planned.revised = type == QLatin1String("2");
    if (!type.isEmpty() && type != QLatin1String("1") && type != QLatin1String("2"))
        problem(Grade::Warning,
                tr("Unknown planned disbursement type “%1”, read as original.").arg(type));
    bool hasValue = false;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "period-start")) {
            planned.periodStart = readDate();
            m_xml.skipCurrentElement();
        } else if (is(name, "period-end")) {
            planned.periodEnd = readDate();
            m_xml.skipCurrentElement();
        } else if (is(name, "value")) {
            hasValue = readValue(planned.amount, planned.valueDate);
        } else if (is(name, "provider-org")) {
            imported.provider = readOrganisation();
        } else if (is(name, "receiver-org")) {
            if (!m_plannedReceiverNoted)
                problem(Grade::Warning, tr("The receiver organisations of planned disbursements "
                                           "are not kept: the project is the receiver."));
            m_plannedReceiverNoted = true;
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (hasValue)
        activity.plannedDisbursements.append(imported);
}

void IatiReader::readTransaction(ImportedActivity &activity)
{
    ImportedFunding funding;
    std::optional<FundingKind> kind;
    QString typeCode;
    bool hasValue = false;
    PartialDate transactionDate;
    if (const auto start = sstcAttribute("period-start"))
        funding.line.periodStart = PartialDate::fromIso(*start);
    if (const auto end = sstcAttribute("period-end"))
        funding.line.periodEnd = PartialDate::fromIso(*end);
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "transaction-type")) {
            typeCode = transactionTypeCode(attribute("code"));
            kind = fundingKindOfTransaction(typeCode);
            m_xml.skipCurrentElement();
        } else if (is(name, "transaction-date")) {
            transactionDate = readDate();
            m_xml.skipCurrentElement();
        } else if (is(name, "value")) {
            hasValue = readValue(funding.line.amount, funding.line.valueDate);
        } else if (is(name, "description")) {
            assign(funding.line.note, readNarratives(), tr("transaction description"), nullptr);
        } else if (is(name, "provider-org")) {
            funding.provider = readOrganisation();
        } else if (is(name, "receiver-org")) {
            if (!m_receiverNoted)
                problem(Grade::Warning, tr("The receiver organisations of transactions are not "
                                           "kept: a funding line records its provider only."));
            m_receiverNoted = true;
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!kind) {
        const QString name = IatiCodeLists::standard().name(QStringLiteral("TransactionType"),
                                                            typeCode);
        problem(Grade::Error,
                name.isEmpty()
                    ? tr("A transaction of unknown type “%1” was dropped.").arg(typeCode)
                    : tr("A transaction of type %1 (%2) was dropped: the portfolio has no "
                         "funding line of that kind.")
                          .arg(typeCode, name));
        return;
    }
    if (!hasValue)
        return;
    funding.line.kind = *kind;
    if (funding.line.valueDate.isNull())
        funding.line.valueDate = transactionDate;
    activity.funding.append(funding);
}

void IatiReader::readDocumentLink(Project &project)
{
    DocumentLink link;
    link.url = attribute("url");
    link.format = attribute("format");
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "title")) {
            assign(link.title, readNarratives(), tr("document title"), nullptr);
        } else if (is(name, "category")) {
            if (link.categoryCode.isEmpty())
                link.categoryCode = attribute("code");
            m_xml.skipCurrentElement();
        } else if (is(name, "language")) {
            if (link.languageCode.isEmpty())
                link.languageCode = attribute("code");
            m_xml.skipCurrentElement();
        } else if (is(name, "document-date")) {
            link.date = readDate();
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (link.url.isEmpty()) {
        problem(Grade::Error, tr("A document link without an address was dropped."));
        return;
    }
    project.documentLinks.append(link);
}

void IatiReader::readRelatedActivity(ImportedActivity &activity)
{
    const QString type = attribute("type");
    const QString ref = attribute("ref");
    m_xml.skipCurrentElement();
    if (type == QLatin1String("1"))
        activity.parentIdentifier = ref;
    else if (type == QLatin1String("2"))
        activity.childIdentifiers.append(ref);
    else
        problem(Grade::Warning,
                tr("The related activity “%1” (type %2) was not kept: only parents and children "
                   "are.")
                    .arg(ref, type));
}

void IatiReader::readResult(ImportedActivity &activity)
{
    LocalizedText title;
    while (m_xml.readNextStartElement()) {
        if (is(m_xml.name(), "title"))
            assign(title, readNarratives(), tr("result title"), nullptr);
        else if (is(m_xml.name(), "indicator"))
            readIndicator(activity, title);
        else
            m_xml.skipCurrentElement();
    }
}

void IatiReader::readIndicator(ImportedActivity &activity, const LocalizedText &resultTitle)
{
    Indicator indicator;
    const int measure = attribute("measure").toInt();
    if (measure >= 1 && measure <= 5)
        indicator.measure = IndicatorMeasure(measure);
    indicator.unit.en = sstcAttribute("unit-en").value_or(QString());
    indicator.unit.zh = sstcAttribute("unit-zh").value_or(QString());
    bool hasBaseline = false;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "title")) {
            assign(indicator.title, readNarratives(), tr("indicator title"), nullptr);
        } else if (is(name, "baseline")) {
            const std::optional<double> value = number(attribute("value"), tr("baseline"));
            const QString year = attribute("year");
            m_xml.skipCurrentElement();
            if (hasBaseline) {
                problem(Grade::Warning, tr("Only the first baseline of an indicator is kept."));
                continue;
            }
            hasBaseline = true;
            indicator.baseline = value;
            if (!year.isEmpty())
                indicator.baselineYear = year.toInt();
        } else if (is(name, "period")) {
            readPeriod(indicator);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (indicator.title.isEmpty())
        indicator.title = resultTitle;
    if (indicator.title.isEmpty()) {
        problem(Grade::Error, tr("An indicator without a title was dropped."));
        return;
    }
    activity.indicators.append(indicator);
}

void IatiReader::readPeriod(Indicator &indicator)
{
    IndicatorPeriod period;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (is(name, "period-start")) {
            period.start = readDate();
            m_xml.skipCurrentElement();
        } else if (is(name, "period-end")) {
            period.end = readDate();
            m_xml.skipCurrentElement();
        } else if (is(name, "target")) {
            readPeriodValue(period, false);
        } else if (is(name, "actual")) {
            readPeriodValue(period, true);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    indicator.periods.append(period);
}

// A target or actual: the total, or with dimension sex the women's or men's part.
void IatiReader::readPeriodValue(IndicatorPeriod &period, bool actual)
{
    const QString what = actual ? tr("actual value") : tr("target value");
    const QString valueText = attribute("value");
    const std::optional<double> value = number(valueText, what);
    bool minimum = false;
    QString sex;
    bool otherDimension = false;
    while (m_xml.readNextStartElement()) {
        if (is(m_xml.name(), "dimension")) {
            if (attribute("name").compare(QLatin1String("sex"), Qt::CaseInsensitive) == 0)
                sex = attribute("value").toLower();
            else
                otherDimension = true;
        } else if (is(m_xml.name(), "at-least") && m_xml.namespaceUri() == iati::sstcNamespace) {
            minimum = true;
        }
        m_xml.skipCurrentElement();
    }
    if (!value)
        return;
    std::optional<double> *target = nullptr;
    if (sex == QLatin1String("female") || sex == QLatin1String("women") ||
        sex == QLatin1String("f"))
        target = actual ? &period.actualWomen : &period.targetWomen;
    else if (sex == QLatin1String("male") || sex == QLatin1String("men") ||
             sex == QLatin1String("m"))
        target = actual ? &period.actualMen : &period.targetMen;
    else if (!sex.isEmpty() || otherDimension)
        problem(Grade::Warning, tr("The %1 %2 is broken down by a dimension the portfolio does "
                                   "not keep; it is read as the total.")
                                    .arg(what, valueText));
    if (!target)
        target = actual ? &period.actual : &period.target;
    if (target->has_value()) {
        problem(Grade::Warning, tr("A second %1 of one period was dropped.").arg(what));
        return;
    }
    *target = value;
    if (actual && target == &period.actual)
        period.actualIsMinimum = minimum;
}

} // namespace sstc
