#include "models/query/TextSortOrder.h"

#include "models/store/PortfolioStore.h"
#include "models/text/Formats.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace sstc {

std::shared_ptr<const TextSortOrder> TextSortOrder::build(std::vector<Text> texts,
                                                          Language language,
                                                          const TextSortOrder *previous,
                                                          const std::atomic<bool> *cancelled)
{
    QHash<qint64, const Row *> before;
    if (previous && previous->m_language == language) {
        before.reserve(qsizetype(previous->m_rows.size()));
        for (const Row &row : previous->m_rows)
            before.insert(row.id, &row);
    }
    QCollator collator(Formats::locale(language));
    collator.setNumericMode(true);
    std::shared_ptr<TextSortOrder> order(new TextSortOrder(language));
    std::vector<Row> &rows = order->m_rows;
    rows.reserve(texts.size());
    std::vector<Row> empty;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (cancelled && i % 1024 == 0 && *cancelled)
            return nullptr;
        Text &text = texts[i];
        if (text.text.isEmpty()) {
            empty.push_back({text.id, QString(), collator.sortKey(QString()), false});
            continue;
        }
        const Row *known = before.value(text.id);
        if (known && known->text == text.text)
            rows.push_back({text.id, known->text, known->key, false});
        else
            rows.push_back({text.id, text.text, collator.sortKey(text.text), false});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int compared = a.key.compare(b.key);
        return compared == 0 ? a.id < b.id : compared < 0;
    });
    for (size_t i = 1; i < rows.size(); ++i)
        rows[i].tiedWithPrevious = rows[i].key.compare(rows[i - 1].key) == 0;
    std::sort(empty.begin(), empty.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    order->m_withText = rows.size();
    rows.insert(rows.end(), std::make_move_iterator(empty.begin()),
                std::make_move_iterator(empty.end()));
    return order;
}

std::vector<TextSortOrder::Text> TextSortOrder::read(PortfolioStore &store, const QString &textSql,
                                                     const std::atomic<bool> *cancelled)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT id, %1 FROM projects").arg(textSql));
    std::vector<Text> texts;
    for (int row = 0; query.next(); ++row) {
        if (cancelled && row % 1024 == 0 && *cancelled)
            return {};
        texts.push_back({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return texts;
}

QList<qint64> TextSortOrder::ids(Qt::SortOrder order) const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_rows.size()));
    if (order == Qt::AscendingOrder) {
        for (size_t i = 0; i < m_withText; ++i)
            ids.append(m_rows[i].id);
    } else {
        // Groups of equal keys from the last to the first, each still by id.
        size_t end = m_withText;
        while (end > 0) {
            size_t begin = end - 1;
            while (begin > 0 && m_rows[begin].tiedWithPrevious)
                --begin;
            for (size_t i = begin; i < end; ++i)
                ids.append(m_rows[i].id);
            end = begin;
        }
    }
    for (size_t i = m_withText; i < m_rows.size(); ++i)
        ids.append(m_rows[i].id);
    return ids;
}

} // namespace sstc
