#pragma once

#include "models/domain/Language.h"
#include "models/funding/FundingFigures.h"

#include <QAbstractTableModel>

namespace sstc {

// The figures of one funding breakdown as a table, one row per bar in the order the figures
// give them: what the breakdown stands for (year, country, goal, theme), the donor where the
// breakdown is per donor, and the amount in the reporting currency. For the command line and
// spreadsheets: its ExportRole holds years and goals as numbers, amounts as plain numbers in
// currency units, and the currency code in a column of its own.
class FundingFiguresTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Category,
        Donor,
        Amount,
        Currency
    };

    FundingFiguresTableModel(FundingBreakdown breakdown, FundingFigures figures, Language language,
                             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant exportValue(const FundingBar &bar, Column column) const;
    QString displayText(const FundingBar &bar, Column column) const;

    FundingBreakdown m_breakdown;
    FundingFigures m_figures;
    Language m_language;
    QList<Column> m_columns;
};

} // namespace sstc
