#include "models/audit/AuditRows.h"

#include <QStringList>

namespace sstc {

namespace {

using Fields = QMap<QString, QString>;

void addText(Fields &fields, const QString &name, const LocalizedText &text)
{
    fields[name + QStringLiteral("_en")] = text.en;
    fields[name + QStringLiteral("_zh")] = text.zh;
}

QString id(qint64 value)
{
    return value ? QString::number(value) : QString();
}

// "Zhang Wei / 张伟" when both are written, else the one that is.
QString bothLanguages(const LocalizedText &text)
{
    if (text.en.isEmpty() || text.zh.isEmpty() || text.en == text.zh)
        return text.en.isEmpty() ? text.zh : text.en;
    return QStringLiteral("%1 / %2").arg(text.en, text.zh);
}

QString money(const Money &amount)
{
    return QStringLiteral("%1 %2").arg(QString::number(amount.hundredths / 100.0, 'f', 2),
                                       amount.currency);
}

} // namespace

QHash<qint64, QString> AuditRows::organisationNames(const QList<Organisation> &organisations)
{
    QHash<qint64, QString> names;
    for (const Organisation &organisation : organisations)
        names.insert(organisation.id, !organisation.acronym.isEmpty()   ? organisation.acronym
                                      : !organisation.name.en.isEmpty() ? organisation.name.en
                                                                        : organisation.name.zh);
    return names;
}

AuditedRow AuditRows::of(const Agreement &agreement,
                         const QHash<qint64, QString> &organisationNames)
{
    Fields fields;
    fields[QStringLiteral("kind")] = codeOf(agreementKindCodes, agreement.kind);
    addText(fields, QStringLiteral("title"), agreement.title);
    fields[QStringLiteral("signed_on")] = agreement.signedOn.toIso();
    addText(fields, QStringLiteral("signed_place"), agreement.signedPlace);
    fields[QStringLiteral("valid_from")] = agreement.validFrom.toIso();
    fields[QStringLiteral("valid_to")] = agreement.validTo.toIso();
    addText(fields, QStringLiteral("summary"), agreement.summary);
    fields[QStringLiteral("amends_id")] = id(agreement.amendsId);
    fields[QStringLiteral("supersedes_id")] = id(agreement.supersedesId);
    QStringList parties;
    for (const AgreementParty &party : agreement.parties) {
        QStringList signatory;
        for (const LocalizedText &text : {party.signatoryName, party.signatoryTitle})
            if (!text.isEmpty())
                signatory << bothLanguages(text);
        const QString name =
            organisationNames.value(party.organisationId, QString::number(party.organisationId));
        parties << (signatory.isEmpty() ? name
                                        : QStringLiteral("%1 (%2)").arg(
                                              name, signatory.join(QStringLiteral(", "))));
    }
    fields[QStringLiteral("parties")] = parties.join(QStringLiteral("; "));
    return {QStringLiteral("agreement"),
            agreement.id,
            QString(),
            0,
            agreement.id,
            fields,
            agreement.title};
}

AuditedRow AuditRows::of(const Document &document)
{
    Fields fields;
    addText(fields, QStringLiteral("title"), document.title);
    fields[QStringLiteral("kind")] = codeOf(documentKindCodes, document.kind);
    fields[QStringLiteral("language")] = document.languageCode;
    fields[QStringLiteral("document_date")] = document.date.toIso();
    fields[QStringLiteral("file_name")] = document.fileName;
    fields[QStringLiteral("size")] = QString::number(document.size);
    fields[QStringLiteral("sha256")] = QString::fromLatin1(document.sha256);
    AuditedRow row{QStringLiteral("document"), document.id, QString(),     document.projectId,
                   document.agreementId,       fields,      document.title};
    if (row.label.isEmpty())
        row.label = {document.fileName, document.fileName};
    return row;
}

AuditedRow AuditRows::of(const Organisation &organisation)
{
    Fields fields;
    fields[QStringLiteral("acronym")] = organisation.acronym;
    addText(fields, QStringLiteral("name"), organisation.name);
    fields[QStringLiteral("org_type")] = codeOf(organisationTypeCodes, organisation.type);
    fields[QStringLiteral("country_code")] = organisation.countryCode;
    const LocalizedText label = organisation.acronym.isEmpty()
                                    ? organisation.name
                                    : LocalizedText{organisation.acronym, organisation.acronym};
    return {QStringLiteral("organisation"), organisation.id, QString(), 0, 0, fields, label};
}

AuditedRow AuditRows::of(const Country &country)
{
    Fields fields;
    addText(fields, QStringLiteral("name"), country.name);
    return {QStringLiteral("country"), 0, country.code, 0, 0, fields, country.name};
}

AuditedRow AuditRows::of(const Theme &theme)
{
    Fields fields;
    addText(fields, QStringLiteral("name"), theme.name);
    return {QStringLiteral("theme"), theme.id, QString(), 0, 0, fields, theme.name};
}

AuditedRow AuditRows::of(const ExchangeRate &rate)
{
    Fields fields;
    fields[QStringLiteral("rate")] = QString::number(rate.rate, 'g', 15);
    fields[QStringLiteral("source")] = rate.source;
    const QString key = QStringLiteral("%1/%2 %3")
                            .arg(rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate));
    return {QStringLiteral("exchange_rate"), 0, key, 0, 0, fields, {}};
}

AuditedRow AuditRows::of(const FundingOffer &offer)
{
    Fields fields;
    addText(fields, QStringLiteral("title"), offer.title);
    addText(fields, QStringLiteral("description"), offer.description);
    addText(fields, QStringLiteral("unit"), offer.unit);
    fields[QStringLiteral("unit_cost")] = money(offer.unitCost);
    return {QStringLiteral("offer"), offer.id, QString(), 0, 0, fields, offer.title};
}

AuditedRow AuditRows::of(const Proposal &proposal, const QHash<qint64, QString> &organisationNames)
{
    Fields fields;
    fields[QStringLiteral("title")] = proposal.title;
    fields[QStringLiteral("donor")] =
        proposal.donorId
            ? organisationNames.value(proposal.donorId, QString::number(proposal.donorId))
            : QString();
    fields[QStringLiteral("proposed_on")] = proposal.date.toString(Qt::ISODate);
    fields[QStringLiteral("status")] = codeOf(proposalStatusCodes, proposal.status);
    QStringList lines;
    for (const ProposalLine &line : proposal.lines)
        lines << QStringLiteral("%1 × %2 (%3)")
                     .arg(QString::number(line.quantity), bothLanguages(line.title),
                          money(line.unitCost));
    fields[QStringLiteral("lines")] = lines.join(QStringLiteral("; "));
    return {QStringLiteral("proposal"),
            proposal.id,
            QString(),
            0,
            0,
            fields,
            LocalizedText{proposal.title, proposal.title}};
}

} // namespace sstc
