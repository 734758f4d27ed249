#pragma once

#include "models/domain/Language.h"
#include "models/domain/Proposal.h"
#include "models/itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sstc {

// The lines of a proposal being composed, then one total row per currency (see
// ProposalTotals): what the composer shows and what is copied or exported for a donor. The
// quantity is the one editable cell and takes whole numbers above zero only.
class ProposalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Offer,
        Unit,
        UnitCost,
        Quantity,
        LineTotal,
        ColumnCount
    };

    explicit ProposalTableModel(QObject *parent = nullptr);

    void setLines(QList<ProposalLine> lines);
    const QList<ProposalLine> &lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }
    // Adds one of the offer, or one more when it is already chosen; returns the line's row.
    int addOffer(const FundingOffer &offer);
    void removeLine(int row);
    bool setQuantity(int row, int quantity);
    // One amount per currency; nullopt when a sum does not fit.
    std::optional<QList<Money>> totals() const;
    bool isTotalRow(int row) const { return row >= lineCount(); }
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The lines or a quantity changed (not only the language).
    void linesChanged();

private:
    QVariant lineData(const ProposalLine &line, int column, int role) const;
    QVariant totalData(int totalIndex, int column, int role) const;
    int totalRowCount() const;
    void reset(QList<ProposalLine> lines);

    QList<ProposalLine> m_lines;
    Language m_language = Language::English;
};

} // namespace sstc
