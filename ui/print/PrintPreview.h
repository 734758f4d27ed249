#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace sstc {

// File → Print… and the report's Print…: Qt's print preview of pages painted by the caller,
// from which the user chooses a printer (or a PDF file) and prints.
class PrintPreview
{
public:
    using Paint = std::function<void(QPrinter &printer)>;

    static void show(QWidget *parent, const QString &title, const Paint &paint,
                     QPageLayout::Orientation orientation = QPageLayout::Portrait);
};

} // namespace sstc
