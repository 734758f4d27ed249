#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sstc {

// Runs a view's refresh at once while the view is visible, and otherwise when it is next
// shown: a view in a hidden tab does not read the portfolio again at every keystroke of the
// search, only the view the user looks at does.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);

    void request();
    // Runs a refresh still pending, for what reads the view's data while it is hidden
    // (an export from the menu).
    void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace sstc
