#include "ui/portfolio/ProjectTableHint.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sstc {

ProjectTableHint::ProjectTableHint(QWidget *viewport)
    : QFrame(viewport)
    , m_text(new QLabel(this))
    , m_clearFilters(new QPushButton(this))
    , m_importIati(new QPushButton(this))
    , m_newProject(new QPushButton(this))
    , m_openSample(new QPushButton(this))
{
    setObjectName(QStringLiteral("projectTableHint"));
    m_text->setObjectName(QStringLiteral("projectTableHintText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_clearFilters->setObjectName(QStringLiteral("hintClearFiltersButton"));
    m_importIati->setObjectName(QStringLiteral("hintImportIatiButton"));
    m_newProject->setObjectName(QStringLiteral("hintNewProjectButton"));
    m_openSample->setObjectName(QStringLiteral("hintOpenSampleButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_clearFilters, m_importIati, m_newProject, m_openSample})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    viewport->installEventFilter(this);
    QFrame::hide();
    retranslate();
}

void ProjectTableHint::setActions(QAction *clearFilters, QAction *importIati, QAction *newProject,
                                  QAction *openSample)
{
    m_actions = {{m_clearFilters, clearFilters},
                 {m_importIati, importIati},
                 {m_newProject, newProject},
                 {m_openSample, openSample}};
    for (const auto &[button, action] : std::as_const(m_actions)) {
        disconnect(button, &QPushButton::clicked, nullptr, nullptr);
        if (action)
            connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
}

void ProjectTableHint::showFor(Reason reason)
{
    m_reason = reason;
    m_clearFilters->setVisible(reason == Reason::NothingMatches);
    for (QPushButton *button : {m_importIati, m_newProject, m_openSample}) {
        QAction *action = nullptr;
        for (const auto &[shown, given] : std::as_const(m_actions))
            if (shown == button)
                action = given;
        button->setVisible(reason == Reason::EmptyPortfolio && action);
    }
    retranslate();
    setVisible(reason != Reason::None);
    if (reason != Reason::None) {
        place();
        raise();
    }
}

void ProjectTableHint::retranslate()
{
    m_text->setText(m_reason == Reason::EmptyPortfolio
                        ? tr("This portfolio has no projects yet. Import them from IATI XML, "
                             "add the first one, or look around the sample portfolio first.")
                        : tr("No project matches the search and filters."));
    m_clearFilters->setText(tr("Clear Search and Filters"));
    m_importIati->setText(tr("Import IATI XML…"));
    m_newProject->setText(tr("Add a Project…"));
    m_openSample->setText(tr("Open the Sample Portfolio"));
}

void ProjectTableHint::place()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
}

bool ProjectTableHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void ProjectTableHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace sstc
