#include "ui/widgets/PartialDateEdit.h"

namespace sstc {

PartialDateEdit::PartialDateEdit(const QString &objectName, QWidget *parent)
    : CleanLineEdit(objectName, parent)
{
    setPlaceholderText(tr("2016, 2016-09 or 2016-09-06"));
    setToolTip(tr("A year, a month or a day, as precise as the sources say."));
}

QString PartialDateEdit::problemWith(const QString &text)
{
    bool shaped = false;
    if (text.trimmed().isEmpty() || !Formats::readDate(text, &shaped).isNull())
        return {};
    if (shaped)
        return tr("There is no such date: check the month and the day.");
    return tr("Write the date as 2016, 2016-09 or 2016-09-06.");
}

} // namespace sstc
