#pragma once

#include "models/domain/Language.h"
#include "models/repositories/ProjectDetails.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace sstc {

// Shows the selected project: titles in both languages, status and dates, countries,
// organisations and their roles, the agreement, budget, SDGs, themes, events and results.
class ProjectSummaryPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectSummaryPane(QWidget *parent = nullptr);

    void showProject(std::optional<ProjectDetails> details);
    void setLanguage(Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString html() const;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTextBrowser *m_browser;
    std::optional<ProjectDetails> m_details;
    Language m_language = Language::English;
};

} // namespace sstc
