#pragma once

#include "models/audit/AuditValueText.h"
#include "models/domain/Language.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace sstc {

class AuditTableModel;

// A read-only list of recorded changes (who, when, what, from which value to which), newest
// first: the history of the organisations, countries, themes, exchange rates, offers and
// proposals.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeHistoryDialog(AuditHistory history, Language language, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AuditTableModel *m_model;
    QLabel *m_intro;
    QTableView *m_table;
};

} // namespace sstc
