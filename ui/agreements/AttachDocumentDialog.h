#pragma once

#include "models/domain/Document.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sstc {

class PartialDateEdit;

// Asks what a file about to be attached is: its title, kind, language and date.
class AttachDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    AttachDocumentDialog(const QString &fileName, DocumentKind kind, QWidget *parent = nullptr);

    // The metadata as entered; the caller adds the owner and the file's name and type.
    Document document() const;
    static QString languageName(const QString &code); // "en", "zh" or ""

private:
    void check();

    QLineEdit *m_titleEn;
    QLineEdit *m_titleZh;
    QComboBox *m_kind;
    QComboBox *m_language;
    PartialDateEdit *m_date;
    QLabel *m_problem;
};

} // namespace sstc
