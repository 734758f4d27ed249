#pragma once

#include <QString>
#include <QtGlobal>

namespace sstc {

// An amount in hundredths of its currency unit, so that sums are exact.
struct Money
{
    qint64 hundredths = 0;
    QString currency = QStringLiteral("USD");

    static Money units(qint64 wholeUnits, const QString &currency)
    {
        return Money{wholeUnits * 100, currency};
    }
    double value() const { return hundredths / 100.0; }
    bool operator==(const Money &other) const
    {
        return hundredths == other.hundredths && currency == other.currency;
    }
};

} // namespace sstc
