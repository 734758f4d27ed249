#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace sstc {

class RefreshWhenShown;

class AgreementDetailPane;
class AgreementHistoryModel;
class PortfolioContext;

// The agreements tab: the story of the partnership as a list (agreements in date order with
// the relationship milestones as context), filtered by partner, kind, status and text, and
// beside it the selected agreement in full. Clicking a project there makes it the context's
// current project and asks, through projectActivated, to show the portfolio.
class AgreementsView : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementsView(PortfolioContext &context, QWidget *parent = nullptr);

    // The history (read now if the view was hidden when the portfolio changed).
    AgreementHistoryModel *model() const;
    QTableView *table() const { return m_table; }
    AgreementDetailPane *detailPane() const { return m_detail; }
    // For the main window's menus.
    QAction *newAgreementAction() const { return m_newAction; }
    QAction *editAgreementAction() const { return m_editAction; }

    void selectAgreement(qint64 id); // shows it, clearing filters that hide it
    qint64 currentAgreementId() const;
    void editAgreement(qint64 id); // 0 for a new one; opens the editor

signals:
    void projectActivated(qint64 projectId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void reload();
    void fillFilterChoices();
    void applyFilter();
    void currentRowChanged();

    PortfolioContext &m_context;
    AgreementHistoryModel *m_model;
    RefreshWhenShown *m_refresh = nullptr;
    QComboBox *m_partner;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_reminderLabel;
    QSpinBox *m_reminderDays;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QLabel *m_count;
    QTableView *m_table;
    QSplitter *m_splitter;
    AgreementDetailPane *m_detail;
    QAction *m_newAction;
    QAction *m_editAction;
};

} // namespace sstc
