#include "models/store/PortfolioOpener.h"

#include "models/sample/ReferenceData.h"
#include "models/sample/SamplePortfolio.h"
#include "models/store/PortfolioCompleteness.h"
#include "models/store/PortfolioFile.h"

#include <QDir>
#include <QFileInfo>

namespace sstc {

std::unique_ptr<PortfolioStore> PortfolioOpener::open(const QString &path, NewFileContent content)
{
    if (PortfolioFile::inspect(path) != PortfolioFile::State::SqliteDatabase) {
        try {
            return create(path, content);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::AlreadyExists)
                throw;
            // Another program (a second start of this one) made it meanwhile: open that.
        }
    }
    return PortfolioStore::openFile(path, SchemaHistory::standard(),
                                    &PortfolioCompleteness::refuseIfUnfinished);
}

std::unique_ptr<PortfolioStore> PortfolioOpener::create(const QString &path, NewFileContent content,
                                                        const PortfolioStore::Filler &more)
{
    return PortfolioStore::create(path, filler(content, more));
}

std::unique_ptr<PortfolioStore> PortfolioOpener::openForReading(const QString &path)
{
    return PortfolioStore::openForReading(path, SchemaHistory::standard(),
                                          &PortfolioCompleteness::refuseIfUnfinished);
}

std::unique_ptr<PortfolioStore> PortfolioOpener::open(const PortfolioLocation &location,
                                                      NewFileContent content)
{
    if (location.isServer())
        return PortfolioStore::openServer(location);
    return open(location.filePath(), content);
}

std::unique_ptr<PortfolioStore> PortfolioOpener::create(const PortfolioLocation &location,
                                                        NewFileContent content,
                                                        const PortfolioStore::Filler &more)
{
    if (location.isServer())
        return PortfolioStore::createOnServer(location, filler(content, more));
    return create(location.filePath(), content, more);
}

std::unique_ptr<PortfolioStore> PortfolioOpener::openForReading(const PortfolioLocation &location)
{
    if (location.isServer())
        return PortfolioStore::openServerForReading(location);
    return openForReading(location.filePath());
}

std::unique_ptr<PortfolioStore> PortfolioOpener::openDefault()
{
    const QString path = PortfolioStore::defaultPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::FolderNotWritable, path);
    return open(path, NewFileContent::Sample);
}

PortfolioStore::Filler PortfolioOpener::filler(NewFileContent content,
                                               const PortfolioStore::Filler &more)
{
    return [content, more](PortfolioStore &store) {
        ReferenceData::fill(store);
        if (content == NewFileContent::Sample)
            SamplePortfolio::fill(store);
        if (more)
            more(store);
    };
}

} // namespace sstc
