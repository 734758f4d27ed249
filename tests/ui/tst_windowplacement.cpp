// Where the main window opens (issue 21: at 1920×1080 it opened at about 1280×740): on a first
// start most of the screen, centred, or maximised on a laptop; a saved place kept, unless no
// screen shows it any more.
#include "ui/mainwindow/WindowPlacement.h"

#include <QtTest>

using namespace sstc;

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void aLargeScreenGetsMostOfItCentred();
    void aLaptopScreenIsFilled();
    void aScreenBesideThePrimaryOneIsUsedWhereItIs();
    void aSavedPlaceOnAScreenIsKept();
    void aSavedPlaceOffEveryScreenComesBack();
    void aSavedPlaceBarelyOnAScreenComesBack();
};

void TestWindowPlacement::aLargeScreenGetsMostOfItCentred()
{
    // 1920×1080 less a 40-pixel panel.
    const QRect available(0, 0, 1920, 1040);
    const WindowPlacement::Placement placement = WindowPlacement::firstStart(available);
    QVERIFY(!placement.maximized);
    QCOMPARE(placement.geometry.size(), QSize(1728, 936));
    QCOMPARE(placement.geometry.center(), available.center());
    QVERIFY(available.contains(placement.geometry));
}

void TestWindowPlacement::aLaptopScreenIsFilled()
{
    const WindowPlacement::Placement placement =
        WindowPlacement::firstStart(QRect(0, 0, 1366, 728));
    QVERIFY(placement.maximized);
    // Its normal size, for when the user un-maximises it, still fits the screen.
    QVERIFY(QRect(0, 0, 1366, 728).contains(placement.geometry));
}

void TestWindowPlacement::aScreenBesideThePrimaryOneIsUsedWhereItIs()
{
    const QRect second(1920, 0, 2560, 1400);
    const WindowPlacement::Placement placement = WindowPlacement::firstStart(second);
    QVERIFY(!placement.maximized);
    QVERIFY(second.contains(placement.geometry));
    QCOMPARE(placement.geometry.center(), second.center());
}

void TestWindowPlacement::aSavedPlaceOnAScreenIsKept()
{
    const QList<QRect> screens{QRect(0, 0, 1920, 1040), QRect(1920, 0, 1280, 1024)};
    const QRect saved(2000, 100, 1000, 700);
    QCOMPARE(WindowPlacement::keptOnScreens(saved, screens), saved);
    // Partly beyond the right edge, but its title bar can still be grabbed.
    const QRect overhanging(1500, 200, 1200, 700);
    QCOMPARE(WindowPlacement::keptOnScreens(overhanging, {screens.first()}), overhanging);
}

void TestWindowPlacement::aSavedPlaceOffEveryScreenComesBack()
{
    // Saved on a second monitor that has been unplugged.
    const QList<QRect> screens{QRect(0, 0, 1366, 728)};
    const QRect kept = WindowPlacement::keptOnScreens(QRect(2200, 150, 1700, 950), screens);
    QVERIFY2(screens.first().contains(kept), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                            .arg(kept.x())
                                                            .arg(kept.y())
                                                            .arg(kept.width())
                                                            .arg(kept.height())));
    QCOMPARE(kept.size(), QSize(1366, 728)); // shrunk to the smaller screen
}

void TestWindowPlacement::aSavedPlaceBarelyOnAScreenComesBack()
{
    // Only its bottom edge shows above the top of the screen: nothing to grab it by.
    const QList<QRect> screens{QRect(0, 0, 1920, 1040)};
    const QRect kept = WindowPlacement::keptOnScreens(QRect(100, -690, 1200, 700), screens);
    QVERIFY(screens.first().contains(kept));
    QCOMPARE(kept.size(), QSize(1200, 700));
}

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
