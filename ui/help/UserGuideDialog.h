#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace sstc {

class PortfolioContext;

// Help → User Guide (F1): a short guide to the window in the interface language, ending with
// the keyboard shortcuts the menus answer to. It follows a language switch while open.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    UserGuideDialog(const PortfolioContext &context, const QMenuBar &menuBar,
                    QWidget *parent = nullptr);

    // The guide's HTML in a language ("en" or "zh"), with the shortcut table in place.
    static QString guideHtml(const QString &languageCode, const QString &shortcutTable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    const PortfolioContext &m_context;
    const QMenuBar &m_menuBar;
    QTextBrowser *m_browser;
};

} // namespace sstc
