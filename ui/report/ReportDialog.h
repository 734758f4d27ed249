#pragma once

#include "models/report/ReportRequest.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;

namespace sstc {

class PartialDateEdit;
class PortfolioContext;

// The donor report: the officer picks a donor or projects, a period, the language(s), the
// sections, the paper and the reporting currency; sees the pages in a preview; and saves a
// PDF, with a progress dialog and Cancel for long reports.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(PortfolioContext &context, QWidget *parent = nullptr);

    // "Donor Report…" for the File menu: opens the dialog over `window`. Retranslates itself.
    static QAction *createAction(PortfolioContext &context, QWidget *window);

    // The report the form describes; problems lists what keeps it from being made.
    ReportRequest request(QStringList &problems) const;
    int previewPageCount() const { return m_previewPages; }
    // Writes the PDF without asking for a file name; false with the reason shown when the
    // form is incomplete, the file cannot be written or the user cancels.
    bool saveTo(const QString &path);
    // Paints the report on a printer (or the print preview), on the paper chosen; false with
    // the reason shown when the form is incomplete.
    bool printTo(QPrinter &printer);

public slots:
    void updatePreview();
    void chooseFileAndSave();
    void showPrintPreview();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void fillChoices();
    // The donor, period, language, paper and currency of the last report, kept in the settings.
    void restoreChoices();
    void rememberChoices() const;
    void showProblem(const QString &text);
    QWidget *buildForm();

    PortfolioContext &m_context;
    QRadioButton *m_donorRadio;
    QComboBox *m_donorCombo;
    QRadioButton *m_projectsRadio;
    QListWidget *m_projectList;
    QLabel *m_fromLabel;
    PartialDateEdit *m_fromEdit;
    QLabel *m_toLabel;
    PartialDateEdit *m_toEdit;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_paperLabel;
    QComboBox *m_paperCombo;
    QLabel *m_currencyLabel;
    QComboBox *m_currencyCombo;
    QGroupBox *m_scopeBox;
    QGroupBox *m_sectionsBox;
    QList<QCheckBox *> m_sectionChecks;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QPushButton *m_printButton;
    QPushButton *m_closeButton;
    QLabel *m_problemLabel;
    QLabel *m_pageCountLabel;
    QScrollArea *m_previewArea;
    QWidget *m_previewContent;
    QVBoxLayout *m_previewLayout;
    int m_previewPages = 0;
};

} // namespace sstc
