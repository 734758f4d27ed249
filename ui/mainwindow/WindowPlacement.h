#pragma once

#include <QList>
#include <QRect>

namespace sstc {

// Where the main window opens and stays. Pure geometry, so that the rules are tested with any
// screen.
class WindowPlacement
{
public:
    struct Placement
    {
        QRect geometry;         // the normal geometry, centred on the screen
        bool maximized = false; // on a small screen the window takes it all
    };

    // The first start, with no saved geometry: about 90% of the screen's available area,
    // centred; maximised on a screen where that would be smaller than the views were laid out
    // for (a 1366×768 laptop).
    static Placement firstStart(const QRect &available);

    // A saved geometry where it was, if enough of it is on some screen to grab and move it;
    // otherwise moved (and shrunk when needed) onto the first screen, as when the monitor it
    // was on is gone.
    static QRect keptOnScreens(const QRect &saved, const QList<QRect> &availableScreens);

    // Below this the views are cramped: the window is maximised instead.
    static constexpr QSize smallestComfortable{1280, 720};
};

} // namespace sstc
