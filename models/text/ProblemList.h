#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sstc {

// How much of a list of problems a message shows, and how much of a bad value it quotes. A
// file with 100,000 bad lines or a 2 MB field must still give a message of a few lines: a
// wrapped label of the whole text took a minute and gigabytes to lay out.
class ProblemList
{
    Q_DECLARE_TR_FUNCTIONS(sstc::ProblemList)

public:
    // Problems shown in a dialog; the first ones say what to fix first.
    static constexpr int shown = 10;
    // Characters of a value quoted in a problem.
    static constexpr int excerptLength = 40;
    // Characters of one problem message; longer ones are cut like an excerpt.
    static constexpr int messageLength = 300;

    // The first `limit` of `problems`, each at most messageLength long, then "… and 99,990
    // more problems." when there are more. `total` counts all problems, of which `problems`
    // holds the first ones (a reader may keep only the first few of very many).
    static QStringList firstOf(const QStringList &problems, qsizetype total, int limit = shown);
    static QStringList firstOf(const QStringList &problems, int limit = shown)
    {
        return firstOf(problems, problems.size(), limit);
    }
    // `text` to quote in a message: at most `length` characters, cut with "…", with line
    // breaks and other control characters shown as spaces so that it stays one line.
    static QString excerpt(const QString &text, int length = excerptLength);
};

} // namespace sstc
