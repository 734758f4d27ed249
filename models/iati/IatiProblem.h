#pragma once

#include <QList>
#include <QString>

namespace sstc {

// Something an IATI import found wrong, graded by what it means for the activity.
struct IatiProblem
{
    enum class Grade
    {
        Critical, // the activity cannot be imported
        Error,    // imported, but a value was dropped (the message says which)
        Warning   // imported as read, with something worth knowing
    };

    Grade grade = Grade::Warning;
    QString file;
    qint64 line = 0;
    QString activity; // the iati-identifier, empty when not known yet
    QString message;  // in the user's language

    static QString gradeCode(Grade grade)
    {
        switch (grade) {
        case Grade::Critical:
            return QStringLiteral("critical");
        case Grade::Error:
            return QStringLiteral("error");
        case Grade::Warning:
            break;
        }
        return QStringLiteral("warning");
    }
};

using IatiProblems = QList<IatiProblem>;

} // namespace sstc
