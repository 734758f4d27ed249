#pragma once

#include <QLineEdit>

namespace sstc {

// A line edit that drops the control characters of typed or pasted text, and takes long text
// whole: the validator reports a text that is too long instead of the edit cutting it.
class CleanLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CleanLineEdit(const QString &objectName, QWidget *parent = nullptr);

private:
    void clean();
};

} // namespace sstc
