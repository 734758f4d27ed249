#include "ui/mainwindow/DesktopStart.h"

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

namespace sstc {

int DesktopStart::run(int &argc, char **argv, const std::function<void(MainWindow &)> &windowBuilt)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    // Names the menu entry (share/applications/org.ilo.sstcdesk.desktop) for Wayland and the
    // task bar; the icon is the installed theme's, or the built-in copy when run from a build.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ilo.sstcdesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.ilo.sstcdesk"),
                                                 QIcon(QStringLiteral(":/icons/sstc-desk.svg"))));
    applyInterfaceFont();

    TranslationLoader translations;
    translations.apply(Preferences::language());

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
    const QString portfolio = file.isEmpty() ? PortfolioStore::defaultPath() : file;
    if (PortfolioInstance::activateRunning(portfolio))
        return 0;
    PortfolioInstance instance;
    // Claimed by another start: its window answers once it is built, which on a busy machine
    // may take longer than an answer usually does. It is there (it holds the name), so wait
    // for it rather than open the file a second time; the wait ends at once if it quits.
    constexpr int startingWindowMs = 120000;
    if (!instance.claim(portfolio) &&
        PortfolioInstance::activateRunning(portfolio, startingWindowMs))
        return 0;

    MainWindow window(translations);
    if (windowBuilt)
        windowBuilt(window);
    instance.follow(&window.context());
    QObject::connect(&instance, &PortfolioInstance::activationRequested, &window, [&window] {
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

} // namespace sstc
