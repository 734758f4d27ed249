#pragma once

#include "models/domain/Country.h"
#include "models/domain/Organisation.h"
#include "models/domain/Theme.h"
#include "models/domain/ValidationProblem.h"

#include <QCoreApplication>
#include <QList>

namespace sstc {

class PortfolioStore;

// The lists that projects pick from: organisations, countries and themes, edited together
// and saved as a whole.
struct LookupLists
{
    QList<Organisation> organisations;
    QList<Country> countries;
    QList<Theme> themes;

    // Names in at least one language, country codes of two capital letters, no code or
    // theme key twice. Field keys: "organisations/2/name", "countries/0/code", "themes/1/name".
    ValidationProblems problems() const;
};

class LookupListsRepository
{
    Q_DECLARE_TR_FUNCTIONS(sstc::LookupListsRepository)

public:
    explicit LookupListsRepository(PortfolioStore &store)
        : m_store(store)
    {}

    LookupLists load();
    // Makes the stored lists equal to `lists` in one transaction (save() from the lists as
    // they are now).
    void save(const LookupLists &lists);
    // Writes what the user changed in the lists they loaded (`loaded` to `edited`), in one
    // transaction, and nothing else: rows someone else added or changed meanwhile stay. Rows
    // removed are deleted (refused, with nothing changed, while a project or agreement uses
    // them), rows with an id or code that is not stored are inserted with it (undo of a
    // removal), changed rows updated. Throws StoreError, with nothing changed, when the
    // lists would have problems, or (ChangedMeanwhile) when a row the user changed or removed
    // is no longer as loaded. Returns `edited` as stored, with the ids of new rows. Not
    // audited: LookupListsChanges records the change with it.
    LookupLists save(const LookupLists &loaded, const LookupLists &edited);

private:
    PortfolioStore &m_store;
};

} // namespace sstc
