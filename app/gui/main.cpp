#include "ui/mainwindow/DesktopStart.h"

int main(int argc, char *argv[])
{
    return sstc::DesktopStart::run(argc, argv);
}
