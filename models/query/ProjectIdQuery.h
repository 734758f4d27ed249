#pragma once

#include "models/domain/Language.h"
#include "models/query/ProjectFilter.h"
#include "models/query/TextSortOrder.h"

#include <QList>

#include <atomic>
#include <memory>

namespace sstc {

class PortfolioStore;

// The sort keys a project list can be ordered by.
enum class ProjectSortKey
{
    Id,
    Code,
    Title,
    Countries,
    Start,
    End,
    Budget,
    Status
};

// Lists of project ids, the only thing the portfolio table holds for every row: the whole
// portfolio in a chosen order, and the projects a filter matches. Row contents are read
// later, a page at a time, for the rows on screen.
class ProjectIdQuery
{
public:
    explicit ProjectIdQuery(PortfolioStore &store)
        : m_store(store)
    {}

    // Every project, empty values last in either direction. Titles and country names sort
    // by the collation of the language (pinyin for Chinese).
    QList<qint64> ordered(ProjectSortKey key, Qt::SortOrder order, Language language);
    // The keys that sort by text (code, title, countries) are ordered through a TextSortOrder,
    // which can be kept and reused; the text they sort by, empty for the other keys.
    static QString textSqlOf(ProjectSortKey key, Language language);
    // Null when `cancelled` turned true. `previous` lends its collation keys (TextSortOrder).
    std::shared_ptr<const TextSortOrder> textOrder(ProjectSortKey key, Language language,
                                                   const TextSortOrder *previous = nullptr,
                                                   const std::atomic<bool> *cancelled = nullptr);
    // The ids that match the filter, in no particular order.
    QList<qint64> matching(const ProjectFilter &filter);

private:
    QList<qint64> orderedInSql(const QString &keySql, Qt::SortOrder order);
    QList<qint64> idList(const QString &sql, const QVariantList &values = {});

    PortfolioStore &m_store;
};

} // namespace sstc
