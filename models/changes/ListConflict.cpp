#include "models/changes/ListConflict.h"

#include "models/text/Formats.h"

#include <QLocale>

namespace sstc {

namespace {
Language uiLanguage()
{
    return languageFromCode(QLocale().name());
}
} // namespace

QString ListConflict::nameOf(const ExchangeRate &rate)
{
    return tr("the rate for %1/%2 on %3")
        .arg(rate.currency, rate.toCurrency,
             Formats::date(PartialDate::day(rate.date), uiLanguage()));
}

QString ListConflict::nameOf(const Organisation &organisation)
{
    return tr("the organisation %1")
        .arg(organisation.acronym.isEmpty() ? organisation.name.preferring(uiLanguage())
                                            : organisation.acronym);
}

QString ListConflict::nameOf(const Country &country)
{
    return tr("the country %1 (%2)").arg(country.name.preferring(uiLanguage()), country.code);
}

QString ListConflict::nameOf(const Theme &theme)
{
    return tr("the theme “%1”").arg(theme.name.preferring(uiLanguage()));
}

QString ListConflict::nameOf(const FundingOffer &offer)
{
    return tr("the offer “%1”").arg(offer.title.preferring(uiLanguage()));
}

void ListConflict::refuseIfAny(List list, const QStringList &rowNames, const QString &path)
{
    if (rowNames.isEmpty())
        return;
    const QString rows = QLocale().createSeparatedList(rowNames);
    QString message;
    switch (list) {
    case List::ExchangeRates:
        message = tr("Someone else changed %1 since you opened this list. Your changes were not "
                     "saved; reopen the list to see the current rates.")
                      .arg(rows);
        break;
    case List::LookupLists:
        message = tr("Someone else changed %1 since you opened these lists. Your changes were not "
                     "saved; reopen the lists to see the current organisations, countries and "
                     "themes.")
                      .arg(rows);
        break;
    case List::OfferCatalogue:
        message = tr("Someone else changed %1 since you opened the catalogue. Your changes were "
                     "not saved; reopen it to see the current offers.")
                      .arg(rows);
        break;
    }
    throw StoreError(StoreError::Kind::ChangedMeanwhile, path, message);
}

} // namespace sstc
