#include "tests/support/DamagedFile.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

bool writeRandomBytes(const QString &path, double fraction, int count, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator random(seed);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return file.seek(qint64(double(file.size()) * fraction)) && file.write(bytes) == count;
}
