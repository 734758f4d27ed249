#include "ui/widgets/ProblemLabel.h"

namespace sstc {

namespace {
const QString problemStyle = QStringLiteral("color: #b00020;");
} // namespace

ProblemLabel::ProblemLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(problemStyle);
    // Long messages wrap instead of widening the form.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hide();
}

void ProblemLabel::setProblems(const QStringList &messages)
{
    setProblems(QString(), messages, messages.size());
}

void ProblemLabel::setProblems(const QString &heading, const QStringList &problems, qsizetype total,
                               int limit)
{
    setShowsNote(false);
    QStringList lines = ProblemList::firstOf(problems, total, limit);
    if (!heading.isEmpty())
        lines.prepend(ProblemList::excerpt(heading, ProblemList::messageLength));
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
}

void ProblemLabel::setNote(const QString &text)
{
    setShowsNote(true);
    setText(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::setShowsNote(bool note)
{
    // A style sheet set again repolishes the label: only on a change, not at every keystroke.
    if (note == m_showsNote)
        return;
    m_showsNote = note;
    setStyleSheet(note ? QString() : problemStyle);
}

} // namespace sstc
