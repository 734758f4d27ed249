#pragma once

#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

// Conversions between domain values and bound SQL values: empty means NULL.
namespace sstc::sql {

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id));
}

inline QVariant dateValue(const PartialDate &date)
{
    return nullableText(date.toIso());
}

template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

inline PartialDate dateAt(const QSqlQuery &query, int column)
{
    return PartialDate::fromIso(query.value(column).toString());
}

// A bilingual text stored as two adjacent columns, English first.
inline LocalizedText textAt(const QSqlQuery &query, int englishColumn)
{
    return {query.value(englishColumn).toString(), query.value(englishColumn + 1).toString()};
}

inline std::optional<int> optionalIntAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

inline std::optional<double> optionalDoubleAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// "?, ?, ?" for `count` bound values.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// An INSERT that keeps the row's id when it has one (a deleted row put back by undo, so that
// everything referring to it still does) and lets the database choose one otherwise.
// `insertSql` is "INSERT INTO table (columns) VALUES (marks) ...".
inline QString keepingId(QString insertSql, qint64 id, QVariantList &values)
{
    if (id == 0)
        return insertSql;
    insertSql.insert(insertSql.indexOf(QLatin1Char('(')) + 1, QStringLiteral("id, "));
    const QString valuesMark = QStringLiteral("VALUES (");
    insertSql.insert(insertSql.indexOf(valuesMark) + valuesMark.size(), QStringLiteral("?, "));
    values.prepend(id);
    return insertSql;
}

} // namespace sstc::sql
