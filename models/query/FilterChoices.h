#pragma once

#include "models/domain/LocalizedText.h"

#include <QList>
#include <QVariant>

namespace sstc {

class PortfolioStore;

// One value a filter list offers: the value the filter keeps (a code or an id) and its label.
struct FilterChoice
{
    QVariant value;
    LocalizedText label;
};

// What each filter of the portfolio can choose from: only values that occur in the portfolio,
// so that no choice leads to an empty table. Labels in both languages; sorted by the caller.
class FilterChoices
{
public:
    explicit FilterChoices(PortfolioStore &store)
        : m_store(store)
    {}

    QList<FilterChoice> countries();
    QList<FilterChoice> donors();       // organisations in the funding role
    QList<FilterChoice> implementers(); // organisations in the implementing role
    QList<FilterChoice> agreements();   // agreements projects rest on
    QList<FilterChoice> themes();
    QList<int> sdgGoals();

private:
    QList<FilterChoice> organisationsInRole(int role);
    QList<FilterChoice> choices(const QString &sql, const QVariantList &values = {});

    PortfolioStore &m_store;
};

} // namespace sstc
