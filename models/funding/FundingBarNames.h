#pragma once

#include "models/domain/Language.h"
#include "models/funding/FundingFigures.h"

#include <QCoreApplication>
#include <QString>

namespace sstc {

// What a bar of a funding breakdown is called where it is shown as words: a chart's axis and
// table, a CSV file, the command line. Lines without a key (no date, no recipient country…)
// form a bar of their own with a name that says so.
class FundingBarNames
{
    Q_DECLARE_TR_FUNCTIONS(sstc::FundingBarNames)

public:
    // The category: "2019", "Lao PDR" / "老挝", "SDG 8", a theme, a project's title.
    static QString category(FundingBreakdown breakdown, const FundingBar &bar, Language language);
    // The series of a stacked breakdown: the donor, "Donor not recorded" when the line names none.
    static QString donor(const FundingBar &bar, Language language);
};

} // namespace sstc
