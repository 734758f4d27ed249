#include "ui/iati/IatiImportDialog.h"

#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "ui/iati/IatiImportCommand.h"
#include "ui/iati/TabSeparatedCopy.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sstc {

namespace {

using Action = IatiActivityOutcome::Action;
using Grade = IatiProblem::Grade;

QTableView *newTable(QStandardItemModel *model, const char *name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    TabSeparatedCopy::addShortcut(*table);
    return table;
}

QStandardItem *item(const QString &text)
{
    auto *cell = new QStandardItem(text);
    cell->setToolTip(text);
    return cell;
}

// Holds the number itself, so that the column sorts by value, not as text.
QStandardItem *numberItem(qint64 number)
{
    auto *cell = new QStandardItem;
    cell->setData(number, Qt::DisplayRole);
    return cell;
}

// What the problems table sorts by: grades by severity (critical, error, warning), not by
// their names in the interface language.
constexpr int sortKeyRole = Qt::UserRole + 1;

QStandardItem *keyed(QStandardItem *cell, const QVariant &key)
{
    cell->setData(key, sortKeyRole);
    return cell;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

IatiImportDialog::IatiImportDialog(PortfolioContext &context, const QStringList &files,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_files(files)
    , m_summaryLabel(new QLabel(this))
    , m_keptLabel(new QLabel(this))
    , m_activities(new QStandardItemModel(this))
    , m_problems(new QStandardItemModel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("iatiImportDialog"));
    setWindowTitle(tr("Import IATI Activities"));
    m_summaryLabel->setObjectName(QStringLiteral("iatiSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_keptLabel->setObjectName(QStringLiteral("iatiKeptLabel"));
    m_keptLabel->setWordWrap(true);
    m_activitiesTable = newTable(m_activities, "iatiActivitiesTable", this);
    m_problemsTable = newTable(m_problems, "iatiProblemsTable", this);
    m_problems->setSortRole(sortKeyRole);
    m_progress->setObjectName(QStringLiteral("iatiImportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false); // until the import runs

    auto *copyActivities = new QPushButton(tr("Copy"), this);
    copyActivities->setObjectName(QStringLiteral("iatiCopyActivitiesButton"));
    connect(copyActivities, &QPushButton::clicked, this,
            [this] { TabSeparatedCopy::toClipboard(*m_activitiesTable); });
    auto *copyProblems = new QPushButton(tr("Copy"), this);
    copyProblems->setObjectName(QStringLiteral("iatiCopyProblemsButton"));
    connect(copyProblems, &QPushButton::clicked, this,
            [this] { TabSeparatedCopy::toClipboard(*m_problemsTable); });

    auto titled = [this](const QString &title, QTableView *table, QPushButton *copy) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *head = new QHBoxLayout;
        head->addWidget(new QLabel(title, box), 1);
        head->addWidget(copy);
        layout->addLayout(head);
        layout->addWidget(table);
        return box;
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("Activities"), m_activitiesTable, copyActivities));
    split->addWidget(titled(tr("Problems"), m_problemsTable, copyProblems));
    // A file usually holds a few activities and many more problems.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("iatiImportButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("iatiCancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    connect(m_importButton, &QPushButton::clicked, this, &IatiImportDialog::runImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &IatiImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(split, 1);
    layout->addWidget(m_keptLabel);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1100, 640);
    showPreview();
}

void IatiImportDialog::showPreview()
{
    PortfolioStore *store = m_context.store();
    if (store) {
        try {
            m_preview = IatiImporter(*store, m_context.actor()).run(m_files, true);
        } catch (const StoreError &error) {
            m_preview.refusals << error.message();
        }
    }
    fillActivities();
    fillProblems();
    if (m_preview.refused()) {
        m_summaryLabel->setText(tr("These files cannot be imported; nothing will be changed:") +
                                QLatin1Char('\n') + m_preview.refusals.join(QLatin1Char('\n')));
    } else {
        m_summaryLabel->setText(
            tr("%n activity(ies) read. Importing will create %1 project(s), update %2 and skip "
               "%3; %4 organisation(s) will be created.",
               nullptr, m_preview.read)
                .arg(m_preview.created)
                .arg(m_preview.updated)
                .arg(m_preview.skipped)
                .arg(m_preview.organisationsCreated) +
            QLatin1Char(' ') +
            tr("Problems: %1 critical, %2 error(s), %3 warning(s).")
                .arg(m_preview.count(Grade::Critical))
                .arg(m_preview.count(Grade::Error))
                .arg(m_preview.count(Grade::Warning)));
    }
    int kept = 0;
    QStringList languages;
    for (const IatiActivityOutcome &activity : std::as_const(m_preview.activities)) {
        if (activity.action == Action::Skip)
            continue;
        kept += activity.kept.size();
        for (const KeptNarrative &narrative : activity.kept)
            if (!languages.contains(narrative.language))
                languages << narrative.language;
    }
    m_keptLabel->setText(
        kept == 0 ? tr("Every text is in English or Chinese.")
                  : tr("%n text(s) in other languages (%1) will be kept with their projects, "
                       "as listed under “Kept texts”: the app shows only English and Chinese, "
                       "and an IATI export writes them out again.",
                       nullptr, kept)
                        .arg(languages.join(QStringLiteral(", "))));
    m_importButton->setEnabled(!m_preview.refused() && m_preview.created + m_preview.updated > 0);
}

void IatiImportDialog::fillActivities()
{
    m_activities->clear();
    m_activities->setHorizontalHeaderLabels({tr("IATI identifier"), tr("Title"), tr("Action"),
                                             tr("Changes"), tr("Kept texts"), tr("File"),
                                             tr("Line")});
    const Language language = m_context.language();
    for (const IatiActivityOutcome &activity : std::as_const(m_preview.activities)) {
        QString action;
        QString changes;
        switch (activity.action) {
        case Action::Create:
            action = tr("New project");
            break;
        case Action::Update:
            action = tr("Updates a project");
            changes = activity.changedFields.isEmpty()
                          ? tr("No change")
                          : activity.changedFields.join(QStringLiteral(", "));
            break;
        case Action::Skip:
            action = tr("Skipped");
            changes = tr("A critical problem: see below");
            break;
        }
        QStringList kept;
        for (const KeptNarrative &narrative : activity.kept)
            kept << tr("%1 (%2)", "a kept text: its field and its language code")
                        .arg(narrative.field == QLatin1String("title") ? tr("title")
                                                                       : tr("description"),
                             narrative.language);
        m_activities->appendRow({item(activity.identifier),
                                 item(activity.title.preferring(language)), item(action),
                                 item(changes), item(kept.join(QStringLiteral(", "))),
                                 item(fileName(activity.file)), numberItem(activity.line)});
    }
    m_activitiesTable->resizeColumnsToContents();
    m_activitiesTable->setColumnWidth(1, qMin(m_activitiesTable->columnWidth(1), 320));
}

void IatiImportDialog::fillProblems()
{
    m_problems->clear();
    m_problems->setHorizontalHeaderLabels(
        {tr("Grade"), tr("File"), tr("Line"), tr("Activity"), tr("Problem")});
    for (const IatiProblem &problem : std::as_const(m_preview.problems)) {
        const QString grade = problem.grade == Grade::Critical ? tr("critical")
                              : problem.grade == Grade::Error  ? tr("error")
                                                               : tr("warning");
        const QString file = fileName(problem.file);
        m_problems->appendRow({keyed(item(grade), int(problem.grade)), keyed(item(file), file),
                               keyed(numberItem(problem.line), problem.line),
                               keyed(item(problem.activity), problem.activity),
                               keyed(item(problem.message), problem.message)});
    }
    m_problemsTable->resizeColumnsToContents();
    m_problemsTable->setColumnWidth(3, qMin(m_problemsTable->columnWidth(3), 260));
}

bool IatiImportDialog::followProgress(qint64 bytesRead, qint64 totalBytes)
{
    if (m_lastEvents < 0)
        m_clock.start();
    // Events a few times a second keep the window drawn and Cancel clickable, without
    // slowing a large import down.
    if (m_lastEvents < 0 || m_clock.elapsed() - m_lastEvents >= 50) {
        m_progress->setValue(totalBytes > 0 ? int(bytesRead * 1000 / totalBytes) : 0);
        QCoreApplication::processEvents();
        m_lastEvents = m_clock.elapsed();
    }
    return !m_cancelRequested;
}

void IatiImportDialog::runImport()
{
    PortfolioStore *store = m_context.store();
    if (!store || m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_lastEvents = -1;
    m_importButton->setEnabled(false);
    m_progress->setVisible(true);
    IatiImportState before = IatiImportChanges::load(*store, {});
    IatiImportHooks hooks;
    hooks.progress = [this](qint64 read, qint64 total) { return followProgress(read, total); };
    hooks.beforeChange = [&before, store](qint64 projectId) {
        if (!before.projects.contains(projectId))
            before.projects.insert(projectId, ProjectRecordRepository(*store).load(projectId));
    };
    IatiImportSummary summary;
    QString failure;
    try {
        summary = IatiImporter(*store, m_context.actor()).run(m_files, false, hooks);
    } catch (const StoreError &error) {
        failure = error.message();
    }
    m_running = false;
    if (summary.cancelled) {
        QDialog::reject();
        return;
    }
    if (!failure.isEmpty() || summary.refused()) {
        m_progress->setValue(0);
        QMessageBox::warning(
            this, windowTitle(),
            tr("Nothing was imported; the portfolio is unchanged.") + QLatin1Char('\n') +
                (failure.isEmpty() ? summary.refusals.join(QLatin1Char('\n')) : failure));
        QDialog::reject();
        return;
    }
    QList<qint64> touched = before.projects.keys();
    for (const IatiActivityOutcome &activity : std::as_const(summary.activities)) {
        if (activity.action == Action::Create) {
            before.projects.insert(activity.projectId, std::nullopt);
            touched << activity.projectId;
        }
    }
    try {
        IatiImportCommand::record(m_context, before, IatiImportChanges::load(*store, touched));
    } catch (const StoreError &error) {
        m_context.notifyDataChanged();
        m_context.reportError(error.message());
    }
    m_progress->setValue(1000);
    accept();
}

void IatiImportDialog::reject()
{
    if (m_running) {
        m_cancelRequested = true; // the import stops at the next activity and rolls back
        return;
    }
    QDialog::reject();
}

QAction *IatiImportDialog::createAction(PortfolioContext &context, QWidget *window)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("importIatiAction"));
    auto retranslate = [action] { action->setText(tr("IATI XML…")); };
    retranslate();
    QObject::connect(&context, &PortfolioContext::languageChanged, action, retranslate);
    QObject::connect(&context, &PortfolioContext::storeChanged, action,
                     [action, &context] { action->setEnabled(context.store() != nullptr); });
    action->setEnabled(context.store() != nullptr);
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        QFileDialog chooser(window, tr("Import IATI Activities"));
        FileDialogs::prepare(chooser);
        chooser.setFileMode(QFileDialog::ExistingFiles);
        chooser.setNameFilter(tr("IATI activity files (*.xml)"));
        if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
            return;
        IatiImportDialog dialog(context, chooser.selectedFiles(), window);
        dialog.exec();
    });
    return action;
}

} // namespace sstc
