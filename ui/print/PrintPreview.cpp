#include "ui/print/PrintPreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sstc {

void PrintPreview::show(QWidget *parent, const QString &title, const Paint &paint,
                        QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(orientation);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter *target) { paint(*target); });
    dialog.resize(parent ? parent->size() * 0.9 : QSize(1000, 700));
    dialog.exec();
}

} // namespace sstc
