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
};

} // namespace sstc
