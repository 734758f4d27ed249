#include "models/repositories/LookupListsRepository.h"

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
    if (const ValidationProblems problems = lists.problems(); !problems.isEmpty())
        throw StoreError(StoreError::Kind::InvalidData, m_store.path(), problems.first().message);
    WriteTransaction transaction(m_store);
    const LookupLists stored = load();

    OrganisationRepository organisations(m_store);
    QSet<qint64> kept;
    for (const Organisation &organisation : lists.organisations)
        kept.insert(organisation.id);
    QSet<qint64> storedIds;
    for (const Organisation &organisation : stored.organisations) {
        storedIds.insert(organisation.id);
        if (!kept.contains(organisation.id))
            organisations.remove(organisation.id); // refused while in use
    }
    for (const Organisation &organisation : lists.organisations) {
        if (organisation.id != 0 && storedIds.contains(organisation.id))
            organisations.update(organisation);
        else
            organisations.insert(organisation);
    }

    QSet<QString> keptCodes;
    for (const Country &country : lists.countries)
        keptCodes.insert(country.code);
    for (const Country &country : stored.countries)
        if (!keptCodes.contains(country.code))
            m_store.run(QStringLiteral("DELETE FROM countries WHERE code = ?"), {country.code});
    ReferenceRepository(m_store).saveCountries(lists.countries);

    QSet<qint64> keptThemes;
    for (const Theme &theme : lists.themes)
        keptThemes.insert(theme.id);
    QSet<qint64> storedThemes;
    for (const Theme &theme : stored.themes) {
        storedThemes.insert(theme.id);
        if (!keptThemes.contains(theme.id))
            m_store.run(QStringLiteral("DELETE FROM themes WHERE id = ?"), {theme.id});
    }
    for (const Theme &theme : lists.themes) {
        if (theme.id != 0 && storedThemes.contains(theme.id))
            m_store.run(QStringLiteral("UPDATE themes SET key = ?, name_en = ?, name_zh = ? "
                                       "WHERE id = ?"),
                        {theme.key, theme.name.en, theme.name.zh, theme.id});
        else
            ReferenceRepository(m_store).insertTheme(theme);
    }
    transaction.commit();
}

} // namespace sstc
