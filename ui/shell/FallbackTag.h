#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QFont;
class QPaintDevice;
class QPainter;

namespace sstc {

// Marks a text shown in place of a translation not written yet (FallbackLanguageRole): grey
// italics and a small tag naming its language ("EN" or "中"), the same in every table and on
// the timeline, so that an officer sees at a glance which titles still need writing.
class FallbackTag
{
public:
    // The tag of a language code ("en" → "EN"): each language in its own script, like the
    // language menu.
    static QString textFor(const QString &languageCode);
    // Room the tag takes beside text set in FONT on DEVICE (the screen when null; a PDF's
    // resolution differs).
    static qreal width(const QFont &font, const QString &languageCode,
                       const QPaintDevice *device = nullptr);
    // Draws the tag at the right end of RECT, centred in its height.
    static void paint(QPainter &painter, const QRectF &rect, const QFont &font,
                      const QString &languageCode);

    static QColor textColour() { return {0x60, 0x60, 0x60}; }
    static QColor fillColour() { return {0xff, 0xf4, 0xc2}; }
    static QColor inkColour() { return {0x8a, 0x6d, 0x00}; }
};

} // namespace sstc
