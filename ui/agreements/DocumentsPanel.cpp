#include "ui/agreements/DocumentsPanel.h"

#include "models/documents/DocumentFile.h"
#include "models/repositories/DocumentRepository.h"
#include "models/store/StoreError.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"
#include "ui/agreements/AttachDocumentDialog.h"
#include "ui/shell/FileDialogs.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/undo/DocumentCommand.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sstc {

namespace {
enum Column
{
    TitleColumn,
    KindColumn,
    LanguageColumn,
    DateColumn,
    SizeColumn,
    ColumnCount
};
} // namespace

DocumentsPanel::DocumentsPanel(PortfolioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_attach(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column = KindColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    keepRoomForThreeRows();
    m_attach->setObjectName(QStringLiteral("attachDocumentButton"));
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    m_save->setObjectName(QStringLiteral("saveDocumentCopyButton"));
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &DocumentsPanel::attachDialog);
    connect(m_open, &QPushButton::clicked, this,
            [this] { report(openDocument(currentDocumentId())); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { report(openDocument(currentDocumentId())); });
    connect(m_save, &QPushButton::clicked, this, &DocumentsPanel::saveCopyDialog);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { report(removeDocument(currentDocumentId())); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentsPanel::updateButtons);
    connect(&m_context, &PortfolioContext::dataChanged, this, &DocumentsPanel::reload);
    connect(&m_context, &PortfolioContext::storeChanged, this, [this] { setOwner(0, 0); });
    connect(&m_context, &PortfolioContext::languageChanged, this, &DocumentsPanel::reload);
    retranslate();
    updateButtons();
}

void DocumentsPanel::setOwner(qint64 agreementId, qint64 projectId)
{
    m_agreementId = agreementId;
    m_projectId = projectId;
    reload();
}

void DocumentsPanel::reload()
{
    m_documents.clear();
    PortfolioStore *store = m_context.store();
    try {
        if (store && m_agreementId != 0)
            m_documents = DocumentRepository(*store).ofAgreement(m_agreementId);
        else if (store && m_projectId != 0)
            m_documents = DocumentRepository(*store).ofProject(m_projectId);
    } catch (const StoreError &error) {
        m_context.reportError(error.message());
    }
    const Language language = m_context.language();
    const QLocale locale = Formats::locale(language);
    m_table->setRowCount(int(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const Document &document = m_documents.at(row);
        const QString title = document.title.preferring(language);
        auto *titleItem = new QTableWidgetItem(title.isEmpty() ? document.fileName : title);
        titleItem->setData(Qt::UserRole, qlonglong(document.id));
        titleItem->setToolTip(document.fileName);
        m_table->setItem(row, TitleColumn, titleItem);
        m_table->setItem(row, KindColumn,
                         new QTableWidgetItem(DomainNames::documentKind(document.kind)));
        m_table->setItem(
            row, LanguageColumn,
            new QTableWidgetItem(AttachDocumentDialog::languageName(document.languageCode)));
        m_table->setItem(row, DateColumn,
                         new QTableWidgetItem(Formats::date(document.date, language)));
        m_table->setItem(row, SizeColumn,
                         new QTableWidgetItem(locale.formattedDataSize(document.size, 1)));
    }
    m_attach->setEnabled(store && (m_agreementId != 0 || m_projectId != 0));
    updateButtons();
}

qint64 DocumentsPanel::currentDocumentId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_documents.size() || !m_table->item(row, TitleColumn)->isSelected())
        return 0;
    return m_documents.at(row).id;
}

void DocumentsPanel::updateButtons()
{
    const bool chosen = currentDocumentId() != 0;
    m_open->setEnabled(chosen);
    m_save->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void DocumentsPanel::report(const QString &problem)
{
    if (!problem.isEmpty())
        m_context.reportError(problem);
}

QString DocumentsPanel::attachFile(const QString &path, const Document &metadata)
{
    if (!m_context.store() || (m_agreementId == 0 && m_projectId == 0))
        return tr("Choose an agreement or a project first.");
    const DocumentFile::Loaded loaded = DocumentFile::read(path);
    if (!loaded.error.isEmpty())
        return loaded.error;
    Document document = metadata;
    document.id = 0;
    document.agreementId = m_agreementId;
    document.projectId = m_agreementId != 0 ? 0 : m_projectId;
    document.fileName = QFileInfo(path).fileName();
    document.mimeType = loaded.mimeType;
    try {
        DocumentCommand::attach(m_context, document, loaded.content);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

QString DocumentsPanel::extractToTemporaryFile(qint64 documentId, QString &path)
{
    if (!m_context.store() || documentId == 0)
        return tr("Choose a document first.");
    try {
        DocumentRepository repository(*m_context.store());
        const std::optional<Document> document = repository.find(documentId);
        if (!document)
            return tr("The document is no longer in the portfolio.");
        const QByteArray content = repository.content(documentId);
        if (const QString damage = DocumentFile::verify(*document, content); !damage.isEmpty())
            return damage;
        // In the user's own data folder, not the shared temporary folder where other users
        // could read an agreement or plant a link in its place. One folder per content, so
        // that its own file name (which the viewer shows) can be kept without clashing with
        // another document of the same name, from this portfolio or another.
        const QString folder =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("opened-documents/%1")
                              .arg(QString::fromLatin1(document->sha256.left(16))));
        if (!QDir().mkpath(folder))
            return tr("The folder for opened documents could not be created: %1")
                .arg(QDir::toNativeSeparators(folder));
        path = QDir(folder).filePath(DocumentFile::safeFileName(document->fileName));
        return DocumentFile::writeCopy(content, path);
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString DocumentsPanel::openDocument(qint64 documentId)
{
    QString path;
    if (const QString problem = extractToTemporaryFile(documentId, path); !problem.isEmpty())
        return problem;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return tr("No program to open “%1” was found. Use Save Copy to keep it elsewhere.")
            .arg(QFileInfo(path).fileName());
    return {};
}

QString DocumentsPanel::saveCopy(qint64 documentId, const QString &path)
{
    if (!m_context.store() || documentId == 0)
        return tr("Choose a document first.");
    try {
        DocumentRepository repository(*m_context.store());
        const std::optional<Document> document = repository.find(documentId);
        if (!document)
            return tr("The document is no longer in the portfolio.");
        const QByteArray content = repository.content(documentId);
        if (const QString damage = DocumentFile::verify(*document, content); !damage.isEmpty())
            return damage;
        return DocumentFile::writeCopy(content, path);
    } catch (const StoreError &error) {
        return error.message();
    }
}

QString DocumentsPanel::removeDocument(qint64 documentId)
{
    if (!m_context.store() || documentId == 0)
        return tr("Choose a document first.");
    try {
        DocumentCommand::remove(m_context, documentId);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

void DocumentsPanel::attachDialog()
{
    const QString path =
        FileDialogs::openFile(this, tr("Attach Document"), FileDialogs::lastFolder());
    if (path.isEmpty())
        return;
    // A folder, pipe or device, or a file over the limit, is refused before its details are
    // asked for.
    if (const QString problem = DocumentFile::checkAttachable(path); !problem.isEmpty()) {
        report(problem);
        return;
    }
    AttachDocumentDialog dialog(
        path, m_agreementId != 0 ? DocumentKind::SignedAgreement : DocumentKind::Report, this);
    if (dialog.exec() == QDialog::Accepted)
        report(attachFile(path, dialog.document()));
}

void DocumentsPanel::saveCopyDialog()
{
    const qint64 id = currentDocumentId();
    QString name;
    for (const Document &document : m_documents)
        if (document.id == id)
            name = DocumentFile::safeFileName(document.fileName);
    const QString path =
        FileDialogs::saveFile(this, tr("Save Copy of Document"), FileDialogs::inLastFolder(name));
    if (path.isEmpty())
        return;
    const QString problem = saveCopy(id, path);
    report(problem);
    if (problem.isEmpty())
        m_context.reportSaved(path);
}

void DocumentsPanel::keepRoomForThreeRows()
{
    // Room for three documents whatever the pane's splitter gives: one row was all that showed
    // at 1366×768.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              3 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
}

void DocumentsPanel::changeEvent(QEvent *event)
{
    // The interface font follows the language (InterfaceFont): measured again in the new one.
    if (event->type() == QEvent::FontChange)
        keepRoomForThreeRows();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the kind and language names
    }
    QWidget::changeEvent(event);
}

void DocumentsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Kind", "of a document"),
                                        tr("Language", "of a document"), tr("Date"), tr("Size")});
    m_attach->setText(tr("Attach…"));
    m_open->setText(tr("Open"));
    m_save->setText(tr("Save Copy…"));
    m_remove->setText(tr("Remove"));
}

} // namespace sstc
