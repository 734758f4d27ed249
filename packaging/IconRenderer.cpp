// Build tool: renders the application's SVG icon to a square PNG of one size, so that the
// install tree has the hicolor sizes desktops look for without any download at build time.
// Usage: sstc-render-icon ICON.svg SIZE OUTPUT.png

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: sstc-render-icon ICON.svg SIZE OUTPUT.png\n");
        return 2;
    }
    bool sizeOk = false;
    const int size = arguments.at(2).toInt(&sizeOk);
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid() || !sizeOk || size <= 0) {
        std::fprintf(stderr, "sstc-render-icon: cannot render %s at size %s\n",
                     qPrintable(arguments.at(1)), qPrintable(arguments.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    const QString output = arguments.at(3);
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "sstc-render-icon: cannot write %s\n", qPrintable(output));
        return 1;
    }
    return 0;
}
