#include "ui/shell/RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace sstc {

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (m_view->isVisible()) {
        m_pending = false;
        m_refresh();
    } else {
        m_pending = true;
    }
}

void RefreshWhenShown::flush()
{
    if (m_pending) {
        m_pending = false;
        m_refresh();
    }
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace sstc
