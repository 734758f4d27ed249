#include "TranslationLoader.h"
#include "mainwindow/InterfaceFont.h"
#include "mainwindow/MainWindow.h"
#include "store/ApplicationIdentity.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sstc::setApplicationIdentity();
    sstc::applyInterfaceFont();

    sstc::TranslationLoader translations;
    translations.apply(sstc::TranslationLoader::preferredLanguage());

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

    sstc::MainWindow window(translations);
    window.show();
    QString file = parser.value(databaseOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    if (file.isEmpty())
        window.openDefaultPortfolio();
    else
        window.openPortfolio(file);
    return QApplication::exec();
}
