#include "ui/help/UserGuideDialog.h"

#include "ui/help/KeyboardShortcuts.h"
#include "ui/shell/PortfolioContext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sstc {

UserGuideDialog::UserGuideDialog(const PortfolioContext &context, const QMenuBar &menuBar,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_menuBar(menuBar), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    load();
}

QString UserGuideDialog::guideHtml(const QString &languageCode, const QString &shortcutTable)
{
    QFile file(QStringLiteral(":/help/guide-%1.html").arg(languageCode));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("<!--shortcuts-->"), shortcutTable);
}

void UserGuideDialog::load()
{
    setWindowTitle(tr("SSTC Desk User Guide"));
    const QString code =
        m_context.language() == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const int position = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(
        guideHtml(code, KeyboardShortcuts::htmlTable(KeyboardShortcuts::of(m_menuBar))));
    m_browser->verticalScrollBar()->setValue(position);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    // The menus are retranslated on the same event: read them once they are.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &UserGuideDialog::load, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

} // namespace sstc
