#pragma once

#include "models/itemmodels/ItemRoles.h"

#include <QCoreApplication>
#include <QVariant>

#include <iterator>

namespace sstc {

// One column of a table model: its stable key (JSON, settings) and its title, marked for
// translation with QT_TRANSLATE_NOOP in the model's own context.
struct TableColumn
{
    const char *key;
    const char *title;
};

// headerData() for a table described by its columns: the translated title for display, the
// key for ColumnKeyRole.
template<std::size_t N>
QVariant columnHeader(const TableColumn (&columns)[N], const char *context, int section,
                      Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(N))
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(columns[section].key);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate(context, columns[section].title);
    return {};
}

} // namespace sstc
