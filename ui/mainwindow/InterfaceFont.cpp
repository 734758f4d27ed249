#include "ui/mainwindow/InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QStringList>

namespace sstc {

void applyInterfaceFont()
{
    QFont font = QApplication::font();
    QStringList families{font.family()};
    for (const char *family : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                               "Microsoft YaHei", "PingFang SC"})
        families << QString::fromLatin1(family);
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace sstc
