#include "models/itemmodels/AgreementHistoryModel.h"

#include "models/itemmodels/TableColumn.h"
#include "models/text/DomainNames.h"

#include <algorithm>

namespace sstc {

namespace {
// The day an entry is placed at in the story: signed, else valid from; null sorts last.
QDate placedOn(const Agreement &agreement)
{
    return (agreement.signedOn.isNull() ? agreement.validFrom : agreement.signedOn).firstDay();
}

QString yearOf(const PartialDate &date)
{
    return date.isNull() ? QString() : QString::number(date.firstDay().year());
}
} // namespace

AgreementHistoryModel::AgreementHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgreementHistoryModel::setHistory(QList<Agreement> agreements, QList<Milestone> milestones,
                                       const QList<Organisation> &organisations)
{
    beginResetModel();
    m_agreements = std::move(agreements);
    m_milestones = std::move(milestones);
    m_organisations.clear();
    for (const Organisation &organisation : organisations)
        m_organisations.insert(organisation.id, organisation);
    m_statuses = AgreementStatusRules::ofAll(m_agreements, m_today);
    rebuild();
    endResetModel();
}

void AgreementHistoryModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_statuses = AgreementStatusRules::ofAll(m_agreements, m_today);
    rebuild();
    endResetModel();
}

void AgreementHistoryModel::setReminderDays(int days)
{
    m_reminderDays = days;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AgreementHistoryModel::setFilter(const AgreementHistoryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void AgreementHistoryModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// Merges agreements and milestones by date; on the same day the milestone comes first, as
// the context of what follows. Undated entries go last, agreements before milestones.
void AgreementHistoryModel::rebuild()
{
    struct Placed
    {
        QDate date;
        bool milestone;
        int order;
        Entry entry;
    };
    QList<Placed> placed;
    for (int i = 0; i < m_agreements.size(); ++i)
        if (accepts(m_agreements.at(i)))
            placed.append({placedOn(m_agreements.at(i)), false, i, i});
    for (int i = 0; i < m_milestones.size(); ++i)
        if (accepts(m_milestones.at(i)))
            placed.append({m_milestones.at(i).date.firstDay(), true, i, -1 - i});
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date < b.date;
        if (a.milestone != b.milestone)
            return a.date.isValid() ? a.milestone : b.milestone;
        return a.order < b.order;
    });
    m_rows.clear();
    for (const Placed &entry : placed)
        m_rows.append(entry.entry);
}

bool AgreementHistoryModel::matchesSearch(const QStringList &texts) const
{
    const QString needle = m_filter.search.trimmed();
    if (needle.isEmpty())
        return true;
    return std::any_of(texts.begin(), texts.end(), [&](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

bool AgreementHistoryModel::accepts(const Agreement &agreement) const
{
    if (m_filter.kind && agreement.kind != *m_filter.kind)
        return false;
    if (m_filter.status && m_statuses.value(agreement.id) != *m_filter.status)
        return false;
    if (m_filter.partnerId != 0 && std::none_of(agreement.parties.begin(), agreement.parties.end(),
                                                [&](const AgreementParty &party) {
                                                    return party.organisationId ==
                                                           m_filter.partnerId;
                                                }))
        return false;
    QStringList texts{agreement.title.en,   agreement.title.zh,       agreement.summary.en,
                      agreement.summary.zh, agreement.signedPlace.en, agreement.signedPlace.zh};
    for (const AgreementParty &party : agreement.parties) {
        const Organisation organisation = m_organisations.value(party.organisationId);
        texts << organisation.acronym << organisation.name.en << organisation.name.zh
              << party.signatoryName.en << party.signatoryName.zh;
    }
    return matchesSearch(texts);
}

// Milestones are context: they stay while only the text is searched, and step aside when
// the list is narrowed to a partner, a kind or a status, which they do not have.
bool AgreementHistoryModel::accepts(const Milestone &milestone) const
{
    if (m_filter.partnerId != 0 || m_filter.kind || m_filter.status)
        return false;
    return matchesSearch({milestone.title.en, milestone.title.zh});
}

std::optional<Agreement> AgreementHistoryModel::agreement(qint64 id) const
{
    for (const Agreement &agreement : m_agreements)
        if (agreement.id == id)
            return agreement;
    return std::nullopt;
}

bool AgreementHistoryModel::isExpiring(qint64 id) const
{
    const std::optional<Agreement> found = agreement(id);
    if (!found || found->validTo.isNull() || m_statuses.value(id) == AgreementStatus::Superseded)
        return false;
    const QDate end = found->validTo.lastDay();
    return end >= m_today && end <= m_today.addDays(m_reminderDays);
}

int AgreementHistoryModel::rowOfAgreement(qint64 id) const
{
    // No agreement is 0: a milestone's row, which agreementIdAt() gives 0, is not "its" row.
    if (id == 0)
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (agreementIdAt(row) == id)
            return row;
    return -1;
}

qint64 AgreementHistoryModel::agreementIdAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row) < 0)
        return 0;
    return m_agreements.at(m_rows.at(row)).id;
}

QString AgreementHistoryModel::organisationName(qint64 id) const
{
    const Organisation organisation = m_organisations.value(id);
    return organisation.acronym.isEmpty() ? organisation.name.preferring(m_language)
                                          : organisation.acronym;
}

QString AgreementHistoryModel::partyNames(const Agreement &agreement) const
{
    QStringList names;
    for (const AgreementParty &party : agreement.parties)
        names << organisationName(party.organisationId);
    return names.join(m_language == Language::Chinese ? QStringLiteral("、")
                                                      : QStringLiteral(", "));
}

int AgreementHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgreementHistoryModel::agreementText(const Agreement &agreement, int column) const
{
    switch (column) {
    case Year:
        return yearOf(agreement.signedOn.isNull() ? agreement.validFrom : agreement.signedOn);
    case Kind:
        return DomainNames::agreementKind(agreement.kind);
    case Title:
        return agreement.title.preferring(m_language);
    case Parties:
        return partyNames(agreement);
    case Status:
        return DomainNames::agreementStatus(m_statuses.value(agreement.id));
    }
    return {};
}

QString AgreementHistoryModel::milestoneText(const Milestone &milestone, int column) const
{
    switch (column) {
    case Year:
        return yearOf(milestone.date);
    case Kind:
        return tr("Milestone", "a dated fact of the China–ILO relationship");
    case Title:
        return milestone.title.preferring(m_language);
    }
    return {};
}

QVariant AgreementHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry entry = m_rows.at(index.row());
    if (entry < 0) {
        const Milestone &milestone = m_milestones.at(-1 - entry);
        switch (role) {
        case Qt::DisplayRole:
        case ExportRole:
            return milestoneText(milestone, index.column());
        case Qt::ToolTipRole:
            return index.column() == Title ? milestone.title.preferring(m_language) : QVariant();
        case ContextRowRole:
            return true;
        case FallbackLanguageRole:
            return index.column() == Title ? fallbackLanguage(milestone.title, m_language)
                                           : QVariant();
        case IdRole:
            return qlonglong(0);
        default:
            return {};
        }
    }
    const Agreement &agreement = m_agreements.at(entry);
    switch (role) {
    case Qt::DisplayRole:
        return agreementText(agreement, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? agreement.title.preferring(m_language) : QVariant();
    case ExportRole:
        if (index.column() == Kind)
            return codeOf(agreementKindCodes, agreement.kind);
        if (index.column() == Status)
            return codeOf(agreementStatusCodes, m_statuses.value(agreement.id));
        return agreementText(agreement, index.column());
    case IdRole:
        return qlonglong(agreement.id);
    case FallbackLanguageRole:
        return index.column() == Title ? fallbackLanguage(agreement.title, m_language) : QVariant();
    case ContextRowRole:
        return false;
    case AgreementStatusRole:
        return int(m_statuses.value(agreement.id));
    case ExpiringRole:
        return isExpiring(agreement.id);
    default:
        return {};
    }
}

QVariant AgreementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In the order of the Column enum.
    static const TableColumn columns[] = {
        {"year", QT_TRANSLATE_NOOP("sstc::AgreementHistoryModel", "Year")},
        {"kind", QT_TRANSLATE_NOOP("sstc::AgreementHistoryModel", "Kind")},
        {"title", QT_TRANSLATE_NOOP("sstc::AgreementHistoryModel", "Title")},
        {"parties", QT_TRANSLATE_NOOP("sstc::AgreementHistoryModel", "Parties")},
        {"status", QT_TRANSLATE_NOOP("sstc::AgreementHistoryModel", "Status")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columnHeader(columns, "sstc::AgreementHistoryModel", section, orientation, role);
}

} // namespace sstc
