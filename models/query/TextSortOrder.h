#pragma once

#include "models/domain/Language.h"

#include <QCollatorSortKey>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace sstc {

class PortfolioStore;

// The projects in the order of one text (a title, a code) by the collation of a language
// (pinyin for Chinese), with the collation keys kept: built once, it gives either direction
// in one pass, and a rebuild after an edit makes keys only for the texts that changed. This is
// what keeps a header click at 100,000 projects under 100 ms; building the keys is what took a
// second. Empty texts come last in either direction, ties by id.
class TextSortOrder
{
public:
    struct Text
    {
        qint64 id = 0;
        QString text;
    };

    // `previous` (the same text in the same language before an edit) lends its keys.
    static std::shared_ptr<const TextSortOrder>
    build(std::vector<Text> texts, Language language, const TextSortOrder *previous = nullptr,
          const std::atomic<bool> *cancelled = nullptr);
    // Reads (id, text) through `textSql`, a fixed expression over the projects table.
    // Throws StoreError when the store cannot be read.
    static std::vector<Text> read(PortfolioStore &store, const QString &textSql,
                                  const std::atomic<bool> *cancelled = nullptr);

    QList<qint64> ids(Qt::SortOrder order) const;
    Language language() const { return m_language; }
    int size() const { return int(m_rows.size()); }

private:
    struct Row
    {
        qint64 id;
        QString text;
        QCollatorSortKey key;
        bool tiedWithPrevious; // the same key as the row before: kept by id either way
    };

    explicit TextSortOrder(Language language)
        : m_language(language)
    {}

    Language m_language;
    std::vector<Row> m_rows; // ascending, the empty texts last (by id)
    size_t m_withText = 0;   // rows with a text, the first ones
};

} // namespace sstc
