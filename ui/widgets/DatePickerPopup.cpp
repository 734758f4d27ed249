#include "ui/widgets/DatePickerPopup.h"

#include "models/text/Formats.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>

namespace sstc {

DatePickerPopup::DatePickerPopup(const QDate &shown, Language language, QWidget *anchor)
    : QCalendarWidget(anchor)
    , m_anchor(anchor)
{
    setObjectName(anchor->objectName() + QLatin1String("Calendar"));
    setWindowFlag(Qt::Popup);
    setAttribute(Qt::WA_DeleteOnClose);
    setLocale(Formats::locale(language));
    setFirstDayOfWeek(Formats::locale(language).firstDayOfWeek());
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(false);
    setSelectedDate(shown);
    setCurrentPage(shown.year(), shown.month());
    // A click picks; Enter on the day under the keyboard focus picks too.
    connect(this, &QCalendarWidget::clicked, this, &DatePickerPopup::picked);
    connect(this, &QCalendarWidget::activated, this, &DatePickerPopup::picked);
    connect(this, &DatePickerPopup::picked, this, &QWidget::close);
}

void DatePickerPopup::popUp()
{
    adjustSize();
    QPoint at = m_anchor->mapToGlobal(QPoint(0, m_anchor->height()));
    if (const QScreen *screen = m_anchor->screen()) {
        const QRect available = screen->availableGeometry();
        // Above the field when there is no room below; never past the screen's right edge.
        if (at.y() + height() > available.bottom())
            at.setY(m_anchor->mapToGlobal(QPoint(0, 0)).y() - height());
        at.setX(std::clamp(at.x(), available.left(), available.right() - width()));
        at.setY(std::max(at.y(), available.top()));
    }
    move(at);
    show();
    setFocus(Qt::PopupFocusReason);
}

QIcon DatePickerPopup::icon(const QPalette &palette)
{
    // Drawn rather than shipped: it takes the theme's text colour, and stays sharp on a
    // high-density screen.
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(QPen(ink, 1.2));
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5);
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), ink);
    painter.drawLine(QPointF(4.5, 0.8), QPointF(4.5, 3.5));
    painter.drawLine(QPointF(11.5, 0.8), QPointF(11.5, 3.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 3; ++column)
            painter.drawRect(QRectF(3.5 + column * 3.5, 7.5 + row * 3.5, 2, 2));
    return QIcon(pixmap);
}

} // namespace sstc
