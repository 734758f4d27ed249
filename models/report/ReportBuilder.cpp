#include "models/report/ReportBuilder.h"

#include "models/query/ProjectIdQuery.h"
#include "models/report/ReportWords.h"
#include "models/repositories/AgreementRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/text/Formats.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sstc {

namespace {
// The report's title, on its cover and in the PDF's metadata.
QString reportTitle(Language language)
{
    return ReportWords::pick(language, "Progress report to the donor", "致捐助方的进展报告");
}

bool overlaps(const PartialDate &start, const PartialDate &end, const QDate &from, const QDate &to)
{
    const PartialDate last = end.isNull() ? start : end;
    if (start.isNull())
        return false;
    return start.firstDay() <= to && last.lastDay() >= from;
}

double fractionalYear(const QDate &date)
{
    return date.year() + double(date.dayOfYear() - 1) / double(date.daysInYear());
}

} // namespace

QList<qint64> ReportBuilder::projectIdsOf(const ReportRequest &request)
{
    QList<qint64> ids;
    if (request.donorId != 0) {
        ProjectFilter filter;
        filter.donorIds = {request.donorId};
        ids = ProjectIdQuery(m_store).matching(filter);
    } else {
        ids = request.projectIds;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

ReportDocument ReportBuilder::build(const ReportRequest &request)
{
    m_projects.clear();
    FundingRepository funding(m_store);
    for (const qint64 id : projectIdsOf(request)) {
        std::optional<ProjectDetails> details = ProjectDetails::load(m_store, id);
        if (!details)
            continue;
        Loaded loaded{*details, ReportFinance::compute(details->funding, request.to,
                                                       request.currency, funding)};
        m_projects << loaded;
    }
    std::sort(m_projects.begin(), m_projects.end(), [](const Loaded &a, const Loaded &b) {
        return a.details.project.code < b.details.project.code;
    });

    ReportDocument document;
    const QList<Language> languages = request.languageList();
    QStringList titles;
    QStringList footers;
    QStringList authors;
    for (const Language language : languages) {
        titles << reportTitle(language);
        authors << ReportWords::pick(language, "International Labour Organization (ILO)",
                                     "国际劳工组织");
        document.languageTags << (language == Language::Chinese ? QStringLiteral("zh-CN")
                                                                : QStringLiteral("en"));
        footers << pageFooter(language);
    }
    document.title = titles.join(QStringLiteral(" · "));
    document.pageFooter = footers.join(QStringLiteral("  ·  "));
    document.author = authors.join(QStringLiteral(" · "));

    addCover(document, request);
    for (const Language language : languages) {
        // Each language's pages carry their own running header; the period comes before the
        // donor, so that a header too long for the page loses only the end of a long name.
        // and the footer is in the pages' own language too.
        document.addPageBreak(ReportWords::pick(language, "ILO · Progress report · %1 · %2",
                                                "国际劳工组织 · 进展报告 · %1 · %2")
                                  .arg(ReportWords::period(request.from, request.to, language),
                                       donorName(request, language, NameForm::Short)),
                              pageFooter(language));
        addBody(document, request, language);
    }
    return document;
}

QString ReportBuilder::pageFooter(Language language)
{
    return ReportWords::pick(language, "Page %1 of %2", "第 %1 页，共 %2 页");
}

QString ReportBuilder::donorName(const ReportRequest &request, Language language, NameForm form)
{
    OrganisationRepository organisations(m_store);
    QList<qint64> ids;
    if (request.donorId != 0) {
        ids << request.donorId;
    } else {
        for (const Loaded &loaded : std::as_const(m_projects))
            for (const ParticipatingOrganisation &organisation :
                 loaded.details.project.organisations)
                if (organisation.role == OrganisationRole::Funding &&
                    !ids.contains(organisation.organisationId))
                    ids << organisation.organisationId;
    }
    QStringList names;
    for (const qint64 id : std::as_const(ids))
        if (const std::optional<Organisation> organisation = organisations.find(id))
            names << (form == NameForm::Short && language == Language::English &&
                              !organisation->acronym.isEmpty()
                          ? organisation->acronym
                          : organisation->name.preferring(language));
    return names.isEmpty() ? ReportWords::pick(language, "donor not recorded", "未记录捐助方")
                           : ReportWords::joined(names, language);
}

QString ReportBuilder::projectHeading(int index, Language language) const
{
    const Project &project = m_projects.at(index).details.project;
    const QString title =
        project.code.isEmpty()
            ? project.title.preferring(language)
            : QStringLiteral("%1 %2").arg(project.code, project.title.preferring(language));
    return QStringLiteral("%1. %2").arg(index + 1).arg(title);
}

void ReportBuilder::addCover(ReportDocument &document, const ReportRequest &request)
{
    for (const Language language : request.languageList())
        document.add(ReportBlockKind::Title, reportTitle(language));
    for (const Language language : request.languageList()) {
        document.add(ReportBlockKind::CoverLine,
                     ReportWords::pick(language, "Donor: %1", "捐助方：%1")
                         .arg(donorName(request, language)));
        document.add(ReportBlockKind::CoverLine,
                     ReportWords::pick(language, "Reporting period: %1", "报告期：%1")
                         .arg(ReportWords::period(request.from, request.to, language)));
        document.add(ReportBlockKind::CoverLine,
                     ReportWords::pick(language, "Date of issue: %1", "发布日期：%1")
                         .arg(ReportWords::day(request.issuedOn, language)));
        document.add(
            ReportBlockKind::CoverLine,
            ReportWords::pick(language, "International Labour Organization (ILO)", "国际劳工组织"));
    }
}

void ReportBuilder::addBody(ReportDocument &document, const ReportRequest &request,
                            Language language)
{
    if (request.sections & ReportSection::Summary)
        addSummary(document, request, language);
    if (request.sections & ReportSection::Charts)
        addTimeline(document, request, language);
    if (request.sections & ReportSection::Finance)
        addFinance(document, request, language);
    if (request.sections & ReportSection::Charts)
        addFundingChart(document, language);
    if (request.sections & ReportSection::Results)
        addResults(document, request, language);
    if (request.sections & ReportSection::Events)
        addEvents(document, request, language);
    if (request.sections & ReportSection::Agreements)
        addAgreements(document, language);
}

void ReportBuilder::addSummary(ReportDocument &document, const ReportRequest &request,
                               Language language)
{
    document.add(ReportBlockKind::Heading, ReportWords::pick(language, "Summary", "摘要"));
    if (m_projects.isEmpty()) {
        document.add(
            ReportBlockKind::Note,
            ReportWords::pick(language, "The report covers no project.", "本报告不涉及任何项目。"));
        return;
    }
    QStringList countries;
    for (const Loaded &loaded : std::as_const(m_projects))
        for (const RecipientCountry &country : loaded.details.project.countries) {
            const QString name =
                loaded.details.countries.contains(country.countryCode)
                    ? loaded.details.countries.value(country.countryCode).name.preferring(language)
                    : country.countryCode;
            if (!countries.contains(name))
                countries << name;
        }
    const QString countryText =
        countries.isEmpty()
            ? ReportWords::pick(language, "no recipient country recorded", "未记录受援国")
            : ReportWords::joined(countries, language);
    document.add(ReportBlockKind::Paragraph,
                 ReportWords::pick(language, "Projects: %1. Countries (%2): %3.",
                                   "项目：%1 个。国家（%2 个）：%3。")
                     .arg(m_projects.size())
                     .arg(countries.size())
                     .arg(countryText));

    std::optional<qint64> budget, received, spent;
    int unconverted = 0;
    auto add = [](std::optional<qint64> &sum, std::optional<qint64> value) {
        if (value)
            sum = sum.value_or(0) + *value;
    };
    for (const Loaded &loaded : std::as_const(m_projects)) {
        add(budget, loaded.finance.totalBudget());
        add(received, loaded.finance.totalReceived());
        add(spent, loaded.finance.totalSpent());
        unconverted += loaded.finance.unconverted.size();
    }
    std::optional<double> people;
    bool peopleIsMinimum = false;
    for (const Loaded &loaded : std::as_const(m_projects))
        for (const Event &event : loaded.details.events)
            if (overlaps(event.startOn, event.endOn, request.from, request.to) &&
                event.participants.total) {
                people = people.value_or(0) + *event.participants.total;
                peopleIsMinimum = peopleIsMinimum || event.participants.totalIsMinimum;
            }

    ReportTable table;
    table.header = QStringList{ReportWords::pick(language, "Item", "内容"),
                               ReportWords::pick(language, "Amount", "数额")};
    table.numericColumns = {1};
    table.columnWeights = {3, 2};
    const QString currency = request.currency;
    table.rows << QStringList{ReportWords::pick(language, "Budget", "预算"),
                              ReportWords::money(budget, currency, language)};
    table.rows << QStringList{ReportWords::pick(language, "Funds received", "到账资金"),
                              ReportWords::money(received, currency, language)};
    table.rows << QStringList{ReportWords::pick(language, "Expenditure", "支出"),
                              ReportWords::money(spent, currency, language)};
    table.rows << QStringList{ReportWords::pick(language, "Delivery rate", "执行率"),
                              ReportWords::rate(spent, budget, language)};
    table.rows << QStringList{ReportWords::pick(language,
                                                "People taking part in events of the period",
                                                "报告期内活动参与人数"),
                              ReportWords::number(people, language, peopleIsMinimum)};
    document.addTable(table);
    if (unconverted > 0)
        document.add(
            ReportBlockKind::Note,
            ReportWords::pick(language,
                              "%1 funding line(s) could not be converted and are not counted in "
                              "these totals; the financial statement lists them.",
                              "%1 条资金条目无法换算，未计入上述合计；详见财务报表。")
                .arg(unconverted));

    ReportTable projects;
    bool anyCode = false;
    for (const Loaded &loaded : std::as_const(m_projects))
        anyCode = anyCode || !loaded.details.project.code.isEmpty();
    projects.header = QStringList{ReportWords::pick(language, "No.", "序号"),
                                  ReportWords::pick(language, "Project", "项目"),
                                  ReportWords::pick(language, "Duration", "期限")};
    projects.columnWeights = {0.6, 4.5, 2};
    // The code column only when some project has a code.
    if (anyCode) {
        projects.header.insert(1, ReportWords::pick(language, "Code", "编号"));
        projects.columnWeights.insert(1, 1.2);
    }
    for (int index = 0; index < m_projects.size(); ++index) {
        const Project &project = m_projects.at(index).details.project;
        QStringList row{QString::number(index + 1), project.title.preferring(language),
                        ReportWords::span(project.start(), project.end(), language)};
        if (anyCode)
            row.insert(1, project.code.isEmpty() ? ReportWords::dash() : project.code);
        projects.rows << row;
    }
    document.addTable(projects);
}

void ReportBuilder::addFinance(ReportDocument &document, const ReportRequest &request,
                               Language language)
{
    document.add(ReportBlockKind::Heading,
                 ReportWords::pick(language, "Financial statement", "财务报表"));
    document.add(
        ReportBlockKind::Paragraph,
        ReportWords::pick(
            language,
            "Amounts in %1, from the start of each project to %2, converted at the "
            "exchange rate in force on each value date. The delivery rate is "
            "expenditure divided by budget.",
            "金额以%1计，自各项目开始至%2，按各汇率折算日适用的汇率换算。执行率为支出除以预算。")
            .arg(ReportWords::currencyName(request.currency, language),
                 ReportWords::day(request.to, language)));
    for (int index = 0; index < m_projects.size(); ++index) {
        const Loaded &loaded = m_projects.at(index);
        document.add(ReportBlockKind::Subheading, projectHeading(index, language));
        const ReportFinance &finance = loaded.finance;
        if (!finance.hasLines) {
            document.add(ReportBlockKind::Note,
                         ReportWords::pick(language,
                                           "No funding lines are recorded for this project.",
                                           "该项目未记录任何资金条目。"));
            continue;
        }
        if (!finance.years.isEmpty()) {
            ReportTable table;
            table.header = QStringList{ReportWords::pick(language, "Year", "年份"),
                                       ReportWords::pick(language, "Budget", "预算"),
                                       ReportWords::pick(language, "Received", "到账资金"),
                                       ReportWords::pick(language, "Spent", "支出"),
                                       ReportWords::pick(language, "Balance", "余额"),
                                       ReportWords::pick(language, "Delivery", "执行率")};
            table.numericColumns = {1, 2, 3, 4, 5};
            table.columnWeights = {1, 2, 2, 2, 2, 1.2};
            auto row = [&](const QString &label, std::optional<qint64> budget,
                           std::optional<qint64> received, std::optional<qint64> spent) {
                std::optional<qint64> balance;
                if (received || spent)
                    balance = received.value_or(0) - spent.value_or(0);
                return QStringList{label,
                                   ReportWords::money(budget, finance.currency, language),
                                   ReportWords::money(received, finance.currency, language),
                                   ReportWords::money(spent, finance.currency, language),
                                   ReportWords::money(balance, finance.currency, language),
                                   ReportWords::rate(spent, budget, language)};
            };
            for (const ReportFinanceYear &year : finance.years)
                table.rows << row(year.year == 0
                                      ? ReportWords::pick(language, "undated", "日期不详")
                                      : QString::number(year.year),
                                  year.budget, year.received, year.spent);
            table.rows << row(ReportWords::pick(language, "Total", "合计"), finance.totalBudget(),
                              finance.totalReceived(), finance.totalSpent());
            document.addTable(table);
            QStringList currencies;
            for (const QString &code : std::as_const(finance.originalCurrencies))
                currencies << Formats::currencyName(code, language);
            document.add(ReportBlockKind::Paragraph,
                         ReportWords::pick(language, "Original currency: %1.", "原币种：%1。")
                             .arg(ReportWords::joined(currencies, language)));

        } else if (finance.unconverted.isEmpty()) {
            document.add(
                ReportBlockKind::Note,
                ReportWords::pick(language,
                                  "No budget, receipt or expenditure is recorded up to the "
                                  "end of the period.",
                                  "截至报告期末，未记录预算、收款或支出。"));
        }
        for (const ReportUnconvertedLine &line : finance.unconverted) {
            const QString amount = Formats::money(line.line.amount, language);
            const QString kind = ReportWords::fundingKind(line.line.kind, language);
            document.add(ReportBlockKind::Note,
                         line.date.isValid()
                             ? ReportWords::pick(
                                   language,
                                   "Not converted: %1 (%2, %3): no exchange rate to %4 in force "
                                   "on that date.",
                                   "未换算：%1（%2，%3）：该日期没有适用的%4汇率。")
                                   .arg(amount, kind, ReportWords::day(line.date, language),
                                        finance.currency)
                             : ReportWords::pick(language,
                                                 "Not converted: %1 (%2): the line has no date.",
                                                 "未换算：%1（%2）：该条目没有日期。")
                                   .arg(amount, kind));
        }
    }
}

void ReportBuilder::addResults(ReportDocument &document, const ReportRequest &request,
                               Language language)
{
    document.add(ReportBlockKind::Heading,
                 ReportWords::pick(language, "Results and indicators", "成果与指标"));
    for (int index = 0; index < m_projects.size(); ++index) {
        const Loaded &loaded = m_projects.at(index);
        document.add(ReportBlockKind::Subheading, projectHeading(index, language));
        if (loaded.details.indicators.isEmpty()) {
            document.add(ReportBlockKind::Note,
                         ReportWords::pick(language, "No indicators are recorded for this project.",
                                           "该项目未记录任何指标。"));
            continue;
        }
        ReportTable table;
        table.header = QStringList{ReportWords::pick(language, "Indicator", "指标"),
                                   ReportWords::pick(language, "Period", "期间"),
                                   ReportWords::pick(language, "Baseline", "基线"),
                                   ReportWords::pick(language, "Target", "目标值"),
                                   ReportWords::pick(language, "Actual", "实际值"),
                                   ReportWords::pick(language, "Women", "女性"),
                                   ReportWords::pick(language, "Men", "男性")};
        table.numericColumns = {2, 3, 4, 5, 6};
        table.columnWeights = {4, 1.8, 1.2, 1.2, 1.4, 1.2, 1.2};
        for (const Indicator &indicator : loaded.details.indicators) {
            QString title = indicator.title.preferring(language);
            const QString unit = indicator.unit.preferring(language);
            if (!unit.isEmpty() && !ReportWords::namesUnit(title, unit))
                title += ReportWords::pick(language, " (%1)", "（%1）").arg(unit);
            QString baseline = ReportWords::number(indicator.baseline, language);
            if (indicator.baseline && indicator.baselineYear)
                baseline +=
                    ReportWords::pick(language, " (%1)", "（%1年）").arg(*indicator.baselineYear);
            QList<IndicatorPeriod> periods;
            for (const IndicatorPeriod &period : indicator.periods)
                if ((period.start.isNull() && period.end.isNull()) ||
                    overlaps(period.start.isNull() ? period.end : period.start, period.end,
                             request.from, request.to))
                    periods << period;
            if (periods.isEmpty()) {
                table.rows << QStringList{
                    title,
                    ReportWords::pick(language, "none in the period", "本期无数据"),
                    baseline,
                    ReportWords::dash(),
                    ReportWords::dash(),
                    ReportWords::dash(),
                    ReportWords::dash()};
                continue;
            }
            for (const IndicatorPeriod &period : periods)
                table.rows << QStringList{
                    title,
                    ReportWords::span(period.start, period.end, language),
                    baseline,
                    ReportWords::number(period.target, language),
                    ReportWords::number(period.actual, language, period.actualIsMinimum),
                    ReportWords::number(period.actualWomen, language),
                    ReportWords::number(period.actualMen, language)};
        }
        document.addTable(table);
    }
}

void ReportBuilder::addEvents(ReportDocument &document, const ReportRequest &request,
                              Language language)
{
    document.add(ReportBlockKind::Heading,
                 ReportWords::pick(language, "Activities and events", "活动情况"));
    struct Row
    {
        QString project; // its number in the report
        Event event;
    };
    QList<Row> rows;
    for (int index = 0; index < m_projects.size(); ++index)
        for (const Event &event : m_projects.at(index).details.events)
            if (overlaps(event.startOn, event.endOn, request.from, request.to))
                rows << Row{QString::number(index + 1), event};
    if (rows.isEmpty()) {
        document.add(ReportBlockKind::Note,
                     ReportWords::pick(language,
                                       "No event of these projects falls in the reporting period.",
                                       "报告期内这些项目没有任何活动。"));
        return;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.event.startOn.firstDay() < b.event.startOn.firstDay();
    });
    ReportTable table;
    table.header = QStringList{ReportWords::pick(language, "Date", "日期"),
                               ReportWords::pick(language, "No.", "序号"),
                               ReportWords::pick(language, "Event", "活动"),
                               ReportWords::pick(language, "Place", "地点"),
                               ReportWords::pick(language, "Participants", "与会者"),
                               ReportWords::pick(language, "Women", "女性"),
                               ReportWords::pick(language, "Men", "男性")};
    table.numericColumns = {4, 5, 6};
    table.columnWeights = {1.8, 0.6, 3.6, 1.5, 1.8, 1.1, 1};
    for (const Row &row : std::as_const(rows)) {
        const Event &event = row.event;
        const ParticipantCounts &people = event.participants;
        auto optionalInt = [](std::optional<int> value) {
            return value ? std::optional<double>(*value) : std::nullopt;
        };
        table.rows << QStringList{
            ReportWords::span(event.startOn, event.endOn.isNull() ? event.startOn : event.endOn,
                              language),
            row.project,
            ReportWords::pick(language, "%1: %2", "%1：%2")
                .arg(ReportWords::eventKind(event.kind, language),
                     event.title.preferring(language)),
            event.place.preferring(language).isEmpty() ? ReportWords::dash()
                                                       : event.place.preferring(language),
            ReportWords::number(optionalInt(people.total), language, people.totalIsMinimum),
            ReportWords::number(optionalInt(people.women), language),
            ReportWords::number(optionalInt(people.men), language)};
    }
    document.addTable(table);
}

void ReportBuilder::addAgreements(ReportDocument &document, Language language)
{
    document.add(
        ReportBlockKind::Heading,
        ReportWords::pick(language, "Agreements the projects rest on", "项目所依据的协议"));
    AgreementRepository agreements(m_store);
    QList<Agreement> found;
    QSet<qint64> seen;
    QList<qint64> pending;
    for (const Loaded &loaded : std::as_const(m_projects))
        if (loaded.details.agreement)
            pending << loaded.details.agreement->id;
    // An amendment is read with the agreement it amends.
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        if (id == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        if (const std::optional<Agreement> agreement = agreements.find(id)) {
            found << *agreement;
            pending << agreement->amendsId;
        }
    }
    if (found.isEmpty()) {
        document.add(ReportBlockKind::Note,
                     ReportWords::pick(language, "The projects name no agreement.",
                                       "这些项目未注明所依据的协议。"));
        return;
    }
    std::stable_sort(found.begin(), found.end(), [](const Agreement &a, const Agreement &b) {
        return a.signedOn.toIso() < b.signedOn.toIso();
    });
    ReportTable table;
    table.header = QStringList{ReportWords::pick(language, "Signed", "签署日期"),
                               ReportWords::pick(language, "Agreement", "协议"),
                               ReportWords::pick(language, "Kind", "类型"),
                               ReportWords::pick(language, "Valid", "有效期")};
    table.columnWeights = {1.4, 4.5, 2, 2};
    for (const Agreement &agreement : std::as_const(found))
        table.rows << QStringList{
            agreement.signedOn.isNull() ? ReportWords::dash()
                                        : Formats::date(agreement.signedOn, language),
            agreement.title.preferring(language),
            ReportWords::agreementKind(agreement.kind, language),
            ReportWords::span(agreement.validFrom, agreement.validTo, language)};
    document.addTable(table);
}

void ReportBuilder::addTimeline(ReportDocument &document, const ReportRequest &request,
                                Language language)
{
    ReportFigure figure;
    figure.kind = ReportFigureKind::Timeline;
    figure.caption =
        ReportWords::pick(language, "Timeline of the projects (the reporting period shaded)",
                          "项目时间线（阴影为报告期）");
    double first = 0, last = 0;
    for (int index = 0; index < m_projects.size(); ++index) {
        const Project &project = m_projects.at(index).details.project;
        if (project.start().isNull())
            continue;
        const PartialDate end = project.end().isNull() ? project.start() : project.end();
        const double from = fractionalYear(project.start().firstDay());
        const double to = fractionalYear(end.lastDay().addDays(1));
        figure.rows << ReportFigureRow{
            project.code.isEmpty() ? QString::number(index + 1)
                                   : QStringLiteral("%1 %2").arg(index + 1).arg(project.code),
            {from, to},
            {}};
        first = figure.rows.size() == 1 ? from : std::min(first, from);
        last = figure.rows.size() == 1 ? to : std::max(last, to);
    }
    if (figure.rows.isEmpty())
        return;
    figure.periodFrom = fractionalYear(request.from);
    figure.periodTo = fractionalYear(request.to.addDays(1));
    figure.axisFrom = std::floor(std::min(first, figure.periodFrom));
    figure.axisTo = std::ceil(std::max(last, figure.periodTo));
    document.addFigure(figure);
}

void ReportBuilder::addFundingChart(ReportDocument &document, Language language)
{
    ReportFigure figure;
    figure.kind = ReportFigureKind::FundingBars;
    QString currency;
    // Per year: budget, received, spent; none when no project has lines of that kind then.
    QMap<int, QList<std::optional<qint64>>> byYear;
    const auto add = [](std::optional<qint64> &sum, std::optional<qint64> amount) {
        if (amount)
            sum = sum.value_or(0) + *amount;
    };
    for (const Loaded &loaded : std::as_const(m_projects)) {
        currency = loaded.finance.currency;
        for (const ReportFinanceYear &year : loaded.finance.years) {
            if (year.year == 0)
                continue;
            QList<std::optional<qint64>> &values = byYear[year.year];
            values.resize(3);
            add(values[0], year.budget);
            add(values[1], year.received);
            add(values[2], year.spent);
        }
    }
    if (byYear.isEmpty())
        return;
    figure.caption = ReportWords::pick(language, "Funding per year (%1)", "每年资金（%1）")
                         .arg(ReportWords::currencyName(currency, language));
    figure.seriesNames = QStringList{ReportWords::pick(language, "Budget", "预算"),
                                     ReportWords::pick(language, "Received", "到账资金"),
                                     ReportWords::pick(language, "Spent", "支出")};
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        ReportFigureRow row{QString::number(it.key()), {}, {}};
        // A kind with no lines gets no bar and no label, as the statement shows a dash.
        for (const std::optional<qint64> &hundredths : it.value()) {
            row.values << hundredths.value_or(0) / 100.0;
            row.valueTexts << (hundredths ? Formats::money(Money{*hundredths, currency}, language)
                                          : QString());
        }
        figure.rows << row;
    }
    document.addFigure(figure);
}

} // namespace sstc
