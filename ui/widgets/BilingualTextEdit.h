#pragma once

#include "models/domain/LocalizedText.h"

#include <QWidget>

namespace sstc {

class ProblemLabel;

// An English and a Chinese text side by side, each with its problem line under it. Named
// after its field key: "title" gives titleEnEdit, titleZhEdit, titleEnProblem, titleZhProblem.
class BilingualTextEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Lines
    {
        One,
        Many
    };

    BilingualTextEdit(const QString &key, Lines lines, QWidget *parent = nullptr);

    // Puts "English" and "Chinese" above the two halves.
    void showLanguageHeaders();
    LocalizedText text() const;
    void setText(const LocalizedText &text);
    QWidget *editor(Language language) const;
    ProblemLabel *problemLabel(Language language) const;

signals:
    void edited();

private:
    QWidget *createEditor(const QString &objectName, Lines lines);
    static QString textOf(const QWidget *editor);
    static void setTextOf(QWidget *editor, const QString &text);

    QWidget *m_en;
    QWidget *m_zh;
    ProblemLabel *m_enProblem;
    ProblemLabel *m_zhProblem;
};

} // namespace sstc
