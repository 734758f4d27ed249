#pragma once

#include "models/domain/Language.h"
#include "models/domain/PartialDate.h"
#include "models/text/Formats.h"
#include "ui/widgets/CleanLineEdit.h"

#include <QPointer>

class QAction;

namespace sstc {

class DatePickerPopup;

// A date as precise as it is known, as every date field of the app takes it: a year, a month
// or a day, typed the way either language writes dates ("2016", "Sep 2016", "6 Sep 2016",
// "2016年9月6日", "2016-09-06"; Formats::readDate is the one reading), or picked in a calendar
// (the button in the field, Alt+Down or F4) that opens at the field's date or today. When
// editing ends, a readable date is written back the interface language's way, so that the user
// sees what was understood. Empty is no date.
class PartialDateEdit : public CleanLineEdit
{
    Q_OBJECT

public:
    explicit PartialDateEdit(const QString &objectName, QWidget *parent = nullptr);

    PartialDate date() const { return Formats::readDate(text()); }
    // Writes the date the interface language's way ("6 Sep 2016" / "2016年9月6日").
    void setDate(const PartialDate &date);
    // The day a period bound stands for: a year or a month typed into a period's start field
    // begins on its first day, into its end field ends on its last (setEndOfPeriod).
    QDate day() const;
    void setEndOfPeriod(bool end) { m_endOfPeriod = end; }
    // Why the text is not a date; empty for a date or an empty text.
    QString problem() const { return problemWith(text()); }
    static QString problemWith(const QString &text);

    // The language dates are written in: the interface's, whose locale TranslationLoader makes
    // the default.
    static Language interfaceLanguage();

    QAction *calendarAction() const { return m_calendarAction; }
    // The calendar, while it is open.
    DatePickerPopup *calendar() const;
    void showCalendar();

signals:
    // The user finished with the field: Return, leaving it, or a day picked in the calendar.
    void dateEntered();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void writeUnderstood();
    void retranslate();

    QAction *m_calendarAction;
    QPointer<DatePickerPopup> m_calendar;
    bool m_endOfPeriod = false;
};

} // namespace sstc
