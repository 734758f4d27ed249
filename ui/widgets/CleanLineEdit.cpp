#include "ui/widgets/CleanLineEdit.h"

#include "models/text/TextInput.h"

namespace sstc {

CleanLineEdit::CleanLineEdit(const QString &objectName, QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(objectName);
    setMaxLength(1000000);
    connect(this, &QLineEdit::textEdited, this, &CleanLineEdit::clean);
}

void CleanLineEdit::clean()
{
    const QString typed = text();
    if (!TextInput::hasControlCharacters(typed))
        return;
    const QString kept = TextInput::withoutControlCharacters(typed);
    const int removedBeforeCursor =
        cursorPosition() - TextInput::withoutControlCharacters(typed.left(cursorPosition())).size();
    const int cursor = cursorPosition() - removedBeforeCursor;
    setText(kept);
    setCursorPosition(cursor);
    emit textEdited(kept);
}

} // namespace sstc
