#pragma once

#include "models/domain/Project.h"
#include "models/domain/ValidationProblem.h"
#include "ui/widgets/ChoiceDelegate.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace sstc {

class BilingualTextEdit;
class PartialDateEdit;
class ProblemLabel;

// The project's own fields: code, status, titles and descriptions in both languages side by
// side, planned and actual dates, the agreement it rests on and its parent project.
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    GeneralPage(const QList<ChoiceDelegate::Choice> &agreements,
                const QList<ChoiceDelegate::Choice> &projects, QWidget *parent = nullptr);

    void setProject(const Project &project);
    // Writes the page's fields into the project; dates that do not parse are input problems.
    void applyTo(Project &project, ValidationProblems &inputProblems) const;
    // Shows the problems of the page's fields and returns how many there were.
    int showProblems(const ValidationProblems &problems);

signals:
    void edited();

private:
    QComboBox *createCombo(const QString &objectName, const QList<ChoiceDelegate::Choice> &items);
    PartialDateEdit *createDateEdit(const QString &key);
    ProblemLabel *createProblemLabel(const QString &key);
    static void select(QComboBox *combo, const QVariant &value);

    QLineEdit *m_code;
    QComboBox *m_status;
    BilingualTextEdit *m_title;
    BilingualTextEdit *m_description;
    QList<PartialDateEdit *> m_dates; // planned start, planned end, actual start, actual end
    QComboBox *m_agreement;
    QComboBox *m_parent;
    QHash<QString, ProblemLabel *> m_problemLabels; // by field key
};

} // namespace sstc
