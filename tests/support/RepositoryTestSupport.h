#pragma once

// What the tests of the repositories share besides RepositoryTest: records to link to, and
// readable messages for values and refused writes.

#include "models/domain/LocalizedText.h"
#include "models/domain/Money.h"
#include "models/domain/PartialDate.h"
#include "models/store/PortfolioStore.h"

#include <QString>
#include <QtTest>

#include <functional>
#include <optional>

// Both languages of a text, compared one by one so that a failure names the language.
#define COMPARE_TEXT(actual, expected)                                                             \
    do {                                                                                           \
        QCOMPARE((actual).en, (expected).en);                                                      \
        QCOMPARE((actual).zh, (expected).zh);                                                      \
    } while (false)

namespace testsupport {

// An organisation of the government kind named after its acronym in both languages.
qint64 addOrganisation(sstc::PortfolioStore &store, const QString &acronym,
                       const QString &country = QString());
// A project with only an English title.
qint64 addProject(sstc::PortfolioStore &store, const QString &titleEn);

sstc::LocalizedText text(const char *en, const char *zh);

// The kind of the StoreError the call throws, or "none".
QString errorKindOf(const std::function<void()> &call);
// The StoreError the call throws, or nothing when it does not throw one.
std::optional<sstc::StoreError> errorOf(const std::function<void()> &call);
// The kind's own name ("Locked", "DiskFull"…), for comparisons that read well when they fail.
QString kindName(sstc::StoreError::Kind kind);

QString show(const sstc::PartialDate &date);
QString show(const sstc::Money &money);

template<typename T>
QString show(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

} // namespace testsupport
