#include "ui/widgets/ProblemLabel.h"

#include <QEvent>

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

void ProblemLabel::reserveLine()
{
    m_reservesLine = true;
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setMinimumHeight(oneLineHeight());
}

int ProblemLabel::oneLineHeight() const
{
    // What the label measures with one line of text, to the pixel: the reserved room must be
    // what a problem takes. A Latin and a Chinese character: a line that falls back to the CJK
    // face for one glyph is taller than one in the Latin face alone.
    QLabel line(QStringLiteral("X中"));
    line.setFont(font());
    line.setWordWrap(true);
    return line.heightForWidth(1000);
}

void ProblemLabel::changeEvent(QEvent *event)
{
    // The interface font follows the language: the reserved line follows the font.
    if (event->type() == QEvent::FontChange && m_reservesLine)
        setMinimumHeight(oneLineHeight());
    QLabel::changeEvent(event);
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
