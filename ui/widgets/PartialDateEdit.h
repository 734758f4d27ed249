#pragma once

#include "models/domain/PartialDate.h"
#include "models/text/Formats.h"
#include "ui/widgets/CleanLineEdit.h"

namespace sstc {

// A date as precise as it is known: "2016", "2016-09" or "2016-09-06", or typed as the app
// writes dates in either language ("6 Sep 2016", "2016年9月").
class PartialDateEdit : public CleanLineEdit
{
    Q_OBJECT

public:
    explicit PartialDateEdit(const QString &objectName, QWidget *parent = nullptr);

    PartialDate date() const { return Formats::readDate(text()); }
    void setDate(const PartialDate &date) { setText(date.toIso()); }
    // Why the text is not a date; empty for a date or an empty text.
    QString problem() const { return problemWith(text()); }
    static QString problemWith(const QString &text);
};

} // namespace sstc
