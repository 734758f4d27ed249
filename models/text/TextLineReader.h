#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace sstc {

// The encodings an imported text file may have. Chinese Excel saves CSV in GB18030 (GBK)
// by default; other programs write UTF-8, with or without a byte-order mark, or UTF-16 with one.
enum class TextEncoding
{
    Automatic, // a byte-order mark, else UTF-8 when every line is UTF-8, else GB18030
    Utf8,
    Gb18030,
    Utf16 // little- or big-endian by its byte-order mark; little-endian (Windows) without
};

// Reads a text file line by line, decoded, without holding the file: a line longer than the
// limit is cut there (the rest is skipped unread into memory) and marked cut, so that one
// 2 MB field cannot blow up memory. Bytes that are not text in the encoding are refused with
// the number of their line, never stored as replacement characters.
class TextLineReader
{
    Q_DECLARE_TR_FUNCTIONS(sstc::TextLineReader)

public:
    struct Line
    {
        QString text;     // without the line break
        int number = 0;   // from 1
        bool cut = false; // longer than the limit: text is its beginning
    };

    // `device` is open for reading and seekable: detection reads it once before the lines.
    TextLineReader(QIODevice &device, TextEncoding encoding, qsizetype maxLineBytes);

    // The encoding the lines are read in (never Automatic).
    TextEncoding encoding() const { return m_encoding; }
    // The next line; false at the end, or at a line that does not decode (error() says which).
    bool next(Line &line);
    // "Line 7: …" when a line did not decode, else empty.
    QString error() const { return m_error; }

    // Whether this Qt can decode GB18030 (it does through ICU).
    static bool gb18030Available();
    // The name shown to users, "GB18030 (Chinese Windows)".
    static QString displayName(TextEncoding encoding);

private:
    class Decoder;

    void skipByteOrderMark(TextEncoding chosen);
    TextEncoding detect();
    bool nextRaw(QByteArray &bytes, bool &cut);
    bool fillBuffer();
    bool decode(const QByteArray &bytes, bool cut, TextEncoding encoding, QString &text) const;

    QIODevice &m_device;
    qint64 m_start = 0; // after the byte-order mark
    qsizetype m_maxLineBytes;
    TextEncoding m_chosen;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bigEndian = false;
    bool m_guessed = false; // detected from the bytes, without a byte-order mark
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_lineNumber = 0;
    QString m_error;
};

} // namespace sstc
