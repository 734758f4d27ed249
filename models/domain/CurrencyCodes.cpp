#include "models/domain/CurrencyCodes.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace sstc {

namespace {
// The active codes of the IATI Currency code list (ISO 4217), in alphabetical order, from
// shared/iati/codelists/Currency.xml; withdrawn codes (BYR, EEK, LTL…) are left out so that
// new data uses their successors.
const char *const activeCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHF", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK",
    "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR",
    "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
    "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
    "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO",
    "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON",
    "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS",
    "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UZS", "VED", "VES", "VND", "VUV",
    "WST", "XAF", "XBT", "XCD", "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
};
} // namespace

bool CurrencyCodes::isKnown(const QString &code)
{
    if (code.size() != 3)
        return false;
    const QByteArray latin = code.toLatin1();
    return std::binary_search(std::begin(activeCodes), std::end(activeCodes), latin.constData(),
                              [](const char *a, const char *b) { return std::strcmp(a, b) < 0; });
}

int CurrencyCodes::count()
{
    return int(std::size(activeCodes));
}

} // namespace sstc
