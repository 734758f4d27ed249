#include "models/repositories/AgreementRepository.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

#include <QHash>

namespace sstc {

using namespace sql;

namespace {
QVariantList rowValues(const Agreement &agreement)
{
    return {codeOf(agreementKindCodes, agreement.kind),
            agreement.title.en,
            agreement.title.zh,
            dateValue(agreement.signedOn),
            agreement.signedPlace.en,
            agreement.signedPlace.zh,
            dateValue(agreement.validFrom),
            dateValue(agreement.validTo),
            agreement.summary.en,
            agreement.summary.zh,
            nullableId(agreement.amendsId),
            nullableId(agreement.supersedesId)};
}
} // namespace

qint64 AgreementRepository::insert(const Agreement &agreement)
{
    QVariantList values = rowValues(agreement);
    const QString sql = keepingId(
        QStringLiteral("INSERT INTO agreements (kind, title_en, title_zh, signed_on, "
                       "signed_place_en, signed_place_zh, valid_from, valid_to, summary_en, "
                       "summary_zh, amends_id, supersedes_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        agreement.id, values);
    WriteTransaction transaction(m_store);
    const qint64 id = m_store.insert(sql, values);
    writeParties(agreement, id);
    transaction.commit();
    return id;
}

void AgreementRepository::update(const Agreement &agreement)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("UPDATE agreements SET kind = ?, title_en = ?, title_zh = ?, "
                               "signed_on = ?, signed_place_en = ?, signed_place_zh = ?, "
                               "valid_from = ?, valid_to = ?, summary_en = ?, summary_zh = ?, "
                               "amends_id = ?, supersedes_id = ? WHERE id = ?"),
                rowValues(agreement) << agreement.id);
    m_store.run(QStringLiteral("DELETE FROM agreement_parties WHERE agreement_id = ?"),
                {agreement.id});
    writeParties(agreement, agreement.id);
    transaction.commit();
}

void AgreementRepository::writeParties(const Agreement &agreement, qint64 id)
{
    int position = 0;
    for (const AgreementParty &party : agreement.parties)
        m_store.run(QStringLiteral("INSERT INTO agreement_parties (agreement_id, organisation_id, "
                                   "position, signatory_name_en, signatory_name_zh, "
                                   "signatory_title_en, signatory_title_zh) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, party.organisationId, position++, party.signatoryName.en,
                     party.signatoryName.zh, party.signatoryTitle.en, party.signatoryTitle.zh});
}

void AgreementRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("DELETE FROM agreements WHERE id = ?"), {id});
    transaction.commit();
}

QList<LinkedProject> AgreementRepository::projectsOf(qint64 agreementId)
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT id, code, title_en, title_zh FROM projects "
                                   "WHERE agreement_id = ? ORDER BY "
                                   "COALESCE(actual_start, planned_start), id"),
                    {agreementId});
    QList<LinkedProject> projects;
    while (query.next())
        projects.append({query.value(0).toLongLong(), query.value(1).toString(), textAt(query, 2)});
    return projects;
}

std::optional<Agreement> AgreementRepository::find(qint64 id)
{
    const QList<Agreement> found = load(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Agreement>(found.first());
}

QList<Agreement> AgreementRepository::all()
{
    return load(QString(), {});
}

// `where` is one of the fixed clauses above, never user text.
QList<Agreement> AgreementRepository::load(const QString &where, const QVariantList &values)
{
    QSqlQuery query = m_store.run(
        QStringLiteral("SELECT id, kind, title_en, title_zh, signed_on, signed_place_en, "
                       "signed_place_zh, valid_from, valid_to, summary_en, summary_zh, amends_id, "
                       "supersedes_id FROM agreements ") +
            where +
            QStringLiteral(" ORDER BY COALESCE(signed_on, valid_from) IS NULL, "
                           "COALESCE(signed_on, valid_from), id"),
        values);
    QList<Agreement> result;
    QHash<qint64, int> indexById;
    while (query.next()) {
        Agreement agreement;
        agreement.id = query.value(0).toLongLong();
        agreement.kind =
            valueOfCode(agreementKindCodes, query.value(1).toString()).value_or(AgreementKind::Mou);
        agreement.title = textAt(query, 2);
        agreement.signedOn = dateAt(query, 4);
        agreement.signedPlace = textAt(query, 5);
        agreement.validFrom = dateAt(query, 7);
        agreement.validTo = dateAt(query, 8);
        agreement.summary = textAt(query, 9);
        agreement.amendsId = query.value(11).toLongLong();
        agreement.supersedesId = query.value(12).toLongLong();
        indexById.insert(agreement.id, int(result.size()));
        result.append(agreement);
    }
    if (result.isEmpty())
        return result;

    QSqlQuery parties =
        m_store.run(QStringLiteral("SELECT agreement_id, organisation_id, signatory_name_en, "
                                   "signatory_name_zh, signatory_title_en, signatory_title_zh "
                                   "FROM agreement_parties ORDER BY agreement_id, position"));
    while (parties.next()) {
        const auto index = indexById.constFind(parties.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        result[*index].parties.append(
            {parties.value(1).toLongLong(), textAt(parties, 2), textAt(parties, 4)});
    }
    return result;
}

} // namespace sstc
