#pragma once

#include <QCoreApplication>
#include <QString>

namespace sstc {

// Checks an IATI activity file against the 2.03 schema with xmllint, as the test suite
// does; the schema is carried in the program's resources.
class IatiSchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiSchemaCheck)

public:
    enum class Outcome
    {
        Valid,
        Invalid,
        NotChecked // xmllint is not installed or could not run
    };
    struct Result
    {
        Outcome outcome = Outcome::NotChecked;
        QString details; // xmllint's messages, or why it did not run (in the user's language)
    };

    static Result check(const QString &path);
};

} // namespace sstc
