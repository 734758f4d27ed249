#include "ui/widgets/SaveDialogFooter.h"

#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/SaveAttempt.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sstc {

namespace {
// More would push Save off a small screen; the first ones say what to fix first.
constexpr int problemsShown = 5;
} // namespace

SaveDialogFooter::SaveDialogFooter(QDialog *dialog, const QString &problemsName,
                                   const QString &saveName)
    : QWidget(dialog)
    , m_problems(new ProblemLabel(problemsName, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    if (!saveName.isEmpty())
        saveButton()->setObjectName(saveName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

QPushButton *SaveDialogFooter::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString SaveDialogFooter::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void SaveDialogFooter::showProblems(const QStringList &messages)
{
    m_problems->setProblems(messages);
}

void SaveDialogFooter::showProblems(const QString &heading, const QStringList &problems,
                                    qsizetype total)
{
    m_problems->setProblems(heading, problems, total);
}

void SaveDialogFooter::showProblemsBlockingSave(const QStringList &messages)
{
    m_problems->setProblems(QString(), messages, messages.size(), problemsShown);
    saveButton()->setEnabled(messages.isEmpty());
}

void SaveDialogFooter::showNote(const QString &text)
{
    m_problems->setNote(text);
}

bool SaveDialogFooter::save(const std::function<void()> &write)
{
    const QString failure = SaveAttempt::failureOf(write);
    if (failure.isEmpty())
        return true;
    m_problems->setProblems({failure});
    return false;
}

} // namespace sstc
