#pragma once

#include <QList>
#include <QString>

namespace sstc {

// One reason a record cannot be saved. The field key is stable and names where the problem
// is, so that an editor can show the message next to it: "title", "plannedEnd",
// "countries/1/percentage", "fundingLines/2/amount", "indicators/1/periods/0/end".
struct ValidationProblem
{
    QString field;
    QString message; // translated, for the user

    bool operator==(const ValidationProblem &other) const
    {
        return field == other.field && message == other.message;
    }
};

using ValidationProblems = QList<ValidationProblem>;

} // namespace sstc
