#include "models/funding/DeliveryRate.h"

#include <cmath>

namespace sstc {

std::optional<double> DeliveryRate::percent(double spent, double budget)
{
    if (!(budget > 0))
        return std::nullopt;
    return std::round(1000.0 * spent / budget) / 10.0;
}

} // namespace sstc
