#include "ui/agreements/AttachDocumentDialog.h"

#include "models/text/DomainNames.h"
#include "ui/widgets/PartialDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sstc {

AttachDocumentDialog::AttachDocumentDialog(const QString &fileName, DocumentKind kind,
                                           QWidget *parent)
    : QDialog(parent)
    , m_titleEn(new QLineEdit(this))
    , m_titleZh(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_date(new PartialDateEdit(QStringLiteral("documentDateEdit"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("attachDocumentDialog"));
    setWindowTitle(tr("Attach Document"));
    // Wide enough for the date field's example formats, in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_titleEn->setObjectName(QStringLiteral("documentTitleEnEdit"));
    m_titleZh->setObjectName(QStringLiteral("documentTitleZhEdit"));
    m_titleEn->setText(QFileInfo(fileName).completeBaseName());
    m_kind->setObjectName(QStringLiteral("documentKindCombo"));
    for (const auto &entry : documentKindCodes)
        m_kind->addItem(DomainNames::documentKind(entry.value), int(entry.value));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_language->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_language->addItem(languageName(QStringLiteral("en")), QStringLiteral("en"));
    m_language->addItem(languageName(QStringLiteral("zh")), QStringLiteral("zh"));
    m_language->addItem(tr("Other or several"), QString());
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Attach"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_problem->text().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &AttachDocumentDialog::check);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("File: %1").arg(QFileInfo(fileName).fileName()), this));
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Title (Chinese):"), m_titleZh);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Date:"), m_date);
    form->addRow(m_problem);
    form->addRow(buttons);
}

QString AttachDocumentDialog::languageName(const QString &code)
{
    return DomainNames::language(code);
}

void AttachDocumentDialog::check()
{
    m_problem->setText(m_date->problem());
}

Document AttachDocumentDialog::document() const
{
    Document document;
    document.title = {m_titleEn->text().trimmed(), m_titleZh->text().trimmed()};
    document.kind = DocumentKind(m_kind->currentData().toInt());
    document.languageCode = m_language->currentData().toString();
    document.date = m_date->date();
    return document;
}

} // namespace sstc
