#include "ui/mainwindow/DamagedPortfolioDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace sstc {

DamagedPortfolioDialog::DamagedPortfolioDialog(const IntegrityReport &report,
                                               const QStringList &backups, QWidget *parent)
    : QDialog(parent)
    , m_folder(QFileInfo(report.path).absolutePath())
    , m_backupList(new QListWidget(this))
    , m_openFolderButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("damagedPortfolioWarning"));
    setWindowTitle(tr("Damaged Portfolio"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *verdict = new QLabel(PortfolioIntegrity::verdict(report), this);
    verdict->setObjectName(QStringLiteral("damageVerdict"));
    verdict->setWordWrap(true);
    QFont bold = verdict->font();
    bold.setBold(true);
    verdict->setFont(bold);

    QStringList found;
    for (const QString &line : PortfolioIntegrity::problemLines(report))
        found << QStringLiteral("• ") + line.toHtmlEscaped();
    // SQLite's own words, in English whatever the UI language: introduced in it.
    auto *problems = new QLabel(tr("What the check found:") + QStringLiteral("<br>") +
                                    found.join(QStringLiteral("<br>")),
                                this);
    problems->setObjectName(QStringLiteral("damageProblems"));
    problems->setTextFormat(Qt::RichText);
    problems->setWordWrap(true);
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The command stays out of the sentence: it reads the same in every language.
    const QString command = QStringLiteral("<code>sstc check --database \"%1\"</code>")
                                .arg(QDir::toNativeSeparators(report.path).toHtmlEscaped());
    auto *advice = new QLabel(
        tr("Stop editing this portfolio: changes made now may be lost, or spread the damage. "
           "Open a backup copy instead, or copy out what you need. To check the file again, "
           "run %1.")
            .arg(command),
        this);
    advice->setObjectName(QStringLiteral("damageAdvice"));
    advice->setTextFormat(Qt::RichText);
    advice->setWordWrap(true);
    advice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *backupsLabel = new QLabel(PortfolioIntegrity::backupsHeading(backups), this);
    m_backupList->setObjectName(QStringLiteral("backupList"));
    for (const QString &backup : backups) {
        auto *item = new QListWidgetItem(QFileInfo(backup).fileName(), m_backupList);
        item->setToolTip(QDir::toNativeSeparators(backup));
    }
    m_backupList->setVisible(!backups.isEmpty());

    m_openFolderButton->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_openFolderButton->setText(tr("Open the Folder"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFolderButton, QDialogButtonBox::ActionRole);
    connect(m_openFolderButton, &QPushButton::clicked, this, &DamagedPortfolioDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(verdict);
    text->addWidget(problems);
    text->addWidget(advice);
    text->addWidget(backupsLabel);
    text->addWidget(m_backupList, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(620, backups.isEmpty() ? 280 : 380);
}

void DamagedPortfolioDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

} // namespace sstc
