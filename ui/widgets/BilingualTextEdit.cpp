#include "ui/widgets/BilingualTextEdit.h"

#include "ui/widgets/CleanLineEdit.h"
#include "ui/widgets/CleanTextEdit.h"
#include "ui/widgets/ProblemLabel.h"

#include <QGridLayout>
#include <QLabel>

namespace sstc {

BilingualTextEdit::BilingualTextEdit(const QString &key, Lines lines, QWidget *parent)
    : QWidget(parent)
    , m_en(createEditor(key + QLatin1String("EnEdit"), lines))
    , m_zh(createEditor(key + QLatin1String("ZhEdit"), lines))
    , m_enProblem(new ProblemLabel(key + QLatin1String("EnProblem"), this))
    , m_zhProblem(new ProblemLabel(key + QLatin1String("ZhProblem"), this))
{
    setObjectName(key + QLatin1String("Edit"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_en, 1, 0);
    layout->addWidget(m_zh, 1, 1);
    layout->addWidget(m_enProblem, 2, 0);
    layout->addWidget(m_zhProblem, 2, 1);
    // Both languages get the same width, whatever their text.
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    setTabOrder(m_en, m_zh);
}

void BilingualTextEdit::showLanguageHeaders()
{
    auto *layout = static_cast<QGridLayout *>(this->layout());
    auto *english = new QLabel(tr("English"), this);
    auto *chinese = new QLabel(tr("Chinese"), this);
    QFont bold = english->font();
    bold.setBold(true);
    english->setFont(bold);
    chinese->setFont(bold);
    layout->addWidget(english, 0, 0);
    layout->addWidget(chinese, 0, 1);
}

QWidget *BilingualTextEdit::createEditor(const QString &objectName, Lines lines)
{
    if (lines == Lines::One) {
        auto *edit = new CleanLineEdit(objectName, this);
        connect(edit, &QLineEdit::textChanged, this, &BilingualTextEdit::edited);
        return edit;
    }
    auto *edit = new CleanTextEdit(objectName, this);
    connect(edit, &QPlainTextEdit::textChanged, this, &BilingualTextEdit::edited);
    return edit;
}

LocalizedText BilingualTextEdit::text() const
{
    return {textOf(m_en), textOf(m_zh)};
}

void BilingualTextEdit::setText(const LocalizedText &text)
{
    setTextOf(m_en, text.en);
    setTextOf(m_zh, text.zh);
}

QWidget *BilingualTextEdit::editor(Language language) const
{
    return language == Language::Chinese ? m_zh : m_en;
}

ProblemLabel *BilingualTextEdit::problemLabel(Language language) const
{
    return language == Language::Chinese ? m_zhProblem : m_enProblem;
}

QString BilingualTextEdit::textOf(const QWidget *editor)
{
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return static_cast<const QPlainTextEdit *>(editor)->toPlainText();
}

void BilingualTextEdit::setTextOf(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else
        static_cast<QPlainTextEdit *>(editor)->setPlainText(text);
}

} // namespace sstc
