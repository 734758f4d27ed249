#include "models/itemmodels/FundingFiguresTableModel.h"

#include "models/domain/Money.h"
#include "models/funding/FundingBarNames.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/text/Formats.h"

#include <QCoreApplication>

namespace sstc {

FundingFiguresTableModel::FundingFiguresTableModel(FundingBreakdown breakdown,
                                                   FundingFigures figures, Language language,
                                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_breakdown(breakdown)
    , m_figures(std::move(figures))
    , m_language(language)
{
    m_columns << Column::Category;
    if (breakdown == FundingBreakdown::YearByDonor)
        m_columns << Column::Donor;
    m_columns << Column::Amount << Column::Currency;
}

int FundingFiguresTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.bars.size());
}

int FundingFiguresTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FundingFiguresTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingBar &bar = m_figures.bars.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(bar, column);
    case ExportRole:
        return exportValue(bar, column);
    case Qt::TextAlignmentRole:
        return column == Column::Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QString FundingFiguresTableModel::displayText(const FundingBar &bar, Column column) const
{
    switch (column) {
    case Column::Category:
        return FundingBarNames::category(m_breakdown, bar, m_language);
    case Column::Donor:
        return FundingBarNames::donor(bar, m_language);
    case Column::Amount:
        return Formats::money(Money{qRound64(bar.hundredths), m_figures.reportingCurrency},
                              m_language);
    case Column::Currency:
        return m_figures.reportingCurrency;
    }
    return {};
}

QVariant FundingFiguresTableModel::exportValue(const FundingBar &bar, Column column) const
{
    const bool numberedKey =
        m_breakdown == FundingBreakdown::YearByDonor || m_breakdown == FundingBreakdown::SdgGoal;
    switch (column) {
    case Column::Category:
        if (numberedKey && !bar.key.isEmpty())
            return bar.key.toInt();
        return displayText(bar, column);
    case Column::Amount:
        // To the cent, as the amount shown: a split line's share is not a whole number of cents.
        return double(qRound64(bar.hundredths)) / 100.0;
    default:
        return displayText(bar, column);
    }
}

QVariant FundingFiguresTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Column column = m_columns.at(section);
    if (role == ColumnKeyRole) {
        switch (column) {
        case Column::Category:
            switch (m_breakdown) {
            case FundingBreakdown::YearByDonor:
                return QStringLiteral("year");
            case FundingBreakdown::Country:
                return QStringLiteral("country");
            case FundingBreakdown::SdgGoal:
                return QStringLiteral("sdg_goal");
            case FundingBreakdown::Theme:
                return QStringLiteral("theme");
            case FundingBreakdown::DeliveryByProject:
                return QStringLiteral("project");
            }
            break;
        case Column::Donor:
            return QStringLiteral("donor");
        case Column::Amount:
            return QStringLiteral("amount");
        case Column::Currency:
            return QStringLiteral("currency");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Category:
        switch (m_breakdown) {
        case FundingBreakdown::YearByDonor:
            return tr("Year");
        case FundingBreakdown::Country:
            return tr("Recipient country");
        case FundingBreakdown::SdgGoal:
            return tr("SDG goal");
        case FundingBreakdown::Theme:
            return tr("Theme");
        case FundingBreakdown::DeliveryByProject:
            return tr("Project");
        }
        break;
    case Column::Donor:
        return tr("Donor");
    case Column::Amount:
        return tr("Amount");
    case Column::Currency:
        return tr("Currency");
    }
    return {};
}

} // namespace sstc
