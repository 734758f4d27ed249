#include "models/report/ArchivalPdf.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>

namespace sstc {

namespace {

// Edits objects of a PDF with a classic cross-reference table, keeping the table's offsets
// true: every edit moves the offsets of what follows it.
class PdfObjectEditor
{
public:
    explicit PdfObjectEditor(QByteArray pdf) : m_pdf(std::move(pdf)) {}

    bool readCrossReferences();
    int trailerReference(const QByteArray &key) const;
    // The object's text from "N 0 obj" to "endobj"; empty when not found.
    QByteArray objectText(int number) const;
    bool insertIntoDictionary(int number, const QByteArray &entries);
    bool replaceStream(int number, const QByteArray &content);
    QByteArray result();

private:
    qsizetype objectStart(int number) const { return m_offsets.value(number, -1); }
    void splice(qsizetype position, qsizetype removed, const QByteArray &inserted);

    QByteArray m_pdf;
    QMap<int, qsizetype> m_offsets;
    qsizetype m_xrefStart = -1;
};

bool PdfObjectEditor::readCrossReferences()
{
    const qsizetype startxref = m_pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return false;
    bool ok = false;
    m_xrefStart = m_pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || m_xrefStart <= 0 || !m_pdf.mid(m_xrefStart, 4).startsWith("xref"))
        return false;
    // Subsections "first count" followed by count entries of 20 bytes each.
    qsizetype position = m_pdf.indexOf('\n', m_xrefStart) + 1;
    while (position > 0 && position < m_pdf.size() && !m_pdf.mid(position, 7).startsWith("trailer")) {
        const qsizetype lineEnd = m_pdf.indexOf('\n', position);
        const QList<QByteArray> header = m_pdf.mid(position, lineEnd - position).trimmed().split(' ');
        if (header.size() != 2)
            return false;
        const int first = header.at(0).toInt(&ok);
        const int count = ok ? header.at(1).toInt(&ok) : 0;
        if (!ok)
            return false;
        position = lineEnd + 1;
        for (int index = 0; index < count; ++index, position += 20) {
            const QByteArray entry = m_pdf.mid(position, 20);
            if (entry.size() != 20)
                return false;
            if (entry.at(17) == 'n')
                m_offsets.insert(first + index, entry.left(10).toLongLong());
        }
    }
    return !m_offsets.isEmpty();
}

int PdfObjectEditor::trailerReference(const QByteArray &key) const
{
    const qsizetype trailer = m_pdf.lastIndexOf("trailer");
    const QRegularExpression reference(QStringLiteral("%1\\s+(\\d+)\\s+0\\s+R")
                                           .arg(QRegularExpression::escape(QString::fromLatin1(key))));
    const QRegularExpressionMatch match =
        reference.match(QString::fromLatin1(m_pdf.mid(trailer, 1024)));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray PdfObjectEditor::objectText(int number) const
{
    const qsizetype start = objectStart(number);
    if (start < 0 || !m_pdf.mid(start, 24).startsWith(QByteArray::number(number) + " 0 obj"))
        return {};
    const qsizetype end = m_pdf.indexOf("endobj", start);
    return end < 0 ? QByteArray() : m_pdf.mid(start, end - start);
}

bool PdfObjectEditor::insertIntoDictionary(int number, const QByteArray &entries)
{
    const QByteArray text = objectText(number);
    const qsizetype open = text.indexOf("<<");
    if (open < 0)
        return false;
    splice(objectStart(number) + open + 2, 0, "\n" + entries);
    return true;
}

bool PdfObjectEditor::replaceStream(int number, const QByteArray &content)
{
    const QByteArray text = objectText(number);
    const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)"));
    const QRegularExpressionMatch match = length.match(QString::fromLatin1(text));
    const qsizetype streamStart = text.indexOf("stream\n");
    const qsizetype streamEnd = text.lastIndexOf("endstream");
    if (!match.hasMatch() || streamStart < 0 || streamEnd < streamStart)
        return false;
    const qsizetype base = objectStart(number);
    const qsizetype oldLength = match.captured(1).toLongLong();
    const qsizetype contentStart = base + streamStart + 7;
    if (contentStart + oldLength > base + streamEnd)
        return false;
    // The content first, then the length before it, so that positions stay valid.
    splice(contentStart, oldLength, content);
    splice(base + match.capturedStart(1), match.capturedLength(1),
           QByteArray::number(content.size()));
    return true;
}

void PdfObjectEditor::splice(qsizetype position, qsizetype removed, const QByteArray &inserted)
{
    m_pdf.replace(position, removed, inserted);
    const qsizetype shift = inserted.size() - removed;
    for (qsizetype &offset : m_offsets)
        if (offset > position)
            offset += shift;
    if (m_xrefStart > position)
        m_xrefStart += shift;
}

QByteArray PdfObjectEditor::result()
{
    // Entries keep their 20 bytes, so rewriting them in place moves nothing.
    qsizetype position = m_pdf.indexOf('\n', m_xrefStart) + 1;
    while (position < m_pdf.size() && !m_pdf.mid(position, 7).startsWith("trailer")) {
        const qsizetype lineEnd = m_pdf.indexOf('\n', position);
        const QList<QByteArray> header = m_pdf.mid(position, lineEnd - position).trimmed().split(' ');
        const int first = header.at(0).toInt();
        const int count = header.at(1).toInt();
        position = lineEnd + 1;
        for (int index = 0; index < count; ++index, position += 20)
            if (m_pdf.at(position + 17) == 'n')
                m_pdf.replace(position, 10,
                              QByteArray::number(m_offsets.value(first + index)).rightJustified(10, '0'));
    }
    const qsizetype startxref = m_pdf.lastIndexOf("startxref");
    const qsizetype eof = m_pdf.indexOf("%%EOF", startxref);
    m_pdf.replace(startxref, eof - startxref, "startxref\n" + QByteArray::number(m_xrefStart) + "\n");
    return m_pdf;
}

// A text string as PDF writes Unicode: UTF-16BE with its byte order mark, in hex.
QByteArray pdfTextString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex() + '>';
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// "D:20261204175929Z" or "D:20261204185929+01'00'" as the XMP form of the same moment.
QByteArray xmpDate(const QByteArray &pdfDate)
{
    const QRegularExpression form(
        QStringLiteral("D:(\\d{4})(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(Z|([+-])(\\d\\d)'(\\d\\d)'?)"));
    const QRegularExpressionMatch m = form.match(QString::fromLatin1(pdfDate));
    if (!m.hasMatch())
        return {};
    QString zone = QStringLiteral("Z");
    if (m.captured(7) != QLatin1String("Z"))
        zone = QStringLiteral("%1%2:%3").arg(m.captured(8), m.captured(9), m.captured(10));
    return QStringLiteral("%1-%2-%3T%4:%5:%6%7")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5),
             m.captured(6), zone)
        .toLatin1();
}

} // namespace

std::optional<QByteArray> ArchivalPdf::completed(const QByteArray &pdf,
                                                 const ArchivalPdfMetadata &metadata)
{
    PdfObjectEditor editor(pdf);
    if (!editor.readCrossReferences())
        return std::nullopt;
    const int info = editor.trailerReference("/Info");
    const int root = editor.trailerReference("/Root");
    const QRegularExpression metadataReference(QStringLiteral("/Metadata\\s+(\\d+)\\s+0\\s+R"));
    const QRegularExpressionMatch metadataMatch =
        metadataReference.match(QString::fromLatin1(editor.objectText(root)));
    const QByteArray infoText = editor.objectText(info);
    if (info < 0 || root < 0 || !metadataMatch.hasMatch() || infoText.isEmpty())
        return std::nullopt;
    const int metadataObject = metadataMatch.captured(1).toInt();

    QByteArray xmp = editor.objectText(metadataObject);
    const qsizetype packetStart = xmp.indexOf("<?xpacket begin");
    const qsizetype packetEnd = xmp.lastIndexOf("<?xpacket end");
    if (packetStart < 0 || packetEnd < packetStart)
        return std::nullopt;
    xmp = xmp.mid(packetStart, xmp.indexOf("?>", packetEnd) + 2 - packetStart);

    // The XMP dates are the information dictionary's creation date, to the second.
    const QRegularExpression creation(QStringLiteral("/CreationDate\\s*\\((D:[^)]*)\\)"));
    const QRegularExpressionMatch creationMatch = creation.match(QString::fromLatin1(infoText));
    const QByteArray created = creationMatch.hasMatch()
                                   ? xmpDate(creationMatch.captured(1).toLatin1())
                                   : QByteArray();
    if (created.isEmpty())
        return std::nullopt;
    static const QRegularExpression xmpDates(
        QStringLiteral("(xmp:(?:CreateDate|ModifyDate)=\")[^\"]*\""));
    xmp = QString::fromUtf8(xmp)
              .replace(xmpDates, QStringLiteral("\\1%1\"").arg(QString::fromLatin1(created)))
              .toUtf8();

    QByteArray described = "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                           "rdf:about=\"\">\n";
    if (!metadata.author.isEmpty())
        described += "      <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(metadata.author) +
                     "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!metadata.languages.isEmpty()) {
        described += "      <dc:language><rdf:Bag>";
        for (const QString &language : metadata.languages)
            described += "<rdf:li>" + xmlEscaped(language) + "</rdf:li>";
        described += "</rdf:Bag></dc:language>\n";
    }
    described += "    </rdf:Description>\n  ";
    const qsizetype rdfEnd = xmp.lastIndexOf("</rdf:RDF>");
    if (rdfEnd < 0)
        return std::nullopt;
    xmp.insert(rdfEnd, described);

    // Offsets after each edit are kept by the editor; the stream's own start is found again.
    const QByteArray metadataText = editor.objectText(metadataObject);
    QByteArray content = metadataText.mid(metadataText.indexOf("stream\n") + 7);
    content = content.left(content.lastIndexOf("endstream"));
    const qsizetype oldStart = content.indexOf("<?xpacket begin");
    const qsizetype oldEnd = content.indexOf("?>", content.lastIndexOf("<?xpacket end")) + 2;
    content.replace(oldStart, oldEnd - oldStart, xmp);
    if (!editor.replaceStream(metadataObject, content))
        return std::nullopt;
    if (!metadata.author.isEmpty() &&
        !editor.insertIntoDictionary(info, "/Author " + pdfTextString(metadata.author)))
        return std::nullopt;
    if (!metadata.languages.isEmpty() &&
        !editor.insertIntoDictionary(root, "/Lang " + pdfTextString(metadata.languages.first())))
        return std::nullopt;
    return editor.result();
}

} // namespace sstc
