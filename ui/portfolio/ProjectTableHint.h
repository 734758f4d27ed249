#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;

namespace sstc {

// What the projects table shows when it has no row: why, and what to do about it. A search
// or filter that matches nothing offers to clear them; a portfolio without projects offers
// the ways to fill it (import IATI, add a project, open the sample). Laid over the table's
// viewport, so that the headers and the filter bar stay where they are.
class ProjectTableHint : public QFrame
{
    Q_OBJECT

public:
    explicit ProjectTableHint(QWidget *viewport);

    enum class Reason
    {
        None, // the table has rows: hidden
        NothingMatches,
        EmptyPortfolio
    };
    void showFor(Reason reason);
    Reason reason() const { return m_reason; }
    // The actions the buttons trigger; a button without one is not shown.
    void setActions(QAction *clearFilters, QAction *importIati, QAction *newProject,
                    QAction *openSample);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void place();

    Reason m_reason = Reason::None;
    QLabel *m_text;
    QPushButton *m_clearFilters;
    QPushButton *m_importIati;
    QPushButton *m_newProject;
    QPushButton *m_openSample;
    QList<QPair<QPushButton *, QAction *>> m_actions;
};

} // namespace sstc
