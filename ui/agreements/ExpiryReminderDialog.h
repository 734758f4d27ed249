#pragma once

#include "models/agreements/ExpiryReminders.h"
#include "models/domain/Clock.h"
#include "models/domain/Language.h"

#include <QDialog>

class QTableWidget;

namespace sstc {

class PortfolioContext;

// The notice shown at start-up when agreements expire soon: which ones, when, and how many
// days are left. Selecting one and pressing "Show" asks to show it in the agreement history.
class ExpiryReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ExpiryReminderDialog(const QList<ExpiringAgreement> &expiring, Language language, int days,
                         QWidget *parent = nullptr);

    // Opens the notice (non-modal, deleted on close) when the open portfolio has agreements
    // expiring within the days of the settings at `today`; returns it, or nullptr when there
    // is nothing to remind of.
    static ExpiryReminderDialog *showIfAny(PortfolioContext &context, QWidget *parent,
                                           const QDate &today = Clock::today());

    QTableWidget *table() const { return m_table; }

signals:
    void agreementActivated(qint64 agreementId);

private:
    QTableWidget *m_table;
};

} // namespace sstc
