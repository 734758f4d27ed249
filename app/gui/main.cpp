#include "models/store/ApplicationIdentity.h"
#include "models/store/PortfolioStore.h"
#include "translations/TranslationLoader.h"
#include "ui/mainwindow/InterfaceFont.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/PortfolioInstance.h"
#include "ui/shell/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// For the benchmark program (SSTC_REPORT_FIRST_PAINT set): prints "first-paint" once the
// projects table has been painted with rows, and quits.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0) {
            watched->removeEventFilter(this);
            // After this paint has finished.
            QTimer::singleShot(0, qApp, [] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sstc::setApplicationIdentity();
    // Names the menu entry (share/applications/org.ilo.sstcdesk.desktop) for Wayland and the
    // task bar; the icon is the installed theme's, or the built-in copy when run from a build.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ilo.sstcdesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.ilo.sstcdesk"),
                                                 QIcon(QStringLiteral(":/icons/sstc-desk.svg"))));
    sstc::applyInterfaceFont();

    sstc::TranslationLoader translations;
    translations.apply(sstc::Preferences::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "SSTC Desk: the China–ILO South-South and Triangular Cooperation portfolio."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Open this portfolio file instead of your own."),
        QApplication::translate("main", "file"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A portfolio file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    QString file = parser.value(databaseOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    // A file already open in a window: that window comes forward, and this start ends. The
    // file is claimed before the window is built, so that a start right after this one waits
    // for this window instead of opening a second one.
    const QString portfolio = file.isEmpty() ? sstc::PortfolioStore::defaultPath() : file;
    if (sstc::PortfolioInstance::activateRunning(portfolio))
        return 0;
    sstc::PortfolioInstance instance;
    if (!instance.claim(portfolio) && sstc::PortfolioInstance::activateRunning(portfolio))
        return 0;

    sstc::MainWindow window(translations);
    if (qEnvironmentVariableIsSet("SSTC_REPORT_FIRST_PAINT"))
        new FirstPaintReporter(window.findChild<QTableView *>(QStringLiteral("projectTable")));
    instance.follow(&window.context());
    QObject::connect(&instance, &sstc::PortfolioInstance::activationRequested, &window, [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (file.isEmpty() ? window.openDefaultPortfolio() : window.openPortfolio(file))
        window.remindOfExpiringAgreements();
    else
        instance.release(); // the window holds no file: another start may open it
    return QApplication::exec();
}
