#include "models/repositories/FundingRepository.h"

#include "models/changes/ListConflict.h"
#include "models/changes/ListEdit.h"
#include "models/store/PortfolioStore.h"
#include "models/store/SqlValues.h"
#include "models/store/WriteTransaction.h"

namespace sstc {

using namespace sql;

namespace {
QVariantList lineValues(const FundingLine &line)
{
    return {line.projectId,
            codeOf(fundingKindCodes, line.kind),
            line.amount.hundredths,
            line.amount.currency,
            dateValue(line.valueDate),
            dateValue(line.periodStart),
            dateValue(line.periodEnd),
            nullableId(line.providerOrganisationId),
            line.note.en,
            line.note.zh};
}

ExchangeRate rateAt(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(),   QDate::fromString(query.value(3).toString(), Qt::ISODate),
            query.value(4).toDouble(),   query.value(5).toString()};
}

const QString selectRates =
    QStringLiteral("SELECT id, currency, to_currency, rate_date, rate, source FROM exchange_rates");
} // namespace

qint64 FundingRepository::insertLine(const FundingLine &line)
{
    WriteTransaction transaction(m_store);
    QVariantList values = lineValues(line);
    const QString statement = keepingId(
        QStringLiteral("INSERT INTO funding_lines (project_id, kind, amount_hundredths, "
                       "currency, value_date, period_start, period_end, provider_id, note_en, "
                       "note_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        line.id, values);
    const qint64 id = m_store.insert(statement, values);
    transaction.commit();
    return id;
}

void FundingRepository::updateLine(const FundingLine &line)
{
    WriteTransaction transaction(m_store);
    m_store.execute(
        QStringLiteral("UPDATE funding_lines SET project_id = ?, kind = ?, "
                       "amount_hundredths = ?, currency = ?, value_date = ?, "
                       "period_start = ?, period_end = ?, provider_id = ?, note_en = ?, "
                       "note_zh = ? WHERE id = ?"),
        lineValues(line) << line.id);
    transaction.commit();
}

void FundingRepository::removeLine(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("DELETE FROM funding_lines WHERE id = ?"), {id});
    transaction.commit();
}

QList<FundingLine> FundingRepository::linesOfProject(qint64 projectId)
{
    return loadLines(QStringLiteral("WHERE project_id = ?"), {projectId});
}

QList<FundingLine> FundingRepository::linesOfProjects(const QList<qint64> &projectIds)
{
    if (projectIds.isEmpty())
        return {};
    QVariantList values;
    for (qint64 id : projectIds)
        values << id;
    return loadLines(
        QStringLiteral("WHERE project_id IN (%1)").arg(placeholders(projectIds.size())), values);
}

QList<FundingLine> FundingRepository::allLines()
{
    return loadLines(QString(), {});
}

// `where` is one of the fixed clauses above, never user text.
QList<FundingLine> FundingRepository::loadLines(const QString &where, const QVariantList &values)
{
    PreparedQuery query = m_store.query(
        QStringLiteral("SELECT id, project_id, kind, amount_hundredths, currency, value_date, "
                       "period_start, period_end, provider_id, note_en, note_zh "
                       "FROM funding_lines ") +
            where + QStringLiteral(" ORDER BY project_id, id"),
        values);
    QList<FundingLine> result;
    while (query.next()) {
        FundingLine line;
        line.id = query.value(0).toLongLong();
        line.projectId = query.value(1).toLongLong();
        line.kind = valueOfCode(fundingKindCodes, query.value(2).toString())
                        .value_or(FundingKind::OriginalBudget);
        line.amount = {query.value(3).toLongLong(), query.value(4).toString()};
        line.valueDate = dateAt(query, 5);
        line.periodStart = dateAt(query, 6);
        line.periodEnd = dateAt(query, 7);
        line.providerOrganisationId = query.value(8).toLongLong();
        line.note = textAt(query, 9);
        result.append(line);
    }
    return result;
}

qint64 FundingRepository::insertRate(const ExchangeRate &rate)
{
    WriteTransaction transaction(m_store);
    const qint64 id = m_store.insert(
        QStringLiteral("INSERT INTO exchange_rates (currency, to_currency, rate_date, rate, "
                       "source) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {rate.currency, rate.toCurrency, rate.date.toString(Qt::ISODate), rate.rate, rate.source});
    transaction.commit();
    return id;
}

void FundingRepository::replaceRates(const QList<ExchangeRate> &rates)
{
    WriteTransaction transaction(m_store);
    saveRates(this->rates(), rates);
    transaction.commit();
}

namespace {
// How ListEdit writes a rate.
struct RateRows
{
    PortfolioStore &store;
    FundingRepository &repository;

    void remove(const ExchangeRate &stored) { repository.removeRate(stored.id); }
    void update(const ExchangeRate &stored, const ExchangeRate &edited)
    {
        store.run(QStringLiteral("UPDATE exchange_rates SET rate = ?, source = ? WHERE id = ?"),
                  {edited.rate, edited.source, stored.id});
    }
    ExchangeRate insert(ExchangeRate rate)
    {
        rate.id = repository.insertRate(rate);
        return rate;
    }
};
} // namespace

QList<ExchangeRate> FundingRepository::saveRates(const QList<ExchangeRate> &loaded,
                                                 const QList<ExchangeRate> &edited)
{
    WriteTransaction transaction(m_store);
    const QList<ExchangeRate> current = rates();
    const ListEdit<ExchangeRate> edit(loaded, edited);
    ListConflict::refuseIfAny(ListConflict::List::ExchangeRates,
                              ListConflict::namesOf(edit.conflictsWith(current)), m_store.path());
    RateRows rows{m_store, *this};
    const QList<ExchangeRate> stored = edit.write(current, rows);
    transaction.commit();
    return stored;
}

void FundingRepository::removeRate(qint64 id)
{
    WriteTransaction transaction(m_store);
    m_store.execute(QStringLiteral("DELETE FROM exchange_rates WHERE id = ?"), {id});
    transaction.commit();
}

QList<ExchangeRate> FundingRepository::rates()
{
    PreparedQuery query =
        m_store.query(selectRates + QStringLiteral(" ORDER BY currency, to_currency, rate_date"));
    QList<ExchangeRate> result;
    while (query.next())
        result.append(rateAt(query));
    return result;
}

std::optional<ExchangeRate> FundingRepository::rateOn(const QString &currency,
                                                      const QString &toCurrency, const QDate &date)
{
    PreparedQuery query =
        m_store.query(selectRates + QStringLiteral(" WHERE currency = ? AND to_currency = ? "
                                                   "AND rate_date <= ? "
                                                   "ORDER BY rate_date DESC LIMIT 1"),
                      {currency, toCurrency, date.toString(Qt::ISODate)});
    if (!query.next())
        return std::nullopt;
    return rateAt(query);
}

} // namespace sstc
