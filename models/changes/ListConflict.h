#pragma once

#include "models/domain/Country.h"
#include "models/domain/FundingLine.h"
#include "models/domain/FundingOffer.h"
#include "models/domain/Organisation.h"
#include "models/domain/Theme.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

namespace sstc {

// The refusal of a list's save (see ListEdit) when rows the user changed were changed by
// someone else meanwhile: a sentence in the UI language that names those rows and says that
// nothing was saved.
class ListConflict
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ListConflict)

public:
    enum class List
    {
        ExchangeRates,
        LookupLists,
        OfferCatalogue
    };

    // How the message names a row: "the rate for XOF/USD on 1 Jan 2024".
    static QString nameOf(const ExchangeRate &rate);
    static QString nameOf(const Organisation &organisation);
    static QString nameOf(const Country &country);
    static QString nameOf(const Theme &theme);
    static QString nameOf(const FundingOffer &offer);

    template<typename Record>
    static QStringList namesOf(const QList<Record> &rows)
    {
        QStringList names;
        for (const Record &row : rows)
            names << nameOf(row);
        return names;
    }

    // Throws the StoreError (ChangedMeanwhile) that names these rows; does nothing for none.
    static void refuseIfAny(List list, const QStringList &rowNames, const QString &path);
};

} // namespace sstc
