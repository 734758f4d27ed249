#include "ui/projecteditor/GeneralPage.h"

#include "models/text/DomainNames.h"
#include "ui/widgets/BilingualTextEdit.h"
#include "ui/widgets/CleanLineEdit.h"
#include "ui/widgets/PartialDateEdit.h"
#include "ui/widgets/ProblemLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sstc {

namespace {
const QString plannedStartKey = QStringLiteral("plannedStart");
const QString plannedEndKey = QStringLiteral("plannedEnd");
const QString actualStartKey = QStringLiteral("actualStart");
const QString actualEndKey = QStringLiteral("actualEnd");

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

GeneralPage::GeneralPage(const QList<ChoiceDelegate::Choice> &agreements,
                         const QList<ChoiceDelegate::Choice> &projects, QWidget *parent)
    : QWidget(parent)
    , m_code(new CleanLineEdit(QStringLiteral("codeEdit"), this))
{
    QList<ChoiceDelegate::Choice> statuses{{tr("Not set"), 0}};
    for (const auto &entry : projectStatusCodes)
        statuses.append({DomainNames::status(entry.value), int(entry.value)});
    m_status = createCombo(QStringLiteral("statusCombo"), statuses);
    m_title = new BilingualTextEdit(QStringLiteral("title"), BilingualTextEdit::Lines::One, this);
    m_title->showLanguageHeaders();
    m_description =
        new BilingualTextEdit(QStringLiteral("description"), BilingualTextEdit::Lines::Many, this);
    for (const QString &key : {plannedStartKey, plannedEndKey, actualStartKey, actualEndKey})
        m_dates.append(createDateEdit(key));
    m_agreement = createCombo(QStringLiteral("agreementCombo"), agreements);
    m_parent = createCombo(QStringLiteral("parentProjectCombo"), projects);
    m_problemLabels.insert(QStringLiteral("titleEn"), m_title->problemLabel(Language::English));
    m_problemLabels.insert(QStringLiteral("titleZh"), m_title->problemLabel(Language::Chinese));
    m_problemLabels.insert(QStringLiteral("descriptionEn"),
                           m_description->problemLabel(Language::English));
    m_problemLabels.insert(QStringLiteral("descriptionZh"),
                           m_description->problemLabel(Language::Chinese));

    // Columns 0 and 2: labels; 1 and 3: fields; the bilingual texts span 1-3.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    grid->addWidget(fieldLabel(tr("&Code:"), m_code, this), row, 0);
    grid->addWidget(m_code, row, 1);
    grid->addWidget(fieldLabel(tr("Stat&us:"), m_status, this), row, 2);
    grid->addWidget(m_status, row, 3);
    grid->addWidget(createProblemLabel(QStringLiteral("code")), ++row, 1);

    grid->addWidget(fieldLabel(tr("&Title:"), m_title->editor(Language::English), this), ++row, 0,
                    Qt::AlignBottom);
    grid->addWidget(m_title, row, 1, 1, 3);
    grid->addWidget(createProblemLabel(QStringLiteral("title")), ++row, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("Descri&ption:"), m_description->editor(Language::English), this),
                    ++row, 0, Qt::AlignTop);
    grid->addWidget(m_description, row, 1, 1, 3);
    grid->setRowStretch(row, 1);

    const QStringList dateLabels{tr("Planned st&art:"), tr("Planned &end:"), tr("Actual sta&rt:"),
                                 tr("Actual e&nd:")};
    const QStringList dateKeys{plannedStartKey, plannedEndKey, actualStartKey, actualEndKey};
    for (int i = 0; i < m_dates.size(); i += 2) {
        ++row;
        for (int j = 0; j < 2; ++j) {
            grid->addWidget(fieldLabel(dateLabels.at(i + j), m_dates.at(i + j), this), row, j * 2);
            grid->addWidget(m_dates.at(i + j), row, j * 2 + 1);
            grid->addWidget(m_problemLabels.value(dateKeys.at(i + j)), row + 1, j * 2 + 1);
        }
        ++row;
    }
    grid->addWidget(fieldLabel(tr("Agree&ment:"), m_agreement, this), ++row, 0);
    grid->addWidget(m_agreement, row, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("Parent pro&ject:"), m_parent, this), ++row, 0);
    grid->addWidget(m_parent, row, 1, 1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);

    setTabOrder(m_code, m_status);
    setTabOrder(m_status, m_title->editor(Language::English));
    setTabOrder(m_title->editor(Language::English), m_title->editor(Language::Chinese));
    setTabOrder(m_title->editor(Language::Chinese), m_description->editor(Language::English));
    setTabOrder(m_description->editor(Language::English), m_description->editor(Language::Chinese));
    QWidget *previous = m_description->editor(Language::Chinese);
    for (QWidget *next :
         {static_cast<QWidget *>(m_dates.at(0)), static_cast<QWidget *>(m_dates.at(1)),
          static_cast<QWidget *>(m_dates.at(2)), static_cast<QWidget *>(m_dates.at(3)),
          static_cast<QWidget *>(m_agreement), static_cast<QWidget *>(m_parent)}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_code, &QLineEdit::textChanged, this, &GeneralPage::edited);
    connect(m_title, &BilingualTextEdit::edited, this, &GeneralPage::edited);
    connect(m_description, &BilingualTextEdit::edited, this, &GeneralPage::edited);
}

QComboBox *GeneralPage::createCombo(const QString &objectName,
                                    const QList<ChoiceDelegate::Choice> &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // Long agreement titles must not widen the dialog beyond a laptop screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(20);
    for (const ChoiceDelegate::Choice &item : items)
        combo->addItem(item.text, item.value);
    connect(combo, &QComboBox::currentIndexChanged, this, &GeneralPage::edited);
    return combo;
}

PartialDateEdit *GeneralPage::createDateEdit(const QString &key)
{
    auto *edit = new PartialDateEdit(key + QLatin1String("Edit"), this);
    createProblemLabel(key);
    connect(edit, &QLineEdit::textChanged, this, &GeneralPage::edited);
    return edit;
}

ProblemLabel *GeneralPage::createProblemLabel(const QString &key)
{
    auto *label = new ProblemLabel(key + QLatin1String("Problem"), this);
    // The rows below keep their place as the problem comes and goes. (The texts' own labels,
    // for rarer problems, sit under their editors, where the description's stretch takes
    // them up.)
    label->reserveLine();
    m_problemLabels.insert(key, label);
    return label;
}

void GeneralPage::select(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

void GeneralPage::setProject(const Project &project)
{
    m_code->setText(project.code);
    select(m_status, project.status ? int(*project.status) : 0);
    m_title->setText(project.title);
    m_description->setText(project.description);
    m_dates.at(0)->setDate(project.plannedStart);
    m_dates.at(1)->setDate(project.plannedEnd);
    m_dates.at(2)->setDate(project.actualStart);
    m_dates.at(3)->setDate(project.actualEnd);
    select(m_agreement, project.agreementId);
    select(m_parent, project.parentProjectId);
}

void GeneralPage::applyTo(Project &project, ValidationProblems &inputProblems) const
{
    project.code = m_code->text().trimmed();
    const int status = m_status->currentData().toInt();
    project.status = status == 0 ? std::nullopt : std::optional(ProjectStatus(status));
    project.title = m_title->text();
    project.title.en = project.title.en.trimmed();
    project.title.zh = project.title.zh.trimmed();
    project.description = m_description->text();
    PartialDate *dates[] = {&project.plannedStart, &project.plannedEnd, &project.actualStart,
                            &project.actualEnd};
    const QStringList keys{plannedStartKey, plannedEndKey, actualStartKey, actualEndKey};
    for (int i = 0; i < m_dates.size(); ++i) {
        *dates[i] = m_dates.at(i)->date();
        const QString problem = m_dates.at(i)->problem();
        if (!problem.isEmpty())
            inputProblems.append({keys.at(i), problem});
    }
    project.agreementId = m_agreement->currentData().toLongLong();
    project.parentProjectId = m_parent->currentData().toLongLong();
}

int GeneralPage::showProblems(const ValidationProblems &problems)
{
    QHash<QString, QStringList> messages;
    int shown = 0;
    for (const ValidationProblem &problem : problems)
        if (m_problemLabels.contains(problem.field)) {
            messages[problem.field] << problem.message;
            ++shown;
        }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
        it.value()->setProblems(messages.value(it.key()));
    return shown;
}

} // namespace sstc
