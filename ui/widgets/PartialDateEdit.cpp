#include "ui/widgets/PartialDateEdit.h"

#include "models/domain/Clock.h"
#include "ui/widgets/DatePickerPopup.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>

namespace sstc {

Language PartialDateEdit::interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

PartialDateEdit::PartialDateEdit(const QString &objectName, QWidget *parent)
    : CleanLineEdit(objectName, parent)
    , m_calendarAction(new QAction(this))
{
    m_calendarAction->setObjectName(objectName + QLatin1String("CalendarAction"));
    m_calendarAction->setIcon(DatePickerPopup::icon(palette()));
    addAction(m_calendarAction, QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &PartialDateEdit::showCalendar);
    // The editors' hints; a field with another purpose (a filter) sets its own.
    setPlaceholderText(tr("2016, Sep 2016 or 6 Sep 2016"));
    setToolTip(tr("A year, a month or a day, as precise as the sources say."));
    connect(this, &QLineEdit::editingFinished, this, [this] {
        writeUnderstood();
        emit dateEntered();
    });
    retranslate();
}

void PartialDateEdit::setDate(const PartialDate &date)
{
    setText(Formats::date(date, interfaceLanguage()));
}

QDate PartialDateEdit::day() const
{
    const PartialDate read = date();
    if (read.isNull())
        return {};
    return m_endOfPeriod ? read.lastDay() : read.firstDay();
}

QString PartialDateEdit::problemWith(const QString &text)
{
    bool shaped = false;
    if (text.trimmed().isEmpty() || !Formats::readDate(text, &shaped).isNull())
        return {};
    if (shaped)
        return tr("There is no such date: check the month and the day.");
    return tr("Write a year, a month or a day: 2016, Sep 2016 or 6 Sep 2016.");
}

DatePickerPopup *PartialDateEdit::calendar() const
{
    return m_calendar;
}

void PartialDateEdit::showCalendar()
{
    if (m_calendar)
        return;
    const QDate shown = day().isValid() ? day() : Clock::today();
    m_calendar = new DatePickerPopup(shown, interfaceLanguage(), this);
    connect(m_calendar, &DatePickerPopup::picked, this, [this](const QDate &picked) {
        setText(Formats::date(PartialDate::day(picked), interfaceLanguage()));
        setFocus(Qt::PopupFocusReason);
        emit dateEntered();
    });
    m_calendar->popUp();
}

void PartialDateEdit::writeUnderstood()
{
    const PartialDate read = date();
    if (read.isNull())
        return; // kept as typed, so that the user can see and mend it
    const QString written = Formats::date(read, interfaceLanguage());
    if (written != text())
        setText(written);
}

void PartialDateEdit::keyPressEvent(QKeyEvent *event)
{
    // The keys that open a QDateEdit's calendar.
    if (event->key() == Qt::Key_F4 ||
        (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    CleanLineEdit::keyPressEvent(event);
}

void PartialDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        writeUnderstood();
    } else if (event->type() == QEvent::PaletteChange) {
        m_calendarAction->setIcon(DatePickerPopup::icon(palette()));
    }
    CleanLineEdit::changeEvent(event);
}

void PartialDateEdit::retranslate()
{
    m_calendarAction->setToolTip(tr("Pick a day in the calendar (Alt+Down)"));
    m_calendarAction->setText(tr("Calendar"));
}

} // namespace sstc
