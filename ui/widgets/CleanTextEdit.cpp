#include "ui/widgets/CleanTextEdit.h"

#include "models/text/TextInput.h"

#include <QMimeData>

namespace sstc {

CleanTextEdit::CleanTextEdit(const QString &objectName, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(objectName);
    setTabChangesFocus(true); // Tab leaves the field, as everywhere else in the form
}

void CleanTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText())
        return;
    insertPlainText(TextInput::withoutControlCharacters(source->text()));
}

} // namespace sstc
