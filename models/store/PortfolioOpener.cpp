#include "models/store/PortfolioOpener.h"

#include "models/sample/ReferenceData.h"
#include "models/sample/SamplePortfolio.h"
#include "models/store/PortfolioFile.h"
#include "models/store/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>

namespace sstc {

std::unique_ptr<PortfolioStore> PortfolioOpener::open(const QString &path, NewFileContent content)
{
    const bool existed = QFileInfo::exists(path);
    std::unique_ptr<PortfolioStore> store = PortfolioStore::openFile(path);
    if (!store->wasCreated())
        return store;
    try {
        WriteTransaction transaction(*store);
        ReferenceData::fill(*store);
        if (content == NewFileContent::Sample)
            SamplePortfolio::fill(*store);
        transaction.commit();
    } catch (...) {
        const QString created = store->path();
        store.reset();
        if (!existed)
            PortfolioFile::removeWithJournal(created);
        throw;
    }
    return store;
}

std::unique_ptr<PortfolioStore> PortfolioOpener::openDefault()
{
    const QString path = PortfolioStore::defaultPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(StoreError::Kind::FolderNotWritable, path);
    return open(path, NewFileContent::Sample);
}

} // namespace sstc
