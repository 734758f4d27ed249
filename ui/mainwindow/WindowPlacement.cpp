#include "ui/mainwindow/WindowPlacement.h"

#include <algorithm>

namespace sstc {

WindowPlacement::Placement WindowPlacement::firstStart(const QRect &available)
{
    const QSize size(available.width() * 9 / 10, available.height() * 9 / 10);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    const bool small =
        size.width() < smallestComfortable.width() || size.height() < smallestComfortable.height();
    return {geometry, small};
}

QRect WindowPlacement::keptOnScreens(const QRect &saved, const QList<QRect> &availableScreens)
{
    if (availableScreens.isEmpty() || !saved.isValid())
        return saved;
    // Enough to see the title bar and drag it: a strip along the top of the window.
    constexpr int grip = 48;
    const QRect top(saved.left(), saved.top(), saved.width(), std::min(grip, saved.height()));
    for (const QRect &screen : availableScreens) {
        const QRect shown = screen.intersected(top);
        if (shown.width() >= std::min(grip * 2, saved.width()) && shown.height() >= grip / 2)
            return saved;
    }
    const QRect &screen = availableScreens.first();
    QRect moved(QPoint(), saved.size().boundedTo(screen.size()));
    moved.moveCenter(screen.center());
    return moved;
}

} // namespace sstc
