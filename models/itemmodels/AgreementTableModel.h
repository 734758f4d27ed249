#pragma once

#include "models/domain/Agreement.h"
#include "models/domain/Organisation.h"
#include "models/itemmodels/ItemRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sstc {

// The agreements, one per row in the order given (the repository's: by date of signing),
// texts in the UI language.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Kind,
        Title,
        Parties,
        Signed,
        ValidFrom,
        ValidTo,
        ColumnCount
    };

    explicit AgreementTableModel(QObject *parent = nullptr);

    void setAgreements(QList<Agreement> agreements, const QList<Organisation> &organisations);
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Agreement &agreement, int column) const;
    QVariant exportValue(const Agreement &agreement, int column) const;
    QStringList partyNames(const Agreement &agreement) const;

    QList<Agreement> m_agreements;
    QHash<qint64, Organisation> m_organisations;
    Language m_language = Language::English;
};

} // namespace sstc
