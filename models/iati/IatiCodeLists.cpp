#include "models/iati/IatiCodeLists.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

namespace sstc {

namespace {

// codelist-item/code and the first narrative without a language (or in English) of its name.
QHash<QString, QString> readList(const QString &path)
{
    QHash<QString, QString> codes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return codes;
    QXmlStreamReader xml(&file);
    QString code;
    bool inName = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("name"))
            inName = false;
        if (!xml.isStartElement())
            continue;
        const auto element = xml.name();
        if (element == QLatin1String("codelist-item")) {
            code.clear();
        } else if (element == QLatin1String("code")) {
            code = xml.readElementText().trimmed();
            codes.insert(code, QString());
        } else if (element == QLatin1String("name")) {
            inName = !code.isEmpty();
        } else if (element == QLatin1String("narrative") && inName) {
            const auto lang = xml.attributes().value(QLatin1String("xml:lang"));
            const QString text = xml.readElementText().trimmed();
            if ((lang.isEmpty() || lang == QLatin1String("en")) && codes.value(code).isEmpty())
                codes.insert(code, text);
        }
    }
    return codes;
}

} // namespace

const IatiCodeLists &IatiCodeLists::standard()
{
    static const IatiCodeLists lists;
    return lists;
}

IatiCodeLists::IatiCodeLists()
{
    const QDir folder(QStringLiteral(":/data/iati/codelists"));
    for (const QString &file : folder.entryList({QStringLiteral("*.xml")}, QDir::Files))
        m_lists.insert(file.chopped(4), readList(folder.filePath(file)));
}

bool IatiCodeLists::contains(const QString &list, const QString &code) const
{
    return m_lists.value(list).contains(code);
}

QString IatiCodeLists::name(const QString &list, const QString &code) const
{
    return m_lists.value(list).value(code);
}

} // namespace sstc
