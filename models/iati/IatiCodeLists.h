#pragma once

#include <QHash>
#include <QString>

namespace sstc {

// The IATI 2.03 code lists the importer and exporter check codes against, read once from the
// copies built into the program (resources/iati/codelists, CC BY 4.0, see its LICENSE).
class IatiCodeLists
{
public:
    static const IatiCodeLists &standard();

    // `list` is the code list's file name without ".xml", e.g. "TransactionType".
    bool contains(const QString &list, const QString &code) const;
    // The code's English name in the list; empty when it is not there.
    QString name(const QString &list, const QString &code) const;

private:
    IatiCodeLists();
    QHash<QString, QHash<QString, QString>> m_lists; // list -> code -> English name
};

} // namespace sstc
