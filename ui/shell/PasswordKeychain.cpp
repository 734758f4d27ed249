#include "ui/shell/PasswordKeychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace sstc {

namespace {
const QString service = QStringLiteral("org.ilo.sstcdesk");

// QtKeychain's jobs answer through the event loop; the callers need the answer now.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the plain-text QSettings store QtKeychain falls back to when asked.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

QString PasswordKeychain::find(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    run(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool PasswordKeychain::keep(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    run(job);
    return job.error() == QKeychain::NoError;
}

void PasswordKeychain::forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    run(job);
}

} // namespace sstc
