// A writer of portfolio files in a process of its own, for the tests that race two writers
// or kill one at a random point: `store_writer COMMAND PATH [CSV]`.
//   create PATH              a new sample portfolio, as `sstc init` makes it
//   open PATH                the portfolio, created with the sample if missing (first start)
//   upgrade PATH             opens the file, upgrading it; says "backup FILE" or "current"
//   import-rates PATH CSV    replaces the exchange rates with those of a CSV file
// Prints "working" once it starts on the file; on a StoreError prints "error KIND" to
// stderr (KIND the enum's number) and exits with 1.
#include "models/audit/AuditActor.h"
#include "models/changes/ExchangeRateChanges.h"
#include "models/funding/ExchangeRateCsv.h"
#include "models/repositories/FundingRepository.h"
#include "models/store/PortfolioOpener.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace sstc;

namespace {

void say(const char *text)
{
    std::fputs(text, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int importRates(const QString &path, const QString &csvPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return 2;
    const ExchangeRateCsv::Result parsed = ExchangeRateCsv::parse(csv.readAll());
    if (!parsed.errors.isEmpty())
        return 2;
    auto store = PortfolioStore::openFile(path);
    say("working");
    const QList<ExchangeRate> before = FundingRepository(*store).rates();
    ExchangeRateChanges(*store, AuditActor(QStringLiteral("store_writer")))
        .apply(before, parsed.rates);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3)
        return 2;
    const QString command = arguments.at(1);
    const QString path = arguments.at(2);
    try {
        if (command == QLatin1String("create")) {
            say("working");
            PortfolioOpener::create(path, PortfolioOpener::NewFileContent::Sample);
            say("created");
        } else if (command == QLatin1String("open")) {
            say("working");
            auto store = PortfolioOpener::open(path, PortfolioOpener::NewFileContent::Sample);
            say(store->wasCreated() ? "created" : "opened");
        } else if (command == QLatin1String("upgrade")) {
            say("working");
            auto store = PortfolioStore::openFile(path);
            if (store->backupPath().isEmpty())
                say("current");
            else
                say(qPrintable(QStringLiteral("backup ") + store->backupPath()));
        } else if (command == QLatin1String("import-rates") && arguments.size() == 4) {
            return importRates(path, arguments.at(3));
        } else {
            return 2;
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "error %d\n%s\n", int(error.kind()), error.what());
        return 1;
    }
    return 0;
}
