#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sstc {

// A save the store may refuse (the file locked, an organisation still in use…): every editor
// words the refusal the same way, and keeps the user's values so that they can try again.
class SaveAttempt
{
    Q_DECLARE_TR_FUNCTIONS(sstc::SaveAttempt)

public:
    // Runs `write`: "" when it saved, "Not saved: <the store's reason>" when it threw StoreError.
    static QString failureOf(const std::function<void()> &write);
};

} // namespace sstc
