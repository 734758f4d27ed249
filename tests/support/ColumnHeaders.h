#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPair>
#include <QString>

namespace testsupport {

// A table model's columns as (key, title) pairs: the stable key of ColumnKeyRole and the title
// the header shows, in column order, so a test compares them all in one QCOMPARE.
using ColumnHeaders = QList<QPair<QString, QString>>;
ColumnHeaders columnHeaders(const QAbstractItemModel &model);

} // namespace testsupport
