// The zh_CN translation is complete and consistent with the sources and the glossary.
//
// - every string the real lupdate finds in models/, ui/ and app/ has a finished, non-empty
//   translation in the committed translations/sstc_zh_CN.ts;
// - the committed file holds no unfinished, vanished or obsolete entry;
// - each translation keeps the placeholders (%1, %n, …), the HTML tags and the mnemonic of its
//   source; Chinese has one plural form, English (sstc_en.ts) two;
// - where a source uses a glossary term marked "enforced", the translation uses its Chinese term
//   and none of the forms its note rules out ("never 工作坊"); the same for the sample portfolio's
//   English and Chinese texts (resources/sample/portfolio.json);
// - a "historical" term's Chinese appears only where the English names it (劳动和社会保障部 only
//   for the 2001 MOU's ministry);
// - a number placeholder is set off from Chinese by a space ("%n 个项目", "第 %1 行").

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: empty when finished
    QStringList translations; // one text, or the numerus forms

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    bool finished() const
    {
        return type.isEmpty() && !translations.isEmpty() &&
               std::none_of(translations.cbegin(), translations.cend(),
                            [](const QString &text) { return text.trimmed().isEmpty(); });
    }
    QString describe() const
    {
        QString text = source;
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        if (text.size() > 100)
            text = text.left(97) + QLatin1String("...");
        QString out = QStringLiteral("  [%1] \"%2\"").arg(context, text);
        if (!comment.isEmpty())
            out += QStringLiteral(" (%1)").arg(comment);
        return out;
    }
};

struct TsFile
{
    QString path;
    QString error;
    QList<Message> messages;
};

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context"))
            context.clear();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ts.messages << readMessage(xml, context);
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1 … %99, %L1, %n, %Ln: sorted, without repetitions.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("<[^<>]+>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString withoutEntitiesAndDoubledAmpersands(QString text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    text.remove(entity);
    text.remove(QLatin1String("&&"));
    return text;
}

// The letters marked as mnemonics with "&", upper case: "&Open Portfolio…" -> "O".
QStringList mnemonics(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&([^\\s&])"));
    QStringList found;
    for (auto it = pattern.globalMatch(withoutEntitiesAndDoubledAmpersands(text)); it.hasNext();)
        found << it.next().captured(1).toUpper();
    return found;
}

// The text a reader sees: no tags, no mnemonic markers.
QString plainSource(const QString &source)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]+>"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^\\s&])"));
    QString text = source;
    text.replace(tag, QStringLiteral(" "));
    text.replace(QLatin1String("&&"), QStringLiteral("\x1f"));
    text.remove(mnemonic);
    text.replace(QChar(0x1f), QLatin1Char('&'));
    return text;
}

struct GlossaryTerm
{
    int line = 0;
    QString english;
    QString chinese;
    QString note;
    bool enforced = false;
    bool historical = false;   // "enforced; historical: …": its Chinese only where the English says it
    QStringList forbidden;     // "never 工作坊" in the note: forms a translation must not use
    QRegularExpression pattern;
};

// A whole-word, case-insensitive match of the term, or of its plural ("projects", "project(s)",
// "beneficiaries"); "portfolio's" matches "portfolio".
QRegularExpression termPattern(const QString &english)
{
    QString stem = QRegularExpression::escape(english);
    QString plural = QStringLiteral("(?:s|es|\\(s\\))?");
    if (english.endsWith(QLatin1Char('y')) && english.size() > 2 &&
        !QStringLiteral("aeiou").contains(english.at(english.size() - 2).toLower())) {
        stem = QRegularExpression::escape(english.left(english.size() - 1));
        plural = QStringLiteral("(?:y|ies|y\\(ies\\))");
    }
    return QRegularExpression(
        QStringLiteral("(?<![\\w])") + stem + plural + QStringLiteral("(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The Chinese words a note rules out: "never 起息日, the bankers' term" -> 起息日.
QStringList forbiddenForms(const QString &note)
{
    static const QRegularExpression pattern(QStringLiteral("never\\s+([\\x{3400}-\\x{9fff}]+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(note); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// What a pair of texts breaks of the glossary: an enforced term of the English whose Chinese is
// missing, or a form its note rules out. A term inside a longer matched term gives way to it
// ("ACTRAV" inside "ACTRAV Turin", "participants" inside "government participants").
QStringList glossaryBreaches(const QList<GlossaryTerm> &glossary, const QString &english,
                             const QString &chinese)
{
    struct Match
    {
        const GlossaryTerm *term;
        qsizetype start;
        qsizetype end;
    };
    QList<Match> matches;
    for (const GlossaryTerm &term : glossary) {
        if (!term.enforced)
            continue;
        for (auto it = term.pattern.globalMatch(english); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            matches.append({&term, match.capturedStart(), match.capturedEnd()});
        }
    }
    const auto inLonger = [&matches](const Match &inner) {
        return std::any_of(matches.cbegin(), matches.cend(), [&inner](const Match &outer) {
            return outer.start <= inner.start && inner.end <= outer.end &&
                   outer.end - outer.start > inner.end - inner.start;
        });
    };
    QStringList breaches;
    QSet<int> reported;
    for (const Match &match : matches) {
        const GlossaryTerm &term = *match.term;
        if (reported.contains(term.line))
            continue;
        // Each term needs one occurrence of its own, outside a longer term.
        const bool ownUse = std::any_of(matches.cbegin(), matches.cend(), [&](const Match &other) {
            return other.term == match.term && !inLonger(other);
        });
        if (ownUse && !chinese.contains(term.chinese)) {
            breaches << QStringLiteral("\"%1\" (glossary line %2) should be %3")
                            .arg(term.english)
                            .arg(term.line)
                            .arg(term.chinese);
            reported.insert(term.line);
        }
        for (const QString &form : term.forbidden)
            if (chinese.contains(form) && !reported.contains(term.line)) {
                breaches << QStringLiteral("\"%1\" (glossary line %2) is %3, never %4")
                                .arg(term.english)
                                .arg(term.line)
                                .arg(term.chinese, form);
                reported.insert(term.line);
            }
    }
    for (const GlossaryTerm &term : glossary)
        if (term.historical && chinese.contains(term.chinese) && !term.pattern.match(english).hasMatch())
            breaches << QStringLiteral("%1 (glossary line %2) is a historical name: only where "
                                       "the English says \"%3\"")
                            .arg(term.chinese)
                            .arg(term.line)
                            .arg(term.english);
    return breaches;
}

// The sample portfolio's texts as (where, English, Chinese): every object with "en" and "zh".
struct SampleText
{
    QString where;
    QString english;
    QString chinese;
};

void collectSampleTexts(const QJsonValue &value, const QString &where, QList<SampleText> &texts)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index)
            collectSampleTexts(array.at(index), QStringLiteral("%1[%2]").arg(where).arg(index),
                               texts);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("en")) && object.contains(QLatin1String("zh"))) {
        texts.append({where, object.value(QLatin1String("en")).toString(),
                      object.value(QLatin1String("zh")).toString()});
        return;
    }
    const QString key = object.value(QLatin1String("key")).toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collectSampleTexts(it.value(),
                           where + (key.isEmpty() ? QString() : QStringLiteral("(%1)").arg(key)) +
                               QLatin1Char('/') + it.key(),
                           texts);
}

QString joined(const QStringList &lines, int limit = 60)
{
    QStringList shown = lines.mid(0, limit);
    if (lines.size() > limit)
        shown << QStringLiteral("  … and %1 more").arg(lines.size() - limit);
    return shown.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringIsTranslated();
    void noUnfinishedVanishedOrObsoleteEntries();
    void placeholdersAreKept();
    void markupAndMnemonicsAreKept();
    void pluralForms();
    void glossaryIsWellFormed();
    void glossaryTermsAreUsed();
    void sampleDataUsesTheGlossary();
    void numbersAreSpacedFromChinese();

private:
    QString m_sourceDir = QStringLiteral(SSTC_SOURCE_DIR);
    TsFile m_chinese;
    TsFile m_english;
    QList<GlossaryTerm> m_glossary;
    QString m_glossaryError;
};

void TestTranslations::initTestCase()
{
    m_chinese = readTs(m_sourceDir + QStringLiteral("/translations/sstc_zh_CN.ts"));
    QVERIFY2(m_chinese.error.isEmpty(), qPrintable(m_chinese.error));
    QVERIFY2(!m_chinese.messages.isEmpty(), "sstc_zh_CN.ts holds no message");
    m_english = readTs(m_sourceDir + QStringLiteral("/translations/sstc_en.ts"));
    QVERIFY2(m_english.error.isEmpty(), qPrintable(m_english.error));

    QFile glossary(m_sourceDir + QStringLiteral("/translations/glossary.tsv"));
    if (!glossary.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_glossaryError =
            QStringLiteral("cannot read %1: %2").arg(glossary.fileName(), glossary.errorString());
        return;
    }
    QTextStream in(&glossary);
    in.setEncoding(QStringConverter::Utf8);
    QStringList problems;
    const QString header = in.readLine();
    if (header != QLatin1String("english\tchinese\tnote"))
        problems << QStringLiteral(
                        "line 1: the header must be \"english<TAB>chinese<TAB>note\", not \"%1\"")
                        .arg(header);
    int line = 1;
    while (!in.atEnd()) {
        ++line;
        const QString text = in.readLine();
        if (text.trimmed().isEmpty())
            continue;
        const QStringList fields = text.split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields.size() > 3) {
            problems << QStringLiteral("line %1: expected 2 or 3 tab-separated fields, found %2")
                            .arg(line)
                            .arg(fields.size());
            continue;
        }
        GlossaryTerm term;
        term.line = line;
        term.english = fields.at(0).trimmed();
        term.chinese = fields.at(1).trimmed();
        term.note = fields.size() > 2 ? fields.at(2).trimmed() : QString();
        // "enforced" opens the note; "not enforced: …" is only a remark.
        term.enforced = term.note.startsWith(QLatin1String("enforced"));
        term.historical = term.note.startsWith(QLatin1String("enforced; historical"));
        term.forbidden = forbiddenForms(term.note);
        term.pattern = termPattern(term.english);
        if (term.english.isEmpty() || term.chinese.isEmpty())
            problems << QStringLiteral("line %1: empty term").arg(line);
        else if (!term.pattern.isValid())
            problems << QStringLiteral("line %1: %2").arg(line).arg(term.pattern.errorString());
        m_glossary << term;
    }
    m_glossaryError = problems.join(QLatin1Char('\n'));
}

// (a) The real lupdate, over the real sources, finds nothing the committed file lacks.
void TestTranslations::everySourceStringIsTranslated()
{
    QTemporaryDir folder;
    QVERIFY2(folder.isValid(), qPrintable(folder.errorString()));
    const QString scanned = folder.filePath(QStringLiteral("scan_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = {
        m_sourceDir + QStringLiteral("/models"), m_sourceDir + QStringLiteral("/ui"),
        m_sourceDir + QStringLiteral("/app"),
        // Includes name their layer from the top of the tree;
        // lupdate follows them to find the classes' namespaces.
        QStringLiteral("-I"), m_sourceDir, QStringLiteral("-extensions"),
        QStringLiteral("cpp,h,ui"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-target-language"), QStringLiteral("zh_CN"),
        QStringLiteral("-ts"), scanned};
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForStarted(),
             qPrintable(QStringLiteral("cannot start %1: %2")
                            .arg(QStringLiteral(LUPDATE_PATH), lupdate.errorString())));
    QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(
        lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(QStringLiteral("lupdate failed (%1):\n%2").arg(lupdate.exitCode()).arg(output)));

    const TsFile found = readTs(scanned);
    QVERIFY2(found.error.isEmpty(), qPrintable(found.error + QLatin1Char('\n') + output));
    QVERIFY2(found.messages.size() >= 20,
             qPrintable(QStringLiteral("lupdate found only %1 strings; is the scan broken?\n%2")
                            .arg(found.messages.size())
                            .arg(output)));

    QHash<QString, Message> committed;
    for (const Message &message : m_chinese.messages)
        committed.insert(message.key(), message);
    QStringList missing;
    QStringList unfinished;
    QSet<QString> current;
    for (const Message &message : found.messages) {
        current.insert(message.key());
        const auto it = committed.constFind(message.key());
        if (it == committed.constEnd())
            missing << message.describe();
        else if (!it->finished())
            unfinished << message.describe();
    }
    // Entries of sources that changed: harmless, dropped by the next update_translations.
    QStringList stale;
    for (const Message &message : m_chinese.messages)
        if (!current.contains(message.key()))
            stale << message.describe();
    if (!stale.isEmpty())
        qWarning("%s",
                 qPrintable(QStringLiteral("%1 entries of sstc_zh_CN.ts are no longer in the "
                                           "sources (run the update_translations target):\n%2")
                                .arg(stale.size())
                                .arg(joined(stale))));

    QStringList report;
    if (!missing.isEmpty())
        report << QStringLiteral("%1 strings of the sources are not in translations/sstc_zh_CN.ts "
                                 "(run the update_translations target, then translate them):\n%2")
                      .arg(missing.size())
                      .arg(joined(missing));
    if (!unfinished.isEmpty())
        report << QStringLiteral(
                      "%1 strings of the sources have no finished Chinese translation:\n%2")
                      .arg(unfinished.size())
                      .arg(joined(unfinished));
    QVERIFY2(report.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
}

// (b) Nothing left unfinished, nothing kept from a vanished source.
void TestTranslations::noUnfinishedVanishedOrObsoleteEntries()
{
    QStringList problems;
    for (const Message &message : m_chinese.messages) {
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1 [type=\"%2\"]").arg(message.describe(), message.type);
        else if (!message.finished())
            problems << QStringLiteral("%1 [empty translation]").arg(message.describe());
    }
    for (const Message &message : m_english.messages)
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems << QStringLiteral("sstc_en.ts: %1 [type=\"%2\"]")
                            .arg(message.describe(), message.type);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries are not finished translations:\n%2")
                            .arg(problems.size())
                            .arg(joined(problems))));
}

// (c) The same placeholders as the source, in every form.
void TestTranslations::placeholdersAreKept()
{
    QStringList problems;
    const auto check = [&problems](const QString &file, const Message &message) {
        if (!message.finished())
            return;
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QStringList actual = placeholders(translation);
            if (actual != expected)
                problems << QStringLiteral("%1:%2\n      has %3 instead of %4: \"%5\"")
                                .arg(file, message.describe(), actual.join(QLatin1Char(' ')),
                                     expected.join(QLatin1Char(' ')), translation);
        }
    };
    for (const Message &message : m_chinese.messages)
        check(QStringLiteral("sstc_zh_CN.ts"), message);
    for (const Message &message : m_english.messages)
        check(QStringLiteral("sstc_en.ts"), message);
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

// HTML tags kept as they are; a menu mnemonic kept, on the same letter ("文件(&F)").
void TestTranslations::markupAndMnemonicsAreKept()
{
    QStringList problems;
    for (const Message &message : m_chinese.messages) {
        if (!message.finished())
            continue;
        for (const QString &translation : message.translations) {
            if (tags(translation) != tags(message.source))
                problems << QStringLiteral("%1\n      HTML tags differ: \"%2\"")
                                .arg(message.describe(), translation);
            if (mnemonics(translation) != mnemonics(message.source))
                problems << QStringLiteral("%1\n      mnemonic %2 instead of %3: \"%4\"")
                                .arg(message.describe(),
                                     mnemonics(translation).join(QLatin1Char(',')),
                                     mnemonics(message.source).join(QLatin1Char(',')), translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

// Chinese has a single plural form; English (sstc_en.ts) has two: "1 project", "2 projects".
void TestTranslations::pluralForms()
{
    QStringList problems;
    for (const Message &message : m_chinese.messages)
        if (message.numerus && message.translations.size() != 1)
            problems << QStringLiteral("sstc_zh_CN.ts:%1\n      %2 forms instead of 1")
                            .arg(message.describe())
                            .arg(message.translations.size());
    int englishPlurals = 0;
    for (const Message &message : m_english.messages) {
        if (!message.numerus)
            continue;
        ++englishPlurals;
        if (!message.finished() || message.translations.size() != 2)
            problems << QStringLiteral(
                            "sstc_en.ts:%1\n      needs a finished singular and plural form")
                            .arg(message.describe());
        else if (message.translations.at(0) == message.translations.at(1))
            problems << QStringLiteral("sstc_en.ts:%1\n      singular and plural are the same")
                            .arg(message.describe());
    }
    int chinesePlurals = 0;
    for (const Message &message : m_chinese.messages)
        chinesePlurals += message.numerus ? 1 : 0;
    if (englishPlurals != chinesePlurals)
        problems << QStringLiteral("sstc_en.ts has %1 plural messages, sstc_zh_CN.ts %2: run "
                                   "update_translations")
                        .arg(englishPlurals)
                        .arg(chinesePlurals);
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

void TestTranslations::glossaryIsWellFormed()
{
    QVERIFY2(m_glossaryError.isEmpty(), qPrintable(m_glossaryError));
    QVERIFY2(!m_glossary.isEmpty(), "the glossary is empty");
    QStringList problems;
    QHash<QString, int> seen;
    int enforced = 0;
    for (const GlossaryTerm &term : m_glossary) {
        const QString english = term.english.toLower();
        if (seen.contains(english))
            problems << QStringLiteral("line %1: \"%2\" is already on line %3")
                            .arg(term.line)
                            .arg(term.english)
                            .arg(seen.value(english));
        seen.insert(english, term.line);
        enforced += term.enforced ? 1 : 0;
    }
    if (enforced == 0)
        problems << QStringLiteral("no glossary term is marked \"enforced\"");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// (d) Where a source uses an enforced glossary term, its translation uses the Chinese term.
void TestTranslations::glossaryTermsAreUsed()
{
    QVERIFY2(m_glossaryError.isEmpty(), qPrintable(m_glossaryError));
    QStringList problems;
    for (const Message &message : m_chinese.messages) {
        if (!message.finished())
            continue;
        const QString source = plainSource(message.source);
        for (const QString &translation : message.translations)
            for (const QString &breach : glossaryBreaches(m_glossary, source, translation))
                problems << QStringLiteral("%1\n      %2 in \"%3\"")
                                .arg(message.describe(), breach, translation);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 translations do not use the glossary "
                                       "(translations/glossary.tsv):\n%2")
                            .arg(problems.size())
                            .arg(joined(problems))));
}

// (e) The sample portfolio speaks the interface's terms: the same glossary, on its en/zh texts.
void TestTranslations::sampleDataUsesTheGlossary()
{
    QVERIFY2(m_glossaryError.isEmpty(), qPrintable(m_glossaryError));
    QFile file(m_sourceDir + QStringLiteral("/resources/sample/portfolio.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    QList<SampleText> texts;
    collectSampleTexts(document.object(), QString(), texts);
    QVERIFY2(texts.size() > 50, "the sample's texts were not found");
    QStringList problems;
    for (const SampleText &text : texts)
        for (const QString &breach : glossaryBreaches(m_glossary, text.english, text.chinese))
            problems << QStringLiteral("  %1\n      %2 in \"%3\"").arg(text.where, breach, text.chinese);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts of the sample portfolio do not use the glossary:\n%2")
                            .arg(problems.size())
                            .arg(joined(problems))));
}

// (f) translations/README.md: a placeholder that is always a number (%n, and the line or row of
// 第 %1 行) has a space between it and Chinese, as Latin words and codes do.
void TestTranslations::numbersAreSpacedFromChinese()
{
    static const QRegularExpression cramped(QStringLiteral(
        "[\\x{3400}-\\x{9fff}]%L?n|%L?n[\\x{3400}-\\x{9fff}]|第%L?[1-9]|第 %L?[1-9][\\x{3400}-\\x{9fff}]"));
    QStringList problems;
    for (const Message &message : m_chinese.messages)
        for (const QString &translation : message.translations)
            if (cramped.match(translation).hasMatch())
                problems << QStringLiteral("%1\n      \"%2\"").arg(message.describe(), translation);
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
