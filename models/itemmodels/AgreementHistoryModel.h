#pragma once

#include "models/agreements/AgreementStatus.h"
#include "models/domain/Agreement.h"
#include "models/domain/Clock.h"
#include "models/domain/Milestone.h"
#include "models/domain/Organisation.h"
#include "models/itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace sstc {

// What the history list shows: a partner, a kind, a status and a text, all optional.
struct AgreementHistoryFilter
{
    qint64 partnerId = 0;
    std::optional<AgreementKind> kind;
    std::optional<AgreementStatus> status;
    QString search; // matched in both languages, ignoring case

    bool isEmpty() const { return partnerId == 0 && !kind && !status && search.isEmpty(); }
};

// The story of the partnership: every agreement in date order, with the relationship
// milestones between them as context rows. Statuses are derived for a given day. The history
// holds tens of rows, so filtering rebuilds the row list rather than going through a proxy.
class AgreementHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Kind,
        Title,
        Parties,
        Status,
        ColumnCount
    };

    explicit AgreementHistoryModel(QObject *parent = nullptr);

    void setHistory(QList<Agreement> agreements, QList<Milestone> milestones,
                    const QList<Organisation> &organisations);
    void setToday(const QDate &today);
    void setReminderDays(int days);
    void setFilter(const AgreementHistoryFilter &filter);
    void setLanguage(Language language);

    const QList<Agreement> &agreements() const { return m_agreements; }
    const AgreementHistoryFilter &filter() const { return m_filter; }
    QDate today() const { return m_today; }
    std::optional<Agreement> agreement(qint64 id) const;
    AgreementStatus statusOf(qint64 id) const { return m_statuses.value(id); }
    bool isExpiring(qint64 id) const;
    int rowOfAgreement(qint64 id) const; // -1 when not shown
    qint64 agreementIdAt(int row) const; // 0 for a milestone
    // "ILO, MOHRSS" / "ILO、MOHRSS"
    QString partyNames(const Agreement &agreement) const;
    QString organisationName(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A row: an index into m_agreements, or into m_milestones when negative (-1 - index).
    using Entry = int;

    void rebuild();
    bool accepts(const Agreement &agreement) const;
    bool accepts(const Milestone &milestone) const;
    bool matchesSearch(const QStringList &texts) const;
    QString agreementText(const Agreement &agreement, int column) const;
    QString milestoneText(const Milestone &milestone, int column) const;

    QList<Agreement> m_agreements;
    QList<Milestone> m_milestones;
    QHash<qint64, Organisation> m_organisations;
    QHash<qint64, AgreementStatus> m_statuses;
    QList<Entry> m_rows;
    AgreementHistoryFilter m_filter;
    QDate m_today = Clock::today();
    int m_reminderDays = 90;
    Language m_language = Language::English;
};

} // namespace sstc
