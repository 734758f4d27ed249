#include "tests/support/ColumnHeaders.h"

#include "models/itemmodels/ItemRoles.h"

namespace testsupport {

ColumnHeaders columnHeaders(const QAbstractItemModel &model)
{
    ColumnHeaders headers;
    for (int section = 0; section < model.columnCount(); ++section)
        headers.append({model.headerData(section, Qt::Horizontal, sstc::ColumnKeyRole).toString(),
                        model.headerData(section, Qt::Horizontal).toString()});
    return headers;
}

} // namespace testsupport
