#include "models/itemmodels/AuditTableModel.h"

#include "models/itemmodels/TableColumn.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

#include <QCoreApplication>

namespace sstc {

namespace {

const char *const context = "sstc::AuditTableModel";

struct FieldName
{
    const char *field;
    const char *name;
};

// Fields without their language suffix; "_en" and "_zh" add the language.
const FieldName fieldNames[] = {
    {"code", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Code")},
    {"title", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Title")},
    {"description", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Description")},
    {"status", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Status")},
    {"planned_start", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Planned start")},
    {"planned_end", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Planned end")},
    {"actual_start", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Actual start")},
    {"actual_end", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Actual end")},
    {"agreement_id", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Agreement")},
    {"parent_project_id", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Part of project")},
    {"iati_identifier", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "IATI identifier")},
    {"organisations", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Organisations")},
    {"countries", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Countries")},
    {"regions", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Regions")},
    {"sdg_goals", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "SDG goals")},
    {"themes", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Themes")},
    {"planned_disbursements", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Planned disbursements")},
    {"kind", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Kind")},
    {"amount", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Amount")},
    {"value_date", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Value date")},
    {"period_start", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Period start")},
    {"period_end", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Period end")},
    {"provider_id", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Provider")},
    {"note", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Note")},
    {"start_on", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Start")},
    {"end_on", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "End")},
    {"place", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Place")},
    {"country_code", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Country")},
    {"participants_total", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Participants")},
    {"participants_government",
     QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Government participants")},
    {"participants_workers", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Workers' participants")},
    {"participants_employers",
     QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Employers' participants")},
    {"participants_women", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Women")},
    {"participants_men", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Men")},
    {"outputs", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Outputs")},
    {"unit", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Unit")},
    {"baseline", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Baseline")},
    {"baseline_year", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Baseline year")},
    {"periods", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Periods")},
    {"signed_on", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Signed on")},
    {"signed_place", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Place of signing")},
    {"valid_from", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Valid from")},
    {"valid_to", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Valid to")},
    {"summary", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Summary")},
    {"amends_id", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Amends agreement")},
    {"supersedes_id", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Replaces agreement")},
    {"parties", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Parties and signatories")},
    {"language", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Language")},
    {"document_date", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Document date")},
    {"file_name", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "File name")},
    {"size", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Size in bytes")},
    {"sha256", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "SHA-256 checksum")},
    {"acronym", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Acronym")},
    {"name", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Name")},
    {"org_type", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Organisation type")},
    {"rate", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Exchange rate")},
    {"source", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Source of the rate")},
    {"unit_cost", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Unit cost")},
    {"donor", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Donor")},
    {"proposed_on", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Proposal date")},
    {"lines", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Offers and quantities")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setEntries(QList<AuditEntry> entries, AuditNames names)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_names = std::move(names);
    replayFundingLines();
    endResetModel();
}

void AuditTableModel::replayFundingLines()
{
    m_fundingLineFields.clear();
    QHash<qint64, QMap<QString, QString>> lines;
    // Newest first: the oldest entry is the last row.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const AuditEntry &entry = m_entries.at(row);
        if (entry.entity != QLatin1String("funding_line"))
            continue;
        QMap<QString, QString> &fields = lines[entry.entityId];
        if (entry.action == QLatin1String("delete")) {
            fields[entry.field] = entry.oldValue;
            m_fundingLineFields.insert(row, fields);
            continue;
        }
        fields[entry.field] = entry.newValue;
        m_fundingLineFields.insert(row, fields);
    }
    // The entries of one change come one field at a time: each names the line as the whole
    // change left it, the fields written after it in the same change included.
    for (int row = 0; row + 1 < m_entries.size(); ++row) {
        const AuditEntry &entry = m_entries.at(row);
        const AuditEntry &older = m_entries.at(row + 1);
        if (older.entity == entry.entity && older.entityId == entry.entityId &&
            older.changedAt == entry.changedAt && m_fundingLineFields.contains(row))
            m_fundingLineFields[row + 1] = m_fundingLineFields.value(row);
    }
}

void AuditTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column()).left(200);
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return text(index.row(), index.column());
    if (role == ExportRole)
        return text(index.row(), index.column());
    return {};
}

QString AuditTableModel::text(int row, int column) const
{
    const AuditEntry &entry = m_entries.at(row);
    const AuditValueText values(m_names, m_language);
    switch (column) {
    case When:
        return Formats::dateTime(entry.changedAt, m_language);
    case Who:
        return entry.userName;
    case What:
        if (entry.entity == QLatin1String("funding_line"))
            return changeName(entry, m_language,
                              values.fundingLine(m_fundingLineFields.value(row)));
        if (entry.entity == QLatin1String("exchange_rate")) {
            AuditEntry shown = entry;
            shown.entityKey = values.exchangeRateKey(entry.entityKey);
            return changeName(shown, m_language);
        }
        return changeName(entry, m_language);
    case Field:
        return fieldName(entry.field);
    case OldValue:
        return values.value(entry, entry.oldValue);
    case NewValue:
        return values.value(entry, entry.newValue);
    }
    return {};
}

QString AuditTableModel::fieldName(const QString &field)
{
    QString base = field;
    QString language;
    if (field.endsWith(QLatin1String("_en"))) {
        base.chop(3);
        language = translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "English"));
    } else if (field.endsWith(QLatin1String("_zh"))) {
        base.chop(3);
        language = translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Chinese"));
    }
    for (const FieldName &name : fieldNames) {
        if (base == QLatin1String(name.field)) {
            const QString shown = translated(name.name);
            return language.isEmpty()
                       ? shown
                       : translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "%1 (%2)"))
                             .arg(shown, language);
        }
    }
    return field;
}

QString AuditTableModel::changeName(const AuditEntry &entry, Language language, const QString &name)
{
    struct EntityName
    {
        const char *entity;
        const char *name; // %1 is the row's name, else its id or code
    };
    static const EntityName entityNames[] = {
        {"funding_line", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Funding line %1")},
        {"event", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Event %1")},
        {"indicator", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Indicator %1")},
        {"agreement", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Agreement %1")},
        {"document", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Document %1")},
        {"organisation", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Organisation %1")},
        {"country", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Country %1")},
        {"theme", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Theme %1")},
        {"exchange_rate", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Exchange rate %1")},
        {"offer", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Funding offer %1")},
        {"proposal", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Proposal %1")},
    };
    // The name it had when changed, quoted; else its number or code.
    const QString which =
        !name.isEmpty() ? QStringLiteral("“%1”").arg(name)
        : !entry.label.isEmpty()
            ? QStringLiteral("“%1”").arg(entry.label.preferring(language).simplified())
            : (entry.entityKey.isEmpty() ? QString::number(entry.entityId) : entry.entityKey);
    QString entity = entry.entity;
    if (entry.entity == QLatin1String("project"))
        entity = translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Project"));
    for (const EntityName &name : entityNames)
        if (entry.entity == QLatin1String(name.entity))
            entity = translated(name.name).arg(which);
    if (entry.action == QLatin1String("create"))
        return translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "%1 created")).arg(entity);
    if (entry.action == QLatin1String("delete"))
        return translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "%1 deleted")).arg(entity);
    return translated(QT_TRANSLATE_NOOP("sstc::AuditTableModel", "%1 changed")).arg(entity);
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const TableColumn columns[] = {
        {"when", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "When")},
        {"who", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Who")},
        {"what", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "What")},
        {"field", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Field")},
        {"old", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "Old value")},
        {"new", QT_TRANSLATE_NOOP("sstc::AuditTableModel", "New value")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columnHeader(columns, context, section, orientation, role);
}

} // namespace sstc
