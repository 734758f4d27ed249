#pragma once

#include "models/audit/AuditLog.h"
#include "models/domain/Agreement.h"
#include "models/domain/Country.h"
#include "models/domain/Document.h"
#include "models/domain/FundingLine.h"
#include "models/domain/FundingOffer.h"
#include "models/domain/Organisation.h"
#include "models/domain/Proposal.h"
#include "models/domain/Theme.h"

#include <QHash>

namespace sstc {

// The rows the audit trail compares, one per stored record, with its fields as the history
// shows them. Codes stay codes (the history names them in the UI language); a party is
// written with its organisation's name, so that the record still reads after a rename.
class AuditRows
{
public:
    // How the history writes an organisation a row points at: its acronym, else its name.
    static QHash<qint64, QString> organisationNames(const QList<Organisation> &organisations);

    static AuditedRow of(const Agreement &agreement,
                         const QHash<qint64, QString> &organisationNames);
    static AuditedRow of(const Document &document);
    static AuditedRow of(const Organisation &organisation);
    static AuditedRow of(const Country &country);
    static AuditedRow of(const Theme &theme);
    // Known by currency pair and date (unique), not by id: an import that writes the same rate
    // again under a new id is no change.
    static AuditedRow of(const ExchangeRate &rate);
    static AuditedRow of(const FundingOffer &offer);
    // Its lines as one field: the offers chosen, how many, at what cost.
    static AuditedRow of(const Proposal &proposal, const QHash<qint64, QString> &organisationNames);

    template<typename Record>
    static QList<AuditedRow> ofAll(const QList<Record> &records)
    {
        QList<AuditedRow> rows;
        for (const Record &record : records)
            rows << of(record);
        return rows;
    }
};

} // namespace sstc
