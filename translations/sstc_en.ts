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
    <name>sstc::CommandLineTool</name>
    <message>
        <source>Unknown language “%1”: use en or zh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTC Desk command-line tool: batch work on portfolio files.

Commands:
  init                   create a portfolio file holding the sample portfolio
  list projects          list the projects of a portfolio
  list agreements        list the agreements of a portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file (default: your own portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>init or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: projects or agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: projects or agreements.</source>
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
    <message>
        <source>“%1” already exists; it was left unchanged.</source>
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
        <source>Cannot list “%1”: use projects or agreements.</source>
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
    <message numerus="yes">
        <source>%n project(s) · %1</source>
        <translation>
            <numerusform>%n project · %1</numerusform>
            <numerusform>%n projects · %1</numerusform>
        </translation>
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
</context>
</TS>
