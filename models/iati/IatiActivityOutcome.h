#pragma once

#include "models/domain/DocumentLink.h"
#include "models/domain/LocalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace sstc {

class PortfolioStore;

// What an import does (or, in a dry run, would do) with one activity: what the window's
// preview lists before anything is written.
struct IatiActivityOutcome
{
    enum class Action
    {
        Create, // a new project
        Update, // the project an earlier import made, matched by iati-identifier
        Skip    // a critical problem: not imported
    };

    QString file;
    qint64 line = 0;
    QString identifier;
    LocalizedText title;
    Action action = Action::Create;
    qint64 projectId = 0;      // the project written; 0 when skipped
    QStringList changedFields; // of an update, in the user's language; empty: no change
    QList<KeptNarrative> kept; // narratives in languages the app does not show
};

// What the caller of an import may follow and steer; both may be left empty.
struct IatiImportHooks
{
    // Called after each activity read, with the bytes read of all the files; returning false
    // cancels the import, and nothing is then changed.
    std::function<bool(qint64 bytesRead, qint64 totalBytes)> progress;
    // Called inside the import's transaction just before a project already in the portfolio
    // is changed (possibly more than once for the same one): an undo keeps it as it was.
    std::function<void(qint64 projectId)> beforeChange;
};

// The names of the fields an audited write changed, read from the audit trail it wrote.
class IatiChangedFields
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiChangedFields)

public:
    // The newest audit entry now, to name what is written after it.
    static qint64 lastEntry(PortfolioStore &store);
    // The project's fields (and "Funding lines", "Indicators") with an entry after `since`.
    static QStringList since(PortfolioStore &store, qint64 projectId, qint64 since);
};

} // namespace sstc
