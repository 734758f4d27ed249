#pragma once

#include <QString>

namespace sstc {

// The ISO 4217 currency codes IATI accepts (value@currency).
class CurrencyCodes
{
public:
    // True for an active code written exactly, in capitals ("USD", not "usd").
    static bool isKnown(const QString &code);
    static int count();
};

} // namespace sstc
