#pragma once

#include "models/domain/Language.h"
#include "models/query/ProjectFilter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace sstc {

class ChoiceFilterButton;
class PartialDateEdit;
class PortfolioStore;

// The row above the portfolio table: a search field that filters at every keystroke, one
// button per list filter (status, country, donor, implementing organisation, agreement, SDG
// goal, theme), a period, and a button that clears them all. The period's fields take a year,
// a month or a day as either language writes it: "2019" to "2019" is the whole year.
class ProjectFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectFilterBar(QWidget *parent = nullptr);

    // Fills the lists with what occurs in the portfolio; nullptr empties them.
    void setChoices(PortfolioStore *store, Language language);
    void setFilter(const ProjectFilter &filter); // shows it without emitting filterChanged
    ProjectFilter filter() const;
    void focusSearch();

signals:
    void filterChanged(const sstc::ProjectFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    ChoiceFilterButton *addChoiceButton(const char *objectName);
    void retranslate();
    void emitFilter();
    // The days the period fields were read as, in their tooltips; unreadable fields marked.
    void showPeriod();

    QLineEdit *m_search;
    ChoiceFilterButton *m_status;
    ChoiceFilterButton *m_country;
    ChoiceFilterButton *m_donor;
    ChoiceFilterButton *m_implementer;
    ChoiceFilterButton *m_agreement;
    ChoiceFilterButton *m_sdg;
    ChoiceFilterButton *m_theme;
    QLabel *m_periodLabel;
    PartialDateEdit *m_from;
    PartialDateEdit *m_to;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace sstc
