#include "tests/support/RepositoryTestSupport.h"

#include "models/domain/Organisation.h"
#include "models/domain/Project.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/store/StoreError.h"

using namespace sstc;

namespace testsupport {

qint64 addOrganisation(PortfolioStore &store, const QString &acronym, const QString &country)
{
    Organisation organisation;
    organisation.acronym = acronym;
    organisation.name = {acronym + QStringLiteral(" (English)"),
                         acronym + QStringLiteral("（中文）")};
    organisation.type = OrganisationType::Government;
    organisation.countryCode = country;
    return OrganisationRepository(store).insert(organisation);
}

qint64 addProject(PortfolioStore &store, const QString &titleEn)
{
    Project project;
    project.title.en = titleEn;
    return ProjectRepository(store).insert(project);
}

LocalizedText text(const char *en, const char *zh)
{
    return {QString::fromUtf8(en), QString::fromUtf8(zh)};
}

QString errorKindOf(const std::function<void()> &call)
{
    const std::optional<StoreError> error = errorOf(call);
    if (!error)
        return QStringLiteral("none");
    if (error->kind() == StoreError::Kind::Failed)
        return QStringLiteral("Failed: ") + error->detail();
    return kindName(error->kind());
}

std::optional<StoreError> errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::NotADatabase:
        return QStringLiteral("NotADatabase");
    case StoreError::Kind::NotAPortfolio:
        return QStringLiteral("NotAPortfolio");
    case StoreError::Kind::Damaged:
        return QStringLiteral("Damaged");
    case StoreError::Kind::NewerVersion:
        return QStringLiteral("NewerVersion");
    case StoreError::Kind::ReadOnlyFile:
        return QStringLiteral("ReadOnlyFile");
    case StoreError::Kind::FolderNotWritable:
        return QStringLiteral("FolderNotWritable");
    case StoreError::Kind::Locked:
        return QStringLiteral("Locked");
    case StoreError::Kind::DiskFull:
        return QStringLiteral("DiskFull");
    case StoreError::Kind::CannotOpen:
        return QStringLiteral("CannotOpen");
    case StoreError::Kind::InvalidData:
        return QStringLiteral("InvalidData");
    case StoreError::Kind::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case StoreError::Kind::Missing:
        return QStringLiteral("Missing");
    case StoreError::Kind::Unfinished:
        return QStringLiteral("Unfinished");
    case StoreError::Kind::ServerUnreachable:
        return QStringLiteral("ServerUnreachable");
    case StoreError::Kind::AccessRefused:
        return QStringLiteral("AccessRefused");
    case StoreError::Kind::NoSuchDatabase:
        return QStringLiteral("NoSuchDatabase");
    case StoreError::Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case StoreError::Kind::OlderVersion:
        return QStringLiteral("OlderVersion");
    case StoreError::Kind::ChangedMeanwhile:
        return QStringLiteral("ChangedMeanwhile");
    case StoreError::Kind::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("?");
}

QString show(const PartialDate &date)
{
    return date.isNull() ? QStringLiteral("none") : date.toIso();
}

QString show(const Money &money)
{
    return QString::number(money.hundredths) + QLatin1Char(' ') + money.currency;
}

} // namespace testsupport
