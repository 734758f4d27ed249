#pragma once

#include "models/domain/Clock.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineMetrics.h"

#include <QDate>
#include <QModelIndex>
#include <QPointF>

namespace sstc {

class TimelineModel;

// What lies under a point of a painted frame.
struct TimelineHit
{
    enum class Kind
    {
        None,
        Row,       // a project's row away from its bar, or its title
        Bar,       // a project's planned or actual bar
        Event,     // an event's diamond
        Agreement, // an agreement's line or label
    };

    Kind kind = Kind::None;
    int row = -1;
    qint64 projectId = 0;
    QModelIndex index;     // the project's or the event's row in the model
    QList<int> agreements; // for Agreement: indexes into the model's agreements()
};

// Finds what the painter drew at a point, through the same geometry, so that what the user
// clicks is what they see. Diamonds lie over bars, and bars over agreement lines.
class TimelineHitTester
{
public:
    TimelineHitTester(const TimelineModel &model, const TimeScale &scale,
                      const TimelineMetrics &metrics);

    void setToday(const QDate &today) { m_today = today; }
    TimelineHit hit(const QPointF &point, const TimelineFrame &frame) const;

private:
    const TimelineModel &m_model;
    const TimeScale &m_scale;
    const TimelineMetrics &m_metrics;
    QDate m_today = Clock::today();
};

} // namespace sstc
