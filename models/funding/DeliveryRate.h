#pragma once

#include <optional>

namespace sstc {

// How much of its budget a project has spent: expenditure ÷ budget, as the funding dashboard's
// delivery chart and the donor report both show it.
class DeliveryRate
{
public:
    // In percent, rounded to one decimal (81.25 % -> 81.3); empty without a budget above zero.
    static std::optional<double> percent(double spent, double budget);
};

} // namespace sstc
