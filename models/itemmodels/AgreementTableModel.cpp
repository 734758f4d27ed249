#include "models/itemmodels/AgreementTableModel.h"

#include "models/itemmodels/TableColumn.h"
#include "models/text/DomainNames.h"
#include "models/text/Formats.h"

namespace sstc {

AgreementTableModel::AgreementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgreementTableModel::setAgreements(QList<Agreement> agreements,
                                        const QList<Organisation> &organisations)
{
    beginResetModel();
    m_agreements = std::move(agreements);
    m_organisations.clear();
    for (const Organisation &organisation : organisations)
        m_organisations.insert(organisation.id, organisation);
    endResetModel();
}

void AgreementTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_agreements.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agreements.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agreement &agreement = m_agreements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(agreement, index.column());
    case IdRole:
        return agreement.id;
    case FallbackLanguageRole:
        return index.column() == Title ? fallbackLanguage(agreement.title, m_language) : QVariant();
    case ExportRole:
        return exportValue(agreement, index.column());
    default:
        return {};
    }
}

QStringList AgreementTableModel::partyNames(const Agreement &agreement) const
{
    QStringList names;
    for (const AgreementParty &party : agreement.parties) {
        const Organisation organisation = m_organisations.value(party.organisationId);
        names << (organisation.acronym.isEmpty() ? organisation.name.preferring(m_language)
                                                 : organisation.acronym);
    }
    return names;
}

QString AgreementTableModel::displayText(const Agreement &agreement, int column) const
{
    switch (column) {
    case Year: {
        const PartialDate date =
            agreement.signedOn.isNull() ? agreement.validFrom : agreement.signedOn;
        return date.isNull() ? QString() : QString::number(date.firstDay().year());
    }
    case Kind:
        return DomainNames::agreementKind(agreement.kind);
    case Title:
        return agreement.title.preferring(m_language);
    case Parties:
        return partyNames(agreement).join(m_language == Language::Chinese ? QStringLiteral("、")
                                                                          : QStringLiteral(", "));
    case Signed:
        return Formats::date(agreement.signedOn, m_language);
    case ValidFrom:
        return Formats::date(agreement.validFrom, m_language);
    case ValidTo:
        return Formats::date(agreement.validTo, m_language);
    }
    return {};
}

QVariant AgreementTableModel::exportValue(const Agreement &agreement, int column) const
{
    switch (column) {
    case Kind:
        return codeOf(agreementKindCodes, agreement.kind);
    case Parties:
        return partyNames(agreement);
    case Signed:
        return agreement.signedOn.toIso();
    case ValidFrom:
        return agreement.validFrom.toIso();
    case ValidTo:
        return agreement.validTo.toIso();
    default:
        return displayText(agreement, column);
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In the order of the Column enum.
    static const TableColumn columns[] = {
        {"year", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Year")},
        {"kind", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Kind")},
        {"title", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Title")},
        {"parties", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Parties")},
        {"signed", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Signed")},
        {"valid_from", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Valid from")},
        {"valid_to", QT_TRANSLATE_NOOP("sstc::AgreementTableModel", "Valid to")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columnHeader(columns, "sstc::AgreementTableModel", section, orientation, role);
}

} // namespace sstc
