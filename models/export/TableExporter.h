#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace sstc {

// Writes the rows of a table model as an aligned text table (what the model displays), as
// CSV or as JSON (the model's raw ExportRole values, keyed by ColumnKeyRole).
class TableExporter
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    static QString write(const QAbstractItemModel &model, Format format);

    // Terminal columns a text takes: two for each CJK character.
    static int displayWidth(const QString &text);

private:
    static QString table(const QAbstractItemModel &model);
    static QString csv(const QAbstractItemModel &model);
    static QString json(const QAbstractItemModel &model);
};

} // namespace sstc
