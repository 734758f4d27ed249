#include "models/repositories/ProposalRepository.h"

#include "models/domain/CurrencyCodes.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

using namespace sql;

namespace {
const QString proposalColumns =
    QStringLiteral("SELECT id, title, donor_id, proposed_on, status FROM proposals");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

Proposal proposalAt(const QSqlQuery &query)
{
    Proposal proposal;
    proposal.id = query.value(0).toLongLong();
    proposal.title = query.value(1).toString();
    proposal.donorId = query.value(2).toLongLong();
    proposal.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    proposal.status =
        valueOfCode(proposalStatusCodes, query.value(4).toString()).value_or(ProposalStatus::Draft);
    return proposal;
}
} // namespace

ValidationProblems ProposalRepository::problems(const Proposal &proposal)
{
    ValidationProblems found;
    if (proposal.lines.isEmpty())
        found.append({QStringLiteral("lines"), tr("Choose at least one offer for the proposal.")});
    for (int i = 0; i < proposal.lines.size(); ++i) {
        const ProposalLine &line = proposal.lines.at(i);
        if (line.title.isEmpty())
            found.append(
                {QStringLiteral("lines/%1/title").arg(i), tr("Line %1 needs a title.").arg(i + 1)});
        if (line.quantity <= 0)
            found.append(
                {QStringLiteral("lines/%1/quantity").arg(i),
                 tr("The quantity on line %1 must be a whole number above zero.").arg(i + 1)});
        if (line.unitCost.hundredths < 0)
            found.append({QStringLiteral("lines/%1/unitCost").arg(i),
                          tr("The unit cost on line %1 cannot be negative.").arg(i + 1)});
        if (!CurrencyCodes::isKnown(line.unitCost.currency))
            found.append({QStringLiteral("lines/%1/currency").arg(i),
                          tr("“%1” is not a currency code.").arg(line.unitCost.currency)});
    }
    return found;
}

qint64 ProposalRepository::save(const Proposal &proposal)
{
    if (const ValidationProblems found = problems(proposal); !found.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), found.first().message);
    WriteTransaction transaction(m_store);
    const QVariantList row = {proposal.title, nullableId(proposal.donorId),
                              dateValue(proposal.date),
                              codeOf(proposalStatusCodes, proposal.status)};
    qint64 id = proposal.id;
    if (id != 0 && find(id)) {
        m_store.run(QStringLiteral("UPDATE proposals SET title = ?, donor_id = ?, proposed_on = ?, "
                                   "status = ? WHERE id = ?"),
                    QVariantList(row) << id);
        m_store.run(QStringLiteral("DELETE FROM proposal_lines WHERE proposal_id = ?"), {id});
    } else {
        QVariantList values = row;
        id = m_store.insert(keepingId(QStringLiteral("INSERT INTO proposals (title, donor_id, "
                                                     "proposed_on, status) VALUES (?, ?, ?, ?) "
                                                     "RETURNING id"),
                                      proposal.id, values),
                            values);
    }
    for (int position = 0; position < proposal.lines.size(); ++position) {
        const ProposalLine &line = proposal.lines.at(position);
        m_store.run(QStringLiteral("INSERT INTO proposal_lines (proposal_id, position, offer_id, "
                                   "title_en, title_zh, unit_en, unit_zh, unit_cost_hundredths, "
                                   "currency, quantity) VALUES (%1)")
                        .arg(placeholders(10)),
                    {id, position, nullableId(line.offerId), line.title.en, line.title.zh,
                     line.unit.en, line.unit.zh, line.unitCost.hundredths, line.unitCost.currency,
                     line.quantity});
    }
    transaction.commit();
    return id;
}

void ProposalRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.run(QStringLiteral("DELETE FROM proposal_lines WHERE proposal_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM proposals WHERE id = ?"), {id});
    transaction.commit();
}

std::optional<Proposal> ProposalRepository::find(qint64 id)
{
    QSqlQuery query = m_store.run(proposalColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    Proposal proposal = proposalAt(query);
    proposal.lines = linesOf(id);
    return proposal;
}

QList<Proposal> ProposalRepository::all()
{
    QSqlQuery query =
        m_store.run(proposalColumns +
                    QStringLiteral(" ORDER BY CASE WHEN proposed_on IS NULL THEN 1 ELSE 0 END, "
                                   "proposed_on DESC, id DESC"));
    QList<Proposal> result;
    while (query.next())
        result.append(proposalAt(query));
    for (Proposal &proposal : result)
        proposal.lines = linesOf(proposal.id);
    return result;
}

QList<ProposalLine> ProposalRepository::linesOf(qint64 proposalId)
{
    QSqlQuery query =
        m_store.run(QStringLiteral("SELECT offer_id, title_en, title_zh, unit_en, unit_zh, "
                                   "unit_cost_hundredths, currency, quantity FROM proposal_lines "
                                   "WHERE proposal_id = ? ORDER BY position"),
                    {proposalId});
    QList<ProposalLine> lines;
    while (query.next())
        lines.append({query.value(0).toLongLong(), textAt(query, 1), textAt(query, 3),
                      Money{query.value(5).toLongLong(), query.value(6).toString()},
                      query.value(7).toInt()});
    return lines;
}

} // namespace sstc
