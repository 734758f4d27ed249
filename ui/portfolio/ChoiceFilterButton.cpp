#include "ui/portfolio/ChoiceFilterButton.h"

#include "models/store/StoreError.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace sstc {

namespace {

// A menu of check marks that stays open while the user ticks several: a tick toggles its
// choice and leaves the menu up; Escape or a click outside closes it.
class TickMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (tick(actionAt(event->position().toPoint())))
            return;
        QMenu::mouseReleaseEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const bool choose = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                            event->key() == Qt::Key_Enter;
        if (choose && tick(activeAction()))
            return;
        QMenu::keyPressEvent(event);
    }

private:
    bool tick(QAction *action)
    {
        if (!action || !action->isEnabled() || !action->isCheckable())
            return false;
        action->trigger();
        return true;
    }
};

} // namespace

ChoiceFilterButton::ChoiceFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Never narrower than its title: the search field gives way instead.
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    setMenu(new TickMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &ChoiceFilterButton::readChoices);
}

void ChoiceFilterButton::setTitle(const QString &title)
{
    m_title = title;
    updateText();
}

void ChoiceFilterButton::setChoices(const QList<FilterChoice> &choices, Language language)
{
    m_source = {};
    m_choices = choices;
    m_language = language;
    rebuildMenu();
}

void ChoiceFilterButton::setChoiceSource(ChoiceSource source, Language language)
{
    m_source = std::move(source);
    m_choices.clear();
    m_language = language;
    rebuildMenu();
}

void ChoiceFilterButton::readChoices()
{
    if (!m_source)
        return;
    try {
        m_choices = m_source();
    } catch (const StoreError &) {
        m_choices.clear(); // the portfolio could not be read: nothing to choose from
    }
    m_source = {};
    rebuildMenu();
}

void ChoiceFilterButton::setSelectedValues(const QVariantList &values)
{
    m_selected = values;
    rebuildMenu();
}

void ChoiceFilterButton::rebuildMenu()
{
    QMenu *choicesMenu = menu();
    choicesMenu->clear();
    for (const FilterChoice &choice : std::as_const(m_choices)) {
        QAction *action = choicesMenu->addAction(choice.label.preferring(m_language));
        action->setCheckable(true);
        action->setChecked(m_selected.contains(choice.value));
        const QVariant value = choice.value;
        connect(action, &QAction::toggled, this, [this, value](bool checked) {
            if (checked && !m_selected.contains(value))
                m_selected.append(value);
            else if (!checked)
                m_selected.removeAll(value);
            updateText();
            emit selectionChanged();
        });
    }
    if (!m_source && m_choices.isEmpty()) {
        QAction *none = choicesMenu->addAction(tr("None in this portfolio"));
        none->setEnabled(false);
    }
    setEnabled(m_source || !m_choices.isEmpty() || !m_selected.isEmpty());
    updateText();
}

void ChoiceFilterButton::updateText()
{
    setText(m_selected.isEmpty() ? m_title
                                 : QStringLiteral("%1 (%2)").arg(m_title).arg(m_selected.size()));
    // A chosen filter stands out, so that an officer sees why rows are missing.
    QFont bold = font();
    bold.setBold(!m_selected.isEmpty());
    setFont(bold);
}

} // namespace sstc
