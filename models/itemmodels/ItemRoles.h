#pragma once

#include <Qt>

namespace sstc {

// Roles shared by the portfolio's item models, so that views, exporters and the command line
// read any of them the same way.
enum ItemRole
{
    IdRole = Qt::UserRole + 1, // the database id of the row's entity
    SortRole,                  // the value sorting compares
    ExportRole,                // the raw value for CSV and JSON: ISO dates, plain numbers, codes
    ColumnKeyRole,             // headerData: a stable column name ("title", "start")
};

} // namespace sstc
