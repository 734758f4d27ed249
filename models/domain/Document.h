#pragma once

#include "models/domain/Codes.h"
#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QByteArray>

namespace sstc {

enum class DocumentKind
{
    SignedAgreement,
    Report,
    Brochure,
    Other
};

inline constexpr CodeEntry<DocumentKind> documentKindCodes[] = {
    {DocumentKind::SignedAgreement, "signed_agreement"},
    {DocumentKind::Report, "report"},
    {DocumentKind::Brochure, "brochure"},
    {DocumentKind::Other, "other"},
};

// A file kept in the portfolio (a signed MOU, a report), attached to a project or an agreement.
// The content itself is read separately: lists of documents never load the files.
struct Document
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 agreementId = 0;
    LocalizedText title;
    DocumentKind kind = DocumentKind::Other;
    QString languageCode; // ISO 639-1, e.g. "en", "zh"
    PartialDate date;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; // hex
};

} // namespace sstc
