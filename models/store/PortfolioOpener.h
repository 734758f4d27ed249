#pragma once

#include "models/store/PortfolioStore.h"

#include <memory>

namespace sstc {

// Opens a portfolio file, and gives a file it had to create its first content: the reference
// lists, and the sample portfolio when asked. A new file whose filling fails is removed again.
class PortfolioOpener
{
public:
    enum class NewFileContent
    {
        ReferenceOnly,
        Sample
    };

    static std::unique_ptr<PortfolioStore> open(const QString &path, NewFileContent content);
    // The user's own portfolio in the application data folder, created with the sample
    // portfolio on first start.
    static std::unique_ptr<PortfolioStore> openDefault();
};

} // namespace sstc
