#include "ui/lookups/ThemesListTable.h"

#include <QRegularExpression>
#include <QTableWidget>

namespace sstc {

namespace {
const QString nameEnField = QStringLiteral("nameEn");
const QString nameZhField = QStringLiteral("nameZh");

// A stable key for a new theme, from its English name ("Green jobs" → "green-jobs").
QString themeKey(const LocalizedText &name)
{
    QString key = (name.en.isEmpty() ? name.zh : name.en).toLower();
    key.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return key.left(60);
}
} // namespace

ThemesListTable::ThemesListTable(QWidget *parent)
    : RecordTable(QStringLiteral("themesList"), QStringLiteral("themes"), tr("&Add"), tr("&Remove"),
                  parent)
{
    setButtonNames(QStringLiteral("themesAddRowButton"), QStringLiteral("themesRemoveRowButton"));
    showAsList();
    setLongestText(longestListText);
    setEditedOnAdd(nameEnField);
    setColumns({{nameEnField, tr("English name")}, {nameZhField, tr("Chinese name")}});
}

void ThemesListTable::setThemes(const QList<Theme> &themes)
{
    table()->setRowCount(0);
    m_stored.clear();
    for (const Theme &theme : themes)
        appendTheme(theme);
    table()->resizeColumnsToContents();
}

void ThemesListTable::appendTheme(const Theme &theme)
{
    const int row = appendRow();
    m_stored.append(theme);
    setText(row, nameEnField, theme.name.en);
    setText(row, nameZhField, theme.name.zh);
}

void ThemesListTable::addChild()
{
    appendTheme({});
}

QList<Theme> ThemesListTable::themes() const
{
    QList<Theme> themes;
    for (int row = 0; row < table()->rowCount(); ++row) {
        Theme theme = m_stored.at(row);
        theme.name = {text(row, nameEnField), text(row, nameZhField)};
        if (theme.key.isEmpty())
            theme.key = themeKey(theme.name);
        themes.append(theme);
    }
    return themes;
}

} // namespace sstc
