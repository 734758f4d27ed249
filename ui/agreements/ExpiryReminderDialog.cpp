#include "ui/agreements/ExpiryReminderDialog.h"

#include "models/repositories/AgreementRepository.h"
#include "models/store/StoreError.h"
#include "models/text/Formats.h"
#include "ui/shell/PortfolioContext.h"
#include "ui/shell/Preferences.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sstc {

ExpiryReminderDialog::ExpiryReminderDialog(const QList<ExpiringAgreement> &expiring,
                                           Language language, int days, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(expiring.size()), 3, this))
{
    setObjectName(QStringLiteral("expiryReminderDialog"));
    setWindowTitle(tr("Agreements Expiring Soon"));
    auto *intro = new QLabel(
        tr("%n agreement(s) will expire within %1 days:", nullptr, int(expiring.size())).arg(days),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("expiringAgreementsTable"));
    m_table->setHorizontalHeaderLabels({tr("Agreement"), tr("Valid to"), tr("Days left")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const QLocale locale = Formats::locale(language);
    for (int row = 0; row < expiring.size(); ++row) {
        const ExpiringAgreement &entry = expiring.at(row);
        auto *title = new QTableWidgetItem(entry.agreement.title.preferring(language));
        title->setData(Qt::UserRole, qlonglong(entry.agreement.id));
        m_table->setItem(row, 0, title);
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(Formats::date(PartialDate::day(entry.expiresOn), language)));
        auto *left = new QTableWidgetItem(locale.toString(entry.daysLeft));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, left);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *show = buttons->addButton(tr("Show in History"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showExpiringAgreementButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        const int row = std::max(0, m_table->currentRow());
        if (QTableWidgetItem *item = m_table->item(row, 0)) {
            emit agreementActivated(item->data(Qt::UserRole).toLongLong());
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 300);
}

ExpiryReminderDialog *ExpiryReminderDialog::showIfAny(PortfolioContext &context, QWidget *parent,
                                                      const QDate &today)
{
    if (!context.store())
        return nullptr;
    QList<ExpiringAgreement> expiring;
    const int days = Preferences::reminderDays();
    try {
        expiring = ExpiryReminders::list(AgreementRepository(*context.store()).all(), today, days);
    } catch (const StoreError &error) {
        context.reportError(error.message());
        return nullptr;
    }
    if (expiring.isEmpty())
        return nullptr;
    auto *dialog = new ExpiryReminderDialog(expiring, context.language(), days, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace sstc
