#pragma once

#include <QLabel>

namespace sstc {

// The red line under a field that says why its value cannot be saved; hidden while there is
// nothing to say, so that a valid form shows no empty gaps.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(const QString &objectName, QWidget *parent = nullptr);

    void setProblems(const QStringList &messages);
    void clearProblems() { setProblems({}); }
    // Says something that is not a problem (what an import did), in the ordinary colour,
    // until the next problems.
    void setNote(const QString &text);

private:
    void setShowsNote(bool note);

    bool m_showsNote = false;
};

} // namespace sstc
