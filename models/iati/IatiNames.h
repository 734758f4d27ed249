#pragma once

#include <QString>

namespace sstc::iati {

// The namespace of the attributes SSTC Desk adds to the IATI elements it writes (the schema
// allows attributes of other namespaces almost everywhere): what IATI has no field for but a
// round trip must not lose, such as a date known only to the year or an organisation's
// acronym. Other readers ignore them.
inline const QString sstcNamespace = QStringLiteral("urn:x-sstc-desk:iati:1");
inline const QString xmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// The ILO, the default reporting organisation.
inline const QString iloReference = QStringLiteral("XM-DAC-41302");

} // namespace sstc::iati
