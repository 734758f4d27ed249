#pragma once

#include <QObject>

class QTableView;

namespace sstc {

// In the start-up measurement's child process: prints "first-paint" on stdout once the
// projects table has been painted with rows, and quits.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QTableView *table);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
};

} // namespace sstc
