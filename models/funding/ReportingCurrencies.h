#pragma once

#include <QString>
#include <QStringList>

namespace sstc {

// The currencies a donor report and the funding dashboard can be given in, the first the
// default: the one place the command line, the report dialog and the Funding tab take them from.
inline const QStringList &reportingCurrencies()
{
    static const QStringList currencies{QStringLiteral("USD"), QStringLiteral("CNY")};
    return currencies;
}

} // namespace sstc
