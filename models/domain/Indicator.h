#pragma once

#include "models/domain/LocalizedText.h"
#include "models/domain/PartialDate.h"

#include <QList>

#include <optional>

namespace sstc {

// IATI IndicatorMeasure codes.
enum class IndicatorMeasure
{
    Unit = 1,
    Percentage = 2,
    Nominal = 3,
    Ordinal = 4,
    Qualitative = 5
};

struct IndicatorPeriod
{
    PartialDate start;
    PartialDate end;
    std::optional<double> target;
    std::optional<double> actual;
    bool actualIsMinimum = false; // "over 46,000"
    std::optional<double> targetWomen;
    std::optional<double> targetMen;
    std::optional<double> actualWomen;
    std::optional<double> actualMen;
};

// A result indicator of a project (IATI result/indicator).
struct Indicator
{
    qint64 id = 0;
    qint64 projectId = 0;
    LocalizedText title;
    LocalizedText unit;
    IndicatorMeasure measure = IndicatorMeasure::Unit;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    QList<IndicatorPeriod> periods;
};

} // namespace sstc
