#include "ui/report/ReportDialog.h"

#include "models/domain/Clock.h"
#include "models/funding/ReportingCurrencies.h"
#include "models/report/ReportBuilder.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "ui/print/PrintPreview.h"
#include "ui/report/ReportRenderer.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/SettingsKeys.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sstc {

namespace {
// The preview draws the first pages only: enough to judge the report, quick for 50 pages.
constexpr int previewPageLimit = 12;
constexpr double previewPixelsPerPoint = 0.75;

const ReportSection sectionOrder[] = {ReportSection::Summary,    ReportSection::Finance,
                                      ReportSection::Results,    ReportSection::Events,
                                      ReportSection::Agreements, ReportSection::Charts};
} // namespace

ReportDialog::ReportDialog(PortfolioContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_donorRadio(new QRadioButton(this))
    , m_donorCombo(new QComboBox(this))
    , m_projectsRadio(new QRadioButton(this))
    , m_projectList(new QListWidget(this))
    , m_fromLabel(new QLabel(this))
    , m_fromEdit(new PartialDateEdit(QStringLiteral("reportFromEdit"), this))
    , m_toLabel(new QLabel(this))
    , m_toEdit(new PartialDateEdit(QStringLiteral("reportToEdit"), this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_paperLabel(new QLabel(this))
    , m_paperCombo(new QComboBox(this))
    , m_currencyLabel(new QLabel(this))
    , m_currencyCombo(new QComboBox(this))
    , m_scopeBox(new QGroupBox(this))
    , m_sectionsBox(new QGroupBox(this))
    , m_previewButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_problemLabel(new QLabel(this))
    , m_pageCountLabel(new QLabel(this))
    , m_previewArea(new QScrollArea(this))
    , m_previewContent(new QWidget)
    , m_previewLayout(new QVBoxLayout(m_previewContent))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_donorRadio->setObjectName(QStringLiteral("reportDonorRadio"));
    m_donorCombo->setObjectName(QStringLiteral("reportDonorCombo"));
    m_projectsRadio->setObjectName(QStringLiteral("reportProjectsRadio"));
    m_projectList->setObjectName(QStringLiteral("reportProjectList"));
    m_languageCombo->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_paperCombo->setObjectName(QStringLiteral("reportPaperCombo"));
    m_currencyCombo->setObjectName(QStringLiteral("reportCurrencyCombo"));
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_saveButton->setObjectName(QStringLiteral("reportSaveButton"));
    m_printButton->setObjectName(QStringLiteral("reportPrintButton"));
    m_closeButton->setObjectName(QStringLiteral("reportCloseButton"));
    m_problemLabel->setObjectName(QStringLiteral("reportProblemLabel"));
    m_pageCountLabel->setObjectName(QStringLiteral("reportPageCountLabel"));
    m_previewArea->setObjectName(QStringLiteral("reportPreviewArea"));
    m_previewContent->setObjectName(QStringLiteral("reportPreviewPages"));

    for (int i = 0; i < int(std::size(sectionOrder)); ++i) {
        auto *check = new QCheckBox(this);
        check->setObjectName(QStringLiteral("reportSectionCheck%1").arg(i));
        check->setChecked(true);
        m_sectionChecks << check;
    }
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problemLabel->hide();
    m_projectList->setMinimumHeight(140);
    // "2019" to "2019" is the whole year.
    m_toEdit->setEndOfPeriod(true);
    const QDate today = Clock::today();
    m_fromEdit->setDate(PartialDate::day(QDate(today.year() - 1, 1, 1)));
    m_toEdit->setDate(PartialDate::day(today));
    for (const QString &code : reportingCurrencies())
        m_currencyCombo->addItem(code, code); // named in retranslate()

    m_previewLayout->setSpacing(12);
    // The pages set the content's minimum size, so that the area scrolls instead of squeezing.
    m_previewLayout->setSizeConstraint(QLayout::SetMinimumSize);
    m_previewArea->setWidget(m_previewContent);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    m_previewArea->setMinimumWidth(int(595 * previewPixelsPerPoint) + 40);

    auto *preview = new QVBoxLayout;
    preview->addWidget(m_pageCountLabel);
    preview->addWidget(m_previewArea, 1);
    auto *main = new QHBoxLayout(this);
    main->addWidget(buildForm(), 0);
    main->addLayout(preview, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::updatePreview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(m_printButton, &QPushButton::clicked, this, &ReportDialog::showPrintPreview);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_donorRadio, &QRadioButton::toggled, this, [this](bool donor) {
        m_donorCombo->setEnabled(donor);
        m_projectList->setEnabled(!donor);
    });
    connect(&m_context, &PortfolioContext::languageChanged, this, [this] {
        fillChoices(); // the donors' and projects' names in the new language
        retranslate();
    });

    fillChoices();
    retranslate();
    m_languageCombo->setCurrentIndex(m_context.language() == Language::Chinese ? 1 : 0);
    restoreChoices();
    resize(1100, 720);
    updatePreview();
}

QWidget *ReportDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    scopeLayout->addWidget(m_donorRadio);
    scopeLayout->addWidget(m_donorCombo);
    scopeLayout->addWidget(m_projectsRadio);
    scopeLayout->addWidget(m_projectList, 1);

    auto *fields = new QFormLayout;
    fields->addRow(m_fromLabel, m_fromEdit);
    fields->addRow(m_toLabel, m_toEdit);
    fields->addRow(m_languageLabel, m_languageCombo);
    fields->addRow(m_paperLabel, m_paperCombo);
    fields->addRow(m_currencyLabel, m_currencyCombo);

    auto *sectionsLayout = new QVBoxLayout(m_sectionsBox);
    for (QCheckBox *check : std::as_const(m_sectionChecks))
        sectionsLayout->addWidget(check);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scopeBox, 1);
    layout->addLayout(fields);
    layout->addWidget(m_sectionsBox);
    layout->addWidget(m_problemLabel);
    layout->addLayout(buttons);
    form->setMinimumWidth(400);
    form->setMaximumWidth(460);
    return form;
}

void ReportDialog::fillChoices()
{
    // Kept across a refill in another language.
    const bool hadChoices = m_donorCombo->count() > 0 || m_projectList->count() > 0;
    const QVariant donor = m_donorCombo->currentData();
    const bool byDonor = m_donorRadio->isChecked();
    QSet<qint64> ticked;
    for (int row = 0; row < m_projectList->count(); ++row)
        if (m_projectList->item(row)->checkState() == Qt::Checked)
            ticked.insert(m_projectList->item(row)->data(Qt::UserRole).toLongLong());
    m_donorCombo->clear();
    m_projectList->clear();
    PortfolioStore *store = m_context.store();
    if (!store)
        return;
    try {
        // Donors: the organisations some project names in the funding role.
        QSet<qint64> donorIds;
        const QList<Project> projects = ProjectRepository(*store).all();
        for (const Project &project : projects)
            for (const ParticipatingOrganisation &organisation : project.organisations)
                if (organisation.role == OrganisationRole::Funding)
                    donorIds.insert(organisation.organisationId);
        const Language language = m_context.language();
        for (const Organisation &organisation : OrganisationRepository(*store).all())
            if (donorIds.contains(organisation.id))
                m_donorCombo->addItem(organisation.name.preferring(language), organisation.id);
        for (const Project &project : projects) {
            const QString title = project.title.preferring(language);
            auto *item = new QListWidgetItem(
                project.code.isEmpty() ? title : project.code + QLatin1Char(' ') + title,
                m_projectList);
            item->setData(Qt::UserRole, project.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool checked = hadChoices ? ticked.contains(project.id)
                                            : project.id == m_context.currentProjectId();
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const StoreError &error) {
        showProblem(error.message());
    }
    if (hadChoices) {
        m_donorCombo->setCurrentIndex(std::max(0, m_donorCombo->findData(donor)));
        m_donorRadio->setChecked(byDonor);
        m_projectsRadio->setChecked(!byDonor);
        return;
    }
    const int rememberedDonor =
        m_donorCombo->findData(QSettings().value(SettingsKeys::reportDonor).toLongLong());
    if (rememberedDonor >= 0)
        m_donorCombo->setCurrentIndex(rememberedDonor);
    // A current project makes the report about it; otherwise about a donor.
    const bool aboutDonor = m_context.currentProjectId() == 0 && m_donorCombo->count() > 0;
    m_donorRadio->setChecked(aboutDonor);
    m_projectsRadio->setChecked(!aboutDonor);
    m_donorCombo->setEnabled(aboutDonor);
    m_projectList->setEnabled(!aboutDonor);
}

void ReportDialog::restoreChoices()
{
    const QSettings settings;
    const QDate from =
        QDate::fromString(settings.value(SettingsKeys::reportFrom).toString(), Qt::ISODate);
    const QDate to =
        QDate::fromString(settings.value(SettingsKeys::reportTo).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to) {
        m_fromEdit->setDate(PartialDate::day(from));
        m_toEdit->setDate(PartialDate::day(to));
    }
    const auto restoreIndex = [&settings](QComboBox *combo, const char *key) {
        bool isNumber = false;
        const int index = settings.value(key).toInt(&isNumber);
        if (isNumber && index >= 0 && index < combo->count())
            combo->setCurrentIndex(index);
    };
    restoreIndex(m_languageCombo, SettingsKeys::reportLanguage);
    restoreIndex(m_paperCombo, SettingsKeys::reportPaper);
    restoreIndex(m_currencyCombo, SettingsKeys::reportCurrency);
}

void ReportDialog::rememberChoices() const
{
    QSettings settings;
    if (m_donorCombo->currentIndex() >= 0)
        settings.setValue(SettingsKeys::reportDonor, m_donorCombo->currentData());
    if (m_fromEdit->day().isValid() && m_toEdit->day().isValid()) {
        settings.setValue(SettingsKeys::reportFrom, m_fromEdit->day().toString(Qt::ISODate));
        settings.setValue(SettingsKeys::reportTo, m_toEdit->day().toString(Qt::ISODate));
    }
    settings.setValue(SettingsKeys::reportLanguage, m_languageCombo->currentIndex());
    settings.setValue(SettingsKeys::reportPaper, m_paperCombo->currentIndex());
    settings.setValue(SettingsKeys::reportCurrency, m_currencyCombo->currentIndex());
}

void ReportDialog::done(int result)
{
    rememberChoices();
    QDialog::done(result);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Donor Report"));
    m_scopeBox->setTitle(tr("Report on"));
    m_donorRadio->setText(tr("The projects of a donor:"));
    m_projectsRadio->setText(tr("These projects:"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_languageLabel->setText(tr("Language:", "language of the report"));
    m_paperLabel->setText(tr("Paper:"));
    m_currencyLabel->setText(tr("Reporting currency:"));
    for (int item = 0; item < m_currencyCombo->count(); ++item)
        m_currencyCombo->setItemText(
            item, DomainNames::currency(m_currencyCombo->itemData(item).toString()));
    m_sectionsBox->setTitle(tr("Sections"));
    const QStringList sectionNames{tr("Summary"),
                                   tr("Financial statement"),
                                   tr("Results and indicators"),
                                   tr("Activities and events"),
                                   tr("Agreements"),
                                   tr("Timeline and funding charts")};
    for (int i = 0; i < m_sectionChecks.size(); ++i)
        m_sectionChecks.at(i)->setText(sectionNames.at(i));
    const int language = std::max(0, m_languageCombo->currentIndex());
    m_languageCombo->clear();
    // Named in the UI language: this chooses the report's content, not the interface (only
    // View → Language names each language in itself, so that anyone can find their way back).
    m_languageCombo->addItems({tr("English", "language of the report"),
                               tr("Chinese", "language of the report"),
                               tr("Bilingual (English and Chinese)", "language of the report")});
    m_languageCombo->setCurrentIndex(language);
    const int paper = std::max(0, m_paperCombo->currentIndex());
    m_paperCombo->clear();
    m_paperCombo->addItems({tr("A4"), tr("Letter", "paper size")});
    m_paperCombo->setCurrentIndex(paper);
    m_previewButton->setText(tr("Preview"));
    m_saveButton->setText(tr("Save PDF…"));
    m_printButton->setText(tr("Print…"));
    m_closeButton->setText(tr("Close"));
    if (m_previewPages > previewPageLimit)
        m_pageCountLabel->setText(
            tr("%n page(s); the preview shows the first %1.", nullptr, m_previewPages)
                .arg(previewPageLimit));
    else
        m_pageCountLabel->setText(tr("%n page(s)", nullptr, m_previewPages));
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ReportRequest ReportDialog::request(QStringList &problems) const
{
    ReportRequest request;
    if (m_donorRadio->isChecked()) {
        request.donorId = m_donorCombo->currentData().toLongLong();
        if (request.donorId == 0)
            problems << tr("Choose a donor.");
    } else {
        for (int row = 0; row < m_projectList->count(); ++row)
            if (m_projectList->item(row)->checkState() == Qt::Checked)
                request.projectIds << m_projectList->item(row)->data(Qt::UserRole).toLongLong();
        if (request.projectIds.isEmpty())
            problems << tr("Tick at least one project.");
    }
    request.from = m_fromEdit->day();
    request.to = m_toEdit->day();
    // Whole sentences for each bound: the words around "start" differ in Chinese.
    if (m_fromEdit->text().trimmed().isEmpty())
        problems << tr("Give the start of the period.");
    else if (!m_fromEdit->problem().isEmpty())
        problems << tr("The start of the period: %1").arg(m_fromEdit->problem());
    if (m_toEdit->text().trimmed().isEmpty())
        problems << tr("Give the end of the period.");
    else if (!m_toEdit->problem().isEmpty())
        problems << tr("The end of the period: %1").arg(m_toEdit->problem());
    if (request.from.isValid() && request.to.isValid() && request.to < request.from)
        problems << tr("The period ends before it starts.");
    const int language = m_languageCombo->currentIndex();
    request.languages = language == 1   ? ReportLanguages::Chinese
                        : language == 2 ? ReportLanguages::Both
                                        : ReportLanguages::English;
    request.sections = {};
    for (int i = 0; i < m_sectionChecks.size(); ++i)
        if (m_sectionChecks.at(i)->isChecked())
            request.sections |= sectionOrder[i];
    if (!request.sections)
        problems << tr("Tick at least one section.");
    request.currency = m_currencyCombo->currentData().toString();
    return request;
}

void ReportDialog::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void ReportDialog::updatePreview()
{
    while (QLayoutItem *item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_previewPages = 0;
    QStringList problems;
    const ReportRequest request = this->request(problems);
    showProblem(problems.join(QLatin1Char('\n')));
    if (problems.isEmpty() && m_context.store()) {
        try {
            const ReportDocument document = ReportBuilder(*m_context.store()).build(request);
            const ReportRenderer renderer(
                document, m_paperCombo->currentIndex() == 1 ? QPageSize::Letter : QPageSize::A4);
            m_previewPages = renderer.pageCount();
            for (int page = 0; page < std::min(m_previewPages, previewPageLimit); ++page) {
                auto *label = new QLabel(m_previewContent);
                label->setObjectName(QStringLiteral("reportPreviewPage%1").arg(page + 1));
                QPixmap pixmap = QPixmap::fromImage(
                    renderer.pageImage(page, previewPixelsPerPoint * devicePixelRatioF()));
                pixmap.setDevicePixelRatio(devicePixelRatioF());
                label->setPixmap(pixmap);
                // Whole pages, never squeezed by the layout.
                label->setFixedSize(pixmap.deviceIndependentSize().toSize());
                m_previewLayout->addWidget(label, 0, Qt::AlignHCenter);
            }
            m_previewLayout->addStretch(1);
        } catch (const StoreError &error) {
            showProblem(error.message());
        }
    }
    retranslate();
}

bool ReportDialog::saveTo(const QString &path)
{
    QStringList problems;
    const ReportRequest request = this->request(problems);
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return false;
    }
    try {
        const ReportDocument document = ReportBuilder(*m_context.store()).build(request);
        const ReportRenderer renderer(
            document, m_paperCombo->currentIndex() == 1 ? QPageSize::Letter : QPageSize::A4);
        QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, renderer.pageCount(),
                                 this);
        progress.setObjectName(QStringLiteral("reportProgressDialog"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        const QString error = renderer.savePdf(path, [&progress](int done, int) {
            progress.setValue(done);
            return !progress.wasCanceled();
        });
        progress.reset();
        showProblem(error);
        return error.isEmpty();
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
}

void ReportDialog::chooseFileAndSave()
{
    const QString path = FileDialogs::saveFile(this, tr("Save Donor Report"),
                                               FileDialogs::inLastFolder(tr("donor-report.pdf")),
                                               tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && saveTo(path))
        m_context.reportSaved(path);
}

bool ReportDialog::printTo(QPrinter &printer)
{
    QStringList problems;
    const ReportRequest request = this->request(problems);
    showProblem(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty() || !m_context.store())
        return false;
    try {
        const ReportDocument document = ReportBuilder(*m_context.store()).build(request);
        const QPageSize::PageSizeId paper =
            m_paperCombo->currentIndex() == 1 ? QPageSize::Letter : QPageSize::A4;
        const ReportRenderer renderer(document, paper);
        // The report draws its own margins: the whole sheet, as in the PDF.
        printer.setFullPage(true);
        printer.setPageSize(QPageSize(paper));
        printer.setPageOrientation(QPageLayout::Portrait);
        printer.setDocName(document.title);
        QPainter painter;
        if (!painter.begin(&printer))
            return false;
        // Layout units are tenths of a point: 720 to the inch.
        const double scale = printer.resolution() / (72.0 * ReportLayout::unitsPerPoint);
        for (int page = 0; page < renderer.pageCount(); ++page) {
            if (page > 0)
                printer.newPage();
            painter.save();
            painter.scale(scale, scale);
            renderer.paintPage(painter, page);
            painter.restore();
        }
        return painter.end();
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
}

void ReportDialog::showPrintPreview()
{
    PrintPreview::show(this, tr("Print Donor Report"), [this](QPrinter &printer) {
        printTo(printer);
    });
}

QAction *ReportDialog::createAction(PortfolioContext &context, QWidget *window)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("donorReportAction"));
    auto retranslate = [action] { action->setText(tr("Donor Report…")); };
    retranslate();
    QObject::connect(&context, &PortfolioContext::languageChanged, action, retranslate);
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        ReportDialog dialog(context, window);
        dialog.exec();
    });
    return action;
}

} // namespace sstc
