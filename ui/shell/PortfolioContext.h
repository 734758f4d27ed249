#pragma once

#include "models/audit/AuditActor.h"
#include "models/domain/Language.h"
#include "models/query/ProjectFilter.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace sstc {

class PortfolioStore;

// What every view of the main window shares: the open portfolio, the UI language, the
// current filter and the current project. Views read from it and listen to its signals, so
// that a selection, a filter or an edit made in one view shows in all of them.
class PortfolioContext : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioContext(QObject *parent = nullptr);

    PortfolioStore *store() const { return m_store; }
    Language language() const { return m_language; }
    const ProjectFilter &filter() const { return m_filter; }
    qint64 currentProjectId() const { return m_currentProjectId; }
    // Every change to the portfolio goes through this stack, so that it can be undone.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Who the changes are recorded under, asked at each write: the user may rename
    // themselves between two. On a team server its user name, whoever set what; on a file
    // the name set in the settings. The first write of a session without one asks for it
    // through the asker (the main window's), once.
    AuditActor actor() const;
    void setUserNameAsker(std::function<void()> asker) { m_askUserName = std::move(asker); }

    void setStore(PortfolioStore *store); // clears the undo stack and the current project
    void setLanguage(Language language);
    void setFilter(const ProjectFilter &filter);
    void setCurrentProject(qint64 projectId); // 0 for none
    // Called after any write to the store, by whoever wrote.
    void notifyDataChanged();
    // Shows a message to the user (a failed undo, say) through the main window.
    void reportError(const QString &message) { emit errorReported(message); }
    // Tells the user, through the main window's status bar, that a file was written.
    void reportSaved(const QString &path) { emit fileSaved(path); }
    // Asks the main window to open the project editor.
    void requestEdit(qint64 projectId) { emit editRequested(projectId); }

signals:
    void storeChanged();
    void languageChanged(sstc::Language language);
    void filterChanged();
    void currentProjectChanged(qint64 projectId);
    void dataChanged();
    void editRequested(qint64 projectId);
    void errorReported(const QString &message);
    void fileSaved(const QString &path);

private:
    PortfolioStore *m_store = nullptr;
    Language m_language = Language::English;
    ProjectFilter m_filter;
    qint64 m_currentProjectId = 0;
    QUndoStack *m_undoStack;
    std::function<void()> m_askUserName;
    mutable bool m_askedUserName = false;
    mutable QString m_serverUserName; // read from the server once per portfolio opened
};

} // namespace sstc
