#include "translations/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sstc {

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

bool TranslationLoader::apply(Language language)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_qtGapsTranslator);
    m_language = language;
    QLocale::setDefault(language == Language::Chinese
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English is the source language; its file only holds the plural forms ("1 project").
    const bool loaded =
        m_appTranslator.load(language == Language::Chinese ? QStringLiteral(":/i18n/sstc_zh_CN.qm")
                                                           : QStringLiteral(":/i18n/sstc_en.qm"));
    if (loaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    if (language == Language::English)
        return true;
    // Qt's own strings (buttons of standard dialogs); absent on a minimal install.
    if (m_qtTranslator.load(QStringLiteral("qt_zh_CN"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // …and the few of Qt's file dialog strings that Qt's catalogue lacks (ours, built in).
    if (m_qtGapsTranslator.load(QStringLiteral(":/i18n/qt_gaps_zh_CN.qm")))
        QCoreApplication::installTranslator(&m_qtGapsTranslator);
    return loaded;
}

Language TranslationLoader::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

} // namespace sstc
