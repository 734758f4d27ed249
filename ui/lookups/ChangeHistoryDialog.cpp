#include "ui/lookups/ChangeHistoryDialog.h"

#include "models/itemmodels/AuditTableModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sstc {

ChangeHistoryDialog::ChangeHistoryDialog(AuditHistory history, Language language, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditTableModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("changeHistoryDialog"));
    m_model->setLanguage(language);
    m_model->setEntries(std::move(history.entries), std::move(history.names));
    m_intro->setObjectName(QStringLiteral("changeHistoryIntro"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("changeHistoryTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    // Long values would push the others out of sight: their tooltips show them whole.
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    retranslate();
}

void ChangeHistoryDialog::retranslate()
{
    setWindowTitle(tr("Change History"));
    m_intro->setText(m_model->rowCount() == 0
                         ? tr("No change to the organisations, countries, themes, exchange "
                              "rates, funding offers or proposals has been recorded yet.")
                         : tr("Changes to the organisations, countries, themes, exchange rates, "
                              "funding offers and proposals, newest first. Point at a value to "
                              "read it whole."));
}

void ChangeHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace sstc
