#pragma once

#include "models/store/PortfolioIntegrity.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace sstc {

// The warning shown when the background check finds the open portfolio damaged: what was
// found, in short, that the user should stop editing it, and the backup copies kept beside
// it, with a button that opens their folder. Non-modal: the user may still look at the data
// and copy out what they need.
class DamagedPortfolioDialog : public QDialog
{
    Q_OBJECT

public:
    DamagedPortfolioDialog(const IntegrityReport &report, const QStringList &backups,
                           QWidget *parent = nullptr);

    QListWidget *backupList() const { return m_backupList; }

private:
    void openFolder();

    QString m_folder;
    QListWidget *m_backupList;
    QPushButton *m_openFolderButton;
};

} // namespace sstc
