#pragma once

#include "models/domain/Agreement.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace sstc {

class DocumentsPanel;
class PortfolioContext;

// The project side of the agreement history, a tab of the portfolio's detail pane: the
// agreement the project rests on (a link to it in the history) and the project's documents.
class ProjectAgreementPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectAgreementPane(PortfolioContext &context, QWidget *parent = nullptr);

    void showProject(qint64 projectId, const std::optional<Agreement> &agreement);
    QLabel *agreementLabel() const { return m_agreement; }
    DocumentsPanel *documents() const { return m_documents; }

signals:
    void agreementActivated(qint64 agreementId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    PortfolioContext &m_context;
    qint64 m_projectId = 0;
    std::optional<Agreement> m_shown;
    QLabel *m_heading;
    QLabel *m_agreement;
    QLabel *m_documentsHeading;
    DocumentsPanel *m_documents;
};

} // namespace sstc
