#include "ui/projecteditor/FundingLinesTable.h"

#include "models/text/DomainNames.h"

#include <QLocale>
#include <QTableWidget>

#include <cmath>

namespace sstc {

namespace {
const QString kindField = QStringLiteral("kind");
const QString amountField = QStringLiteral("amount");
const QString currencyField = QStringLiteral("currency");
const QString valueDateField = QStringLiteral("valueDate");
const QString periodStartField = QStringLiteral("periodStart");
const QString periodEndField = QStringLiteral("periodEnd");
const QString providerField = QStringLiteral("provider");
const QString noteEnField = QStringLiteral("noteEn");
const QString noteZhField = QStringLiteral("noteZh");

QString amountText(qint64 hundredths)
{
    if (hundredths % 100 == 0)
        return QString::number(hundredths / 100);
    return QLocale::c().toString(hundredths / 100.0, 'f', 2);
}
} // namespace

FundingLinesTable::FundingLinesTable(const QList<ChoiceDelegate::Choice> &providers,
                                     QWidget *parent)
    : RecordTable(QStringLiteral("fundingLines"), QStringLiteral("fundingLines"),
                  tr("&Add funding line"), tr("&Remove funding line"), parent)
{
    setColumns({{kindField, tr("Kind"), 150},
                {amountField, tr("Amount"), 120},
                {currencyField, tr("Currency"), 0},
                {valueDateField, tr("Value date"), 100},
                {periodStartField, tr("Period start"), 100},
                {periodEndField, tr("Period end"), 100},
                {providerField, tr("Provided by"), 220},
                {noteEnField, tr("Note (English)"), 180},
                {noteZhField, tr("Note (Chinese)"), 180}});
    QList<ChoiceDelegate::Choice> kinds;
    for (const auto &entry : fundingKindCodes)
        kinds.append({DomainNames::fundingKind(entry.value), int(entry.value)});
    setChoices(kindField, kinds);
    setChoices(providerField, providers);
}

void FundingLinesTable::setLines(const QList<FundingLine> &lines)
{
    table()->setRowCount(0);
    m_lines = lines;
    for (const FundingLine &line : lines)
        fillRow(appendRow(), line);
}

void FundingLinesTable::fillRow(int row, const FundingLine &line)
{
    setChoice(row, kindField, int(line.kind));
    setText(row, amountField, amountText(line.amount.hundredths));
    setText(row, currencyField, line.amount.currency);
    setText(row, valueDateField, line.valueDate.toIso());
    setText(row, periodStartField, line.periodStart.toIso());
    setText(row, periodEndField, line.periodEnd.toIso());
    setChoice(row, providerField, line.providerOrganisationId);
    setText(row, noteEnField, line.note.en);
    setText(row, noteZhField, line.note.zh);
}

QList<FundingLine> FundingLinesTable::lines(ValidationProblems &inputProblems) const
{
    QList<FundingLine> lines;
    for (int row = 0; row < table()->rowCount(); ++row) {
        FundingLine line = m_lines.at(row);
        line.kind = FundingKind(choice(row, kindField).toInt());
        // An amount is required: an empty cell is a problem, not zero.
        if (text(row, amountField).isEmpty())
            inputProblems.append({keyOf(row, amountField), tr("Give the amount.")});
        const std::optional<double> amount = number(row, amountField, inputProblems);
        line.amount.hundredths = amount ? std::llround(*amount * 100) : 0;
        line.amount.currency = text(row, currencyField).toUpper();
        line.valueDate = date(row, valueDateField, inputProblems);
        line.periodStart = date(row, periodStartField, inputProblems);
        line.periodEnd = date(row, periodEndField, inputProblems);
        line.providerOrganisationId = choice(row, providerField).toLongLong();
        line.note = {text(row, noteEnField), text(row, noteZhField)};
        lines.append(line);
    }
    return lines;
}

void FundingLinesTable::addChild()
{
    FundingLine line;
    m_lines.append(line);
    const int row = appendRow();
    fillRow(row, line);
    setText(row, amountField, QString()); // to be typed, not a silent zero
}

} // namespace sstc
