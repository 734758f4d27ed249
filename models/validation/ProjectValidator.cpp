#include "models/validation/ProjectValidator.h"

#include "models/domain/CurrencyCodes.h"
#include "models/text/TextInput.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace sstc {

namespace {
QString child(const QString &list, int index)
{
    return list + QLatin1Char('/') + QString::number(index);
}

QString field(const QString &parent, const char *name)
{
    return parent + QLatin1Char('/') + QLatin1String(name);
}
} // namespace

ValidationProblems ProjectValidator::validate(const ProjectRecord &record)
{
    ProjectValidator validator;
    validator.checkProject(record.project);
    for (int i = 0; i < record.fundingLines.size(); ++i)
        validator.checkFundingLine(record.fundingLines.at(i),
                                   child(QStringLiteral("fundingLines"), i));
    for (int i = 0; i < record.events.size(); ++i)
        validator.checkEvent(record.events.at(i), child(QStringLiteral("events"), i));
    for (int i = 0; i < record.indicators.size(); ++i)
        validator.checkIndicator(record.indicators.at(i), child(QStringLiteral("indicators"), i));
    return validator.m_problems;
}

void ProjectValidator::checkProject(const Project &project)
{
    checkText(project.code, QStringLiteral("code"), maxTitleLength);
    checkTitle(project.title, QStringLiteral("title"),
               tr("Give the project a title in English or in Chinese."));
    checkText(project.description.en, QStringLiteral("descriptionEn"), maxDescriptionLength);
    checkText(project.description.zh, QStringLiteral("descriptionZh"), maxDescriptionLength);
    checkPeriod(project.plannedStart, project.plannedEnd, QStringLiteral("plannedEnd"));
    checkPeriod(project.actualStart, project.actualEnd, QStringLiteral("actualEnd"));
    checkOrganisations(project);
    checkCountries(project);
    checkSdgGoals(project);
}

void ProjectValidator::checkOrganisations(const Project &project)
{
    QSet<QPair<qint64, int>> seen;
    for (int i = 0; i < project.organisations.size(); ++i) {
        const ParticipatingOrganisation &organisation = project.organisations.at(i);
        const QString key = field(child(QStringLiteral("organisations"), i), "organisation");
        if (organisation.organisationId == 0) {
            add(key, tr("Choose an organisation."));
            continue;
        }
        const QPair<qint64, int> pair(organisation.organisationId, int(organisation.role));
        if (seen.contains(pair))
            add(key, tr("This organisation is already listed in this role."));
        seen.insert(pair);
    }
}

void ProjectValidator::checkCountries(const Project &project)
{
    const QList<RecipientCountry> &countries = project.countries;
    bool anyGiven = false;
    for (const RecipientCountry &country : countries)
        anyGiven = anyGiven || country.percentage.has_value();

    QSet<QString> seen;
    double total = 0;
    bool allGiven = true;
    for (int i = 0; i < countries.size(); ++i) {
        const RecipientCountry &country = countries.at(i);
        const QString row = child(QStringLiteral("countries"), i);
        if (country.countryCode.isEmpty())
            add(field(row, "country"), tr("Choose a country."));
        else if (seen.contains(country.countryCode))
            add(field(row, "country"), tr("This country is already listed."));
        seen.insert(country.countryCode);

        if (!country.percentage) {
            allGiven = false;
            if (anyGiven)
                add(field(row, "percentage"),
                    tr("Give a percentage for every country, or for none."));
            continue;
        }
        const double percentage = *country.percentage;
        if (!std::isfinite(percentage) || percentage < 0 || percentage > 100)
            add(field(row, "percentage"), tr("A percentage must be between 0 and 100."));
        total += percentage;
    }
    // 33.33 three times is 99.99 give or take a rounding error, which must not count.
    if (anyGiven && allGiven && std::abs(total - 100) > percentageTolerance + 1e-9)
        add(QStringLiteral("countries"),
            tr("The percentages add up to %1%, not 100%.").arg(QLocale().toString(total, 'g', 6)));
}

void ProjectValidator::checkSdgGoals(const Project &project)
{
    QSet<int> seen;
    for (const int goal : project.sdgGoals) {
        if (goal < 1 || goal > 17)
            add(QStringLiteral("sdgGoals"),
                tr("There is no SDG %1: the goals are numbered 1 to 17.").arg(goal));
        else if (seen.contains(goal))
            add(QStringLiteral("sdgGoals"), tr("SDG %1 is listed twice.").arg(goal));
        seen.insert(goal);
    }
}

void ProjectValidator::checkFundingLine(const FundingLine &line, const QString &key)
{
    if (line.amount.hundredths < 0)
        add(field(key, "amount"), tr("An amount cannot be negative."));
    if (!CurrencyCodes::isKnown(line.amount.currency))
        add(field(key, "currency"), tr("“%1” is not an ISO 4217 currency code such as USD or CNY.")
                                        .arg(line.amount.currency));
    checkPeriod(line.periodStart, line.periodEnd, field(key, "periodEnd"));
    checkText(line.note.en, field(key, "noteEn"), maxDescriptionLength);
    checkText(line.note.zh, field(key, "noteZh"), maxDescriptionLength);
}

void ProjectValidator::checkEvent(const Event &event, const QString &key)
{
    checkTitle(event.title, key + QLatin1String("/title"),
               tr("Give the event a title in English or in Chinese."));
    checkPeriod(event.startOn, event.endOn, field(key, "endOn"));
    checkText(event.place.en, field(key, "placeEn"), maxTitleLength);
    checkText(event.place.zh, field(key, "placeZh"), maxTitleLength);
    checkText(event.description.en, field(key, "descriptionEn"), maxDescriptionLength);
    checkText(event.description.zh, field(key, "descriptionZh"), maxDescriptionLength);

    const ParticipantCounts &counts = event.participants;
    checkCount(counts.total, field(key, "total"));
    checkCount(counts.government, field(key, "government"));
    checkCount(counts.workers, field(key, "workers"));
    checkCount(counts.employers, field(key, "employers"));
    checkCount(counts.women, field(key, "women"));
    checkCount(counts.men, field(key, "men"));
    // With "over 150" the total is a minimum and may well be below women plus men.
    if (counts.total && counts.women && counts.men && !counts.totalIsMinimum &&
        *counts.women + *counts.men > *counts.total)
        add(field(key, "total"), tr("Women and men together (%1) are more than the total (%2).")
                                     .arg(QLocale().toString(*counts.women + *counts.men),
                                          QLocale().toString(*counts.total)));
}

void ProjectValidator::checkIndicator(const Indicator &indicator, const QString &key)
{
    checkTitle(indicator.title, key + QLatin1String("/title"),
               tr("Give the indicator a title in English or in Chinese."));
    checkText(indicator.unit.en, field(key, "unitEn"), maxTitleLength);
    checkText(indicator.unit.zh, field(key, "unitZh"), maxTitleLength);
    for (int i = 0; i < indicator.periods.size(); ++i) {
        const IndicatorPeriod &period = indicator.periods.at(i);
        checkPeriod(period.start, period.end,
                    field(child(key + QLatin1String("/periods"), i), "end"));
    }
}

// A missing title is reported on the pair ("title"); a bad text on its language
// ("titleEn", "titleZh").
void ProjectValidator::checkTitle(const LocalizedText &title, const QString &key,
                                  const QString &missing)
{
    if (title.en.trimmed().isEmpty() && title.zh.trimmed().isEmpty())
        add(key, missing);
    checkText(title.en, key + QLatin1String("En"), maxTitleLength);
    checkText(title.zh, key + QLatin1String("Zh"), maxTitleLength);
}

void ProjectValidator::checkText(const QString &text, const QString &key, int maxLength)
{
    if (text.size() > maxLength)
        add(key, tr("Too long: %1 characters, at most %2 are allowed.")
                     .arg(QLocale().toString(text.size()), QLocale().toString(maxLength)));
    if (TextInput::hasControlCharacters(text))
        add(key, tr("Contains control characters; remove them or paste the text again."));
}

void ProjectValidator::checkPeriod(const PartialDate &start, const PartialDate &end,
                                   const QString &endKey)
{
    if (isBefore(end, start))
        add(endKey, tr("The end (%1) is before the start (%2).").arg(end.toIso(), start.toIso()));
}

void ProjectValidator::checkCount(const std::optional<int> &count, const QString &key)
{
    if (count && *count < 0)
        add(key, tr("A number of people cannot be negative."));
}

void ProjectValidator::add(const QString &field, const QString &message)
{
    m_problems.append({field, message});
}

} // namespace sstc
