#include "models/repositories/LookupListsRepository.h"

#include "models/changes/ListConflict.h"
#include "models/changes/ListEdit.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSet>

namespace sstc {

ValidationProblems LookupLists::problems() const
{
    ValidationProblems found;
    const auto add = [&](const QString &field, const QString &message) {
        found.append({field, message});
    };
    for (int i = 0; i < organisations.size(); ++i)
        if (organisations.at(i).name.isEmpty())
            add(QStringLiteral("organisations/%1/name").arg(i),
                LookupListsRepository::tr("Organisation %1 needs a name in English or Chinese.")
                    .arg(i + 1));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> codes;
    for (int i = 0; i < countries.size(); ++i) {
        const Country &country = countries.at(i);
        if (!countryCode.match(country.code).hasMatch())
            add(QStringLiteral("countries/%1/code").arg(i),
                LookupListsRepository::tr("“%1” is not a country code: use two capital letters "
                                          "(ISO 3166), such as LA.")
                    .arg(country.code));
        else if (codes.contains(country.code))
            add(QStringLiteral("countries/%1/code").arg(i),
                LookupListsRepository::tr("The country code %1 is listed twice.")
                    .arg(country.code));
        codes.insert(country.code);
        if (country.name.en.trimmed().isEmpty())
            add(QStringLiteral("countries/%1/name").arg(i),
                LookupListsRepository::tr("Country %1 needs an English name.").arg(country.code));
    }
    QSet<QString> keys;
    for (int i = 0; i < themes.size(); ++i) {
        if (themes.at(i).name.isEmpty())
            add(QStringLiteral("themes/%1/name").arg(i),
                LookupListsRepository::tr("Theme %1 needs a name in English or Chinese.")
                    .arg(i + 1));
        if (keys.contains(themes.at(i).key))
            add(QStringLiteral("themes/%1/name").arg(i),
                LookupListsRepository::tr("Two themes have the same name."));
        keys.insert(themes.at(i).key);
    }
    return found;
}

LookupLists LookupListsRepository::load()
{
    ReferenceRepository reference(m_store);
    return {OrganisationRepository(m_store).all(), reference.countries(), reference.themes()};
}

void LookupListsRepository::save(const LookupLists &lists)
{
    WriteTransaction transaction(m_store);
    save(load(), lists);
    transaction.commit();
}

namespace {
// How ListEdit writes each kind of row.
struct OrganisationRows
{
    OrganisationRepository repository;

    void remove(const Organisation &stored) { repository.remove(stored.id); } // refused in use
    void update(const Organisation &, const Organisation &edited) { repository.update(edited); }
    Organisation insert(Organisation organisation)
    {
        organisation.id = repository.insert(organisation);
        return organisation;
    }
};

struct CountryRows
{
    PortfolioStore &store;

    void remove(const Country &stored)
    {
        store.run(QStringLiteral("DELETE FROM countries WHERE code = ?"), {stored.code});
    }
    void update(const Country &, const Country &edited)
    {
        ReferenceRepository(store).saveCountries({edited});
    }
    Country insert(const Country &country)
    {
        ReferenceRepository(store).saveCountries({country});
        return country;
    }
};

struct ThemeRows
{
    PortfolioStore &store;

    void remove(const Theme &stored)
    {
        store.run(QStringLiteral("DELETE FROM themes WHERE id = ?"), {stored.id});
    }
    void update(const Theme &, const Theme &edited)
    {
        store.run(
            QStringLiteral("UPDATE themes SET key = ?, name_en = ?, name_zh = ? WHERE id = ?"),
            {edited.key, edited.name.en, edited.name.zh, edited.id});
    }
    Theme insert(Theme theme)
    {
        theme.id = ReferenceRepository(store).insertTheme(theme);
        return theme;
    }
};
} // namespace

LookupLists LookupListsRepository::save(const LookupLists &loaded, const LookupLists &edited)
{
    if (const ValidationProblems problems = edited.problems(); !problems.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), problems.first().message);
    WriteTransaction transaction(m_store);
    const LookupLists current = load();
    const ListEdit<Organisation> organisations(loaded.organisations, edited.organisations);
    const ListEdit<Country> countries(loaded.countries, edited.countries);
    const ListEdit<Theme> themes(loaded.themes, edited.themes);
    ListConflict::refuseIfAny(
        ListConflict::List::LookupLists,
        ListConflict::namesOf(organisations.conflictsWith(current.organisations)) +
            ListConflict::namesOf(countries.conflictsWith(current.countries)) +
            ListConflict::namesOf(themes.conflictsWith(current.themes)),
        m_store.path());
    // The lists as they will be, with what others saved meanwhile: still no code or name
    // twice.
    const LookupLists result{organisations.appliedTo(current.organisations),
                             countries.appliedTo(current.countries),
                             themes.appliedTo(current.themes)};
    if (const ValidationProblems problems = result.problems(); !problems.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), problems.first().message);

    OrganisationRows organisationRows{OrganisationRepository(m_store)};
    CountryRows countryRows{m_store};
    ThemeRows themeRows{m_store};
    // Organisations point at countries: they go before the countries they name, and come
    // after the countries they name.
    organisations.writeRemovals(current.organisations, organisationRows);
    themes.writeRemovals(current.themes, themeRows);
    countries.writeRemovals(current.countries, countryRows);
    LookupLists stored;
    stored.countries = countries.writeChangesAndAdditions(current.countries, countryRows);
    stored.themes = themes.writeChangesAndAdditions(current.themes, themeRows);
    stored.organisations =
        organisations.writeChangesAndAdditions(current.organisations, organisationRows);
    transaction.commit();
    return stored;
}

} // namespace sstc
