#pragma once

#include "models/domain/Language.h"

#include <QObject>
#include <QTranslator>

namespace sstc {

// Installs the translations of a UI language into the application: SSTC Desk's own and
// Qt's (for the standard dialogs), replacing those of the previous language.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);

    // Returns false when the program's own Chinese translation could not be loaded.
    bool apply(Language language);
    Language language() const { return m_language; }

    // The language of the system locale: Chinese for any zh locale, English otherwise.
    // (The one the user chose is kept by the ui: Preferences::language().)
    static Language systemLanguage();

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QTranslator m_qtGapsTranslator;
    Language m_language = Language::English;
};

} // namespace sstc
