#pragma once

#include "models/audit/AuditLog.h"
#include "models/domain/Language.h"

#include <QAbstractTableModel>

namespace sstc {

// A history (a project's, an agreement's, the lookup lists'): one row per changed field,
// newest first, in the UI language. Coded values (kinds, statuses) are shown by their names.
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

    void setEntries(QList<AuditEntry> entries);
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Title (Chinese)" for "title_zh": the field names as the editor labels them.
    static QString fieldName(const QString &field);
    // "Funding line 12 created", "Organisation “MOHRSS” changed": a row is named in LANGUAGE.
    static QString changeName(const AuditEntry &entry, Language language);
    // "Memorandum of understanding" for an agreement's kind "mou"; other values as they are.
    static QString valueName(const AuditEntry &entry, const QString &value);

private:
    QString text(const AuditEntry &entry, int column) const;

    QList<AuditEntry> m_entries;
    Language m_language = Language::English;
};

} // namespace sstc
