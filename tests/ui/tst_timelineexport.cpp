// Timeline export: the PNG has each project's bar in its status colour where the scale puts
// it; the PDF fits the page width, continues its rows on further pages with the scale header
// repeated, passes qpdf's check, embeds a simplified-Chinese font and gives back its Chinese
// text to pdftotext.
#include "tests/support/ExternalTools.h"
#include "tests/support/FakeClock.h"

#include "models/itemmodels/TimelineModel.h"
#include "ui/timeline/TimelineColors.h"
#include "ui/timeline/TimelineExporter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sstc;
using testsupport::haveTool;
using testsupport::runTool;

namespace {
TimelineProject project(qint64 id, const QString &en, const QString &zh, ProjectStatus status)
{
    TimelineProject result;
    result.id = id;
    result.title = {en, zh};
    result.status = status;
    return result;
}

// Keeps an exported file for review beside the screenshots, when SSTC_SCREENSHOTS is set.
void keepForReview(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("SSTC_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile::remove(QDir(folder).filePath(name));
    QFile::copy(path, QDir(folder).filePath(name));
}
} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasTheBarInItsStatusColour();
    void pngDrawsTheTodayLineOnTheClocksDay();
    void pngDrawsBadDatesWithoutCrashing();
    void pngSaysWhatItLeavesOut();
    void pdfContinuesOnFurtherPages();
    void pdfGivesBackChineseText();

private:
    TimelineData manyProjects(int count) const;

    QTemporaryDir m_dir;
    TimelineExportOptions m_options;
};

void TestTimelineExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_options.today = QDate(2024, 6, 15);
}

TimelineData TestTimelineExport::manyProjects(int count) const
{
    TimelineData data;
    for (int i = 0; i < count; ++i) {
        TimelineProject item =
            project(i + 1, QStringLiteral("Project %1").arg(i + 1),
                    QStringLiteral("项目%1").arg(i + 1), ProjectStatus::Implementation);
        item.plannedStart = PartialDate::year(2012 + i % 10);
        item.plannedEnd = PartialDate::year(2014 + i % 10);
        data.projects << item;
    }
    TimelineProject chinese = project(count + 1, QStringLiteral("Skills in ASEAN"),
                                      QStringLiteral("东盟技能开发项目"), ProjectStatus::Closed);
    chinese.actualStart = PartialDate::month(2018, 3);
    chinese.actualEnd = PartialDate::month(2020, 6);
    data.projects << chinese;
    data.agreements.append({1,
                            AgreementKind::Mou,
                            {QStringLiteral("Memorandum"), QStringLiteral("谅解备忘录")},
                            PartialDate::day(QDate(2016, 9, 6))});
    return data;
}

void TestTimelineExport::pngHasTheBarInItsStatusColour()
{
    TimelineData data;
    TimelineProject closed = project(1, QStringLiteral("Closed one"), {}, ProjectStatus::Closed);
    closed.actualStart = PartialDate::year(2014);
    closed.actualEnd = PartialDate::year(2017);
    TimelineProject running =
        project(2, QStringLiteral("Running one"), {}, ProjectStatus::Implementation);
    running.actualStart = PartialDate::year(2018);
    running.actualEnd = PartialDate::year(2021);
    data.projects = {running, closed};
    TimelineModel model;
    model.setTimeline(data);

    const QImage image = TimelineExporter::renderImage(model, m_options);
    QCOMPARE(image.width(), m_options.width);
    const TimelineImageLayout layout = TimelineExporter::imageLayout(model, m_options);
    const TimelineMetrics &metrics = layout.metrics;
    // The span 2014–2021 fills the chart: eight years from 1 January 2014.
    QCOMPARE(layout.scale.origin(), QDate(2014, 1, 1));
    QCOMPARE(qRound(metrics.titleWidth + layout.scale.x(QDate(2022, 1, 1))), m_options.width - 1);

    auto pixelAt = [&](int row, const QDate &day) {
        const int x = qRound(metrics.titleWidth + layout.scale.x(day));
        const int y = qRound(metrics.headerHeight() + (row + 0.5) * metrics.rowHeight);
        return image.pixelColor(x, y);
    };
    // Row 0 is the earlier project, the closed one; row 1 the running one.
    QCOMPARE(pixelAt(0, QDate(2015, 7, 1)), TimelineColors::status(ProjectStatus::Closed));
    QCOMPARE(pixelAt(1, QDate(2019, 7, 1)), TimelineColors::status(ProjectStatus::Implementation));
    // Before a bar starts and after it ends, the row is not in the bar's colour.
    QVERIFY(pixelAt(1, QDate(2016, 7, 1)) != TimelineColors::status(ProjectStatus::Implementation));
    QVERIFY(pixelAt(0, QDate(2019, 7, 1)) != TimelineColors::status(ProjectStatus::Closed));

    const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(TimelineExporter::savePng(model, path, m_options));
    keepForReview(path, QStringLiteral("timeline-export-en.png"));
    QImage saved(path);
    QCOMPARE(saved.size(), image.size());
    QCOMPARE(saved.pixelColor(qRound(metrics.titleWidth + layout.scale.x(QDate(2015, 7, 1))),
                              qRound(metrics.headerHeight() + 0.5 * metrics.rowHeight)),
             TimelineColors::status(ProjectStatus::Closed));
    QString error;
    QVERIFY(!TimelineExporter::savePng(model, m_dir.filePath(QStringLiteral("no/such/x.png")),
                                       m_options, &error));
    QVERIFY(!error.isEmpty());
}

void TestTimelineExport::pngDrawsTheTodayLineOnTheClocksDay()
{
    TimelineData data;
    TimelineProject closed = project(1, QStringLiteral("Closed one"), {}, ProjectStatus::Closed);
    closed.actualStart = PartialDate::year(2014);
    closed.actualEnd = PartialDate::year(2017);
    data.projects = {closed};
    TimelineModel model;
    model.setTimeline(data);

    FakeClock clock(QDate(2016, 7, 1));
    const TimelineExportOptions onTheDay;
    QCOMPARE(onTheDay.today, QDate(2016, 7, 1));
    clock.setToday(QDate(2030, 1, 1)); // beyond the chart: no line to see
    const TimelineExportOptions later;
    const QImage withLine = TimelineExporter::renderImage(model, onTheDay);
    const QImage withoutLine = TimelineExporter::renderImage(model, later);
    QCOMPARE(withLine.size(), withoutLine.size());

    // The pictures differ only in a thin line at that day.
    const TimelineImageLayout layout = TimelineExporter::imageLayout(model, onTheDay);
    const double lineX = layout.metrics.titleWidth + layout.scale.x(QDate(2016, 7, 1));
    int rowsCrossed = 0;
    for (int y = 0; y < withLine.height(); ++y) {
        bool crossed = false;
        for (int x = 0; x < withLine.width(); ++x) {
            if (withLine.pixel(x, y) == withoutLine.pixel(x, y))
                continue;
            QVERIFY2(qAbs(x - lineX) <= 2, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            crossed = true;
        }
        rowsCrossed += crossed ? 1 : 0;
    }
    QVERIFY(rowsCrossed > 0);
}

void TestTimelineExport::pngDrawsBadDatesWithoutCrashing()
{
    TimelineData data;
    TimelineProject reversed = project(1, QStringLiteral("Reversed"), {}, ProjectStatus::Pipeline);
    reversed.plannedStart = PartialDate::year(2020);
    reversed.plannedEnd = PartialDate::year(2018);
    TimelineProject undated = project(2, QStringLiteral("Undated"), {}, ProjectStatus::Pipeline);
    data.projects = {reversed, undated};
    TimelineModel model;
    model.setTimeline(data);
    const QImage image = TimelineExporter::renderImage(model, m_options);
    QVERIFY(!image.isNull());
    // The reversed span is drawn as a warning: its red outline is somewhere on its row.
    const TimelineImageLayout layout = TimelineExporter::imageLayout(model, m_options);
    const int y = qRound(layout.metrics.headerHeight() + 0.2 * layout.metrics.rowHeight + 0.5);
    bool red = false;
    for (int x = int(layout.metrics.titleWidth); x < image.width() && !red; ++x)
        red = image.pixelColor(x, y) == TimelineColors::warning();
    QVERIFY(red);

    // An empty timeline still exports.
    TimelineModel empty;
    QVERIFY(!TimelineExporter::renderImage(empty, m_options).isNull());
}

// A PNG cannot grow without end: the rows beyond its height are left out, and said so.
void TestTimelineExport::pngSaysWhatItLeavesOut()
{
    TimelineModel model;
    model.setTimeline(manyProjects(120));
    TimelineExportOptions options = m_options;
    QVERIFY(TimelineExporter::pngLeftOutNotice(model, options).isEmpty());

    options.maxHeight = 1200;
    const int capacity = TimelineExporter::pngRowCapacity(model, options);
    QVERIFY2(capacity > 10 && capacity < model.rowCount(), qPrintable(QString::number(capacity)));
    const QImage image = TimelineExporter::renderImage(model, options);
    QVERIFY(image.height() <= options.maxHeight);
    const QString notice = TimelineExporter::pngLeftOutNotice(model, options);
    QVERIFY2(notice.contains(QStringLiteral("first %1 of 121").arg(capacity)), qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("PDF")));
}

void TestTimelineExport::pdfContinuesOnFurtherPages()
{
    TimelineModel model;
    model.setTimeline(manyProjects(120));
    const QString path = m_dir.filePath(QStringLiteral("many.pdf"));
    QString error;
    QVERIFY2(TimelineExporter::savePdf(model, path, m_options, &error), qPrintable(error));
    keepForReview(path, QStringLiteral("timeline-export-en.pdf"));

    SSTC_REQUIRE_TOOL("pdfinfo", "poppler-utils");
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount > 1, qPrintable(info));
    // A4 landscape: 842 × 595 points.
    QVERIFY2(info.contains(QStringLiteral("842 x 595")) || info.contains(QStringLiteral("841")),
             qPrintable(info));

    // Every page repeats the scale header and the legend; the rows continue.
    const QString first = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), path, QStringLiteral("-")});
    const QString last =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(pageCount), QStringLiteral("-l"),
                 QString::number(pageCount), path, QStringLiteral("-")});
    for (const QString &page : {first, last}) {
        QVERIFY2(page.contains(QStringLiteral("2016")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Agreement signed")), qPrintable(page));
    }
    QVERIFY2(first.contains(QStringLiteral("Project 1\n")), qPrintable(first));
    const QString lastTitle = model.index(model.rowCount() - 1, 0).data().toString();
    QVERIFY(!first.contains(lastTitle + u'\n'));
    QVERIFY2(last.contains(lastTitle + u'\n'), qPrintable(last));
    QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));

    if (haveTool(QStringLiteral("qpdf"))) {
        int exitCode = -1;
        runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
        QCOMPARE(exitCode, 0);
    }
}

void TestTimelineExport::pdfGivesBackChineseText()
{
    TimelineModel model;
    model.setTimeline(manyProjects(3));
    model.setLanguage(Language::Chinese);
    const QString path = m_dir.filePath(QStringLiteral("chinese.pdf"));
    QVERIFY(TimelineExporter::savePdf(model, path, m_options));
    keepForReview(path, QStringLiteral("timeline-export-zh.pdf"));
    SSTC_REQUIRE_TOOL("pdftotext", "poppler-utils");
    SSTC_REQUIRE_TOOL("pdffonts", "poppler-utils");
    // Qt maps a CJK glyph back to the lowest code point sharing it, so 目 comes back as the
    // Kangxi radical ⽬ (U+2F6C); NFKC, as search tools apply, folds it back.
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QStringLiteral("东盟技能开发项目")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("项目1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("谅解备忘录")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2016年")), qPrintable(text));
    // The simplified-Chinese face, not the Japanese one Qt might fall back to.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.contains(QStringLiteral("CJKsc"), Qt::CaseInsensitive) ||
                 fonts.contains(QStringLiteral("CJK SC"), Qt::CaseInsensitive),
             qPrintable(fonts));
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
