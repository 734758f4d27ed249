#include "models/synthetic/SyntheticPortfolio.h"

#include "models/repositories/AgreementRepository.h"
#include "models/repositories/FundingRepository.h"
#include "models/repositories/OrganisationRepository.h"
#include "models/repositories/ReferenceRepository.h"
#include "models/sample/ReferenceData.h"
#include "models/store/PortfolioStore.h"
#include "models/store/StoreError.h"
#include "models/store/WriteTransaction.h"
#include "models/synthetic/SyntheticRandom.h"

#include <cmath>

namespace sstc {

namespace {

struct Phrase
{
    const char *en;
    const char *zh;
};

// The work the real portfolio does, with the SDG goals each serves and its theme.
struct Topic
{
    Phrase name;
    int goals[2];
    int theme;
};

const Phrase themeNames[] = {
    {"Employment", "就业"},
    {"Skills and TVET", "技能与职业教育培训"},
    {"Social protection", "社会保护"},
    {"Labour migration", "劳动力迁移"},
    {"Safety and health at work", "职业安全与卫生"},
    {"Labour standards", "劳工标准"},
    {"Enterprises", "企业"},
};

const Topic topics[] = {
    {{"skills development", "技能发展"}, {4, 8}, 1},
    {{"labour migration", "劳动力迁移"}, {8, 10}, 3},
    {{"social protection coverage", "社会保护覆盖"}, {1, 10}, 2},
    {{"employment services", "就业服务"}, {8, 0}, 0},
    {{"labour market information", "劳动力市场信息"}, {8, 0}, 0},
    {{"occupational safety and health", "职业安全与卫生"}, {3, 8}, 4},
    {{"youth employment", "青年就业"}, {8, 4}, 0},
    {{"women's entrepreneurship", "妇女创业"}, {5, 8}, 6},
    {{"rural employment", "农村就业"}, {1, 8}, 0},
    {{"wage policy", "工资政策"}, {8, 10}, 5},
    {{"maritime labour standards", "海事劳工标准"}, {8, 14}, 5},
    {{"green jobs", "绿色就业"}, {8, 13}, 0},
    {{"digital social security services", "数字化社会保障服务"}, {1, 9}, 2},
    {{"small enterprise development", "小企业发展"}, {8, 9}, 6},
    {{"the elimination of child labour", "消除童工"}, {8, 16}, 5},
    {{"vocational training institutes", "职业技术培训机构"}, {4, 0}, 1},
};

const Phrase verbs[] = {
    {"Strengthening", "加强"}, {"Expanding", "扩大"}, {"Promoting", "促进"},
    {"Extending", "扩展"},     {"Improving", "改善"}, {"Supporting", "支持"},
};

const Phrase aims[] = {
    {"It builds the capacity of national institutes and social partners",
     "项目加强国家机构和社会伙伴的能力"},
    {"It shares China's experience with policy makers and practitioners",
     "项目与政策制定者和从业人员分享中国经验"},
    {"It pilots services that the government can extend nationwide",
     "项目试点可由政府推广至全国的服务"},
    {"It links training providers with employers in growing sectors",
     "项目将培训机构与新兴行业的雇主联系起来"},
};

const Phrase eventKinds[] = {
    {"Seminar", "研讨会"},       {"Workshop", "讲习班"}, {"Conference", "会议"},
    {"Study visit", "考察访问"}, {"Training", "培训"},
};

// Countries the real portfolio works in, and others of the same regions.
const char *const recipientCodes[] = {"KH", "LA", "MM", "VN", "TH", "ID", "PH", "MY", "PK",
                                      "BD", "NP", "LK", "MN", "KE", "ET", "TZ", "ZM", "UG",
                                      "GH", "NG", "SN", "EG", "PE", "FJ", "TL"};

// The day statuses are decided at, so that the content does not depend on when it was made.
const QDate statusDay(2026, 1, 1);

QString joinedNames(const QList<Country> &countries, Language language)
{
    QStringList names;
    for (const Country &country : countries)
        names << country.name.preferring(language);
    if (language == Language::Chinese)
        return names.join(QStringLiteral("、"));
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

PartialDate dayOf(const QDate &date)
{
    return PartialDate::day(date);
}

// A day between `from` and `to`.
QDate dayBetween(SyntheticRandom &random, const QDate &from, const QDate &to)
{
    return from.addDays(random.below(int(qMax<qint64>(1, from.daysTo(to) + 1))));
}

FundingLine line(FundingKind kind, qint64 hundredths, const QString &currency, const QDate &date,
                 qint64 provider = 0)
{
    FundingLine line;
    line.kind = kind;
    line.amount = Money{hundredths, currency};
    line.valueDate = dayOf(date);
    line.providerOrganisationId = provider;
    return line;
}

} // namespace

SyntheticPortfolio::SyntheticPortfolio(quint32 seed, SyntheticSize size)
    : m_seed(seed)
    , m_size(std::move(size))
    , m_recipients(recipients())
{}

QList<Country> SyntheticPortfolio::recipients() const
{
    QList<Country> found;
    const QList<Country> all = ReferenceData::countries();
    for (const char *code : recipientCodes)
        for (const Country &country : all)
            if (country.code == QLatin1String(code))
                found << country;
    return found;
}

QList<Organisation> SyntheticPortfolio::donors() const
{
    QList<Organisation> list;
    for (int i = 1; i <= m_size.donors(); ++i) {
        Organisation donor;
        donor.acronym = QStringLiteral("DA%1").arg(i, 2, 10, QLatin1Char('0'));
        donor.name = {QStringLiteral("Donor agency %1").arg(i, 2, 10, QLatin1Char('0')),
                      QStringLiteral("捐助机构 %1").arg(i, 2, 10, QLatin1Char('0'))};
        donor.type = OrganisationType::Government;
        donor.countryCode = QStringLiteral("CN");
        list << donor;
    }
    return list;
}

QList<Organisation> SyntheticPortfolio::implementers() const
{
    static const OrganisationType types[] = {
        OrganisationType::Multilateral, OrganisationType::Government, OrganisationType::Workers,
        OrganisationType::Employers, OrganisationType::Academic};
    QList<Organisation> list;
    for (int i = 1; i <= m_size.implementers(); ++i) {
        Organisation partner;
        partner.acronym = QStringLiteral("IP%1").arg(i, 3, 10, QLatin1Char('0'));
        partner.name = {QStringLiteral("Implementing partner %1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("执行伙伴 %1").arg(i, 3, 10, QLatin1Char('0'))};
        partner.type = types[i % std::size(types)];
        partner.countryCode = m_recipients.at(i % m_recipients.size()).code;
        list << partner;
    }
    return list;
}

QList<Theme> SyntheticPortfolio::themes() const
{
    QList<Theme> list;
    int number = 0;
    for (const Phrase &name : themeNames)
        list << Theme{0,
                      QStringLiteral("synthetic-%1").arg(++number),
                      {QString::fromUtf8(name.en), QString::fromUtf8(name.zh)}};
    return list;
}

// A yuan-to-dollar rate for the first of every month the projects' money may fall in, so
// that amounts in yuan convert as they would in a real portfolio.
QList<ExchangeRate> SyntheticPortfolio::exchangeRates() const
{
    SyntheticRandom random(quint64(m_seed) << 32 | 0xfffffff0u);
    QList<ExchangeRate> rates;
    double usdPerYuan = 0.125;
    for (QDate month(2003, 1, 1); month.year() <= 2037; month = month.addMonths(1)) {
        usdPerYuan *= 1 + (random.between(-20, 20) / 1000.0);
        usdPerYuan = qBound(0.12, usdPerYuan, 0.165);
        rates << ExchangeRate{0,
                              QStringLiteral("CNY"),
                              QStringLiteral("USD"),
                              month,
                              std::round(usdPerYuan * 1e6) / 1e6,
                              QStringLiteral("synthetic")};
    }
    return rates;
}

Agreement SyntheticPortfolio::agreement(int index, const Ids &ids) const
{
    SyntheticRandom random(quint64(m_seed) << 32 | quint32(0x80000000u + index));
    const Topic &topic = random.pick(topics);
    Agreement agreement;
    agreement.kind = random.chance(15) ? AgreementKind::WorkProgramme : AgreementKind::Mou;
    agreement.title = {QStringLiteral("Cooperation on %1, agreement %2")
                           .arg(QString::fromUtf8(topic.name.en))
                           .arg(index + 1),
                       QStringLiteral("关于%1的合作协议（第%2号）")
                           .arg(QString::fromUtf8(topic.name.zh))
                           .arg(index + 1)};
    const QDate signedOn = dayBetween(random, QDate(2001, 1, 1), QDate(2025, 12, 31));
    agreement.signedOn = dayOf(signedOn);
    agreement.validFrom = dayOf(signedOn);
    agreement.validTo = dayOf(signedOn.addYears(random.between(2, 8)));
    agreement.summary = {
        QStringLiteral("Sets out how the parties cooperate on %1.")
            .arg(QString::fromUtf8(topic.name.en)),
        QStringLiteral("规定双方在%1方面的合作。").arg(QString::fromUtf8(topic.name.zh))};
    if (index > 0 && random.chance(10)) {
        agreement.kind = AgreementKind::Amendment;
        agreement.amendsId = ids.agreements.at(random.below(index));
    }
    agreement.parties << AgreementParty{random.pick(ids.donors), {}, {}}
                      << AgreementParty{random.pick(ids.implementers), {}, {}};
    if (agreement.parties.at(0).organisationId == agreement.parties.at(1).organisationId)
        agreement.parties.removeLast();
    return agreement;
}

ProjectRecord SyntheticPortfolio::project(int index, const Ids &ids) const
{
    // Each project from its own seed, so that any one can be made without the others.
    SyntheticRandom random(quint64(m_seed) << 32 | quint32(index));
    ProjectRecord record;
    Project &project = record.project;
    const Topic &topic = random.pick(topics);
    const Phrase &verb = random.pick(verbs);
    const Phrase &aim = random.pick(aims);
    const QString topicEn = QString::fromUtf8(topic.name.en);
    const QString topicZh = QString::fromUtf8(topic.name.zh);

    QList<Country> countries;
    for (int count = random.chance(60) ? 1 : random.between(2, 3); countries.size() < count;) {
        const Country &country = m_recipients.at(random.below(int(m_recipients.size())));
        if (!std::any_of(countries.begin(), countries.end(),
                         [&](const Country &c) { return c.code == country.code; }))
            countries << country;
    }
    const bool withPercentages = countries.size() > 1 && random.chance(70);
    int remaining = 100;
    for (int i = 0; i < countries.size(); ++i) {
        RecipientCountry recipient{countries.at(i).code, std::nullopt};
        if (withPercentages) {
            const int share = i + 1 == countries.size() ? remaining : 100 / int(countries.size());
            recipient.percentage = share;
            remaining -= share;
        }
        project.countries << recipient;
    }

    project.code = QStringLiteral("%1%2")
                       .arg(QLatin1String(codePrefix))
                       .arg(index + 1, 6, 10, QLatin1Char('0'));
    project.title = {
        QStringLiteral("%1 %2 in %3")
            .arg(QString::fromUtf8(verb.en), topicEn, joinedNames(countries, Language::English)),
        QStringLiteral("%1%2%3项目")
            .arg(QString::fromUtf8(verb.zh), joinedNames(countries, Language::Chinese), topicZh)};
    const qint64 donorId = random.pick(ids.donors);
    const qint64 implementerId = random.pick(ids.implementers);
    project.description = {
        QStringLiteral("A South-South cooperation project on %1 in %2. %3. Activities include "
                       "seminars, study visits and training for officials and social partners.")
            .arg(topicEn, joinedNames(countries, Language::English), QString::fromUtf8(aim.en)),
        QStringLiteral("在%1开展的%2南南合作项目。%3。活动包括为官员和社会伙伴举办的研讨会、"
                       "考察访问和培训。")
            .arg(joinedNames(countries, Language::Chinese), topicZh, QString::fromUtf8(aim.zh))};

    const QDate start = dayBetween(random, QDate(2005, 1, 1), QDate(2030, 12, 1));
    const QDate end = start.addMonths(random.between(12, 72)).addDays(-1);
    project.plannedStart = PartialDate::month(start.year(), start.month());
    project.plannedEnd = PartialDate::month(end.year(), end.month());
    if (start < statusDay && random.chance(70))
        project.actualStart = dayOf(start.addDays(random.between(0, 90)));
    if (end < statusDay && random.chance(60))
        project.actualEnd = dayOf(end.addDays(random.between(0, 120)));
    if (random.chance(2))
        project.status = ProjectStatus::Cancelled;
    else if (random.chance(1))
        project.status = ProjectStatus::Suspended;
    else if (start > statusDay)
        project.status = ProjectStatus::Pipeline;
    else if (end > statusDay)
        project.status = ProjectStatus::Implementation;
    else
        project.status =
            end.addMonths(6) > statusDay ? ProjectStatus::Finalisation : ProjectStatus::Closed;
    if (!ids.agreements.isEmpty() && random.chance(80))
        project.agreementId = random.pick(ids.agreements);
    project.organisations << ParticipatingOrganisation{donorId, OrganisationRole::Funding}
                          << ParticipatingOrganisation{implementerId,
                                                       OrganisationRole::Implementing};
    for (int goal : topic.goals)
        if (goal != 0)
            project.sdgGoals << goal;
    project.themeIds << ids.themes.at(topic.theme);

    // About ten funding lines: the budget, its revision, the commitment and the money as it
    // came in, went out and was spent, all in one currency.
    const QString currency = random.chance(85) ? QStringLiteral("USD") : QStringLiteral("CNY");
    const qint64 budget =
        qint64(random.between(100, 3000)) * 1000 * 100 * (currency == QLatin1String("CNY") ? 7 : 1);
    auto &lines = record.fundingLines;
    lines << line(FundingKind::OriginalBudget, budget, currency, start);
    lines.last().periodStart = project.plannedStart;
    lines.last().periodEnd = project.plannedEnd;
    qint64 finalBudget = budget;
    if (random.chance(30)) {
        finalBudget = budget / 100 * random.between(80, 130);
        lines << line(FundingKind::RevisedBudget, finalBudget, currency,
                      dayBetween(random, start, end));
    }
    lines << line(FundingKind::Commitment, finalBudget, currency, start, donorId);
    const int tranches = random.between(1, 3);
    for (int i = 0; i < tranches; ++i)
        lines << line(FundingKind::IncomingFunds, finalBudget / tranches, currency,
                      start.addMonths(12 * i), donorId);
    for (int i = random.between(1, 3); i > 0; --i)
        lines << line(FundingKind::Disbursement, finalBudget / 10 * random.between(1, 3), currency,
                      dayBetween(random, start, end));
    for (int i = random.between(2, 5); i > 0; --i)
        lines << line(FundingKind::Expenditure, finalBudget / 20 * random.between(1, 4), currency,
                      dayBetween(random, start, end));
    if (random.chance(10))
        lines << line(FundingKind::Pledge, budget / 2, currency, start.addYears(-1), donorId);

    for (int i = random.between(0, 6); i > 0; --i) {
        const Country &country = random.pick(countries);
        const Phrase &kind = random.pick(eventKinds);
        Event event;
        event.kind = EventKind(int(&kind - eventKinds));
        event.title = {QStringLiteral("%1 on %2").arg(QString::fromUtf8(kind.en), topicEn),
                       QStringLiteral("%1%2").arg(topicZh, QString::fromUtf8(kind.zh))};
        const QDate on = dayBetween(random, start, end);
        event.startOn = dayOf(on);
        event.endOn = dayOf(on.addDays(random.between(0, 4)));
        event.place = country.name;
        event.countryCode = country.code;
        const int total = random.between(20, 200);
        const int women = total * random.between(30, 60) / 100;
        event.participants.total = total;
        event.participants.women = women;
        event.participants.men = total - women;
        event.participants.government = total / 3;
        event.participants.workers = total / 4;
        event.participants.employers = total / 4;
        record.events << event;
    }

    for (int i = random.between(1, 3); i > 0; --i) {
        Indicator indicator;
        indicator.title = {QStringLiteral("People reached through %1").arg(topicEn),
                           QStringLiteral("通过%1惠及的人数").arg(topicZh)};
        indicator.unit = {QStringLiteral("people"), QStringLiteral("人")};
        indicator.baseline = 0;
        indicator.baselineYear = start.year();
        IndicatorPeriod period;
        period.start = project.plannedStart;
        period.end = project.plannedEnd;
        period.target = random.between(100, 50000);
        if (end < statusDay)
            period.actual = *period.target * random.between(50, 130) / 100;
        indicator.periods << period;
        record.indicators << indicator;
    }
    return record;
}

void SyntheticPortfolio::fill(PortfolioStore &store, const std::function<void(int)> &progress) const
{
    if (store.run(QStringLiteral("SELECT 1 FROM projects LIMIT 1")).next() ||
        store.run(QStringLiteral("SELECT 1 FROM organisations LIMIT 1")).next())
        throw StoreError(StoreError::Kind::Failed, store.path(),
                         QStringLiteral("a synthetic portfolio goes only into an empty file"));
    // Hundreds of megabytes in one transaction: a page cache that holds them keeps SQLite from
    // writing the same pages out again and again.
    if (store.dialect().engine() == SqlDialect::Engine::Sqlite)
        store.run(QStringLiteral("PRAGMA cache_size = -524288"));
    WriteTransaction transaction(store);
    Ids ids;
    OrganisationRepository organisations(store);
    for (const Organisation &donor : donors())
        ids.donors << organisations.insert(donor);
    for (const Organisation &partner : implementers())
        ids.implementers << organisations.insert(partner);
    ReferenceRepository reference(store);
    for (const Theme &theme : themes())
        ids.themes << reference.insertTheme(theme);
    AgreementRepository agreements(store);
    for (int i = 0; i < m_size.agreements(); ++i)
        ids.agreements << agreements.insert(agreement(i, ids));
    FundingRepository funding(store);
    for (const ExchangeRate &rate : exchangeRates())
        funding.insertRate(rate);
    ProjectRecordRepository projects(store);
    for (int i = 0; i < m_size.projects; ++i) {
        projects.save(project(i, ids));
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1);
    }
    store.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('synthetic', ?)"),
              {QStringLiteral("seed %1, size %2").arg(m_seed).arg(m_size.name)});
    transaction.commit();
}

QString SyntheticPortfolio::labelOf(PortfolioStore &store)
{
    QSqlQuery query = store.run(QStringLiteral("SELECT value FROM meta WHERE key = 'synthetic'"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace sstc
