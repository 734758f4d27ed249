#pragma once

#include "models/domain/Language.h"
#include "models/query/FilterChoices.h"

#include <QToolButton>

#include <functional>

namespace sstc {

// A filter over one list (countries, donors, …): a button whose menu lists the choices with
// check marks, titled with how many are chosen. An empty selection means "any".
class ChoiceFilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ChoiceFilterButton(QWidget *parent = nullptr);

    using ChoiceSource = std::function<QList<FilterChoice>()>;

    void setTitle(const QString &title);
    void setChoices(const QList<FilterChoice> &choices, Language language);
    // The choices are read from `source` when the menu first opens: on a large portfolio,
    // finding every country or donor in use takes longer than opening the portfolio.
    void setChoiceSource(ChoiceSource source, Language language);
    QVariantList selectedValues() const { return m_selected; }
    // Values that are not among the choices are kept, so that a remembered filter survives
    // until the portfolio it was made on is open again.
    void setSelectedValues(const QVariantList &values);

signals:
    void selectionChanged();

private:
    void readChoices();
    void rebuildMenu();
    void updateText();

    QString m_title;
    ChoiceSource m_source; // empty once read
    QList<FilterChoice> m_choices;
    Language m_language = Language::English;
    QVariantList m_selected;
};

} // namespace sstc
