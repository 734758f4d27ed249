// The Debian package CPack builds from the install rules: its files, and dependencies that
// cover every library the executables link, the SQLite driver and a CJK font.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString appId = QStringLiteral("org.ilo.sstcdesk");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QString &folder = {})
{
    QProcess process;
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

private:
    QString field(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_package;
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
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
        QSKIP("readelf (binutils) not found");

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

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "tst_debianpackage.moc"
