#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sstc {

// What an archived report says about itself, beyond its title and the program that made it.
struct ArchivalPdfMetadata
{
    QString author;
    QStringList languages; // BCP 47 tags ("en", "zh-CN"), the main language first
};

// Completes a PDF/A-1b file written by Qt 6.4's QPdfWriter with what that writer cannot set:
// the author (document information and XMP dc:creator) and the languages (the catalogue's
// /Lang and XMP dc:language). PDF/A requires the information dictionary and the XMP packet to
// agree, so the XMP Qt wrote is extended, not replaced, and its creation date is made the
// information dictionary's. The file is edited in place and its cross-reference table
// rewritten; nullopt when the file is not laid out the way QPdfWriter writes it.
class ArchivalPdf
{
public:
    static std::optional<QByteArray> completed(const QByteArray &pdf,
                                               const ArchivalPdfMetadata &metadata);
};

} // namespace sstc
