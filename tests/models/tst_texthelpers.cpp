// The small text rules every message and printout uses: the first problems with a count of
// the rest, short excerpts, and text made safe for a terminal.
#include "models/text/ProblemList.h"
#include "models/text/TerminalText.h"

#include <QtTest>

using namespace sstc;

class TestTextHelpers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void firstProblems();
    void excerpt();
    void terminalText();
};

void TestTextHelpers::firstProblems()
{
    QStringList many;
    for (int i = 1; i <= 25; ++i)
        many << QStringLiteral("Line %1: bad").arg(i);
    QStringList shown = ProblemList::firstOf(many);
    QCOMPARE(shown.size(), ProblemList::shown + 1);
    QCOMPARE(shown.at(ProblemList::shown - 1), QStringLiteral("Line 10: bad"));
    QCOMPARE(shown.last(), QStringLiteral("… and 15 more problem(s)."));
    QCOMPARE(ProblemList::firstOf(many.mid(0, 3)), many.mid(0, 3));
    QCOMPARE(ProblemList::firstOf(many, 24, 23).last(), QStringLiteral("… and 2 more problem(s)."));
    QCOMPARE(ProblemList::firstOf(many.mid(0, 2), 1000001, 2).last(),
             QStringLiteral("… and 999,999 more problem(s)."));
    QCOMPARE(ProblemList::firstOf(many, 26, 25).last(), QStringLiteral("… and 1 more problem(s)."));
    // A long message is cut too.
    shown = ProblemList::firstOf({QString(5000, QLatin1Char('x'))});
    QCOMPARE(shown.at(0).size(), ProblemList::messageLength + 1);
}

void TestTextHelpers::excerpt()
{
    QCOMPARE(ProblemList::excerpt(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(ProblemList::excerpt(QString(100, QLatin1Char('a')), 10),
             QStringLiteral("aaaaaaaaaa…"));
    QCOMPARE(ProblemList::excerpt(QStringLiteral("two\nlines\x1b[2J"), 40),
             QStringLiteral("two lines [2J"));
    // A character beyond the BMP is never cut in half.
    QCOMPARE(ProblemList::excerpt(QStringLiteral("ab𠀀cd"), 3), QStringLiteral("ab…"));
}

void TestTextHelpers::terminalText()
{
    const QString hostile = QStringLiteral("a\x1b]0;owned\x07"
                                           "b\x1b[2Jc\rd\x7f"
                                           "e\u009bf\tg\nh");
    const QString shown = TerminalText::printable(hostile);
    QCOMPARE(shown, QStringLiteral("a\uFFFD]0;owned\uFFFD"
                                   "b\uFFFD[2Jc\uFFFDd\uFFFD"
                                   "e\uFFFDf\uFFFDg\nh"));
    QCOMPARE(TerminalText::printable(QStringLiteral("中文 plain")), QStringLiteral("中文 plain"));
    // A right-to-left override would show "SSTC-1 ‮gpj.exe" as "SSTC-1 exe.jpg".
    QCOMPARE(TerminalText::printable(QStringLiteral("x‮y‪z⁦w⁩v‏u")),
             QStringLiteral("x�y�z�w�v‏u"));
}

QTEST_GUILESS_MAIN(TestTextHelpers)
#include "tst_texthelpers.moc"
