#pragma once

#include <QString>

namespace sstc {

// Who makes an audited change, as the trail names them. The caller says who it is (the
// desktop the name its user set, the team server its signed-in user): the models read no
// settings of their own.
class AuditActor
{
public:
    explicit AuditActor(QString name)
        : m_name(std::move(name))
    {}

    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace sstc
