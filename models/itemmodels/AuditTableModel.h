#pragma once

#include "models/audit/AuditLog.h"
#include "models/audit/AuditValueText.h"
#include "models/domain/Language.h"

#include <QAbstractTableModel>

namespace sstc {

// A history (a project's, an agreement's, the lookup lists'): one row per changed field,
// newest first, in the UI language. Values are written as the rest of the window writes them
// (AuditValueText), with the names of what they point at when given through setNames().
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        What,
        Field,
        OldValue,
        NewValue,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    // NAMES for the countries, organisations… the entries point at (AuditNames::load).
    void setEntries(QList<AuditEntry> entries, AuditNames names = {});
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Title (Chinese)" for "title_zh": the field names as the editor labels them.
    static QString fieldName(const QString &field);
    // "Funding line 12 created", "Organisation “MOHRSS” changed": a row is named in LANGUAGE,
    // by `name` when given, else by its label as recorded, else by its number or code.
    static QString changeName(const AuditEntry &entry, Language language, const QString &name = {});

private:
    QString text(int row, int column) const;
    // The fields of each funding line as they stood after each entry (before it, for a
    // deletion), replayed from the oldest entry: what names the line in the What column.
    void replayFundingLines();

    QList<AuditEntry> m_entries;
    AuditNames m_names;
    QHash<int, QMap<QString, QString>> m_fundingLineFields; // by row
    Language m_language = Language::English;
};

} // namespace sstc
