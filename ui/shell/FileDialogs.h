#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace sstc {

// Every file dialog of the application. Qt's own dialog rather than the platform's, because
// the platform's speaks the system's language, not the one chosen in View → Language; and
// with the file list's sizes and dates written the interface language's way, which Qt's
// file system model would write in the system's.
class FileDialogs
{
public:
    // FILTER as QFileDialog takes it ("CSV files (*.csv);;All files (*)"); empty for any file.
    static QString openFile(QWidget *parent, const QString &title, const QString &folder,
                            const QString &filter = {});

    enum class Existing
    {
        AskToReplace,
        LeaveToCaller
    };
    // SUGGESTED is a path or a folder. A name typed without a suffix gets the first one of
    // the chosen filter ("report" → "report.pdf").
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                            const QString &filter = {}, Existing existing = Existing::AskToReplace);

    // The folder the last file was opened from or saved to (kept between runs), else the
    // documents folder: where every file dialog starts.
    static QString lastFolder();
    // FILE_NAME in that folder: what a save dialog suggests.
    static QString inLastFolder(const QString &fileName);

    // The dialog both of them run, for a test that looks at it.
    static void prepare(QFileDialog &dialog);
};

} // namespace sstc
