#include "ui/shell/FileDialogs.h"

#include "ui/shell/SettingsKeys.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace sstc {

namespace {

// QFileSystemModel's columns: name, size, type, date modified.
constexpr int sizeColumn = 1;
constexpr int dateColumn = 3;

// Writes the size and date columns in the default locale (the interface language's).
class InterfaceLocaleFileDetails : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        auto *files = qobject_cast<QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        const QLocale locale;
        if (index.column() == dateColumn)
            return locale.toString(files->lastModified(source), QLocale::ShortFormat);
        if (index.column() == sizeColumn && !files->isDir(source))
            return locale.formattedDataSize(files->size(source), 1,
                                            QLocale::DataSizeTraditionalFormat);
        return QIdentityProxyModel::data(index, role);
    }
};

// "PDF files (*.pdf)" → "pdf"; empty when the filter names no single suffix.
QString firstSuffix(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.(\w+))"));
    return pattern.match(filter).captured(1);
}

// The folder of the file chosen, for the next dialog.
QString remembered(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(SettingsKeys::lastFileFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString FileDialogs::lastFolder()
{
    const QString last = QSettings().value(SettingsKeys::lastFileFolder).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileDialogs::inLastFolder(const QString &fileName)
{
    return QDir(lastFolder()).filePath(fileName);
}

void FileDialogs::prepare(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setProxyModel(new InterfaceLocaleFileDetails(&dialog));
}

QString FileDialogs::openFile(QWidget *parent, const QString &title, const QString &folder,
                              const QString &filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return remembered(dialog.selectedFiles().constFirst());
}

QString FileDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter, Existing existing)
{
    QFileDialog dialog(parent, title, suggested, filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(firstSuffix(filter));
    QObject::connect(
        &dialog, &QFileDialog::filterSelected, &dialog,
        [&dialog](const QString &chosen) { dialog.setDefaultSuffix(firstSuffix(chosen)); });
    if (existing == Existing::LeaveToCaller)
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return remembered(dialog.selectedFiles().constFirst());
}

} // namespace sstc
