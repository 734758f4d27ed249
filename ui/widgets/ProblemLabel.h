#pragma once

#include "models/text/ProblemList.h"

#include <QLabel>

namespace sstc {

// The red line under a field that says why its value cannot be saved; hidden while there is
// nothing to say, so that a valid form shows no empty gaps.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(const QString &objectName, QWidget *parent = nullptr);

    // At most ProblemList::shown messages, then a count of the rest, so that the label keeps
    // a sane height whatever a file held.
    void setProblems(const QStringList &messages);
    // A heading line, then the first `limit` problems of `total` (ProblemList::firstOf).
    void setProblems(const QString &heading, const QStringList &problems, qsizetype total,
                     int limit = ProblemList::shown);
    void clearProblems() { setProblems({}); }
    // Says something that is not a problem (what an import did), in the ordinary colour,
    // until the next problems.
    void setNote(const QString &text);

private:
    void setShowsNote(bool note);

    bool m_showsNote = false;
};

} // namespace sstc
