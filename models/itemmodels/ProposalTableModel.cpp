#include "models/itemmodels/ProposalTableModel.h"

#include "models/offers/ProposalTotals.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

namespace sstc {

ProposalTableModel::ProposalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProposalTableModel::reset(QList<ProposalLine> lines)
{
    // Lines and total rows change together; a reset keeps the views simple and lines are few.
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    emit linesChanged();
}

void ProposalTableModel::setLines(QList<ProposalLine> lines)
{
    reset(std::move(lines));
}

int ProposalTableModel::addOffer(const FundingOffer &offer)
{
    QList<ProposalLine> lines = m_lines;
    for (int row = 0; row < lines.size(); ++row) {
        if (offer.id != 0 && lines.at(row).offerId == offer.id) {
            ++lines[row].quantity;
            reset(std::move(lines));
            return row;
        }
    }
    lines.append(ProposalLine::of(offer));
    reset(std::move(lines));
    return lineCount() - 1;
}

void ProposalTableModel::removeLine(int row)
{
    if (row < 0 || row >= lineCount())
        return;
    QList<ProposalLine> lines = m_lines;
    lines.removeAt(row);
    reset(std::move(lines));
}

bool ProposalTableModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= lineCount() || quantity <= 0)
        return false;
    if (m_lines.at(row).quantity == quantity)
        return true;
    // Same rows and currencies: only the line's figures and the totals change. No reset, so
    // that an editor open in the view (a spin box being typed into) stays.
    m_lines[row].quantity = quantity;
    emit dataChanged(index(row, Quantity), index(row, LineTotal));
    emit dataChanged(index(lineCount(), 0), index(rowCount() - 1, ColumnCount - 1));
    emit linesChanged();
    return true;
}

std::optional<QList<Money>> ProposalTableModel::totals() const
{
    return ProposalTotals::of(m_lines);
}

void ProposalTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProposalTableModel::totalRowCount() const
{
    if (m_lines.isEmpty())
        return 0;
    const std::optional<QList<Money>> sums = totals();
    return sums ? int(sums->size()) : 1;
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lineCount() + totalRowCount();
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= UnitCost)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (isTotalRow(index.row()))
        return totalData(index.row() - lineCount(), index.column(), role);
    return lineData(m_lines.at(index.row()), index.column(), role);
}

QVariant ProposalTableModel::lineData(const ProposalLine &line, int column, int role) const
{
    if (role == IdRole)
        return line.offerId;
    if (role == Qt::EditRole && column == Quantity)
        return line.quantity;
    if (role == FallbackLanguageRole && column == Offer)
        return fallbackLanguage(line.title, m_language);
    if (role == FallbackLanguageRole && column == Unit)
        return fallbackLanguage(line.unit, m_language);
    if (role != Qt::DisplayRole && role != ExportRole)
        return {};
    switch (column) {
    case Offer:
        return line.title.preferring(m_language);
    case Unit:
        return line.unit.preferring(m_language);
    case UnitCost:
        return role == ExportRole ? QVariant(line.unitCost.value())
                                  : QVariant(Formats::money(line.unitCost, m_language));
    case Quantity:
        return role == ExportRole ? QVariant(line.quantity)
                                  : QVariant(Formats::number(line.quantity, m_language));
    case LineTotal: {
        const std::optional<Money> total = ProposalTotals::lineTotal(line);
        if (!total)
            return tr("too large");
        return role == ExportRole ? QVariant(total->value())
                                  : QVariant(Formats::money(*total, m_language));
    }
    }
    return {};
}

QVariant ProposalTableModel::totalData(int totalIndex, int column, int role) const
{
    if (role != Qt::DisplayRole && role != ExportRole)
        return {};
    const std::optional<QList<Money>> sums = totals();
    if (column == Offer) {
        if (!sums)
            return tr("Total");
        // With several currencies each total says which one it adds up.
        return sums->size() > 1
                   ? tr("Total in %1").arg(DomainNames::currency(sums->at(totalIndex).currency))
                   : tr("Total");
    }
    if (column != LineTotal)
        return {};
    if (!sums)
        return tr("too large");
    const Money &sum = sums->at(totalIndex);
    return role == ExportRole ? QVariant(sum.value()) : QVariant(Formats::money(sum, m_language));
}

bool ProposalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Quantity || isTotalRow(index.row()))
        return false;
    bool whole = false;
    const int quantity = value.toInt(&whole);
    // "2.5" converts to 2 with toInt on a double variant; only whole numbers are taken.
    if (!whole || value.toDouble() != quantity)
        return false;
    return setQuantity(index.row(), quantity);
}

Qt::ItemFlags ProposalTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity && !isTotalRow(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ColumnKeyRole) {
        static const char *const keys[] = {"offer", "unit", "unitCost", "quantity", "total"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offer:
        return tr("Offer", "funding offer");
    case Unit:
        return tr("Unit", "what the unit cost is for: per event, per trainee");
    case UnitCost:
        return tr("Unit cost");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("Amount", "unit cost times quantity");
    }
    return {};
}

} // namespace sstc
