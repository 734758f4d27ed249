#pragma once

#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QString>

namespace sstc {

// A document published elsewhere that a project points to (IATI document-link): a web
// address with its title, unlike a Document, whose file the portfolio keeps.
struct DocumentLink
{
    QString url;
    LocalizedText title;
    QString format;       // a MIME type, e.g. "application/pdf"
    QString categoryCode; // IATI DocumentCategory, e.g. "A01"
    QString languageCode; // ISO 639-1
    PartialDate date;

    bool operator==(const DocumentLink &other) const
    {
        return url == other.url && title == other.title && format == other.format &&
               categoryCode == other.categoryCode && languageCode == other.languageCode &&
               date == other.date;
    }
};

// A text a project was given in a language the app does not show (a French title in an IATI
// file): kept as it came, so that nothing read is silently lost, and written out again.
struct KeptNarrative
{
    QString field;    // "title" or "description"
    QString language; // as the file gave it, e.g. "fr"
    QString text;

    bool operator==(const KeptNarrative &other) const
    {
        return field == other.field && language == other.language && text == other.text;
    }
};

} // namespace sstc
