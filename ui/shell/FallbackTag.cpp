#include "ui/shell/FallbackTag.h"

#include <QFontMetricsF>
#include <QPainter>

namespace sstc {

namespace {

const qreal padding = 3;

QFont tagFont(const QFont &font)
{
    QFont small = font;
    small.setItalic(false);
    small.setBold(false);
    small.setPointSizeF(font.pointSizeF() * 0.8);
    return small;
}

} // namespace

QString FallbackTag::textFor(const QString &languageCode)
{
    return languageCode == QLatin1String("zh") ? QStringLiteral("中") : QStringLiteral("EN");
}

qreal FallbackTag::width(const QFont &font, const QString &languageCode, const QPaintDevice *device)
{
    const QFontMetricsF metrics =
        device ? QFontMetricsF(tagFont(font), device) : QFontMetricsF(tagFont(font));
    return metrics.horizontalAdvance(textFor(languageCode)) + 3 * padding;
}

void FallbackTag::paint(QPainter &painter, const QRectF &rect, const QFont &font,
                        const QString &languageCode)
{
    const QFont small = tagFont(font);
    const qreal boxWidth = width(font, languageCode, painter.device()) - 2 * padding;
    const qreal height = QFontMetricsF(small, painter.device()).height() + 2;
    const QRectF box(rect.right() - boxWidth - padding, rect.center().y() - height / 2, boxWidth,
                     height);
    painter.save();
    painter.setFont(small);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(inkColour());
    painter.setBrush(fillColour());
    painter.drawRoundedRect(box, 3, 3);
    painter.drawText(box, Qt::AlignCenter, textFor(languageCode));
    painter.restore();
}

} // namespace sstc
