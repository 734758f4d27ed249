#pragma once

#include "models/store/PortfolioStore.h"

#include <memory>

namespace sstc {

// Opens a portfolio file, and gives a file it has to create its first content: the reference
// lists, and the sample portfolio when asked. A new file appears with all of its content or
// not at all (see PortfolioStore::create).
class PortfolioOpener
{
public:
    enum class NewFileContent
    {
        ReferenceOnly,
        Sample
    };

    // The portfolio at `path`, upgraded if older; created with `content` when there is none
    // (or an empty file). When another program creates it at the same moment, its file is
    // opened. A file whose creation never finished is refused unchanged (Unfinished).
    static std::unique_ptr<PortfolioStore> open(const QString &path, NewFileContent content);
    // A new portfolio at `path` with `content`, then `more` (a synthetic portfolio), all in
    // one go. Throws StoreError (AlreadyExists) when the name is taken, even by another
    // program while this one was building.
    static std::unique_ptr<PortfolioStore> create(const QString &path, NewFileContent content,
                                                  const PortfolioStore::Filler &more = {});
    // For commands that only read: nothing is created, upgraded or written; an unfinished
    // file is refused.
    static std::unique_ptr<PortfolioStore> openForReading(const QString &path);
    // The same for a portfolio named by a PortfolioLocation: a file as above, or a database
    // on a server (see PortfolioStore::openServer and createOnServer). open() on a server
    // opens an existing portfolio; only create() makes one.
    static std::unique_ptr<PortfolioStore> open(const PortfolioLocation &location,
                                                NewFileContent content);
    static std::unique_ptr<PortfolioStore> create(const PortfolioLocation &location,
                                                  NewFileContent content,
                                                  const PortfolioStore::Filler &more = {});
    static std::unique_ptr<PortfolioStore> openForReading(const PortfolioLocation &location);
    // The user's own portfolio in the application data folder, created with the sample
    // portfolio on first start.
    static std::unique_ptr<PortfolioStore> openDefault();

private:
    static PortfolioStore::Filler filler(NewFileContent content,
                                         const PortfolioStore::Filler &more = {});
};

} // namespace sstc
