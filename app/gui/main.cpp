#include "TranslationLoader.h"
#include "mainwindow/InterfaceFont.h"
#include "mainwindow/MainWindow.h"
#include "store/ApplicationIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
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
    if (qEnvironmentVariableIsSet("SSTC_REPORT_FIRST_PAINT"))
        new FirstPaintReporter(window.findChild<QTableView *>(QStringLiteral("projectTable")));
    window.show();
    QString file = parser.value(databaseOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    if (file.isEmpty() ? window.openDefaultPortfolio() : window.openPortfolio(file))
        window.remindOfExpiringAgreements();
    return QApplication::exec();
}
