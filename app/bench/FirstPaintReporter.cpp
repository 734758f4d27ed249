#include "app/bench/FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace sstc {

FirstPaintReporter::FirstPaintReporter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->viewport()->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0) {
        watched->removeEventFilter(this);
        // After this paint has finished.
        QTimer::singleShot(0, qApp, [] {
            std::printf("first-paint\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sstc
