// What `cmake --install` puts on the machine: the executables, the menu entry, the icons, the
// AppStream metainfo and the portfolio file type, each checked by the tool a desktop uses
// (desktop-file-validate, appstreamcli, update-mime-database) and by Qt's MIME database; and
// the copyright file, changelog and manual pages (tst_debianpackage reads those).
#include "models/store/PortfolioStore.h"
#include "tests/packaging/ChangelogReleases.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;

namespace {

const QString appId = QStringLiteral("org.ilo.sstcdesk");
const QString portfolioType = QStringLiteral("application/x-sstc-portfolio");
const QList<int> iconSizes{16, 22, 24, 32, 48, 64, 128, 256};

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("did not finish: %1").arg(process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// The tools come from Debian packages that scripts/install-deps.sh installs for the tests.
QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace

class TestInstallTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsExpectedFiles();
    void desktopEntryIsValid();
    void desktopEntryNamesAndOpens();
    void metainfoIsValid();
    void iconsHaveTheirSizes();
    void mimeTypeRecognisesPortfolios();

private:
    QString installed(const QString &relative) const
    {
        return m_prefix + QLatin1Char('/') + relative;
    }

    QTemporaryDir m_dir;
    QString m_prefix;
};

void TestInstallTree::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(QStringLiteral("usr"));
    const Run install = run(QStringLiteral(SSTC_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(SSTC_BINARY_DIR),
                             QStringLiteral("--prefix"), m_prefix});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstallTree::holdsExpectedFiles()
{
    QStringList expected{
        QStringLiteral("bin/sstc-desk"),
        QStringLiteral("bin/sstc"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/doc/sstc-desk/copyright"),
        QStringLiteral("share/doc/sstc-desk/changelog.gz"),
        QStringLiteral("share/man/man1/sstc-desk.1.gz"),
        QStringLiteral("share/man/man1/sstc.1.gz"),
        QStringLiteral("share/man/zh_CN/man1/sstc-desk.1.gz"),
        QStringLiteral("share/man/zh_CN/man1/sstc.1.gz"),
    };
    for (int size : iconSizes)
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);

    QStringList found;
    QDirIterator files(m_prefix, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        found << files.next().mid(m_prefix.size() + 1);
    // Exactly these: no test program, benchmark or build tool slips into the install.
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/sstc-desk"))).isExecutable());
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/sstc"))).isExecutable());
}

void TestInstallTree::desktopEntryIsValid()
{
    const QString validator = tool(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate not found (package desktop-file-utils)");
    const Run validation =
        run(validator, {installed(QStringLiteral("share/applications/%1.desktop").arg(appId))});
    QVERIFY2(validation.exitCode == 0 && validation.output.trimmed().isEmpty(),
             qPrintable(validation.output));
}

void TestInstallTree::desktopEntryNamesAndOpens()
{
    QSettings entry(installed(QStringLiteral("share/applications/%1.desktop").arg(appId)),
                    QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Name")).toString(), QStringLiteral("SSTC Desk"));
    QCOMPARE(entry.value(QStringLiteral("Name[zh_CN]")).toString(),
             QStringLiteral("南南合作工作台"));
    QVERIFY(!entry.value(QStringLiteral("Comment")).toString().isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Comment[zh_CN]")).toString().isEmpty());
    // The installed executable, given the double-clicked file.
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("sstc-desk %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), appId);
    QVERIFY(entry.value(QStringLiteral("MimeType"))
                .toString()
                .split(QLatin1Char(';'))
                .contains(portfolioType));
}

void TestInstallTree::metainfoIsValid()
{
    const QString appstream = tool(QStringLiteral("appstreamcli"));
    QVERIFY2(!appstream.isEmpty(), "appstreamcli not found (package appstream)");
    const QString metainfo = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId));
    const Run validation =
        run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));

    // The releases are CHANGELOG.md's, newest first, the newest being this version.
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression release(
        QStringLiteral("<release version=\"([^\"]+)\" date=\"([^\"]+)\"/>"));
    QList<ChangelogRelease> releases;
    for (auto match = release.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        releases.append({found.captured(1), found.captured(2)});
    }
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases, changelogReleases(QStringLiteral(SSTC_SOURCE_DIR "/CHANGELOG.md")));
    QVERIFY2(releases.constFirst().version == QStringLiteral(SSTC_VERSION),
             "the metainfo's first release is not the project version");
    QVERIFY(text.contains(QStringLiteral("<project_license>Apache-2.0</project_license>")));
    QVERIFY(text.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
    QVERIFY(text.contains(QStringLiteral("<mediatype>%1</mediatype>").arg(portfolioType)));
}

void TestInstallTree::iconsHaveTheirSizes()
{
    for (int size : iconSizes) {
        const QImage icon(installed(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId)));
        QVERIFY2(!icon.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(icon.size(), QSize(size, size));
        // Drawn, not blank: the centre is opaque, the corners (rounded) transparent.
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    }
}

void TestInstallTree::mimeTypeRecognisesPortfolios()
{
    // update-mime-database compiles the type as a desktop does after installing the package,
    // and refuses a malformed file.
    const QString updater = tool(QStringLiteral("update-mime-database"));
    QVERIFY2(!updater.isEmpty(), "update-mime-database not found (package shared-mime-info)");
    const QString mimeDir = installed(QStringLiteral("share/mime"));
    const Run update = run(updater, {QStringLiteral("-V"), mimeDir});
    QVERIFY2(update.exitCode == 0 &&
                 !update.output.contains(QStringLiteral("Error"), Qt::CaseInsensitive),
             qPrintable(update.output));
    QVERIFY(QFileInfo::exists(mimeDir + QStringLiteral("/application/x-sstc-portfolio.xml")));

    // As on a machine with the package installed: the type in the one database with the
    // system's types (Qt does not weigh magic across separate databases), read by Qt.
    const QString system = m_dir.filePath(QStringLiteral("system"));
    QVERIFY(QDir().mkpath(system + QStringLiteral("/mime/packages")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        system + QStringLiteral("/mime/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(installed(QStringLiteral("share/mime/packages/%1.xml").arg(appId)),
                        system + QStringLiteral("/mime/packages/%1.xml").arg(appId)));
    const Run merged = run(updater, {system + QStringLiteral("/mime")});
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.output));
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("nobody")).toUtf8());
    qputenv("XDG_DATA_DIRS", system.toUtf8());
    const QString portfolio = m_dir.filePath(QStringLiteral("work.sstc"));
    PortfolioStore::openFile(portfolio).reset();
    // By the header alone: a portfolio renamed without its extension.
    const QString renamed = m_dir.filePath(QStringLiteral("work-copy"));
    QVERIFY(QFile::copy(portfolio, renamed));
    // A plain SQLite database is not a portfolio.
    const QString plain = m_dir.filePath(QStringLiteral("plain-db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(plain);
        QVERIFY(db.open());
        QSqlQuery create(db);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));

    QMimeDatabase mimes;
    QCOMPARE(mimes.mimeTypeForFile(portfolio).name(), portfolioType);
    QCOMPARE(mimes.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), portfolioType);
    QCOMPARE(mimes.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(),
             QStringLiteral("application/vnd.sqlite3"));
    QVERIFY(
        mimes.mimeTypeForName(portfolioType).inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(
        mimes.mimeTypeForFile(QStringLiteral("new.sstc"), QMimeDatabase::MatchExtension).name(),
        portfolioType);
}

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"
