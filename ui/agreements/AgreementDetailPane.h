#pragma once

#include "models/repositories/AgreementRepository.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace sstc {

class AgreementHistoryModel;
class AuditTableModel;
class DocumentsPanel;
class PortfolioContext;

// One agreement in full: parties and signatories, dates and validity, status, the chain of
// amendments and replacements (as links), the projects resting on it, its documents and its
// change history (who changed what, and its documents, from the audit trail).
class AgreementDetailPane : public QWidget
{
    Q_OBJECT

public:
    AgreementDetailPane(PortfolioContext &context, const AgreementHistoryModel &history,
                        QWidget *parent = nullptr);

    void showAgreement(qint64 id); // 0 for none
    qint64 agreementId() const { return m_agreementId; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *projectList() const { return m_projects; }
    DocumentsPanel *documents() const { return m_documents; }
    QTableView *changesTable() const { return m_changesTable; }
    AuditTableModel *changesModel() const { return m_changes; }

signals:
    void agreementActivated(qint64 agreementId); // a link in the chain was clicked
    void projectActivated(qint64 projectId);     // a project resting on it was clicked

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void loadChanges();
    QString html(const Agreement &agreement) const;
    QString linkTo(qint64 id) const;

    PortfolioContext &m_context;
    const AgreementHistoryModel &m_history;
    qint64 m_agreementId = 0;
    QList<LinkedProject> m_linked;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTextBrowser *m_browser;
    QLabel *m_projectsLabel;
    QListWidget *m_projects;
    QLabel *m_documentsLabel;
    DocumentsPanel *m_documents;
    QLabel *m_changesLabel;
    AuditTableModel *m_changes;
    QTableView *m_changesTable;
};

} // namespace sstc
