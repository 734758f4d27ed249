#include "models/query/ProjectTextIndex.h"

#include "models/store/PortfolioStore.h"
#include "models/store/SqlDialect.h"

#include <QStringList>

#include <algorithm>
#include <string_view>

namespace sstc {

namespace {
// Ends every text, so that a match never runs from one text into the next.
constexpr char separator = '\x1f';
} // namespace

void ProjectTextIndex::add(qint64 projectId, const QStringList &texts)
{
    for (const QString &text : texts) {
        m_text += text.toCaseFolded().toStdString();
        m_text += separator;
    }
    m_ids.push_back(projectId);
    m_ends.push_back(m_text.size());
}

std::shared_ptr<const ProjectTextIndex> ProjectTextIndex::read(PortfolioStore &store,
                                                               const std::atomic<bool> *cancelled)
{
    return read([&store](const QString &sql) { return std::optional(store.run(sql)); },
                store.dialect(), cancelled);
}

std::shared_ptr<const ProjectTextIndex> ProjectTextIndex::read(const StatementRunner &run,
                                                               const SqlDialect &dialect,
                                                               const std::atomic<bool> *cancelled)
{
    // The size first, so that the block of text is allocated once: growing a 50 MB string
    // needs twice that for a moment.
    QStringList lengths;
    for (const char *column :
         {"coalesce(code, '')", "title_en", "title_zh", "description_en", "description_zh"})
        lengths << dialect.byteLength(QLatin1String(column));
    std::optional<QSqlQuery> size = run(QStringLiteral("SELECT sum(%1 + 5) FROM projects")
                                            .arg(lengths.join(QStringLiteral(" + "))));
    if (!size)
        return nullptr;
    const qint64 bytes = size->next() ? size->value(0).toLongLong() : 0;
    std::optional<QSqlQuery> rows = run(QStringLiteral(
        "SELECT id, code, title_en, title_zh, description_en, description_zh FROM projects"));
    if (!rows)
        return nullptr;
    auto index = std::make_shared<ProjectTextIndex>();
    // Case folding seldom changes a text's length; a little room saves a reallocation.
    index->m_text.reserve(size_t(bytes + bytes / 50));
    for (int row = 0; rows->next(); ++row) {
        if (cancelled && row % 1024 == 0 && *cancelled)
            return nullptr;
        index->add(rows->value(0).toLongLong(),
                   {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
                    rows->value(4).toString(), rows->value(5).toString()});
    }
    return index;
}

QString ProjectTextIndex::normalised(const QString &text)
{
    QString simplified = text.simplified();
    // A control character cannot be in the stored text's search form; the separator must
    // never be looked for.
    simplified.remove(QChar(QLatin1Char(separator)));
    return simplified.toCaseFolded();
}

QList<int> ProjectTextIndex::matching(const QString &needle, const QList<int> *candidates) const
{
    const std::string utf8 = needle.toStdString();
    const std::string_view text(m_text);
    QList<int> found;
    if (candidates) {
        for (int position : *candidates) {
            const size_t begin = position == 0 ? 0 : m_ends[size_t(position) - 1];
            const std::string_view own = text.substr(begin, m_ends[size_t(position)] - begin);
            if (own.find(utf8) != std::string_view::npos)
                found.append(position);
        }
        return found;
    }
    size_t from = 0;
    while (from < text.size()) {
        const size_t hit = text.find(utf8, from);
        if (hit == std::string_view::npos)
            break;
        // The project whose text holds the hit; search on after its end.
        const auto end = std::upper_bound(m_ends.begin(), m_ends.end(), hit);
        found.append(int(end - m_ends.begin()));
        from = *end;
    }
    return found;
}

} // namespace sstc
