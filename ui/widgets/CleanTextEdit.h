#pragma once

#include <QPlainTextEdit>

namespace sstc {

// A plain text edit that drops the control characters of pasted or dropped text (typing
// cannot produce them here), keeping newlines and tabs.
class CleanTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CleanTextEdit(const QString &objectName, QWidget *parent = nullptr);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace sstc
