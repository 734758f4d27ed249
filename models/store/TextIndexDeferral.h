#pragma once

#include <QString>

namespace sstc {

class PortfolioStore;

// Inside a write transaction, holds back the full-text index of the projects inserted
// until finish(), which indexes them all in one statement. SQLite's FTS5 index flushes
// what it holds at every statement of a transaction once it has been written to, so a
// trigger indexing each new project as it came made an import write a small index
// segment (and merge them) for every project: a fifth of the import's time. The insert
// trigger is dropped meanwhile and put back as it was, in the same transaction: a rollback
// (a failure, a cancel, a dry run) restores it too. Projects updated meanwhile must be
// ones that existed before (their index entries are kept by the update trigger). Nothing
// to do on a server, whose text index is an ordinary index.
class TextIndexDeferral
{
public:
    explicit TextIndexDeferral(PortfolioStore &store);
    // Indexes the projects inserted since the constructor and puts the trigger back.
    void finish();

private:
    PortfolioStore &m_store;
    QString m_triggerSql; // empty: nothing deferred
    qint64 m_lastIdBefore = 0;
};

} // namespace sstc
