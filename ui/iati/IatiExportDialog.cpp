#include "ui/iati/IatiExportDialog.h"

#include "models/iati/IatiExporter.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "ui/iati/IatiSchemaCheck.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/SettingsKeys.h"

#include "models/itemmodels/ProjectTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace sstc {

IatiExportDialog::IatiExportDialog(PortfolioContext &context, const QList<qint64> &shown,
                                   const QList<qint64> &selected, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_shown(shown)
    , m_selected(selected)
    , m_shownButton(new QRadioButton(this))
    , m_selectedButton(new QRadioButton(this))
    , m_reportingOrgEdit(new QLineEdit(this))
    , m_pathEdit(new QLineEdit(this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("iatiExportDialog"));
    setWindowTitle(tr("Export IATI Activities"));
    m_shownButton->setObjectName(QStringLiteral("iatiShownProjectsButton"));
    m_shownButton->setText(tr("The %n project(s) the filter shows", nullptr, int(shown.size())));
    m_selectedButton->setObjectName(QStringLiteral("iatiSelectedProjectsButton"));
    m_selectedButton->setText(tr("The %n selected project(s)", nullptr, int(selected.size())));
    m_selectedButton->setEnabled(!selected.isEmpty());
    (selected.isEmpty() ? m_shownButton : m_selectedButton)->setChecked(true);

    m_reportingOrgEdit->setObjectName(QStringLiteral("iatiReportingOrgEdit"));
    m_reportingOrgEdit->setText(
        QSettings()
            .value(QLatin1String(SettingsKeys::iatiReportingOrg), QString(iati::iloReference))
            .toString());
    m_pathEdit->setObjectName(QStringLiteral("iatiExportPathEdit"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("iatiChooseFileButton"));
    connect(browse, &QPushButton::clicked, this, &IatiExportDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);

    m_resultLabel->setObjectName(QStringLiteral("iatiExportResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setMinimumHeight(80);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *which = new QVBoxLayout;
    which->addWidget(m_shownButton);
    which->addWidget(m_selectedButton);
    form->addRow(tr("Projects:"), which);
    form->addRow(tr("Reporting organisation (IATI identifier):"), m_reportingOrgEdit);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("iatiExportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &IatiExportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel, 1);
    layout->addWidget(buttons);
    resize(640, 340);
}

void IatiExportDialog::chooseFile()
{
    const QString path =
        FileDialogs::saveFile(this, tr("Export IATI Activities"),
                              FileDialogs::inLastFolder(QStringLiteral("iati-activities.xml")),
                              tr("IATI activity files (*.xml)"));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

void IatiExportDialog::say(const QString &message)
{
    m_lastMessage = message;
    m_resultLabel->setText(message);
}

bool IatiExportDialog::exportFile()
{
    PortfolioStore *store = m_context.store();
    const QString path = m_pathEdit->text().trimmed();
    const QString reportingOrg = m_reportingOrgEdit->text().trimmed();
    if (!store)
        return false;
    if (path.isEmpty()) {
        say(tr("Choose the file to write."));
        return false;
    }
    if (reportingOrg.isEmpty()) {
        say(tr("Give the reporting organisation's IATI identifier, e.g. %1.")
                .arg(iati::iloReference));
        return false;
    }
    const QList<qint64> ids = m_selectedButton->isChecked() ? m_selected : m_shown;
    if (ids.isEmpty()) {
        say(tr("There is no project to export."));
        return false;
    }
    QSettings().setValue(QLatin1String(SettingsKeys::iatiReportingOrg), reportingOrg);
    IatiExportOptions options;
    options.projectIds = ids;
    options.reportingOrgRef = reportingOrg;
    IatiExportResult result;
    // Written whole or not at all: a failed export leaves no half file behind.
    QSaveFile file(path);
    try {
        if (!file.open(QIODevice::WriteOnly)) {
            say(tr("Cannot write “%1”: %2.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        result = IatiExporter(*store, m_context.actor()).write(file, options);
        if (!file.commit()) {
            say(tr("Cannot write “%1”: %2.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
    } catch (const StoreError &error) {
        say(error.message());
        return false;
    }
    if (!result.identifiersGiven.isEmpty())
        m_context.notifyDataChanged(); // the identifiers show in the views
    m_context.reportSaved(path);
    QStringList lines;
    lines << tr("Wrote %n activity(ies) to “%1”.", nullptr, result.written)
                 .arg(QDir::toNativeSeparators(path));
    const IatiSchemaCheck::Result check = IatiSchemaCheck::check(path);
    switch (check.outcome) {
    case IatiSchemaCheck::Outcome::Valid:
        lines << tr("The file is valid against the IATI 2.03 schema.");
        break;
    case IatiSchemaCheck::Outcome::Invalid:
        lines << tr("The file is NOT valid against the IATI 2.03 schema; the IATI registry "
                    "would refuse it. xmllint says:")
              << check.details;
        break;
    case IatiSchemaCheck::Outcome::NotChecked:
        lines << check.details;
        break;
    }
    ProjectRepository projects(*store);
    for (const auto &[id, identifier] : std::as_const(result.identifiersGiven)) {
        const auto project = projects.find(id);
        const QString name =
            project ? project->title.preferring(m_context.language()) : QString::number(id);
        lines << tr("“%1” now has the IATI identifier %2.").arg(name, identifier);
    }
    for (const IatiExportProblem &problem : std::as_const(result.problems))
        lines << tr("Left out of “%1”: %2").arg(problem.project, problem.message);
    say(lines.join(QLatin1Char('\n')));
    return check.outcome != IatiSchemaCheck::Outcome::Invalid && result.written > 0;
}

QAction *IatiExportDialog::createAction(PortfolioContext &context, PortfolioView &view,
                                        QWidget *window)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("exportIatiAction"));
    auto retranslate = [action] { action->setText(tr("IATI XML…")); };
    retranslate();
    QObject::connect(&context, &PortfolioContext::languageChanged, action, retranslate);
    QObject::connect(action, &QAction::triggered, window, [&context, &view, window] {
        if (!context.store())
            return;
        const ProjectTableModel *model = view.model();
        QList<qint64> shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->projectIdAt(row);
        QList<qint64> selected;
        if (const QItemSelectionModel *selection = view.table()->selectionModel())
            for (const QModelIndex &index : selection->selectedRows())
                selected << model->projectIdAt(index.row());
        IatiExportDialog dialog(context, shown, selected, window);
        dialog.exec();
    });
    return action;
}

} // namespace sstc
