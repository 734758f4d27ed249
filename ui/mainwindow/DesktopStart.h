#pragma once

#include <functional>

namespace sstc {

class MainWindow;

// What starting the desktop program does, from the command line to the event loop: the
// interface language and font, one window per portfolio file (a file already open brings its
// window forward instead), the default portfolio or the one named, the expiry reminders.
// The GUI's main() is only this; the benchmark program runs the same start to time it.
class DesktopStart
{
public:
    // windowBuilt is called once the window exists, before it is shown and opens a portfolio.
    static int run(int &argc, char **argv,
                   const std::function<void(MainWindow &)> &windowBuilt = {});
};

} // namespace sstc
