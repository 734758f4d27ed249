<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>SSTC Desk: the China–ILO South-South and Triangular Cooperation portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this portfolio file instead of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementDetailPane</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <comment>where an agreement was signed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agreement to see its parties, validity, projects and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects resting on this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select this project in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project in the portfolio rests on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history: no change recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the year of a linked agreement</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementEditorDialog</name>
    <message>
        <source>New Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>valid from … to …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and signatories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementHistoryModel</name>
    <message>
        <source>Milestone</source>
        <comment>a dated fact of the China–ILO relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementPartiesTable</name>
    <message>
        <source>Add Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementValidator</name>
    <message>
        <source>Give the agreement a title in English or in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts to be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is already a party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement cannot amend itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement already rests, through amendments or replacements, on the agreement chosen here: the chain would go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement cannot replace itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AgreementsView</name>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 agreements</source>
        <translation>
            <numerusform>%n of %1 agreement</numerusform>
            <numerusform>%n of %1 agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Search agreements (English or Chinese)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>reminder period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements whose validity ends within this many days are highlighted and listed at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>an agreement</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AttachDocumentDialog</name>
    <message>
        <source>Attach Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AuditTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers&apos; participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::AuditValueText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a country and its share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an organisation and its role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a disbursement&apos;s provider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a period and its amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and notes about it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a period and its values</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::BilingualTextEdit</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the organisations, countries, themes, exchange rates, funding offers or proposals has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the organisations, countries, themes, exchange rates, funding offers and proposals, newest first. Point at a value to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ChoiceFilterButton</name>
    <message>
        <source>None in this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::CommandLineTool</name>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts and messages: en or zh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: create an empty portfolio, without the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run “sstc --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sstc --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the portfolio “%1” with %n project(s).</source>
        <translation>
            <numerusform>Created the portfolio “%1” with %n project.</numerusform>
            <numerusform>Created the portfolio “%1” with %n projects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sstc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: small, medium or large (100,000 projects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic: the seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new file with --database: a synthetic portfolio never goes into your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown size “%1”: use small, medium or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the synthetic portfolio “%1” with %n project(s).</source>
        <translation>
            <numerusform>Created the synthetic portfolio “%1” with %n project.</numerusform>
            <numerusform>Created the synthetic portfolio “%1” with %n projects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh (or both for a report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: a project, by its code or number; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the donor, by its acronym, name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the first day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: paper size, a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name either the projects (--project) or the donor (--donor) to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period with --from and --to as dates like 2019-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the report&apos;s language with --lang: en, zh or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reporting currency “%1”: use USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation “%1” in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project “%1” in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report “%1”: %n page(s).</source>
        <translation>
            <numerusform>Wrote the report “%1”: %n page.</numerusform>
            <numerusform>Wrote the report “%1”: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <comment>placeholder for an argument in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <comment>placeholder for an argument in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1” for check: use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working in this file, so that nothing more is lost, and turn to a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file, or a PostgreSQL server as postgresql://user@host:port/database (default: your own portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report, list funding: the reporting currency, USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list funding: the breakdown, year, country, sdg or theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list funding: the amounts added up: budget, commitment, incoming_funds, disbursement, expenditure or pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: projects, agreements or funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: projects, agreements or funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list “%1”: use projects, agreements or funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown breakdown “%1”: use year, country, sdg or theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure “%1”: use budget, commitment, incoming_funds, disbursement, expenditure or pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not converted to %1: %2 in %n funding line(s), which have no exchange rate in force on their date, or no date.</source>
        <translation>
            <numerusform>Not converted to %1: %2 in %n funding line, which has no exchange rate in force on its date, or no date.</numerusform>
            <numerusform>Not converted to %1: %2 in %n funding lines, which have no exchange rate in force on their date, or no date.</numerusform>
        </translation>
    </message>
    <message>
        <source>SSTC Desk command-line tool: batch work on portfolios, in a file or on a PostgreSQL server (--database postgresql://…).

Commands:
  init                   create a portfolio holding the sample portfolio
  list projects          list the projects of a portfolio
  list agreements        list the agreements of a portfolio
  list funding           the funding figures the dashboard charts, converted:
                         list funding [--by year|country|sdg|theme]
                         [--measure budget|commitment|incoming_funds|disbursement|
                         expenditure|pledge] [--currency USD|CNY] [--donor ORG]
  copy                   copy a whole portfolio, documents and history included,
                         into a new file or an empty server database:
                         copy --database SOURCE --to DESTINATION
  synthetic              create a synthetic portfolio for measuring speed
  report                 write a donor report as a PDF:
                         report (--project CODE ... | --donor ORG) --from DATE
                         --to DATE --lang en|zh|both [--paper a4|letter] -o OUT.pdf
  check                  check that a portfolio is not damaged (exit code 1
                         when it is); reads only, --format table or json
  import iati            import IATI activity files (sstc import iati --help)
  export iati            write projects as an IATI activity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the last day of the period (YYYY-MM-DD). copy: the new file or the empty server database to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date|place</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, list, copy, synthetic, report or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes no further arguments; name the destination with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name where to copy the portfolio with --to: a new file, or an empty database on a server (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the portfolio “%1” to “%2”: %n project(s), %3 rows in %4 tables, data format %5.</source>
        <translation>
            <numerusform>Copied the portfolio “%1” to “%2”: %n project, %3 rows in %4 tables, data format %5.</numerusform>
            <numerusform>Copied the portfolio “%1” to “%2”: %n projects, %3 rows in %4 tables, data format %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not empty: a portfolio is copied only into a new file or a database without tables. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team&apos;s administrator to repair the database, or to restore a copy (sstc copy, pg_dump) made before the problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::CountriesListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::DamagedPortfolioDialog</name>
    <message>
        <source>Damaged Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop editing this portfolio: changes made now may be lost, or spread the damage. Open a backup copy instead, or copy out what you need. To check the file again, run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::DocumentCommand</name>
    <message>
        <source>Attach “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::DocumentFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; files of up to %3 can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “%1” is damaged: its checksum does not match the one recorded when it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a named pipe, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a socket, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while it was being read; attach it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::DocumentsPanel</name>
    <message>
        <source>Choose an agreement or a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is no longer in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for opened documents could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Use Save Copy to keep it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Copy of Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::DomainNames</name>
    <message>
        <source>Pipeline</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalisation</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>project status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>organisation role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable</source>
        <comment>organisation role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending</source>
        <comment>organisation role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing</source>
        <comment>organisation role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilateral organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers&apos; organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decent Work Country Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment or addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, amended</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>proposal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>proposal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>proposal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>proposal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <comment>document kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <comment>document kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brochure</source>
        <comment>document kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>document kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>a document&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>a document&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <comment>a document&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a document&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::EventsTable</name>
    <message>
        <source>&amp;Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRateCsv</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate converts between two different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header must be “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected 4 or 5 fields (%2), found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a second %2 → %3 rate for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must be “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 is longer than %L3 characters: “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the line is longer than %L2 KB; a rate takes one short line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesCommand</name>
    <message>
        <source>Edit exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit of the currency is worth the rate in the other currency, from its date until the next rate. Amounts dated before a currency&apos;s first rate are shown as not converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported from %1. Save to keep them.</source>
        <translation>
            <numerusform>%n rate imported from %1. Save to keep it.</numerusform>
            <numerusform>%n rates imported from %1. Save to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reads UTF-8 and UTF-16 files, and GB18030 files saved by Chinese Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesTable</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In currency</source>
        <comment>converted into</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a second %2 → %3 rate for %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ExpiryReminderDialog</name>
    <message>
        <source>Agreements Expiring Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) will expire within %1 days:</source>
        <translation>
            <numerusform>%n agreement will expire within %1 days:</numerusform>
            <numerusform>%n agreements will expire within %1 days:</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::FundingBarNames</name>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::FundingChartPanel</name>
    <message>
        <source>Millions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <comment>show a chart&apos;s data as a table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>new figures of a chart are being computed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::FundingFiguresTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::FundingLinesTable</name>
    <message>
        <source>&amp;Add funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::FundingView</name>
    <message>
        <source>Budget</source>
        <comment>the revised budget, else the original one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the exchange rates that convert amounts to the reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by year and donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by recipient country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery per project: budget, funds received and expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the largest %2 of %3; all of them in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted to %1, for want of an exchange rate on their value date, and left out of the charts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the delivery chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding lines of this kind in the projects shown. Add them in the project editor, or choose other amounts or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation>
            <numerusform>%1 in %n line</numerusform>
            <numerusform>%1 in %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Sustainable Development Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>funds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the largest %2 of %3 projects; the table lists the largest %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Exchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted to %1, having no date (neither a value date nor a period), and left out of the charts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these funding lines could be converted to %1: no exchange rate is in force on their value dates. Enter the rates, or show the amounts in another reporting currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these funding lines could be converted to %1: they have no date. Give them a value date in the project editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: projects the portfolio&apos;s filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::GeneralPage</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned st&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual e&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiChangedFields</name>
    <message>
        <source>Funding lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiCommands</name>
    <message>
        <source>IATI 2.03 activity files in and out of a portfolio:
  import iati FILE... --database DB [--dry-run] [--json]
  export iati --database DB [--project CODE...] [--reporting-org REF] -o OUT.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of texts and messages: en or zh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: say what would be imported, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a project, by its code, IATI identifier or number; may be given more than once (default: every project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the reporting organisation&apos;s IATI identifier (default: the ILO, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the IATI XML file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <comment>placeholder for an argument in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to %1: only “iati” is known (sstc %1 iati …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the IATI files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export iati takes no files; name the one to write with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the IATI XML file to write with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sstc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sstc: nothing was imported; the portfolio is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n activity(ies).</source>
        <translation>
            <numerusform>Read %n activity.</numerusform>
            <numerusform>Read %n activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would create %1, update %2 and skip %3 project(s); would create %4 organisation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, updated %2 and skipped %3 project(s); created %4 organisation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1 critical, %2 error(s), %3 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the portfolio was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project “%1” in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 now has the IATI identifier %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n activity to “%1”.</numerusform>
            <numerusform>Wrote %n activities to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio file, or a PostgreSQL server as postgresql://user@host:port/database (default: your own portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiExportDialog</name>
    <message>
        <source>Export IATI Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) the filter shows</source>
        <translation>
            <numerusform>The %n project the filter shows</numerusform>
            <numerusform>The %n projects the filter shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected project(s)</source>
        <translation>
            <numerusform>The %n selected project</numerusform>
            <numerusform>The %n selected projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting organisation (IATI identifier):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI activity files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reporting organisation&apos;s IATI identifier, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n activity to “%1”.</numerusform>
            <numerusform>Wrote %n activities to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is valid against the IATI 2.03 schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is NOT valid against the IATI 2.03 schema; the IATI registry would refuse it. xmllint says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has the IATI identifier %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI XML…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiExporter</name>
    <message>
        <source>it has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no start or end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: IATI requires more than the project has (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding line of %1 %2 was not exported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IATI budget needs the period it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IATI transaction needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline of “%1” was not exported: IATI needs its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of “%1” was not exported: it has no dates, nor has the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned disbursement of %1 %2 was not exported: it has no date, nor has the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiImportCommand</name>
    <message>
        <source>Import IATI activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiImportDialog</name>
    <message>
        <source>Import IATI Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files cannot be imported; nothing will be changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) read. Importing will create %1 project(s), update %2 and skip %3; %4 organisation(s) will be created.</source>
        <translation>
            <numerusform>%n activity read. Importing will create %1 project(s), update %2 and skip %3; %4 organisation(s) will be created.</numerusform>
            <numerusform>%n activities read. Importing will create %1 project(s), update %2 and skip %3; %4 organisation(s) will be created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1 critical, %2 error(s), %3 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every text is in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in other languages (%1) will be kept with their projects, as listed under “Kept texts”: the app shows only English and Chinese, and an IATI export writes them out again.</source>
        <translation>
            <numerusform>%n text in another language (%1) will be kept with its project, as listed under “Kept texts”: the app shows only English and Chinese, and an IATI export writes it out again.</numerusform>
            <numerusform>%n texts in other languages (%1) will be kept with their projects, as listed under “Kept texts”: the app shows only English and Chinese, and an IATI export writes them out again.</numerusform>
        </translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical problem: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the portfolio is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IATI activity files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kept text: its field and its language code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiImporter</name>
    <message>
        <source>The file holds this identifier twice; only the first activity was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds this identifier too; the activities were not merged, only the first was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “%1” belongs to another project; the code was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient country “%1” is not in the portfolio&apos;s list of countries; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage %1 of “%2” is not between 0 and 100; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiOrganisationMatcher</name>
    <message>
        <source>The organisation “%1” has no name; its ref stands in as its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation “%1” has no type; it was created as private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation “%1” has type %2, which the portfolio has no type for; it was created as private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiReader</name>
    <message>
        <source>“%1” is not an XML file (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends before its last element is closed: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not well-formed XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” declares a document type (DTD). IATI files have none; files with one are refused, as a DTD can expand entities or read other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” refers to an entity that IATI files do not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an IATI organisation file; only activity files (iati-activities) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IATI activity file: its root element is &lt;%2&gt;, not &lt;iati-activities&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in “%2” is kept with the project as it came; the app shows only English and Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no English or Chinese text: the one in “%2” stands in as the English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in “%2” was dropped: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date “%1” is not a date; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is not a number; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of type %1 was not imported: a project has one description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activity status “%1”; the status was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no iati-identifier: it is imported as a new project, and importing it again makes another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no title in any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activity date type “%1”; the date was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown organisation type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown organisation role “%1”; the participating organisation was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participating organisation has neither a ref nor a name; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recipient country “%1”; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient region “%1” of vocabulary %2 was dropped: only the OECD DAC regions (vocabulary 1) are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recipient region “%1”; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG target %1 is recorded as its goal, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector “%1” (vocabulary %2) was not imported: only SDG goals and targets are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SDG code “%1”; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 has no currency (neither value@currency nor default-currency); it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency “%1”, kept as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The negative amount %1 %2 was dropped: funding lines are never negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown budget type “%1”, read as original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver organisations of transactions are not kept: a funding line records its provider only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction of unknown type “%1” was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction of type %1 (%2) was dropped: the portfolio has no funding line of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document link without an address was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related activity “%1” (type %2) was not kept: only parents and children are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first baseline of an indicator is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator without a title was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is broken down by a dimension the portfolio does not keep; it is read as the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second %1 of one period was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown planned disbursement type “%1”, read as original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver organisations of planned disbursements are not kept: the project is the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IatiSchemaCheck</name>
    <message>
        <source>The file was not checked against the IATI schema: xmllint is not installed (Debian package libxml2-utils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not checked against the IATI schema: the schema could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not checked against the IATI schema: xmllint did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IndicatorPeriodsTable</name>
    <message>
        <source>Add &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove p&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::IndicatorsTable</name>
    <message>
        <source>&amp;Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to edit its periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods of the selected indicator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::KeyboardShortcuts</name>
    <message>
        <source>%1 › %2</source>
        <comment>menu path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ListConflict</name>
    <message>
        <source>the rate for %1/%2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened this list. Your changes were not saved; reopen the list to see the current rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened these lists. Your changes were not saved; reopen the lists to see the current organisations, countries and themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened the catalogue. Your changes were not saved; reopen it to see the current offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsCommand</name>
    <message>
        <source>Edit organisations, countries and themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsDialog</name>
    <message>
        <source>Organisations, Countries and Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the organisations, countries, themes, exchange rates, funding offers and proposals, when, and from what to what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsRepository</name>
    <message>
        <source>Organisation %1 needs a name in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two capital letters (ISO 3166), such as LA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1 needs an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme %1 needs a name in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two themes have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SSTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese translation could not be loaded; SSTC Desk stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTC Desk portfolios (*.sstc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name: a new portfolio never replaces an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTC Desk portfolios (*.sstc *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SSTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSTC Desk %1&lt;/h3&gt;&lt;p&gt;The portfolio of South-South and triangular cooperation between China and the International Labour Organization: projects, funding, agreements, events and results, and the reports that go back to the donor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new portfolio with the sample China–ILO portfolio from the source documents, or empty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its funding lines, events, indicators and documents?

You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name in the History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) · %2</source>
        <translation>
            <numerusform>%1 of %n project · %2</numerusform>
            <numerusform>%1 of %n projects · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations, Countries and Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another window, which was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you make to projects, agreements and lists are recorded in their history under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>database on server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept: no system keychain answered. It will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the file just saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Team Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” on the server is in an older data format (%2); this version of SSTC Desk uses %3.

To open it, SSTC Desk first copies the whole portfolio into the file
%4
(as “sstc copy” does), then upgrades the database in one transaction, which either completes or changes nothing. Everyone in the team then needs this version of SSTC Desk or a newer one.

Copy and upgrade it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio on the server was upgraded; the copy made before is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded in the history with the name of who made them, so that colleagues can tell who changed what. Under which name should yours be recorded? (Edit → Your Name in the History changes it later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogue</name>
    <message>
        <source>Offer %1 needs a title in English or Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cost of offer %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters (ISO 4217), such as USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueCommand</name>
    <message>
        <source>Edit funding offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueDialog</name>
    <message>
        <source>Funding Offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cost of offer %1 is not an amount: write a number with at most two decimals, such as 100000 or 35000.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OfferTableModel</name>
    <message>
        <source>Offer</source>
        <comment>funding offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>what the unit cost is for: per event, per trainee</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OffersView</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding offers</source>
        <comment>the catalogue of what a donor can fund</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <comment>a proposal to a donor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline of funding offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the selected offers to the proposal (or double-click an offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Funding &amp;Offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Offer to Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Proposal Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Proposal as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OrganisationRolesTable</name>
    <message>
        <source>A&amp;dd organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::OrganisationsListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PartialDateEdit</name>
    <message>
        <source>A year, a month or a day, as precise as the sources say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such date: check the month and the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2016, Sep 2016 or 6 Sep 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a year, a month or a day: 2016, Sep 2016 or 6 Sep 2016.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day in the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ParticipationPage</name>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PipelineChart</name>
    <message>
        <source>By status</source>
        <comment>pipeline chart grouping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year and status</source>
        <comment>pipeline chart grouping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies are shown separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals yet. Save a proposal to see the pipeline of funding offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>year, status: amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal totals in %1</source>
        <comment>chart title; %1 names a currency</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioIntegrity</name>
    <message numerus="yes">
        <source>The portfolio “%1” is sound: %Ln project(s), data format %2.</source>
        <translation>
            <numerusform>The portfolio “%1” is sound: %Ln project, data format %2.</numerusform>
            <numerusform>The portfolio “%1” is sound: %Ln projects, data format %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portfolio “%1” is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>The portfolio “%1” is damaged: %n problem found.</numerusform>
            <numerusform>The portfolio “%1” is damaged: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of the table “%2” refers to a row of “%3” that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup copies were found beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies beside it, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index “%1” is not valid: the team&apos;s administrator can rebuild it (REINDEX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioLocation</name>
    <message>
        <source>The server address cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has a parameter that cannot be used: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has no valid port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no database: write it after the server, as in postgresql://host/sstc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioView</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;&amp; documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n project(s) as CSV…</source>
        <translation>
            <numerusform>Exporting %n project as CSV…</numerusform>
            <numerusform>Exporting %n projects as CSV…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::PrintedTable</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProblemList</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sstc::ProjectAgreementPane</name>
    <message>
        <source>Agreement the project rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProjectEditorDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations &amp;&amp; countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving, on the tabs marked with a warning sign.</source>
        <translation>
            <numerusform>%n problem to fix before saving, on the tabs marked with a warning sign.</numerusform>
            <numerusform>%n problems to fix before saving, on the tabs marked with a warning sign.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new project before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this project before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It cannot be saved yet: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>It cannot be saved yet: %n problem to fix first.</numerusform>
            <numerusform>It cannot be saved yet: %n problems to fix first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sstc::ProjectFilterBar</name>
    <message>
        <source>SDG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>period start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>period end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every project (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, titles and descriptions, in English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects running on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProjectSummaryPane</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title in this language yet; shown in the other language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom %1 women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country and its share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an organisation and its role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of funding and its amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>facts of an event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an indicator and its values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProjectTableHint</name>
    <message>
        <source>This portfolio has no projects yet. Import them from IATI XML, add the first one, or look around the sample portfolio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import IATI XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProjectValidator</name>
    <message>
        <source>Give the project a title in English or in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is already listed in this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This country is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a percentage for every country, or for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentages add up to %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SDG %1: the goals are numbered 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title in English or in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men together (%1) are more than the total (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the indicator a title in English or in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains control characters; remove them or paste the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of people cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProposalCommand</name>
    <message>
        <source>Edit proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProposalComposer</name>
    <message>
        <source>No donor yet</source>
        <comment>proposal donor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers chosen yet: add offers from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is too large to compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Proposal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved proposal: changes are kept when you save them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the donor is asked to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;onor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the lines and totals, for a spreadsheet, a document or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProposalRepository</name>
    <message>
        <source>Choose at least one offer for the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity on line %1 must be a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cost on line %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ProposalTableModel</name>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>funding offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>what the unit cost is for: per event, per trainee</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>unit cost times quantity</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::RecipientCountriesTable</name>
    <message>
        <source>Add &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coun&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: no percentages given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::RecordTable</name>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ReportDialog</name>
    <message>
        <source>Donor Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects of a donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>language of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline and funding charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>paper size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page; the preview shows the first %1.</numerusform>
            <numerusform>%n pages; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a donor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Donor Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donor-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>language of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>language of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual (English and Chinese)</source>
        <comment>language of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Donor Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ReportRenderer</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::SaveAttempt</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ServerConnectionDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s portfolio on a PostgreSQL server. Ask the team&apos;s administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sstc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (as PGSSLMODE says, else when offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and server name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name has no spaces, quotes or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only the server&apos;s name here (db.example.org), not a whole address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database that holds the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database name has no “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: libpq takes it from ~/.pgpass or PGPASSWORD. Never saved in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::StoreError</name>
    <message>
        <source>“%1” is not an SSTC Desk portfolio: it is not a database file. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database, but not an SSTC Desk portfolio. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” is damaged and cannot be read. It was left unchanged; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” was saved by a newer version of SSTC Desk (data format %2; this version reads up to %3). Install the newer version to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” is read-only, so SSTC Desk cannot keep changes in it. Make it writable, or copy it to a folder of yours. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTC Desk cannot write in the folder of “%1”. Choose a folder where you may save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” is being changed by another program or user. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused because it does not fit the portfolio&apos;s rules; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” could not be changed, for a reason SSTC Desk does not recognise. Nothing was changed; try again, and keep a copy of the file if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists (another program may have just created it), so no new portfolio was made there. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” is in an older data format (%2; this version uses %3). Open it once in SSTC Desk to bring it up to date, keeping a copy. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” was saved by a newer version of SSTC Desk (data format %2; this version reads up to %3). Install the newer version to open it. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a portfolio that was never finished: the program creating it stopped before putting anything in it, so it holds no countries, organisations or projects. It was left unchanged; delete it and create the portfolio again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” cannot be reached. Check the server&apos;s name and port and your network connection, or ask the team&apos;s administrator whether the server is running. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password for “%1”. Check both and connect again, or ask the team&apos;s administrator for access. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named as in “%1”. Check the database name, or ask the team&apos;s administrator to create it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” already holds a portfolio, so no new portfolio was made there. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio “%1” on the server is in an older data format (%2; this version uses %3). Open it in the SSTC Desk window, which upgrades it after asking and after keeping a copy of it as a file; or make such a copy first with “sstc copy --database %1 --to FILE”. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: the server may have been stopped, or the network is down. What was being saved was not kept (the server keeps a change whole or not at all). Check your network connection or ask the team&apos;s administrator whether the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::TextLineReader</name>
    <message>
        <source>This computer&apos;s Qt cannot read GB18030 text: save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>text encoding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this is neither UTF-8 nor GB18030 text. Save the file as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this is not %2 text. Choose the file&apos;s encoding, or save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::ThemesListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::TimelineExporter</name>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image shows the first %1 of %2 projects: a taller image could not be opened. Export the timeline as PDF to have them all, or narrow the portfolio filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::TimelineModel</name>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::TimelinePainter</name>
    <message>
        <source>No dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::TimelineView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period of the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sstc::UserGuideDialog</name>
    <message>
        <source>SSTC Desk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
