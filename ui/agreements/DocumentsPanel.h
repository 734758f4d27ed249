#pragma once

#include "models/domain/Document.h"
#include "models/domain/Language.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace sstc {

class PortfolioContext;

// The files kept with one agreement or one project: a list with buttons to attach a file,
// open one in the system's viewer, save a copy and remove one (undoably). The functions
// behind the buttons take paths, so that tests run them without dialogs.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsPanel(PortfolioContext &context, QWidget *parent = nullptr);

    // Shows the documents of one owner; both 0 for none.
    void setOwner(qint64 agreementId, qint64 projectId);
    const QList<Document> &documents() const { return m_documents; }
    QTableWidget *table() const { return m_table; }
    qint64 currentDocumentId() const;

    // Each returns an error message for the user, or "" when it worked.
    QString attachFile(const QString &path, const Document &metadata);
    // Writes the stored bytes, checked against their checksum, to a copy for a viewer, in the
    // user's data folder.
    QString extractToTemporaryFile(qint64 documentId, QString &path);
    QString openDocument(qint64 documentId);
    QString saveCopy(qint64 documentId, const QString &path);
    QString removeDocument(qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void keepRoomForThreeRows();
    void retranslate();
    void updateButtons();
    void report(const QString &problem);
    void attachDialog();
    void saveCopyDialog();

    PortfolioContext &m_context;
    qint64 m_agreementId = 0;
    qint64 m_projectId = 0;
    QList<Document> m_documents;
    QTableWidget *m_table;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace sstc
