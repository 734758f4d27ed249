#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace sstc {

class PortfolioContext;
class PortfolioView;

// File → Export → IATI XML…: writes the projects the filter shows, or the selected ones, as
// an IATI 2.03 activity file, checks it against the schema with xmllint, and says which
// projects were given an iati-identifier. The reporting organisation is remembered.
class IatiExportDialog : public QDialog
{
    Q_OBJECT

public:
    IatiExportDialog(PortfolioContext &context, const QList<qint64> &shown,
                     const QList<qint64> &selected, QWidget *parent = nullptr);

    // Exports to the file named in the dialog; false, with the reason shown, on failure.
    bool exportFile();
    QString lastMessage() const { return m_lastMessage; }

    static QAction *createAction(PortfolioContext &context, PortfolioView &view, QWidget *window);

private:
    void chooseFile();
    void say(const QString &message);

    PortfolioContext &m_context;
    QList<qint64> m_shown;
    QList<qint64> m_selected;
    QRadioButton *m_shownButton;
    QRadioButton *m_selectedButton;
    QLineEdit *m_reportingOrgEdit;
    QLineEdit *m_pathEdit;
    QLabel *m_resultLabel;
    QPushButton *m_exportButton;
    QString m_lastMessage;
};

} // namespace sstc
