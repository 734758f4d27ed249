#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sstc {

class PortfolioStore;
class SqlDialect;

// The searchable text of every project (code, titles and descriptions in both languages),
// case-folded, in one block of memory. Searching it is a scan at memory speed, and a query
// that extends the previous one (the user typing on) looks only among the previous matches:
// this is what keeps the search keystroke instant at 100,000 projects, where SQLite's LIKE
// scan or trigram index takes tens of milliseconds. It matches what the SQL search of
// ProjectCondition matches: a substring of any one of those texts, ignoring case.
class ProjectTextIndex
{
public:
    // Texts of one project, in any order.
    void add(qint64 projectId, const QStringList &texts);
    // Reads every project of the portfolio; empty when `cancelled` turns true while reading.
    // Throws StoreError when the store cannot be read.
    static std::shared_ptr<const ProjectTextIndex>
    read(PortfolioStore &store, const std::atomic<bool> *cancelled = nullptr);
    // Reads it through `run`, which executes a statement (forward only) on some connection;
    // empty when `cancelled` turns true while reading or a statement fails.
    using StatementRunner = std::function<std::optional<QSqlQuery>(const QString &sql)>;
    static std::shared_ptr<const ProjectTextIndex>
    read(const StatementRunner &run, const SqlDialect &dialect,
         const std::atomic<bool> *cancelled = nullptr);
    // The form of the query the index looks for: spaces simplified, case folded.
    static QString normalised(const QString &text);

    int size() const { return int(m_ids.size()); }
    qint64 idAt(int position) const { return m_ids[size_t(position)]; }
    // Positions of the projects whose text contains `needle` (as given by normalised()),
    // in position order; among `candidates` only, when given (sorted positions).
    QList<int> matching(const QString &needle, const QList<int> *candidates = nullptr) const;

private:
    std::string m_text;         // UTF-8; texts end with a separator no query contains
    std::vector<qint64> m_ids;  // project id at each position
    std::vector<size_t> m_ends; // where each project's text ends in m_text
};

} // namespace sstc
