#pragma once

#include <QWidget>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QPushButton;

namespace sstc {

class ProblemLabel;

// The foot of a dialog that edits and saves: the problems that keep the edits from being
// saved, then Save and Cancel. Save calls the dialog's accept(), which checks the edits and
// writes them through save(): when the store refuses, the dialog says why and stays open with
// the user's values.
class SaveDialogFooter : public QWidget
{
    Q_OBJECT

public:
    // The objectNames of the problem line and of the Save button (none when empty).
    SaveDialogFooter(QDialog *dialog, const QString &problemsName, const QString &saveName = {});

    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *saveButton() const;
    // What the problem line says; "" while it is hidden.
    QString problemText() const;
    // The first ProblemList::shown messages, with a count of the rest.
    void showProblems(const QStringList &messages);
    // A heading ("Nothing was imported from …:"), then the first of `total` problems.
    void showProblems(const QString &heading, const QStringList &problems, qsizetype total);
    // Shows the first few problems, and keeps Save disabled while there are any.
    void showProblemsBlockingSave(const QStringList &messages);
    // A message that is not a problem (what an import did), in the ordinary colour.
    void showNote(const QString &text);
    // Runs `write`; false, with "Not saved: …" shown, when the store refused it.
    bool save(const std::function<void()> &write);

private:
    ProblemLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace sstc
