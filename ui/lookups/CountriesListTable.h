#pragma once

#include "models/domain/Country.h"
#include "ui/widgets/RecordTable.h"

namespace sstc {

// The countries that projects and events name: ISO code and names.
class CountriesListTable : public RecordTable
{
    Q_OBJECT

public:
    explicit CountriesListTable(QWidget *parent = nullptr);

    void setCountries(const QList<Country> &countries);
    QList<Country> countries() const;

protected:
    void addChild() override { appendCountry({}); }
    void removeChild(int) override {} // the code is the country's key, and it is in the row

private:
    void appendCountry(const Country &country);
};

} // namespace sstc
