// The Debian package CPack builds from the install rules: its files, the copyright file,
// changelog and manual pages Debian expects, dependencies that cover every library the
// executables link, the SQLite driver and a CJK font, and lintian's verdict on the whole.
#include "tests/packaging/ChangelogReleases.h"
#include "tests/support/ExternalTools.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

namespace {

const QString appId = QStringLiteral("org.ilo.sstcdesk");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QString &folder = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {-1, QStringLiteral("did not finish: %1").arg(process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// "libqt6core6 (>= 6.4.2), fonts-noto-cjk" → {libqt6core6, fonts-noto-cjk}; alternatives too.
QSet<QString> packageNames(const QString &relations)
{
    QSet<QString> names;
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (const QString &relation : relations.split(separator, Qt::SkipEmptyParts)) {
        const QString name = relation.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names.insert(name.section(QLatin1Char(':'), 0, 0));
    }
    return names;
}

// The text of a gzip-compressed file (a manual page, the changelog), by Debian's gzip.
QString gunzipped(const QString &path)
{
    const Run gzip = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    return gzip.exitCode == 0 ? gzip.output : QString();
}

// roff's way of writing "--database": each hyphen escaped, as help2man writes options.
QString roff(QString text)
{
    return text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

} // namespace

class TestDebianPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsInstalledFiles();
    void dependsOnQtSqliteAndFont();
    void dependenciesCoverLinkedLibraries_data();
    void dependenciesCoverLinkedLibraries();
    void copyrightNamesTheLicences();
    void changelogIsTheProjectChangelog();
    void manualPagesSayWhatTheProgramsSay_data();
    void manualPagesSayWhatTheProgramsSay();
    void lintianFindsNoErrorOrWarning();

private:
    QString field(const QString &name) const;
    QString unpacked(const QString &path) const { return m_root + QLatin1Char('/') + path; }

    QTemporaryDir m_dir;
    QString m_package;
    QString m_root;
    QStringList m_contents;
};

void TestDebianPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty(),
             "dpkg-deb not found");
    // From the tree already built: cpack only installs into its own staging folder and packs.
    const Run cpack =
        run(QStringLiteral(SSTC_CPACK_COMMAND),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path()},
            QStringLiteral(SSTC_BINARY_DIR));
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_package = m_dir.filePath(debs.constFirst());
    QVERIFY2(debs.constFirst().startsWith(
                 QStringLiteral("sstc-desk_%1").arg(QStringLiteral(SSTC_VERSION))),
             qPrintable(debs.constFirst()));

    const Run listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_package});
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.output));
    // "-rwxr-xr-x root/root 123 2026-11-22 10:00 ./usr/bin/sstc-desk" → "usr/bin/sstc-desk"
    for (const QString &line : listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString path = line.section(QLatin1Char(' '), -1);
        if (!path.endsWith(QLatin1Char('/')))
            m_contents << path.mid(path.startsWith(QStringLiteral("./")) ? 2 : 0);
    }

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_package, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.output));
}

QString TestDebianPackage::field(const QString &name) const
{
    const Run value = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_package, name});
    return value.exitCode == 0 ? value.output.trimmed() : QString();
}

void TestDebianPackage::listsInstalledFiles()
{
    QStringList expected{
        QStringLiteral("usr/bin/sstc-desk"),
        QStringLiteral("usr/bin/sstc"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(appId),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("usr/share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("usr/share/doc/sstc-desk/copyright"),
        QStringLiteral("usr/share/doc/sstc-desk/changelog.gz"),
        QStringLiteral("usr/share/man/man1/sstc-desk.1.gz"),
        QStringLiteral("usr/share/man/man1/sstc.1.gz"),
        QStringLiteral("usr/share/man/zh_CN/man1/sstc-desk.1.gz"),
        QStringLiteral("usr/share/man/zh_CN/man1/sstc.1.gz"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected
            << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    QStringList contents = m_contents;
    contents.sort();
    expected.sort();
    QCOMPARE(contents, expected);
}

void TestDebianPackage::dependsOnQtSqliteAndFont()
{
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("sstc-desk"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(SSTC_VERSION));
    const QSet<QString> depends = packageNames(field(QStringLiteral("Depends")));
    for (const char *needed :
         {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6", "libqt6sql6-sqlite",
          "libqt6charts6", "libqt6svg6", "libqt6network6", "fonts-noto-cjk"})
        QVERIFY2(depends.contains(QLatin1String(needed)), needed);
}

void TestDebianPackage::dependenciesCoverLinkedLibraries_data()
{
    QTest::addColumn<QString>("executable");
    QTest::newRow("sstc-desk") << QStringLiteral(SSTC_DESK_PATH);
    QTest::newRow("sstc") << QStringLiteral(SSTC_CLI_PATH);
}

// Every library an executable names (ELF NEEDED) comes from a package in Depends, or from a
// package one of those depends on, as dpkg-shlibdeps would require.
void TestDebianPackage::dependenciesCoverLinkedLibraries()
{
    QFETCH(QString, executable);
    SSTC_REQUIRE_TOOL("readelf", "binutils");

    const QSet<QString> depends = packageNames(field(QStringLiteral("Depends")));
    QSet<QString> covered = depends;
    for (const QString &package : depends) {
        const Run theirs = run(QStringLiteral("dpkg-query"),
                               {QStringLiteral("-W"), QStringLiteral("-f=${Depends}\n"), package});
        QVERIFY2(theirs.exitCode == 0,
                 qPrintable(package + QStringLiteral(" is not installed here")));
        covered.unite(packageNames(theirs.output));
    }

    const Run dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), executable});
    QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.output));
    static const QRegularExpression needed(
        QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    int libraries = 0;
    for (auto match = needed.globalMatch(dynamic.output); match.hasNext(); ++libraries) {
        const QString library = match.next().captured(1);
        const Run owner = run(QStringLiteral("dpkg-query"),
                              {QStringLiteral("-S"), QStringLiteral("*/") + library});
        QVERIFY2(owner.exitCode == 0, qPrintable(library + QStringLiteral(": ") + owner.output));
        // "libqt6core6:amd64: /usr/lib/x86_64-linux-gnu/libQt6Core.so.6", a line per path
        QSet<QString> owners;
        for (const QString &line : owner.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QStringLiteral(": /")) &&
                !line.startsWith(QStringLiteral("diversion")))
                owners.unite(packageNames(line.section(QStringLiteral(": "), 0, 0)));
        }
        QVERIFY2(owners.intersects(covered),
                 qPrintable(library + QStringLiteral(" comes from ") + owner.output));
    }
    QVERIFY(libraries >= 3);
}

// Debian's machine-readable format: the project under Apache-2.0, and every licence a "Files:"
// paragraph names spelled out in a paragraph of its own.
void TestDebianPackage::copyrightNamesTheLicences()
{
    QFile file(unpacked(QStringLiteral("usr/share/doc/sstc-desk/copyright")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList paragraphs =
        text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QVERIFY(paragraphs.size() >= 3);
    QVERIFY(paragraphs.constFirst().startsWith(QStringLiteral(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));

    static const QRegularExpression fieldLine(QStringLiteral("^(\\w[\\w-]*): ?(.*)$"),
                                              QRegularExpression::MultilineOption);
    QStringList used;
    QStringList spelledOut;
    bool projectUnderApache = false;
    for (const QString &paragraph : paragraphs) {
        QMap<QString, QString> fields;
        for (auto match = fieldLine.globalMatch(paragraph); match.hasNext();) {
            const auto found = match.next();
            fields.insert(found.captured(1), found.captured(2).trimmed());
        }
        const QString licence = fields.value(QStringLiteral("License"));
        if (fields.contains(QStringLiteral("Files"))) {
            QVERIFY2(!licence.isEmpty() && fields.contains(QStringLiteral("Copyright")),
                     qPrintable(paragraph));
            used << licence;
            if (fields.value(QStringLiteral("Files")) == QStringLiteral("*")) {
                projectUnderApache = licence == QStringLiteral("Apache-2.0") &&
                                     fields.value(QStringLiteral("Copyright")) ==
                                         QStringLiteral("2026 SSTC Desk contributors");
            }
        } else if (!licence.isEmpty()) {
            // A stand-alone licence paragraph: the name, then its text on continuation lines.
            QVERIFY2(paragraph.count(QLatin1Char('\n')) >= 3, qPrintable(paragraph));
            spelledOut << licence;
        }
    }
    QVERIFY(projectUnderApache);
    for (const QString &licence : std::as_const(used))
        QVERIFY2(spelledOut.contains(licence), qPrintable(licence));
    QVERIFY(text.contains(QStringLiteral("/usr/share/common-licenses/Apache-2.0")));

    // The licence file at the top of the sources is the licence's own text.
    QFile apache(QStringLiteral("/usr/share/common-licenses/Apache-2.0"));
    QFile license(QStringLiteral(SSTC_SOURCE_DIR "/LICENSE"));
    QVERIFY(apache.open(QIODevice::ReadOnly));
    QVERIFY(license.open(QIODevice::ReadOnly));
    QCOMPARE(license.readAll(), apache.readAll());
}

// A native package's changelog.gz in Debian's format, one entry per release of CHANGELOG.md,
// the newest being this version; compressed without a time stamp (the same sources give the
// same package).
void TestDebianPackage::changelogIsTheProjectChangelog()
{
    const QString path = unpacked(QStringLiteral("usr/share/doc/sstc-desk/changelog.gz"));
    QFile compressed(path);
    QVERIFY(compressed.open(QIODevice::ReadOnly));
    const QByteArray header = compressed.read(8);
    QCOMPARE(header.left(2), QByteArray("\x1f\x8b"));
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));

    const QString text = gunzipped(path);
    static const QRegularExpression entry(
        QStringLiteral("^sstc-desk \\(([^)]+)\\) [a-z-]+; urgency=\\w+$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression trailer(
        QStringLiteral("^ -- .+ <.+@.+>  \\w{3}, (\\d{2}) (\\w{3}) (\\d{4}) \\d{2}:\\d{2}:\\d{2} "
                       "[+-]\\d{4}$"),
        QRegularExpression::MultilineOption);
    QList<ChangelogRelease> found;
    QStringList dates;
    for (auto match = entry.globalMatch(text); match.hasNext();)
        found.append({match.next().captured(1), QString()});
    for (auto match = trailer.globalMatch(text); match.hasNext();) {
        const auto date = match.next();
        dates << QDate::fromString(date.captured(1) + date.captured(2) + date.captured(3),
                                   QStringLiteral("ddMMMyyyy"))
                     .toString(Qt::ISODate);
    }
    QCOMPARE(dates.size(), found.size());
    for (int i = 0; i < found.size(); ++i)
        found[i].date = dates.at(i);

    const QList<ChangelogRelease> expected =
        changelogReleases(QStringLiteral(SSTC_SOURCE_DIR "/CHANGELOG.md"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
    QCOMPARE(found.constFirst().version, QStringLiteral(SSTC_VERSION));
    // Every change of the newest release, as a "  * " item.
    QVERIFY(text.section(QStringLiteral("\n -- "), 0, 0).count(QStringLiteral("\n  * ")) >= 1);
}

void TestDebianPackage::manualPagesSayWhatTheProgramsSay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("sections");
    const QStringList english{QStringLiteral("NAME"), QStringLiteral("SYNOPSIS"),
                              QStringLiteral("DESCRIPTION"), QStringLiteral("OPTIONS"),
                              QStringLiteral("\"SEE ALSO\"")};
    const QStringList chinese{QStringLiteral("名称"), QStringLiteral("摘要"),
                              QStringLiteral("描述"), QStringLiteral("选项"),
                              QStringLiteral("参见")};
    for (const auto &[program, executable] :
         {std::pair{QStringLiteral("sstc-desk"), QStringLiteral(SSTC_DESK_PATH)},
          std::pair{QStringLiteral("sstc"), QStringLiteral(SSTC_CLI_PATH)}}) {
        QTest::addRow("%s en", qPrintable(program))
            << program << executable << QStringLiteral("C.UTF-8")
            << QStringLiteral("usr/share/man/man1/%1.1.gz").arg(program) << english;
        QTest::addRow("%s zh_CN", qPrintable(program))
            << program << executable << QStringLiteral("zh_CN.UTF-8")
            << QStringLiteral("usr/share/man/zh_CN/man1/%1.1.gz").arg(program) << chinese;
    }
}

// Each page is the program's own --help in its language: its description and every option,
// under the section names of that language, and the version the program reports.
void TestDebianPackage::manualPagesSayWhatTheProgramsSay()
{
    QFETCH(QString, program);
    QFETCH(QString, executable);
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QStringList, sections);

    const QString text = gunzipped(unpacked(page));
    QVERIFY2(!text.isEmpty(), qPrintable(page));
    QVERIFY2(text.contains(QStringLiteral(".TH %1 \"1\"").arg(program.toUpper())),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("\"sstc-desk %1\"").arg(QStringLiteral(SSTC_VERSION))));
    for (const QString &section : sections)
        QVERIFY2(text.contains(QStringLiteral("\n.SH %1\n").arg(section)), qPrintable(section));
    QVERIFY(text.contains(QStringLiteral("\n%1 \\- ").arg(program)));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), language);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    const Run help = run(executable, {QStringLiteral("--help")}, {}, environment);
    QCOMPARE(help.exitCode, 0);
    const QStringList lines = help.output.split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 3);
    // The line after "Usage:" describes the program.
    // help2man sets option names in bold (\fB\-\-database\fR): compared without the fonts.
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BIRP]|\\\\[,/]"));
    QVERIFY2(QString(text).remove(fonts).contains(roff(lines.at(1).trimmed())),
             qPrintable(lines.at(1)));
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[\\w-]+)"),
                                           QRegularExpression::MultilineOption);
    int options = 0;
    for (auto match = option.globalMatch(help.output); match.hasNext(); ++options) {
        const QString name = match.next().captured(1);
        QVERIFY2(text.contains(QStringLiteral("\\fB%1\\fR").arg(roff(name))), qPrintable(name));
    }
    QVERIFY(options >= 4);
}

// Debian's own package checker, as a Debian developer runs it: no error and no warning.
// (Informational tags, shown with the output, do not fail the test.)
void TestDebianPackage::lintianFindsNoErrorOrWarning()
{
    const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
    QVERIFY2(!lintian.isEmpty(),
             "lintian not found (package lintian: bash scripts/install-deps.sh test)");
    const Run check = run(lintian,
                          {QStringLiteral("--fail-on"), QStringLiteral("error,warning"),
                           QStringLiteral("--display-info"), m_package},
                          m_dir.path());
    static const QRegularExpression problem(QStringLiteral("^[EW]: "),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(check.exitCode == 0 && !check.output.contains(problem), qPrintable(check.output));
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "tst_debianpackage.moc"
