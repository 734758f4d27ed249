#pragma once

#include "models/iati/IatiProblem.h"
#include "models/iati/ImportedActivity.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

namespace sstc {

// Reads an IATI activity file (2.01–2.03 in full, 1.0x as far as its structure maps) one
// iati-activity at a time, streaming from the file: memory stays flat with file size.
// What it cannot take is a refusal of the whole file (not XML, truncated, a DTD, another
// root, an organisation file); what is wrong with one activity is a problem, graded.
class IatiReader
{
    Q_DECLARE_TR_FUNCTIONS(sstc::IatiReader)

public:
    explicit IatiReader(const QString &path);

    // The next activity into `activity`; false at the end of the file or when it is refused.
    bool next(ImportedActivity &activity);
    bool isRefused() const { return !m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; } // in the user's language
    // The problems found since the last call.
    IatiProblems takeProblems() { return std::exchange(m_problems, {}); }
    QString path() const { return m_path; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    struct Narrative
    {
        QString language;
        QString text;
    };

    bool start();
    void refuse(const QString &message);
    void refuseForXmlError();
    void problem(IatiProblem::Grade grade, const QString &message);
    QString attribute(const char *name) const;
    std::optional<QString> sstcAttribute(const char *name) const;
    QString elementLanguage(const QString &inherited) const;

    QList<Narrative> readNarratives();
    // `field` names the text in messages (the user's language); `keptField` is the code the
    // kept narratives are stored under ("title", "description").
    void assign(LocalizedText &text, const QList<Narrative> &narratives, const QString &field,
                QList<KeptNarrative> *kept, const QString &keptField = {});
    PartialDate readDate(const char *attributeName = "iso-date");
    std::optional<double> number(const QString &text, const QString &what);

    void readActivity(ImportedActivity &activity);
    void readActivityDate(Project &project);
    void readParticipant(ImportedActivity &activity);
    ImportedOrganisation readOrganisation();
    void readRecipientCountry(Project &project);
    void readRecipientRegion(Project &project);
    void readSector(Project &project);
    void readBudget(ImportedActivity &activity);
    void readPlannedDisbursement(ImportedActivity &activity);
    void readTransaction(ImportedActivity &activity);
    bool readValue(Money &amount, PartialDate &valueDate);
    void readDocumentLink(Project &project);
    void readRelatedActivity(ImportedActivity &activity);
    void readResult(ImportedActivity &activity);
    void readIndicator(ImportedActivity &activity, const LocalizedText &resultTitle);
    void readPeriod(Indicator &indicator);
    void readPeriodValue(IndicatorPeriod &period, bool actual);

    QString m_path;
    QFile m_file;
    QXmlStreamReader m_xml;
    bool m_started = false;
    QString m_refusal;
    IatiProblems m_problems;
    QString m_fileLanguage;
    QString m_fileCurrency;
    // The activity being read.
    QString m_activityId;
    QString m_language;
    QString m_currency;
    bool m_receiverNoted = false;
    bool m_plannedReceiverNoted = false;
};

} // namespace sstc
