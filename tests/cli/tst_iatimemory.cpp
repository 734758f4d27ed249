// The IATI import streams: `sstc import iati` of a generated 20 MB file keeps its peak memory
// (the child's own maximum resident set, from wait4) close to that of a 2 MB file. A bound on
// memory, not on time.
#include "tests/support/TestFolders.h"

#include <QFile>
#include <QtTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Peak resident memory of `sstc arguments…` in MB, or -1 when it did not exit with 0.
double peakMemoryMbOf(const QStringList &arguments)
{
    QList<QByteArray> bytes{QByteArrayLiteral(SSTC_CLI_PATH)};
    for (const QString &argument : arguments)
        bytes << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen("/dev/null", "w", stdout);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0;
}

// An activity file of about `megabytes`, the same activity again and again under new
// identifiers, each with a budget, transactions, a planned disbursement and a result.
QString writeActivities(const QString &path, int megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n");
    const QByteArray activity = QByteArrayLiteral(R"(<iati-activity xml:lang="en" default-currency="USD">
 <iati-identifier>XM-DAC-41302-MEM-%1</iati-identifier>
 <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
 <title><narrative>Decent work project %1</narrative><narrative xml:lang="zh">体面劳动项目 %1</narrative></title>
 <description type="1"><narrative>A project that exists to take up memory, number %1.</narrative></description>
 <participating-org ref="CN-MOHRSS" role="1" type="10"><narrative>Ministry of Human Resources</narrative></participating-org>
 <participating-org role="4" type="40"><narrative>International Labour Organization</narrative></participating-org>
 <activity-status code="2"/>
 <activity-date iso-date="2019-01-01" type="1"/>
 <activity-date iso-date="2021-12-31" type="3"/>
 <recipient-country code="KE" percentage="60"/>
 <recipient-country code="LA" percentage="40"/>
 <sector vocabulary="7" code="8"/>
 <budget type="1"><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><value value-date="2019-01-01">100000</value></budget>
 <planned-disbursement type="1"><period-start iso-date="2019-03-01"/><value value-date="2019-03-01">25000</value></planned-disbursement>
 <transaction><transaction-type code="11"/><transaction-date iso-date="2019-01-15"/><value value-date="2019-01-15">100000</value></transaction>
 <transaction><transaction-type code="3"/><transaction-date iso-date="2019-06-15"/><value value-date="2019-06-15">40000</value></transaction>
 <result type="1"><title><narrative>Workers trained</narrative></title><indicator measure="1"><title><narrative>Workers trained</narrative></title>
  <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><target value="500"/><actual value="420"/></period></indicator></result>
</iati-activity>
)");
    for (int n = 0; file.size() < qint64(megabytes) * 1024 * 1024; ++n)
        file.write(QString::fromUtf8(activity).arg(n).toUtf8());
    file.write("</iati-activities>\n");
    return path;
}

} // namespace

class TestIatiMemory : public QObject
{
    Q_OBJECT

private slots:
    void importMemoryStaysFlat();

private:
    TestFolders m_folders;
};

void TestIatiMemory::importMemoryStaysFlat()
{
    qputenv("XDG_DATA_HOME", m_folders.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_folders.filePath(QStringLiteral("config")).toUtf8());
    auto peakOfImport = [&](int megabytes) {
        const QString xml = writeActivities(
            m_folders.filePath(QStringLiteral("activities-%1mb.xml").arg(megabytes)), megabytes);
        const QString database =
            m_folders.filePath(QStringLiteral("import-%1mb.sstc").arg(megabytes));
        if (xml.isEmpty() || peakMemoryMbOf({QStringLiteral("init"), QStringLiteral("--empty"),
                                             QStringLiteral("--database"), database}) < 0)
            return -1.0;
        return peakMemoryMbOf(
            {QStringLiteral("import"), QStringLiteral("iati"), xml, QStringLiteral("--database"),
             database});
    };
    const double small = peakOfImport(2);
    const double large = peakOfImport(20);
    qInfo("peak memory: %.1f MB importing 2 MB, %.1f MB importing 20 MB", small, large);
    QVERIFY(small > 0);
    QVERIFY(large > 0);
    // Ten times the file: a reader that kept the file, or every activity, would grow by tens
    // of megabytes; a streaming one by little more than SQLite's page cache.
    QVERIFY2(large < small + 30, qPrintable(QStringLiteral("%1 MB against %2 MB").arg(large).arg(small)));
}

QTEST_GUILESS_MAIN(TestIatiMemory)
#include "tst_iatimemory.moc"
