#include "models/store/PortfolioCompleteness.h"

#include "models/store/PortfolioStore.h"

#include <QStringList>

namespace sstc {

namespace {
const QString wholeKey = QStringLiteral("created_whole");
}

void PortfolioCompleteness::markWhole(PortfolioStore &store)
{
    store.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
              {wholeKey, QStringLiteral("1")});
}

void PortfolioCompleteness::refuseIfUnfinished(PortfolioStore &store)
{
    // The common cases cost one row each: the mark, or countries (every version has both
    // tables, from schema 1 on).
    if (store.run(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"), {wholeKey}).next() ||
        store.run(QStringLiteral("SELECT 1 FROM countries LIMIT 1")).next())
        return;
    // Ordinary tables only: meta holds the version a schema step wrote, and a full-text
    // index (virtual, with its shadow tables) holds its own bookkeeping even when empty.
    QStringList tables;
    QSqlQuery list = store.run(QStringLiteral("SELECT name FROM pragma_table_list "
                                              "WHERE schema = 'main' AND type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' AND name <> 'meta'"));
    while (list.next())
        tables << list.value(0).toString();
    for (QString table : std::as_const(tables)) {
        table.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (store.run(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table)).next())
            return;
    }
    throw StoreError(StoreError::Kind::Unfinished, store.path(),
                     QStringLiteral("a schema without content: its creation never finished"));
}

} // namespace sstc
