#include "CommandLineTool.h"
#include "store/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sstc::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    return sstc::CommandLineTool(out, err).run(QCoreApplication::arguments());
}
