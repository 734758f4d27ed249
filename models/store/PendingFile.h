#pragma once

#include <QString>

namespace sstc {

// A file made under a hidden temporary name beside its final place (".NAME-XXXXXX.tmp"), so
// that the final name shows either nothing or the finished file, never a half-made one.
// While it lives it holds an advisory lock on the temporary file: a maker that finds such a
// file unlocked knows its maker died, and removes it. Linux/POSIX: link(2) and flock(2).
class PendingFile
{
public:
    // Creates the temporary file, empty, named after `nameFor` in its folder, and removes the
    // leftovers of makers under the same name that died. Throws StoreError (FolderNotWritable)
    // when it cannot.
    explicit PendingFile(const QString &nameFor);
    // Removes the temporary file, with SQLite's journal files beside it, unless published.
    ~PendingFile();
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    QString path() const { return m_path; }

    enum class Outcome
    {
        Published,
        NameTaken // something else has the final name by now; it was left as it was
    };
    // Gives the finished file its final name, in one step that fails when the name is taken:
    // of two makers, exactly one wins. An empty (0-byte) file at the final name is replaced
    // when replaceEmpty, under a lock on it, so that two makers replacing it still give one
    // winner.
    Outcome publish(const QString &finalPath, bool replaceEmpty = false);

    // Removes the temporary files of dead makers named after `nameFor`; the live ones stay.
    static void removeAbandoned(const QString &nameFor);

private:
    bool replaceEmptyFile(const QString &finalPath);

    QString m_path;
    int m_fd = -1;
    bool m_published = false;
};

} // namespace sstc
