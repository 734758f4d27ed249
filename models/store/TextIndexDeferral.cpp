#include "models/store/TextIndexDeferral.h"

#include "models/store/PortfolioStore.h"

namespace sstc {

namespace {
// Schema version 2's trigger (SchemaV2.cpp) and the columns it indexes.
const QString insertTrigger = QStringLiteral("projects_text_insert");
} // namespace

TextIndexDeferral::TextIndexDeferral(PortfolioStore &store)
    : m_store(store)
{
    if (store.dialect().engine() != SqlDialect::Engine::Sqlite || !store.inTransaction())
        return;
    QSqlQuery trigger = store.run(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
        {insertTrigger});
    if (!trigger.next())
        return;
    m_triggerSql = trigger.value(0).toString();
    QSqlQuery last = store.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM projects"));
    m_lastIdBefore = last.next() ? last.value(0).toLongLong() : 0;
    // The trigger name is the fixed one above.
    store.run(QStringLiteral("DROP TRIGGER %1").arg(insertTrigger));
}

void TextIndexDeferral::finish()
{
    if (m_triggerSql.isEmpty())
        return;
    // New rows get ids above every id there was (SQLite's rowid rule), so these are the
    // projects inserted meanwhile.
    m_store.run(QStringLiteral("INSERT INTO project_text (rowid, code, title_en, title_zh, "
                               "description_en, description_zh) SELECT id, code, title_en, "
                               "title_zh, description_en, description_zh FROM projects "
                               "WHERE id > ? ORDER BY id"),
                {m_lastIdBefore});
    m_store.run(m_triggerSql);
    m_triggerSql.clear();
}

} // namespace sstc
