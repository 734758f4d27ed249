#include "ui/widgets/SaveAttempt.h"

#include "models/store/StoreError.h"

namespace sstc {

QString SaveAttempt::failureOf(const std::function<void()> &write)
{
    try {
        write();
    } catch (const StoreError &error) {
        return tr("Not saved: %1").arg(error.message());
    }
    return {};
}

} // namespace sstc
