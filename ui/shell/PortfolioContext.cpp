#include "ui/shell/PortfolioContext.h"

#include "models/store/PortfolioStore.h"
#include "ui/shell/Preferences.h"

#include <QUndoStack>

namespace sstc {

PortfolioContext::PortfolioContext(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

AuditActor PortfolioContext::actor() const
{
    // The server knows who signed in (libpq's default user when the location names none):
    // its name is the one the team sees.
    if (m_store && m_store->location().isServer()) {
        if (m_serverUserName.isEmpty()) {
            QSqlQuery user = m_store->run(QStringLiteral("SELECT current_user"));
            if (user.next())
                m_serverUserName = user.value(0).toString();
        }
        if (!m_serverUserName.isEmpty())
            return AuditActor(m_serverUserName);
    }
    if (!Preferences::hasUserName() && m_askUserName && !m_askedUserName) {
        m_askedUserName = true;
        m_askUserName();
    }
    return Preferences::actor();
}

void PortfolioContext::setStore(PortfolioStore *store)
{
    m_undoStack->clear();
    m_store = store;
    m_serverUserName.clear();
    m_currentProjectId = 0;
    emit storeChanged();
    emit currentProjectChanged(0);
}

void PortfolioContext::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(language);
}

void PortfolioContext::setFilter(const ProjectFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
}

void PortfolioContext::setCurrentProject(qint64 projectId)
{
    if (projectId == m_currentProjectId)
        return;
    m_currentProjectId = projectId;
    emit currentProjectChanged(projectId);
}

void PortfolioContext::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace sstc
