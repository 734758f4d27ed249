#pragma once

#include "models/domain/Language.h"

#include <QCalendarWidget>

namespace sstc {

// The calendar that drops down under a date field: opens on a given day (the field's, or
// today), names months and weekdays in the interface language, and closes when a day is
// picked, with Escape or a click elsewhere.
class DatePickerPopup : public QCalendarWidget
{
    Q_OBJECT

public:
    DatePickerPopup(const QDate &shown, Language language, QWidget *anchor);

    // Shows the calendar under `anchor`, kept on the anchor's screen.
    void popUp();
    // The little calendar drawn in the field that opens the popup.
    static QIcon icon(const QPalette &palette);

signals:
    void picked(const QDate &day);

private:
    QWidget *m_anchor;
};

} // namespace sstc
