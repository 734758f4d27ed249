#include "models/sample/ReferenceData.h"

#include "models/repositories/ReferenceRepository.h"
#include "models/store/PortfolioStore.h"

#include <QFile>

namespace sstc {

QList<Country> ReferenceData::countries()
{
    QFile file(QStringLiteral(":/data/reference/countries.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<Country> result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 3)
            result.append({fields.at(0), {fields.at(1), fields.at(2)}});
    }
    return result;
}

void ReferenceData::fill(PortfolioStore &store)
{
    ReferenceRepository(store).saveCountries(countries());
}

} // namespace sstc
