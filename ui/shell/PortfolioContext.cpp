#include "ui/shell/PortfolioContext.h"

#include "ui/shell/Preferences.h"

#include <QUndoStack>

namespace sstc {

PortfolioContext::PortfolioContext(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

AuditActor PortfolioContext::actor() const
{
    return Preferences::actor();
}

void PortfolioContext::setStore(PortfolioStore *store)
{
    m_undoStack->clear();
    m_store = store;
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
