#include "models/text/TextLineReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

namespace sstc {

namespace {
constexpr qint64 chunkBytes = 64 * 1024; // even, so that UTF-16 units never straddle two reads
const char gb18030Name[] = "GB18030";
} // namespace

TextLineReader::TextLineReader(QIODevice &device, TextEncoding encoding, qsizetype maxLineBytes)
    : m_device(device)
    , m_maxLineBytes(qMax<qsizetype>(2, maxLineBytes & ~qsizetype(1)))
    , m_chosen(encoding)
{
    skipByteOrderMark(encoding);
    m_guessed = m_chosen == TextEncoding::Automatic && m_start == 0;
    if (m_guessed)
        m_encoding = detect();
    if (m_encoding == TextEncoding::Gb18030 && !gb18030Available())
        m_error = tr("This computer's Qt cannot read GB18030 text: save the file as UTF-8 and "
                     "import it again.");
}

bool TextLineReader::gb18030Available()
{
    return QStringDecoder(gb18030Name).isValid();
}

QString TextLineReader::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Automatic:
        return tr("Automatic", "text encoding");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return tr("GB18030 (Chinese Windows)");
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

// A byte-order mark says the encoding for certain: it decides when the user left the choice
// to the program, and is skipped when it matches the user's choice.
void TextLineReader::skipByteOrderMark(TextEncoding chosen)
{
    const QByteArray head = m_device.peek(4);
    const bool automatic = chosen == TextEncoding::Automatic;
    m_encoding = automatic ? TextEncoding::Utf8 : chosen;
    if (head.startsWith("\xEF\xBB\xBF") && (automatic || chosen == TextEncoding::Utf8)) {
        m_encoding = TextEncoding::Utf8;
        m_start = 3;
    } else if ((head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) &&
               (automatic || chosen == TextEncoding::Utf16)) {
        m_encoding = TextEncoding::Utf16;
        m_bigEndian = head.startsWith("\xFE\xFF");
        m_start = 2;
    } else if (head.startsWith("\x84\x31\x95\x33") &&
               (automatic || chosen == TextEncoding::Gb18030)) {
        m_encoding = TextEncoding::Gb18030;
        m_start = 4;
    }
    m_device.read(m_start);
    m_start = m_device.pos();
}

// Without a mark: UTF-8 when every line is UTF-8 (ASCII is), else GB18030.
TextEncoding TextLineReader::detect()
{
    auto allLinesAre = [this](TextEncoding encoding) {
        QByteArray bytes;
        bool cut = false;
        QString text;
        bool valid = true;
        while (valid && nextRaw(bytes, cut))
            valid = decode(bytes, cut, encoding, text);
        m_device.seek(m_start);
        m_buffer.clear();
        m_position = 0;
        return valid;
    };
    // Not UTF-8: GB18030, whether or not every line is; if not, reading stops at the first
    // line that is not, and names it.
    return allLinesAre(TextEncoding::Utf8) || !gb18030Available() ? TextEncoding::Utf8
                                                                  : TextEncoding::Gb18030;
}

bool TextLineReader::fillBuffer()
{
    m_buffer = m_device.read(chunkBytes);
    if (m_encoding == TextEncoding::Utf16 && m_buffer.size() % 2 != 0)
        m_buffer += m_device.read(1);
    m_position = 0;
    return !m_buffer.isEmpty();
}

bool TextLineReader::nextRaw(QByteArray &bytes, bool &cut)
{
    bytes.clear();
    cut = false;
    const qsizetype unit = m_encoding == TextEncoding::Utf16 ? 2 : 1;
    const char newlineFirst = m_encoding == TextEncoding::Utf16 && m_bigEndian ? '\0' : '\n';
    const char newlineSecond = m_bigEndian ? '\n' : '\0';
    bool read = false;
    for (;;) {
        if (m_position >= m_buffer.size() && !fillBuffer())
            return read;
        read = true;
        qsizetype end = -1;
        if (unit == 1) {
            end = m_buffer.indexOf('\n', m_position);
        } else {
            for (qsizetype i = m_position; i + 1 < m_buffer.size(); i += 2) {
                if (m_buffer.at(i) == newlineFirst && m_buffer.at(i + 1) == newlineSecond) {
                    end = i;
                    break;
                }
            }
        }
        const qsizetype stop = end < 0 ? m_buffer.size() : end;
        qsizetype take = stop - m_position;
        if (take > m_maxLineBytes - bytes.size()) {
            take = m_maxLineBytes - bytes.size();
            cut = true;
        }
        bytes.append(m_buffer.constData() + m_position, take);
        if (end >= 0) {
            m_position = end + unit;
            return true;
        }
        m_position = m_buffer.size();
    }
}

// A whole line must decode to its last byte; a cut one may end inside a character.
bool TextLineReader::decode(const QByteArray &bytes, bool cut, TextEncoding encoding,
                            QString &text) const
{
    // UTF-8 and GB18030 both keep ASCII as it is: most lines need no decoder.
    if (encoding != TextEncoding::Utf16 &&
        std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; })) {
        text = QString::fromLatin1(bytes);
        return true;
    }
    QStringConverter::Flags flags = QStringConverter::Flag::ConvertInitialBom;
    if (!cut)
        flags |= QStringConverter::Flag::Stateless;
    QStringDecoder decoder = [&] {
        switch (encoding) {
        case TextEncoding::Gb18030:
            return QStringDecoder(gb18030Name, flags);
        case TextEncoding::Utf16:
            return QStringDecoder(
                m_bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE, flags);
        case TextEncoding::Automatic:
        case TextEncoding::Utf8:
            break;
        }
        return QStringDecoder(QStringConverter::Utf8, flags);
    }();
    text = decoder.decode(bytes);
    // Qt's UTF-16 decoder drops a last odd byte without an error.
    const bool halfUnit = encoding == TextEncoding::Utf16 && !cut && bytes.size() % 2 != 0;
    return decoder.isValid() && !decoder.hasError() && !halfUnit;
}

bool TextLineReader::next(Line &line)
{
    QByteArray bytes;
    bool cut = false;
    if (!m_error.isEmpty() || !nextRaw(bytes, cut))
        return false;
    line.number = ++m_lineNumber;
    line.cut = cut;
    if (!decode(bytes, cut, m_encoding, line.text)) {
        m_error = m_guessed
                      ? tr("Line %1: this is neither UTF-8 nor GB18030 text. Save the file as "
                           "UTF-8 (in Excel: CSV UTF-8) and import it again.")
                            .arg(line.number)
                      : tr("Line %1: this is not %2 text. Choose the file's encoding, or save "
                           "the file as UTF-8 and import it again.")
                            .arg(line.number)
                            .arg(displayName(m_encoding));
        line.text.clear();
        return false;
    }
    if (!cut && line.text.endsWith(QLatin1Char('\r')))
        line.text.chop(1);
    return true;
}

} // namespace sstc
