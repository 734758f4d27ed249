#include "ui/widgets/ProblemLabel.h"

namespace sstc {

ProblemLabel::ProblemLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    // Long messages wrap instead of widening the form.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hide();
}

void ProblemLabel::setProblems(const QStringList &messages)
{
    setText(messages.join(u'\n'));
    setVisible(!messages.isEmpty());
}

} // namespace sstc
