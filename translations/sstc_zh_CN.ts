<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>SSTC Desk: the China–ILO South-South and Triangular Cooperation portfolio.</source>
        <translation>南南合作工作台：中国—国际劳工组织南南合作与三方合作项目组合。</translation>
    </message>
    <message>
        <source>Open this portfolio file instead of your own.</source>
        <translation>打开指定的项目组合文件，而不是您自己的项目组合。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A portfolio file to open.</source>
        <translation>要打开的项目组合文件。</translation>
    </message>
</context>
<context>
    <name>sstc::AgreementTableModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>sstc::CommandLineTool</name>
    <message>
        <source>Unknown language “%1”: use en or zh.</source>
        <translation>未知语言“%1”：请使用 en 或 zh。</translation>
    </message>
    <message>
        <source>SSTC Desk command-line tool: batch work on portfolio files.

Commands:
  init                   create a portfolio file holding the sample portfolio
  list projects          list the projects of a portfolio
  list agreements        list the agreements of a portfolio</source>
        <translation>南南合作工作台命令行工具：批量处理项目组合文件。

命令：
  init                   创建包含示例项目组合的项目组合文件
  list projects          列出项目组合中的项目
  list agreements        列出项目组合中的协议</translation>
    </message>
    <message>
        <source>The portfolio file (default: your own portfolio).</source>
        <translation>项目组合文件（默认：您自己的项目组合）。</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>输出格式：table、csv 或 json。</translation>
    </message>
    <message>
        <source>Language of texts and messages: en or zh.</source>
        <translation>文本和消息的语言：en 或 zh。</translation>
    </message>
    <message>
        <source>init: create an empty portfolio, without the sample.</source>
        <translation>init：创建空的项目组合，不含示例数据。</translation>
    </message>
    <message>
        <source>init or list</source>
        <translation>init 或 list</translation>
    </message>
    <message>
        <source>list: projects or agreements</source>
        <translation>list：projects（项目）或 agreements（协议）</translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation>init 不接受其他参数。</translation>
    </message>
    <message>
        <source>Say what to list: projects or agreements.</source>
        <translation>请指定要列出的内容：projects（项目）或 agreements（协议）。</translation>
    </message>
    <message>
        <source>No command given. Run “sstc --help” to see the commands.</source>
        <translation>未指定命令。请运行“sstc --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sstc --help” to see the commands.</source>
        <translation>未知命令“%1”。请运行“sstc --help”查看可用命令。</translation>
    </message>
    <message>
        <source>“%1” already exists; it was left unchanged.</source>
        <translation>“%1”已存在，未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Created the portfolio “%1” with %n project(s).</source>
        <translation>
            <numerusform>已创建项目组合“%1”，包含 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>未知格式“%1”：请使用 table、csv 或 json。</translation>
    </message>
    <message>
        <source>Cannot list “%1”: use projects or agreements.</source>
        <translation>无法列出“%1”：请使用 projects（项目）或 agreements（协议）。</translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation>项目组合“%1”不存在。</translation>
    </message>
    <message>
        <source>sstc: %1</source>
        <translation>sstc: %1</translation>
    </message>
</context>
<context>
    <name>sstc::DomainNames</name>
    <message>
        <source>Pipeline</source>
        <comment>project status</comment>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>project status</comment>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <comment>project status</comment>
        <translation>收尾中</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>project status</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>project status</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>project status</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>organisation role</comment>
        <translation>出资机构</translation>
    </message>
    <message>
        <source>Accountable</source>
        <comment>organisation role</comment>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Extending</source>
        <comment>organisation role</comment>
        <translation>延伸机构</translation>
    </message>
    <message>
        <source>Implementing</source>
        <comment>organisation role</comment>
        <translation>执行机构</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Multilateral organisation</source>
        <translation>多边组织</translation>
    </message>
    <message>
        <source>Workers&apos; organisation</source>
        <translation>工人组织</translation>
    </message>
    <message>
        <source>Employers&apos; organisation</source>
        <translation>雇主组织</translation>
    </message>
    <message>
        <source>Academic institution</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>伙伴关系协议</translation>
    </message>
    <message>
        <source>Work programme</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <source>Decent Work Country Programme</source>
        <translation>体面劳动国别计划</translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation>原始预算</translation>
    </message>
    <message>
        <source>Revised budget</source>
        <translation>修订预算</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺额</translation>
    </message>
    <message>
        <source>Incoming funds</source>
        <translation>到账资金</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>认捐</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>考察访问</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Amendment or addendum</source>
        <translation>修订或补充协议</translation>
    </message>
</context>
<context>
    <name>sstc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Portfolio…</source>
        <translation>新建项目组合(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Portfolio…</source>
        <translation>打开项目组合(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SSTC Desk</source>
        <translation>关于南南合作工作台(&amp;A)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>The Chinese translation could not be loaded; SSTC Desk stays in English.</source>
        <translation>无法加载中文翻译，南南合作工作台将继续使用英文。</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>未打开项目组合</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · %1</source>
        <translation>
            <numerusform>%n 个项目 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SSTC Desk</source>
        <translation>南南合作工作台</translation>
    </message>
    <message>
        <source>New Portfolio</source>
        <translation>新建项目组合</translation>
    </message>
    <message>
        <source>SSTC Desk portfolios (*.sstc)</source>
        <translation>南南合作工作台项目组合 (*.sstc)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name: a new portfolio never replaces an existing file.</source>
        <translation>“%1”已存在。请另选文件名：新建项目组合绝不会覆盖现有文件。</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>打开项目组合</translation>
    </message>
    <message>
        <source>SSTC Desk portfolios (*.sstc *.sqlite *.db);;All files (*)</source>
        <translation>南南合作工作台项目组合 (*.sstc *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About SSTC Desk</source>
        <translation>关于南南合作工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSTC Desk %1&lt;/h3&gt;&lt;p&gt;The portfolio of South-South and triangular cooperation between China and the International Labour Organization: projects, funding, agreements, events and results, and the reports that go back to the donor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;南南合作工作台 %1&lt;/h3&gt;&lt;p&gt;中国与国际劳工组织南南合作与三方合作的项目组合：项目、资金、协议、活动和成果，以及向捐助方提交的报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start the new portfolio with the sample China–ILO portfolio from the source documents, or empty?</source>
        <translation>新项目组合是载入根据原始资料整理的中国—国际劳工组织示例项目组合，还是从空白开始？</translation>
    </message>
    <message>
        <source>Sample Portfolio</source>
        <translation>示例项目组合</translation>
    </message>
    <message>
        <source>Empty Portfolio</source>
        <translation>空白项目组合</translation>
    </message>
</context>
<context>
    <name>sstc::ProjectSummaryPane</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation>选择一个项目以查看详情。</translation>
    </message>
    <message>
        <source>No title in this language yet; shown in the other language.</source>
        <translation>此语言尚无标题，暂以另一种语言显示。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>参与机构</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 名参与者</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>实际值 %1</translation>
    </message>
    <message>
        <source>of whom %1 women</source>
        <translation>其中女性 %1 人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country and its share</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an organisation and its role</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of funding and its amount</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>facts of an event</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an indicator and its values</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>计划期间</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>实际期间</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
</context>
<context>
    <name>sstc::ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sstc::StoreError</name>
    <message>
        <source>“%1” is not an SSTC Desk portfolio: it is not a database file. It was left unchanged.</source>
        <translation>“%1”不是南南合作工作台项目组合：它不是数据库文件。文件未作更改。</translation>
    </message>
    <message>
        <source>“%1” is a database, but not an SSTC Desk portfolio. It was left unchanged.</source>
        <translation>“%1”是数据库，但不是南南合作工作台项目组合。文件未作更改。</translation>
    </message>
    <message>
        <source>The portfolio “%1” is damaged and cannot be read. It was left unchanged; open a backup copy instead.</source>
        <translation>项目组合“%1”已损坏，无法读取。文件未作更改；请改为打开备份副本。</translation>
    </message>
    <message>
        <source>The portfolio “%1” was saved by a newer version of SSTC Desk (data format %2; this version reads up to %3). Install the newer version to open it. The file was left unchanged.</source>
        <translation>项目组合“%1”由较新版本的南南合作工作台保存（数据格式 %2；本版本最高可读取 %3）。请安装较新版本后再打开。文件未作更改。</translation>
    </message>
    <message>
        <source>The portfolio “%1” is read-only, so SSTC Desk cannot keep changes in it. Make it writable, or copy it to a folder of yours. It was left unchanged.</source>
        <translation>项目组合“%1”为只读文件，南南合作工作台无法在其中保存更改。请将其设为可写，或复制到您自己的文件夹。文件未作更改。</translation>
    </message>
    <message>
        <source>SSTC Desk cannot write in the folder of “%1”. Choose a folder where you may save files.</source>
        <translation>南南合作工作台无法写入“%1”所在的文件夹。请选择您有权保存文件的文件夹。</translation>
    </message>
    <message>
        <source>The portfolio “%1” is being changed by another program or user. Try again in a moment; nothing was changed.</source>
        <translation>项目组合“%1”正被其他程序或用户修改。请稍后重试；未作任何更改。</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>“%1”所在的磁盘已满。未作任何更改；请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The portfolio “%1” cannot be opened.</source>
        <translation>无法打开项目组合“%1”。</translation>
    </message>
    <message>
        <source>The change was refused because it does not fit the portfolio&apos;s rules; nothing was changed.</source>
        <translation>该更改不符合项目组合的规则，已被拒绝；未作任何更改。</translation>
    </message>
    <message>
        <source>The portfolio “%1” could not be changed, for a reason SSTC Desk does not recognise. Nothing was changed; try again, and keep a copy of the file if it happens again.</source>
        <translation>由于南南合作工作台无法识别的原因，项目组合“%1”未能修改。未作任何更改；请重试，如果问题再次出现，请保留该文件的副本。</translation>
    </message>
</context>
<context>
    <name>sstc::TimelineExporter</name>
    <message>
        <source>Could not write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation>项目时间线</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>sstc::TimelineModel</name>
    <message>
        <source>Planned:</source>
        <translation>计划日期：</translation>
    </message>
    <message>
        <source>Actual:</source>
        <translation>实际日期：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Spent:</source>
        <translation>已支出：</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>签署于 %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>sstc::TimelinePainter</name>
    <message>
        <source>No dates</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Planned (outline)</source>
        <translation>计划（空心）</translation>
    </message>
    <message>
        <source>Actual (filled)</source>
        <translation>实际（实心）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议签署</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>sstc::TimelineView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole period of the portfolio</source>
        <translation>显示项目组合的整个时间跨度</translation>
    </message>
    <message>
        <source>Export Timeline as &amp;PNG…</source>
        <translation>将时间线导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Timeline as P&amp;DF…</source>
        <translation>将时间线导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Timeline as PNG</source>
        <translation>将时间线导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>Export Timeline as PDF</source>
        <translation>将时间线导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
</TS>
