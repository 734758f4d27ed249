#include "ui/mainwindow/InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace sstc {

namespace {

bool coversChinese(const QString &family)
{
    const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(family);
    return systems.contains(QFontDatabase::SimplifiedChinese) ||
           systems.contains(QFontDatabase::TraditionalChinese) ||
           systems.contains(QFontDatabase::Japanese);
}

// A sans-serif face for Latin text, for a desktop whose own face is a CJK one (the default
// under a Chinese locale): its quotation marks and apostrophes are full-width, which reads as
// gaps in English ("“MOHRSS”"). Empty when none is installed.
QString latinFace()
{
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI",
                               "Helvetica Neue", "Arial", "Cantarell", "Ubuntu"})
        if (installed.contains(QLatin1String(family)) && !coversChinese(QLatin1String(family)))
            return QLatin1String(family);
    return {};
}

} // namespace

void applyInterfaceFont(Language language)
{
    QFont font = QApplication::font();
    // The face the desktop's font resolves to, by its own name: the desktop's may be an
    // alias ("Sans Serif") that a family list skips, which would leave the CJK face to draw
    // Latin text too.
    QString latin = QFontInfo(font).family();
    if (coversChinese(latin))
        latin = latinFace();
    QStringList chinese;
    for (const char *family : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                               "Microsoft YaHei", "PingFang SC"})
        chinese << QString::fromLatin1(family);
    QStringList families;
    if (language == Language::Chinese)
        families << chinese << latin;
    else
        families << latin << chinese;
    families.removeAll(QString());
    families.removeDuplicates();
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace sstc
