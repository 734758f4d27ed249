#pragma once

#include "models/audit/AuditLog.h"
#include "models/domain/Language.h"
#include "models/domain/LocalizedText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace sstc {

class PortfolioStore;

// The names a history's values point at, by the code or id the audit trail keeps: a country
// by its code, an organisation, theme, agreement or project by its id.
struct AuditNames
{
    QHash<QString, LocalizedText> countries;
    QHash<QString, LocalizedText> regions;
    QHash<qint64, LocalizedText> organisations; // acronym, else name
    QHash<qint64, LocalizedText> themes;
    QHash<qint64, LocalizedText> agreements;
    QHash<qint64, LocalizedText> projects;

    // The countries, regions and themes, and those organisations, agreements and projects
    // that the entries name (a history names a few; the portfolio may hold thousands).
    static AuditNames load(PortfolioStore &store, const QList<AuditEntry> &entries);
};

// A history to show: its entries and the names they point at.
struct AuditHistory
{
    AuditHistory(QList<AuditEntry> entries = {}, AuditNames names = {})
        : entries(std::move(entries))
        , names(std::move(names))
    {}
    // The entries with the names AuditNames::load finds for them.
    static AuditHistory withNames(PortfolioStore &store, QList<AuditEntry> entries);

    QList<AuditEntry> entries;
    AuditNames names;
};

// The one place that turns an audited field's stored text ("250000.00 USD", "2022-06-01",
// "LA 70%, KE 30%", "en") into what the rest of the window writes ("US$250,000", "1 Jun
// 2022", "Lao PDR (70%), Kenya (30%)", "English"), in the language asked for. A value it
// cannot read is shown as stored.
class AuditValueText
{
    Q_DECLARE_TR_FUNCTIONS(sstc::AuditValueText)

public:
    AuditValueText(const AuditNames &names, Language language)
        : m_names(names)
        , m_language(language)
    {}

    QString value(const AuditEntry &entry, const QString &stored) const;
    // How a funding line is named from its fields as the trail keeps them: "Incoming funds,
    // US$250,000, 1 Jun 2022"; empty when the fields do not say its kind or amount.
    QString fundingLine(const QMap<QString, QString> &fields) const;
    // An exchange rate's key "CNY/USD 2019-01-02" with its date written the language's way.
    QString exchangeRateKey(const QString &key) const;

private:
    QString date(const QString &iso) const;
    QString money(const QString &stored) const;
    QString moneyWithin(QString text) const;
    QString number(const QString &stored) const;
    QString shares(const QString &stored, const QHash<QString, LocalizedText> &names) const;
    QString organisations(const QString &stored) const;
    QString plannedDisbursements(const QString &stored) const;
    QString periods(const QString &stored) const;
    QString named(const QHash<qint64, LocalizedText> &names, const QString &id) const;
    QString separator() const;

    const AuditNames &m_names;
    Language m_language;
};

} // namespace sstc
