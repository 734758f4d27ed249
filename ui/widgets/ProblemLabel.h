#pragma once

#include "models/text/ProblemList.h"

#include <QLabel>

namespace sstc {

// The red line under a field that says why its value cannot be saved; hidden while there is
// nothing to say, so that a valid form shows no empty gaps (unless its line is reserved).
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
    // Keeps the room of one line while there is nothing to say, so that the fields of a
    // form stay where they are as problems come and go (a click meant for one field must
    // not land in another).
    void reserveLine();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setShowsNote(bool note);
    int oneLineHeight() const;

    bool m_showsNote = false;
    bool m_reservesLine = false;
};

} // namespace sstc
