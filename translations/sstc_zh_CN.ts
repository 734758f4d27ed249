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
    <name>sstc::AgreementDetailPane</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>将于%1到期</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>签署日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <comment>where an agreement was signed</comment>
        <translation>签署地点：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>签约方：</translation>
    </message>
    <message>
        <source>Amends:</source>
        <translation>修订对象：</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>取代对象：</translation>
    </message>
    <message>
        <source>Amended by:</source>
        <translation>经以下协议修订：</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>已由以下协议取代：</translation>
    </message>
    <message>
        <source>Select an agreement to see its parties, validity, projects and documents.</source>
        <translation>选择一项协议，查看其签约方、有效期、项目和文件。</translation>
    </message>
    <message>
        <source>Projects resting on this agreement</source>
        <translation>依据本协议的项目</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Click to select this project in the portfolio</source>
        <translation>单击以在项目组合中选中此项目</translation>
    </message>
    <message>
        <source>No project in the portfolio rests on it.</source>
        <translation>项目组合中没有依据此协议的项目。</translation>
    </message>
    <message>
        <source>Change history: no change recorded yet</source>
        <translation>变更历史记录：尚无变更记录</translation>
    </message>
    <message>
        <source>Change history (newest first)</source>
        <translation>变更历史记录（最新在前）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the year of a linked agreement</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>sstc::AgreementEditorDialog</name>
    <message>
        <source>New Agreement</source>
        <translation>新建协议</translation>
    </message>
    <message>
        <source>Edit Agreement</source>
        <translation>编辑协议</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>2016、2016-09 或 2016-09-06</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签署日期：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>签署地点：</translation>
    </message>
    <message>
        <source>to</source>
        <comment>valid from … to …</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Amends:</source>
        <translation>修订对象：</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>取代对象：</translation>
    </message>
    <message>
        <source>Parties and signatories:</source>
        <translation>签约方和签署人：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Signed on</source>
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
    <message>
        <source>Edit agreement “%1”</source>
        <translation>编辑协议“%1”</translation>
    </message>
    <message>
        <source>New agreement “%1”</source>
        <translation>新建协议“%1”</translation>
    </message>
</context>
<context>
    <name>sstc::AgreementHistoryModel</name>
    <message>
        <source>Milestone</source>
        <comment>a dated fact of the China–ILO relationship</comment>
        <translation>里程碑</translation>
    </message>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sstc::AgreementPartiesTable</name>
    <message>
        <source>Add Party</source>
        <translation>添加签约方</translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation>移除签约方</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Signatory (English)</source>
        <translation>签署人（英文）</translation>
    </message>
    <message>
        <source>Signatory (Chinese)</source>
        <translation>签署人（中文）</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <source>Position (Chinese)</source>
        <translation>职务（中文）</translation>
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
    <name>sstc::AgreementValidator</name>
    <message>
        <source>Give the agreement a title in English or in Chinese.</source>
        <translation>请为协议填写英文或中文标题。</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts to be valid.</source>
        <translation>协议的有效期不能在开始之前结束。</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>This organisation is already a party.</source>
        <translation>该机构已是签约方。</translation>
    </message>
    <message>
        <source>An agreement cannot amend itself.</source>
        <translation>协议不能修订其自身。</translation>
    </message>
    <message>
        <source>This agreement already rests, through amendments or replacements, on the agreement chosen here: the chain would go round in a circle.</source>
        <translation>本协议已通过修订或取代关系以此处所选的协议为依据：这样会形成循环。</translation>
    </message>
    <message>
        <source>An agreement cannot replace itself.</source>
        <translation>协议不能取代其自身。</translation>
    </message>
</context>
<context>
    <name>sstc::AgreementsView</name>
    <message>
        <source>All partners</source>
        <translation>全部签约方</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 agreements</source>
        <translation>
            <numerusform>显示 %n 项，共 %1 项协议</numerusform>
        </translation>
    </message>
    <message>
        <source>Search agreements (English or Chinese)…</source>
        <translation>搜索协议（英文或中文）…</translation>
    </message>
    <message>
        <source>&amp;Remind before expiry:</source>
        <translation>到期前提醒(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <comment>reminder period</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source>Agreements whose validity ends within this many days are highlighted and listed at start-up.</source>
        <translation>有效期在此天数内结束的协议会突出显示，并在启动时列出。</translation>
    </message>
    <message>
        <source>&amp;New Agreement…</source>
        <translation>新建协议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Agreement…</source>
        <translation>编辑协议(&amp;E)…</translation>
    </message>
    <message>
        <source>New Agreement…</source>
        <translation>新建协议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>an agreement</comment>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>sstc::AttachDocumentDialog</name>
    <message>
        <source>Attach Document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Other or several</source>
        <translation>其他或多种语言</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>2016、2016-09 或 2016-09-06</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>sstc::AuditTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Part of project</source>
        <translation>所属项目</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Planned disbursements</source>
        <translation>计划拨付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>汇率折算日</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>出资机构</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Government participants</source>
        <translation>政府代表</translation>
    </message>
    <message>
        <source>Workers&apos; participants</source>
        <translation>工人代表</translation>
    </message>
    <message>
        <source>Employers&apos; participants</source>
        <translation>雇主代表</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基线年份</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>各期数值</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Funding line %1</source>
        <translation>资金条目 %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>已新建%1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>已删除%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>已修改%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amends agreement</source>
        <translation>所修订的协议</translation>
    </message>
    <message>
        <source>Replaces agreement</source>
        <translation>所取代的协议</translation>
    </message>
    <message>
        <source>Parties and signatories</source>
        <translation>签约方和签署人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 校验和</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source of the rate</source>
        <translation>汇率来源</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>协议 %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>国家 %1</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>汇率 %1</translation>
    </message>
    <message>
        <source>Funding offer %1</source>
        <translation>可资助事项 %1</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Proposal date</source>
        <translation>资助提案日期</translation>
    </message>
    <message>
        <source>Offers and quantities</source>
        <translation>可资助事项及数量</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>资助提案 %1</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
</context>
<context>
    <name>sstc::AuditValueText</name>
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
        <source>%1 – %2</source>
        <comment>a period</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>value date %1</source>
        <translation>汇率折算日%1</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a disbursement&apos;s provider</comment>
        <translation>出资机构：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a period and its amount</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and notes about it</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标值%1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>实际值%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a period and its values</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sstc::BilingualTextEdit</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>sstc::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation>变更历史记录</translation>
    </message>
    <message>
        <source>No change to the organisations, countries, themes, exchange rates, funding offers or proposals has been recorded yet.</source>
        <translation>机构、国家、主题、汇率、可资助事项和资助提案尚无变更记录。</translation>
    </message>
    <message>
        <source>Changes to the organisations, countries, themes, exchange rates, funding offers and proposals, newest first. Point at a value to read it whole.</source>
        <translation>机构、国家、主题、汇率、可资助事项和资助提案的变更，最新在前。将鼠标指向某个值可查看全文。</translation>
    </message>
</context>
<context>
    <name>sstc::ChoiceFilterButton</name>
    <message>
        <source>None in this portfolio</source>
        <translation>此项目组合中没有可选项</translation>
    </message>
</context>
<context>
    <name>sstc::CommandLineTool</name>
    <message>
        <source>The portfolio file, or a PostgreSQL server as postgresql://user@host:port/database (default: your own portfolio).</source>
        <translation>项目组合文件，或以 postgresql://用户@主机:端口/数据库 表示的 PostgreSQL 服务器（默认：您自己的项目组合）。</translation>
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
        <source>init takes no further arguments.</source>
        <translation>init 不接受其他参数。</translation>
    </message>
    <message>
        <source>No command given. Run “sstc --help” to see the commands.</source>
        <translation>未指定命令。请运行“sstc --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sstc --help” to see the commands.</source>
        <translation>未知命令“%1”。请运行“sstc --help”查看可用命令。</translation>
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
        <source>The portfolio “%1” does not exist.</source>
        <translation>项目组合“%1”不存在。</translation>
    </message>
    <message>
        <source>sstc: %1</source>
        <translation>sstc: %1</translation>
    </message>
    <message>
        <source>synthetic: small, medium or large (100,000 projects).</source>
        <translation>synthetic：small、medium 或 large（100,000 个项目）。</translation>
    </message>
    <message>
        <source>synthetic: the seed; the same seed gives the same data.</source>
        <translation>synthetic：随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>synthetic takes no further arguments.</source>
        <translation>synthetic 不接受其他参数。</translation>
    </message>
    <message>
        <source>Name the new file with --database: a synthetic portfolio never goes into your own.</source>
        <translation>请用 --database 指定新的数据库文件：合成的项目组合绝不会写入您自己的项目组合。</translation>
    </message>
    <message>
        <source>Unknown size “%1”: use small, medium or large.</source>
        <translation>未知的规模“%1”：请使用 small、medium 或 large。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation>种子必须是 0 到 4294967295 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Created the synthetic portfolio “%1” with %n project(s).</source>
        <translation>
            <numerusform>已创建合成项目组合“%1”，含 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh (or both for a report).</source>
        <translation>未知语言“%1”：请使用 en 或 zh（报告还可使用 both）。</translation>
    </message>
    <message>
        <source>report: a project, by its code or number; may be given more than once.</source>
        <translation>report：报告所含的项目，按编号或序号；可多次指定。</translation>
    </message>
    <message>
        <source>report: the donor, by its acronym, name or number.</source>
        <translation>report：报告的捐助方，按简称、名称或序号。</translation>
    </message>
    <message>
        <source>report: the first day of the period (YYYY-MM-DD).</source>
        <translation>report：报告期的第一天（年-月-日，如 2019-01-31）。</translation>
    </message>
    <message>
        <source>report: paper size, a4 or letter.</source>
        <translation>report：报告的纸张大小，a4 或 letter。</translation>
    </message>
    <message>
        <source>report: the PDF file to write.</source>
        <translation>report：要写入的 PDF 报告文件。</translation>
    </message>
    <message>
        <source>report takes no further arguments.</source>
        <translation>report（报告）不接受其他参数。</translation>
    </message>
    <message>
        <source>Name either the projects (--project) or the donor (--donor) to report on.</source>
        <translation>请指定要报告的项目（--project）或捐助方（--donor），二者只能选其一。</translation>
    </message>
    <message>
        <source>Give the period with --from and --to as dates like 2019-01-31.</source>
        <translation>请用 --from 和 --to 给出报告期，日期格式如 2019-01-31。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>报告期的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Say the report&apos;s language with --lang: en, zh or both.</source>
        <translation>请用 --lang 指定报告语言：en、zh 或 both。</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”: use a4 or letter.</source>
        <translation>未知纸张大小“%1”：请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Unknown reporting currency “%1”: use USD or CNY.</source>
        <translation>未知报告货币“%1”：请使用 USD 或 CNY。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o.</source>
        <translation>请用 -o 指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>No organisation “%1” in the portfolio.</source>
        <translation>项目组合中没有机构“%1”。</translation>
    </message>
    <message>
        <source>No project “%1” in the portfolio.</source>
        <translation>项目组合中没有项目“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report “%1”: %n page(s).</source>
        <translation>
            <numerusform>已写入报告“%1”：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>format</source>
        <comment>placeholder for a value in --help</comment>
        <translation>格式</translation>
    </message>
    <message>
        <source>language</source>
        <comment>placeholder for a value in --help</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>size</source>
        <comment>placeholder for a value in --help</comment>
        <translation>大小</translation>
    </message>
    <message>
        <source>number</source>
        <comment>placeholder for a value in --help</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>placeholder for a value in --help</comment>
        <translation>机构</translation>
    </message>
    <message>
        <source>date</source>
        <comment>placeholder for a value in --help</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>command</source>
        <comment>placeholder for an argument in --help</comment>
        <translation>命令</translation>
    </message>
    <message>
        <source>subject</source>
        <comment>placeholder for an argument in --help</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>check takes no further arguments.</source>
        <translation>check（检查）不接受其他参数。</translation>
    </message>
    <message>
        <source>Unknown format “%1” for check: use table or json.</source>
        <translation>check（检查）不支持格式“%1”：请使用 table 或 json。</translation>
    </message>
    <message>
        <source>Stop working in this file, so that nothing more is lost, and turn to a backup copy.</source>
        <translation>请停止使用此文件，以免丢失更多内容，并改用备份副本。</translation>
    </message>
    <message>
        <source>report, list funding: the reporting currency, USD or CNY.</source>
        <translation>report、list funding：报告货币，USD（美元）或 CNY（人民币）。</translation>
    </message>
    <message>
        <source>list funding: the breakdown, year, country, sdg or theme.</source>
        <translation>list funding：划分方式，year（年份）、country（受援国）、sdg（可持续发展目标）或 theme（主题）。</translation>
    </message>
    <message>
        <source>breakdown</source>
        <comment>placeholder for a value in --help</comment>
        <translation>划分方式</translation>
    </message>
    <message>
        <source>list funding: the amounts added up: budget, commitment, incoming_funds, disbursement, expenditure or pledge.</source>
        <translation>list funding：汇总的金额：budget（预算）、commitment（承诺额）、incoming_funds（到账资金）、disbursement（拨付）、expenditure（支出）或 pledge（认捐额）。</translation>
    </message>
    <message>
        <source>measure</source>
        <comment>placeholder for a value in --help</comment>
        <translation>金额类别</translation>
    </message>
    <message>
        <source>list: projects, agreements or funding</source>
        <translation>list：projects（项目）、agreements（协议）或 funding（资金）</translation>
    </message>
    <message>
        <source>Say what to list: projects, agreements or funding.</source>
        <translation>请说明要列出的内容：projects（项目）、agreements（协议）或 funding（资金）。</translation>
    </message>
    <message>
        <source>Cannot list “%1”: use projects, agreements or funding.</source>
        <translation>无法列出“%1”：请使用 projects（项目）、agreements（协议）或 funding（资金）。</translation>
    </message>
    <message>
        <source>Unknown breakdown “%1”: use year, country, sdg or theme.</source>
        <translation>未知的划分方式“%1”：请使用 year（年份）、country（受援国）、sdg（可持续发展目标）或 theme（主题）。</translation>
    </message>
    <message>
        <source>Unknown measure “%1”: use budget, commitment, incoming_funds, disbursement, expenditure or pledge.</source>
        <translation>未知的金额类别“%1”：请使用 budget（预算）、commitment（承诺额）、incoming_funds（到账资金）、disbursement（拨付）、expenditure（支出）或 pledge（认捐额）。</translation>
    </message>
    <message numerus="yes">
        <source>Not converted to %1: %2 in %n funding line(s), which have no exchange rate in force on their date, or no date.</source>
        <translation>
            <numerusform>未能换算为%1：%n 个资金条目共 %2，其日期没有适用的汇率，或没有日期。</numerusform>
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
        <translation>南南合作工作台命令行工具：批量处理项目组合，可以是文件，也可以在 PostgreSQL 服务器上（--database postgresql://…）。

命令：
  init                   创建含示例项目组合的项目组合
  list projects          列出项目组合中的项目
  list agreements        列出项目组合中的协议
  list funding           资金仪表板图表中的数字，按报告货币换算：
                         list funding [--by year|country|sdg|theme]
                         [--measure budget|commitment|incoming_funds|disbursement|
                         expenditure|pledge] [--currency USD|CNY] [--donor 机构]
                         （按年份、受援国、可持续发展目标或主题划分；预算、承诺额、
                         到账资金、拨付、支出或认捐额）
  copy                   复制整个项目组合（包括文件和变更历史记录）到新文件
                         或服务器上的空数据库：
                         copy --database 来源 --to 目标
  synthetic              创建用于测速的合成项目组合
  report                 将捐助方报告写成 PDF：
                         report (--project 编号 ... | --donor 机构) --from 日期
                         --to 日期 --lang en|zh|both [--paper a4|letter] -o 输出.pdf
  check                  检查项目组合是否损坏（损坏时退出码为 1）；
                         只读取，--format table 或 json
  import iati            导入 IATI 活动文件（sstc import iati --help）
  export iati            将项目写成 IATI 活动文件</translation>
    </message>
    <message>
        <source>report: the last day of the period (YYYY-MM-DD). copy: the new file or the empty server database to copy into.</source>
        <translation>report：报告期的最后一天（年-月-日，如 2019-12-31）。copy：复制到的新文件或服务器上的空数据库。</translation>
    </message>
    <message>
        <source>date|place</source>
        <comment>placeholder for a value in --help</comment>
        <translation>日期|位置</translation>
    </message>
    <message>
        <source>init, list, copy, synthetic, report or check</source>
        <translation>init、list、copy（复制）、synthetic、report（报告）或 check（检查）</translation>
    </message>
    <message>
        <source>copy takes no further arguments; name the destination with --to.</source>
        <translation>copy 不接受其他参数；请用 --to 指明复制到何处。</translation>
    </message>
    <message>
        <source>Name where to copy the portfolio with --to: a new file, or an empty database on a server (postgresql://…).</source>
        <translation>请用 --to 指明将项目组合复制到何处：一个新文件，或服务器上的一个空数据库（postgresql://…）。</translation>
    </message>
    <message numerus="yes">
        <source>Copied the portfolio “%1” to “%2”: %n project(s), %3 rows in %4 tables, data format %5.</source>
        <translation>
            <numerusform>已将项目组合“%1”复制到“%2”：%n 个项目，%4 个表中共 %3 行，数据格式 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not empty: a portfolio is copied only into a new file or a database without tables. It was left unchanged.</source>
        <translation>“%1”不是空的：项目组合只能复制到新文件或没有任何表的数据库中。它未作更改。</translation>
    </message>
    <message>
        <source>Ask the team&apos;s administrator to repair the database, or to restore a copy (sstc copy, pg_dump) made before the problem.</source>
        <translation>请团队管理员修复该数据库，或恢复问题出现之前的副本（sstc copy、pg_dump）。</translation>
    </message>
</context>
<context>
    <name>sstc::CountriesListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
</context>
<context>
    <name>sstc::DamagedPortfolioDialog</name>
    <message>
        <source>Damaged Portfolio</source>
        <translation>项目组合已损坏</translation>
    </message>
    <message>
        <source>Open the Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>What the check found:</source>
        <translation>检查发现：</translation>
    </message>
    <message>
        <source>Stop editing this portfolio: changes made now may be lost, or spread the damage. Open a backup copy instead, or copy out what you need. To check the file again, run %1.</source>
        <translation>请停止编辑此项目组合：现在所做的更改可能丢失，也可能使损坏扩大。请改为打开备份副本，或先把需要的内容复制出来。如需再次检查此文件，请运行 %1。</translation>
    </message>
</context>
<context>
    <name>sstc::DocumentCommand</name>
    <message>
        <source>Attach “%1”</source>
        <translation>附加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
</context>
<context>
    <name>sstc::DocumentFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is %2; files of up to %3 can be attached.</source>
        <translation>“%1”大小为 %2；只能附加不超过 %3 的文件。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>“%1” is a named pipe, not a file.</source>
        <translation>“%1”是命名管道，不是文件。</translation>
    </message>
    <message>
        <source>“%1” is a socket, not a file.</source>
        <translation>“%1”是套接字，不是文件。</translation>
    </message>
    <message>
        <source>“%1” is a device, not a file.</source>
        <translation>“%1”是设备，不是文件。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>“%1”不是可以附加的文件。</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read; attach it again once it is complete.</source>
        <translation>读取“%1”时该文件发生了变化；请等文件完整后再重新附加。</translation>
    </message>
    <message>
        <source>The stored copy of “%1” is damaged: its checksum does not match the one recorded when it was attached.</source>
        <translation>保存的“%1”副本已损坏：其校验和与附加时记录的不一致。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>sstc::DocumentsPanel</name>
    <message>
        <source>Choose an agreement or a project first.</source>
        <translation>请先选择一项协议或一个项目。</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>请先选择一个文件。</translation>
    </message>
    <message>
        <source>The document is no longer in the portfolio.</source>
        <translation>该文件已不在项目组合中。</translation>
    </message>
    <message>
        <source>The folder for opened documents could not be created: %1</source>
        <translation>无法创建用于打开文件的文件夹：%1</translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Use Save Copy to keep it elsewhere.</source>
        <translation>未找到可打开“%1”的程序。请使用“保存副本”将其保存到其他位置。</translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Save Copy of Document</source>
        <translation>保存文件副本</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a document</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a document</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save Copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <translation>资金管理机构</translation>
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
        <translation>认捐额</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>讲习班</translation>
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
    <message>
        <source>In force</source>
        <comment>agreement status</comment>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <comment>agreement status</comment>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>agreement status</comment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>agreement status</comment>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>In force, amended</source>
        <comment>agreement status</comment>
        <translation>有效（已修订）</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>proposal status</comment>
        <translation>草拟中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>proposal status</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>proposal status</comment>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>proposal status</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <comment>document kind</comment>
        <translation>已签署的协议</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>document kind</comment>
        <translation>报告</translation>
    </message>
    <message>
        <source>Brochure</source>
        <comment>document kind</comment>
        <translation>宣传册</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>document kind</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a document&apos;s language</comment>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>a document&apos;s language</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a document&apos;s language</comment>
        <translation>法文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a document&apos;s language</comment>
        <translation>西班牙文</translation>
    </message>
</context>
<context>
    <name>sstc::EventsTable</name>
    <message>
        <source>&amp;Add event</source>
        <translation>添加活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>删除活动(&amp;R)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
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
        <source>Place (English)</source>
        <translation>地点（英文）</translation>
    </message>
    <message>
        <source>Place (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府代表</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工人代表</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>雇主代表</translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRateCsv</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（如 USD 或 CNY）。</translation>
    </message>
    <message>
        <source>A rate converts between two different currencies.</source>
        <translation>汇率须在两种不同的货币之间换算。</translation>
    </message>
    <message>
        <source>The date must be a day written YYYY-MM-DD.</source>
        <translation>日期须为具体某一天，按“年-月-日”书写，如 2019-01-31。</translation>
    </message>
    <message>
        <source>The rate must be a number above zero.</source>
        <translation>汇率须为大于零的数字。</translation>
    </message>
    <message>
        <source>Line %1: the header must be “%2”.</source>
        <translation>第 %1 行：标题行须为“%2”。</translation>
    </message>
    <message>
        <source>Line %1: a quote is not closed.</source>
        <translation>第 %1 行：引号未闭合。</translation>
    </message>
    <message>
        <source>Line %1: expected 4 or 5 fields (%2), found %3.</source>
        <translation>第 %1 行：应有 4 或 5 个字段（%2），实际为 %3 个。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: a second %2 → %3 rate for %4.</source>
        <translation>第 %1 行：%4 已有一个 %2 → %3 的汇率。</translation>
    </message>
    <message>
        <source>The file is empty: the first line must be “%1”.</source>
        <translation>文件为空：第一行须为“%1”。</translation>
    </message>
    <message>
        <source>Line %1: field %2 is longer than %L3 characters: “%4”.</source>
        <translation>第 %1 行：第 %2 个字段超过 %L3 个字符：“%4”。</translation>
    </message>
    <message>
        <source>Line %1: the line is longer than %L2 KB; a rate takes one short line.</source>
        <translation>第 %1 行：该行超过 %L2 KB；每条汇率只占短短一行。</translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesCommand</name>
    <message>
        <source>Edit exchange rates</source>
        <translation>编辑汇率</translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>One unit of the currency is worth the rate in the other currency, from its date until the next rate. Amounts dated before a currency&apos;s first rate are shown as not converted.</source>
        <translation>一个单位的货币按汇率折合为另一种货币，自其日期起适用，直至下一条汇率。日期早于该货币第一条汇率的金额显示为未换算。</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>未从 %1 导入任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported from %1. Save to keep them.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条汇率。保存后方可保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>A CSV file with the header %1</source>
        <translation>标题行为 %1 的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic reads UTF-8 and UTF-16 files, and GB18030 files saved by Chinese Excel.</source>
        <translation>“自动”可读取 UTF-8 和 UTF-16 文件，以及中文版 Excel 保存的 GB18030 文件。</translation>
    </message>
    <message>
        <source>The file was read as %1.</source>
        <translation>已按 %1 读取该文件。</translation>
    </message>
</context>
<context>
    <name>sstc::ExchangeRatesTable</name>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>In currency</source>
        <comment>converted into</comment>
        <translation>折合货币</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: a second %2 → %3 rate for %4.</source>
        <translation>第 %1 行：%4 已有一个 %2 → %3 的汇率。</translation>
    </message>
</context>
<context>
    <name>sstc::ExpiryReminderDialog</name>
    <message>
        <source>Agreements Expiring Soon</source>
        <translation>即将到期的协议</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) will expire within %1 days:</source>
        <translation>
            <numerusform>%n 项协议将在 %1 天内到期：</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Show in History</source>
        <translation>在历史记录中显示</translation>
    </message>
</context>
<context>
    <name>sstc::FundingBarNames</name>
    <message>
        <source>Undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No recipient country</source>
        <translation>无受援国</translation>
    </message>
    <message>
        <source>No SDG goal</source>
        <translation>无可持续发展目标</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标 %1</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Donor not recorded</source>
        <translation>未记录捐助方</translation>
    </message>
</context>
<context>
    <name>sstc::FundingChartPanel</name>
    <message>
        <source>Millions of %1</source>
        <translation>百万%1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>千%1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <source>Table</source>
        <comment>show a chart&apos;s data as a table</comment>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the chart&apos;s figures as a table</source>
        <translation>以表格显示图表数据</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>将图表导出为 PNG 图像</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>将图表导出为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>new figures of a chart are being computed</comment>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>sstc::FundingFiguresTableModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Recipient country</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
</context>
<context>
    <name>sstc::FundingLinesTable</name>
    <message>
        <source>&amp;Add funding line</source>
        <translation>添加资金条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove funding line</source>
        <translation>删除资金条目(&amp;R)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>汇率折算日</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>出资机构</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <source>Note (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>请填写金额。</translation>
    </message>
</context>
<context>
    <name>sstc::FundingView</name>
    <message>
        <source>Budget</source>
        <comment>the revised budget, else the original one</comment>
        <translation>预算</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation>人民币（CNY）</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告货币(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation>汇率(&amp;X)…</translation>
    </message>
    <message>
        <source>Edit the exchange rates that convert amounts to the reporting currency</source>
        <translation>编辑将金额换算为报告货币的汇率</translation>
    </message>
    <message>
        <source>%1 by year and donor</source>
        <translation>按年份和捐助方划分的%1</translation>
    </message>
    <message>
        <source>%1 by recipient country</source>
        <translation>按受援国划分的%1</translation>
    </message>
    <message>
        <source>%1 by SDG goal</source>
        <translation>按可持续发展目标划分的%1</translation>
    </message>
    <message>
        <source>%1 by theme</source>
        <translation>按主题划分的%1</translation>
    </message>
    <message>
        <source>Delivery per project: budget, funds received and expenditure</source>
        <translation>各项目执行情况：预算、到账资金和支出</translation>
    </message>
    <message>
        <source>%1 (the largest %2 of %3; all of them in the table)</source>
        <translation>%1（显示最大的 %2 项，共 %3 项；全部见表格）</translation>
    </message>
    <message>
        <source>Not converted to %1, for want of an exchange rate on their value date, and left out of the charts: %2.</source>
        <translation>以下金额因汇率折算日没有适用的汇率，未能换算为%1，未计入图表：%2。</translation>
    </message>
    <message>
        <source>Left out of the delivery chart: %1.</source>
        <translation>未计入执行情况图表：%1。</translation>
    </message>
    <message>
        <source>No funding lines of this kind in the projects shown. Add them in the project editor, or choose other amounts or filters.</source>
        <translation>所显示的项目中没有此类资金条目。请在项目编辑器中添加，或选择其他金额类型或筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n line(s)</source>
        <translation>
            <numerusform>%1（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sustainable Development Goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>funds</comment>
        <translation>已到账</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>已支出%1</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>%1 (the largest %2 of %3 projects; the table lists the largest %4)</source>
        <translation>%1（显示预算最大的 %2 个项目，共 %3 个项目；表格列出最大的 %4 个）</translation>
    </message>
    <message>
        <source>Enter Exchange Rates…</source>
        <translation>输入汇率…</translation>
    </message>
    <message>
        <source>Not converted to %1, having no date (neither a value date nor a period), and left out of the charts: %2.</source>
        <translation>以下金额没有日期（既无汇率折算日，也无期间），未能换算为%1，未计入图表：%2。</translation>
    </message>
    <message>
        <source>None of these funding lines could be converted to %1: no exchange rate is in force on their value dates. Enter the rates, or show the amounts in another reporting currency.</source>
        <translation>这些资金条目都未能换算为%1：其汇率折算日没有适用的汇率。请输入汇率，或改用其他报告货币显示金额。</translation>
    </message>
    <message>
        <source>None of these funding lines could be converted to %1: they have no date. Give them a value date in the project editor.</source>
        <translation>这些资金条目都未能换算为%1：它们没有日期。请在项目编辑器中为其填写汇率折算日。</translation>
    </message>
    <message>
        <source>Filtered: projects the portfolio&apos;s filters show</source>
        <translation>已筛选：仅含项目组合筛选所显示的项目</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>sstc::GeneralPage</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>Planned st&amp;art:</source>
        <translation>计划开始日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>计划结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Actual sta&amp;rt:</source>
        <translation>实际开始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Actual e&amp;nd:</source>
        <translation>实际结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Agree&amp;ment:</source>
        <translation>协议(&amp;M)：</translation>
    </message>
    <message>
        <source>Parent pro&amp;ject:</source>
        <translation>上级项目(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>sstc::IatiChangedFields</name>
    <message>
        <source>Funding lines</source>
        <translation>资金条目</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>sstc::IatiCommands</name>
    <message>
        <source>IATI 2.03 activity files in and out of a portfolio:
  import iati FILE... --database DB [--dry-run] [--json]
  export iati --database DB [--project CODE...] [--reporting-org REF] -o OUT.xml</source>
        <translation>在项目组合与 IATI 2.03 活动文件之间导入导出：
  import iati 文件... --database 数据库 [--dry-run] [--json]
  export iati --database 数据库 [--project 编号...] [--reporting-org 标识符] -o 输出.xml</translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of texts and messages: en or zh.</source>
        <translation>文本和消息的语言：en 或 zh。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>placeholder for a value in --help</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>import: say what would be imported, and change nothing.</source>
        <translation>import：说明将导入哪些内容，但不做任何更改。</translation>
    </message>
    <message>
        <source>import: write the result as one JSON object.</source>
        <translation>import：以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>export: a project, by its code, IATI identifier or number; may be given more than once (default: every project).</source>
        <translation>export：按编号、IATI 标识符或序号指定一个项目；可多次给出（默认：全部项目）。</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>export: the reporting organisation&apos;s IATI identifier (default: the ILO, %1).</source>
        <translation>export：报告机构的 IATI 标识符（默认：国际劳工组织，%1）。</translation>
    </message>
    <message>
        <source>ref</source>
        <comment>placeholder for a value in --help</comment>
        <translation>标识符</translation>
    </message>
    <message>
        <source>export: the IATI XML file to write.</source>
        <translation>export：要写入的 IATI XML 文件。</translation>
    </message>
    <message>
        <source>command</source>
        <comment>placeholder for an argument in --help</comment>
        <translation>命令</translation>
    </message>
    <message>
        <source>import or export</source>
        <translation>import 或 export</translation>
    </message>
    <message>
        <source>Say what to %1: only “iati” is known (sstc %1 iati …).</source>
        <translation>请说明要 %1 的内容：目前只支持“iati”（sstc %1 iati …）。</translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation>项目组合“%1”不存在。</translation>
    </message>
    <message>
        <source>Name the IATI files to import.</source>
        <translation>请给出要导入的 IATI 文件。</translation>
    </message>
    <message>
        <source>export iati takes no files; name the one to write with -o.</source>
        <translation>export iati 不接受输入文件；请用 -o 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Name the IATI XML file to write with -o.</source>
        <translation>请用 -o 指定要写入的 IATI XML 文件。</translation>
    </message>
    <message>
        <source>sstc: %1</source>
        <translation>sstc: %1</translation>
    </message>
    <message>
        <source>sstc: nothing was imported; the portfolio is unchanged.</source>
        <translation>sstc: 未导入任何内容；项目组合保持不变。</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>Read %n activity(ies).</source>
        <translation>
            <numerusform>读取了 %n 个活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would create %1, update %2 and skip %3 project(s); would create %4 organisation(s).</source>
        <translation>将新建 %1 个、更新 %2 个、跳过 %3 个项目；将新建 %4 个机构。</translation>
    </message>
    <message>
        <source>Created %1, updated %2 and skipped %3 project(s); created %4 organisation(s).</source>
        <translation>已新建 %1 个、更新 %2 个、跳过 %3 个项目；已新建 %4 个机构。</translation>
    </message>
    <message>
        <source>Problems: %1 critical, %2 error(s), %3 warning(s).</source>
        <translation>问题：严重 %1 个，错误 %2 个，警告 %3 个。</translation>
    </message>
    <message>
        <source>Dry run: the portfolio was not changed.</source>
        <translation>试运行：项目组合未作任何更改。</translation>
    </message>
    <message>
        <source>No project “%1” in the portfolio.</source>
        <translation>项目组合中没有项目“%1”。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Project %1 now has the IATI identifier %2.</source>
        <translation>项目 %1 现已获得 IATI 标识符 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个活动写入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio file, or a PostgreSQL server as postgresql://user@host:port/database (default: your own portfolio).</source>
        <translation>项目组合文件，或以 postgresql://用户@主机:端口/数据库 表示的 PostgreSQL 服务器（默认：您自己的项目组合）。</translation>
    </message>
</context>
<context>
    <name>sstc::IatiExportDialog</name>
    <message>
        <source>Export IATI Activities</source>
        <translation>导出 IATI 活动</translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) the filter shows</source>
        <translation>
            <numerusform>筛选显示的 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected project(s)</source>
        <translation>
            <numerusform>选中的 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Reporting organisation (IATI identifier):</source>
        <translation>报告机构（IATI 标识符）：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>IATI activity files (*.xml)</source>
        <translation>IATI 活动文件 (*.xml)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Give the reporting organisation&apos;s IATI identifier, e.g. %1.</source>
        <translation>请填写报告机构的 IATI 标识符，例如 %1。</translation>
    </message>
    <message>
        <source>There is no project to export.</source>
        <translation>没有可导出的项目。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个活动写入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is valid against the IATI 2.03 schema.</source>
        <translation>该文件符合 IATI 2.03 架构。</translation>
    </message>
    <message>
        <source>The file is NOT valid against the IATI 2.03 schema; the IATI registry would refuse it. xmllint says:</source>
        <translation>该文件不符合 IATI 2.03 架构，IATI 注册库将拒绝接收。xmllint 的提示如下：</translation>
    </message>
    <message>
        <source>“%1” now has the IATI identifier %2.</source>
        <translation>“%1”现已获得 IATI 标识符 %2。</translation>
    </message>
    <message>
        <source>Left out of “%1”: %2</source>
        <translation>“%1”未导出：%2</translation>
    </message>
    <message>
        <source>IATI XML…</source>
        <translation>IATI XML…</translation>
    </message>
</context>
<context>
    <name>sstc::IatiExporter</name>
    <message>
        <source>A planned disbursement of %1 %2 was not exported: it has no date, nor has the project.</source>
        <translation>一笔 %1 %2 的计划拨付未导出：它没有日期，项目也没有。</translation>
    </message>
    <message>
        <source>it has no status</source>
        <translation>没有状态</translation>
    </message>
    <message>
        <source>it has no start or end date</source>
        <translation>没有开始或结束日期</translation>
    </message>
    <message>
        <source>it has no description</source>
        <translation>没有说明</translation>
    </message>
    <message>
        <source>it names no organisation</source>
        <translation>未列出任何机构</translation>
    </message>
    <message>
        <source>Not exported: IATI requires more than the project has (%1).</source>
        <translation>未导出：IATI 要求的内容该项目尚不具备（%1）。</translation>
    </message>
    <message>
        <source>A funding line of %1 %2 was not exported: %3.</source>
        <translation>一条 %1 %2 的资金条目未导出：%3。</translation>
    </message>
    <message>
        <source>an IATI budget needs the period it covers</source>
        <translation>IATI 预算须注明所涵盖的期间</translation>
    </message>
    <message>
        <source>an IATI transaction needs a date</source>
        <translation>IATI 交易须有日期</translation>
    </message>
    <message>
        <source>The baseline of “%1” was not exported: IATI needs its year.</source>
        <translation>“%1”的基线未导出：IATI 要求注明基线年份。</translation>
    </message>
    <message>
        <source>A period of “%1” was not exported: it has no dates, nor has the project.</source>
        <translation>“%1”的一个期间未导出：该期间没有日期，项目也没有。</translation>
    </message>
</context>
<context>
    <name>sstc::IatiImportCommand</name>
    <message>
        <source>Import IATI activities</source>
        <translation>导入 IATI 活动</translation>
    </message>
</context>
<context>
    <name>sstc::IatiImportDialog</name>
    <message>
        <source>Import IATI Activities</source>
        <translation>导入 IATI 活动</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>These files cannot be imported; nothing will be changed:</source>
        <translation>这些文件不能导入，项目组合不会有任何更改：</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) read. Importing will create %1 project(s), update %2 and skip %3; %4 organisation(s) will be created.</source>
        <translation>
            <numerusform>读取了 %n 个活动。导入将新建 %1 个项目、更新 %2 个、跳过 %3 个，并新建 %4 个机构。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1 critical, %2 error(s), %3 warning(s).</source>
        <translation>问题：严重 %1 个，错误 %2 个，警告 %3 个。</translation>
    </message>
    <message>
        <source>Every text is in English or Chinese.</source>
        <translation>所有文字均为英文或中文。</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in other languages (%1) will be kept with their projects, as listed under “Kept texts”: the app shows only English and Chinese, and an IATI export writes them out again.</source>
        <translation>
            <numerusform>%n 段其他语言（%1）的文字将随项目保留，见“保留的文字”一列：本软件只显示英文和中文，IATI 导出时会原样写出。</numerusform>
        </translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Kept texts</source>
        <translation>保留的文字</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Updates a project</source>
        <translation>更新项目</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>A critical problem: see below</source>
        <translation>有严重问题，见下表</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Nothing was imported; the portfolio is unchanged.</source>
        <translation>未导入任何内容，项目组合未作更改。</translation>
    </message>
    <message>
        <source>IATI XML…</source>
        <translation>IATI XML…</translation>
    </message>
    <message>
        <source>IATI activity files (*.xml)</source>
        <translation>IATI 活动文件 (*.xml)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kept text: its field and its language code</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sstc::IatiImporter</name>
    <message>
        <source>The file holds this identifier twice; only the first activity was imported.</source>
        <translation>文件中此标识符出现了两次；只导入了第一个活动。</translation>
    </message>
    <message>
        <source>“%1” holds this identifier too; the activities were not merged, only the first was imported.</source>
        <translation>“%1”中也有此标识符；两个活动未合并，只导入了第一个。</translation>
    </message>
    <message>
        <source>The code “%1” belongs to another project; the code was left empty.</source>
        <translation>编号“%1”已属于另一个项目；该编号留空。</translation>
    </message>
    <message>
        <source>The recipient country “%1” is not in the portfolio&apos;s list of countries; it was dropped.</source>
        <translation>受援国“%1”不在项目组合的国家列表中，已舍弃。</translation>
    </message>
    <message>
        <source>The percentage %1 of “%2” is not between 0 and 100; it was dropped.</source>
        <translation>“%2”的百分比 %1 不在 0 到 100 之间，已舍弃。</translation>
    </message>
</context>
<context>
    <name>sstc::IatiOrganisationMatcher</name>
    <message>
        <source>The organisation “%1” has no name; its ref stands in as its name.</source>
        <translation>机构“%1”没有名称；以其标识符代作名称。</translation>
    </message>
    <message>
        <source>The organisation “%1” has no type; it was created as private.</source>
        <translation>机构“%1”没有类型；已按私营机构创建。</translation>
    </message>
    <message>
        <source>The organisation “%1” has type %2, which the portfolio has no type for; it was created as private.</source>
        <translation>机构“%1”的类型为 %2，项目组合中没有对应类型；已按私营机构创建。</translation>
    </message>
</context>
<context>
    <name>sstc::IatiReader</name>
    <message>
        <source>“%1” is not an XML file (line %2: %3).</source>
        <translation>“%1”不是 XML 文件（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>“%1” ends before its last element is closed: the file is truncated.</source>
        <translation>“%1”在最后一个元素闭合之前就结束了：文件不完整。</translation>
    </message>
    <message>
        <source>“%1” is not well-formed XML (line %2: %3).</source>
        <translation>“%1”不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” declares a document type (DTD). IATI files have none; files with one are refused, as a DTD can expand entities or read other files.</source>
        <translation>“%1”声明了文档类型（DTD）。IATI 文件没有 DTD；带 DTD 的文件一律拒绝，因为 DTD 可以展开实体或读取其他文件。</translation>
    </message>
    <message>
        <source>“%1” refers to an entity that IATI files do not use.</source>
        <translation>“%1”引用了 IATI 文件不使用的实体。</translation>
    </message>
    <message>
        <source>“%1” is an IATI organisation file; only activity files (iati-activities) can be imported.</source>
        <translation>“%1”是 IATI 机构文件；只能导入活动文件（iati-activities）。</translation>
    </message>
    <message>
        <source>“%1” is not an IATI activity file: its root element is &lt;%2&gt;, not &lt;iati-activities&gt;.</source>
        <translation>“%1”不是 IATI 活动文件：其根元素是 &lt;%2&gt;，而不是 &lt;iati-activities&gt;。</translation>
    </message>
    <message>
        <source>The %1 in “%2” is kept with the project as it came; the app shows only English and Chinese.</source>
        <translation>“%2”语言的%1已原样保存在项目中；本应用只显示英文和中文。</translation>
    </message>
    <message>
        <source>The %1 has no English or Chinese text: the one in “%2” stands in as the English.</source>
        <translation>%1没有英文或中文文本：以“%2”语言的文本代作英文。</translation>
    </message>
    <message>
        <source>The %1 in “%2” was dropped: “%3”.</source>
        <translation>“%2”语言的%1已舍弃：“%3”。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date; it was dropped.</source>
        <translation>“%1”不是日期，已舍弃。</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a number; it was dropped.</source>
        <translation>%1“%2”不是数字，已舍弃。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A description of type %1 was not imported: a project has one description.</source>
        <translation>类型 %1 的说明未导入：一个项目只有一项说明。</translation>
    </message>
    <message>
        <source>Unknown activity status “%1”; the status was left empty.</source>
        <translation>未知的活动状态“%1”；状态留空。</translation>
    </message>
    <message>
        <source>Unknown planned disbursement type “%1”, read as original.</source>
        <translation>未知的计划拨付类型“%1”，按原始计划读取。</translation>
    </message>
    <message>
        <source>The receiver organisations of planned disbursements are not kept: the project is the receiver.</source>
        <translation>计划拨付的接收组织不予保留：接收方即项目本身。</translation>
    </message>
    <message>
        <source>The activity has no iati-identifier: it is imported as a new project, and importing it again makes another one.</source>
        <translation>该活动没有 iati-identifier：将作为新项目导入，再次导入会再新建一个项目。</translation>
    </message>
    <message>
        <source>The activity has no title in any language.</source>
        <translation>该活动没有任何语言的标题。</translation>
    </message>
    <message>
        <source>Unknown activity date type “%1”; the date was dropped.</source>
        <translation>未知的活动日期类型“%1”；该日期已舍弃。</translation>
    </message>
    <message>
        <source>Unknown organisation type “%1”.</source>
        <translation>未知的机构类型“%1”。</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Unknown organisation role “%1”; the participating organisation was dropped.</source>
        <translation>未知的机构角色“%1”；该参与机构已舍弃。</translation>
    </message>
    <message>
        <source>A participating organisation has neither a ref nor a name; it was dropped.</source>
        <translation>一个参与机构既无标识符也无名称，已舍弃。</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Unknown recipient country “%1”; it was dropped.</source>
        <translation>未知的受援国“%1”，已舍弃。</translation>
    </message>
    <message>
        <source>The recipient region “%1” of vocabulary %2 was dropped: only the OECD DAC regions (vocabulary 1) are kept.</source>
        <translation>词表 %2 中的受援地区“%1”已舍弃：只保留经合组织发展援助委员会（OECD DAC）地区（词表 1）。</translation>
    </message>
    <message>
        <source>Unknown recipient region “%1”; it was dropped.</source>
        <translation>未知的受援地区“%1”，已舍弃。</translation>
    </message>
    <message>
        <source>SDG target %1 is recorded as its goal, %2.</source>
        <translation>可持续发展目标具体目标 %1 记为其所属目标 %2。</translation>
    </message>
    <message>
        <source>The sector “%1” (vocabulary %2) was not imported: only SDG goals and targets are kept.</source>
        <translation>领域“%1”（词表 %2）未导入：只保留可持续发展目标及其具体目标。</translation>
    </message>
    <message>
        <source>Unknown SDG code “%1”; it was dropped.</source>
        <translation>未知的可持续发展目标代码“%1”，已舍弃。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The amount %1 has no currency (neither value@currency nor default-currency); it was dropped.</source>
        <translation>金额 %1 没有货币（既无 value@currency，也无 default-currency），已舍弃。</translation>
    </message>
    <message>
        <source>Unknown currency “%1”, kept as given.</source>
        <translation>未知货币“%1”，按原样保留。</translation>
    </message>
    <message>
        <source>The negative amount %1 %2 was dropped: funding lines are never negative.</source>
        <translation>负数金额 %1 %2 已舍弃：资金条目不能为负。</translation>
    </message>
    <message>
        <source>Unknown budget type “%1”, read as original.</source>
        <translation>未知的预算类型“%1”，按原始预算读取。</translation>
    </message>
    <message>
        <source>transaction description</source>
        <translation>交易说明</translation>
    </message>
    <message>
        <source>The receiver organisations of transactions are not kept: a funding line records its provider only.</source>
        <translation>交易的接收机构未保留：资金条目只记录出资机构。</translation>
    </message>
    <message>
        <source>A transaction of unknown type “%1” was dropped.</source>
        <translation>一笔未知类型“%1”的交易已舍弃。</translation>
    </message>
    <message>
        <source>A transaction of type %1 (%2) was dropped: the portfolio has no funding line of that kind.</source>
        <translation>一笔类型 %1（%2）的交易已舍弃：项目组合中没有这类资金条目。</translation>
    </message>
    <message>
        <source>document title</source>
        <translation>文件标题</translation>
    </message>
    <message>
        <source>A document link without an address was dropped.</source>
        <translation>一个没有地址的文件链接已舍弃。</translation>
    </message>
    <message>
        <source>The related activity “%1” (type %2) was not kept: only parents and children are.</source>
        <translation>相关活动“%1”（类型 %2）未保留：只保留上级和下级活动。</translation>
    </message>
    <message>
        <source>result title</source>
        <translation>成果标题</translation>
    </message>
    <message>
        <source>indicator title</source>
        <translation>指标标题</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Only the first baseline of an indicator is kept.</source>
        <translation>一个指标只保留第一个基线。</translation>
    </message>
    <message>
        <source>An indicator without a title was dropped.</source>
        <translation>一个没有标题的指标已舍弃。</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>The %1 %2 is broken down by a dimension the portfolio does not keep; it is read as the total.</source>
        <translation>%1 %2 按项目组合不保存的维度细分；按总数读取。</translation>
    </message>
    <message>
        <source>A second %1 of one period was dropped.</source>
        <translation>同一期间的第二个%1已舍弃。</translation>
    </message>
</context>
<context>
    <name>sstc::IatiSchemaCheck</name>
    <message>
        <source>The file was not checked against the IATI schema: xmllint is not installed (Debian package libxml2-utils).</source>
        <translation>未按 IATI 架构检查该文件：未安装 xmllint（Debian 软件包 libxml2-utils）。</translation>
    </message>
    <message>
        <source>The file was not checked against the IATI schema: the schema could not be prepared.</source>
        <translation>未按 IATI 架构检查该文件：无法准备架构文件。</translation>
    </message>
    <message>
        <source>The file was not checked against the IATI schema: xmllint did not finish.</source>
        <translation>未按 IATI 架构检查该文件：xmllint 未能运行完毕。</translation>
    </message>
</context>
<context>
    <name>sstc::IndicatorPeriodsTable</name>
    <message>
        <source>Add &amp;period</source>
        <translation>添加期间(&amp;P)</translation>
    </message>
    <message>
        <source>Remove p&amp;eriod</source>
        <translation>删除期间(&amp;E)</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
</context>
<context>
    <name>sstc::IndicatorsTable</name>
    <message>
        <source>&amp;Add indicator</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove indicator</source>
        <translation>删除指标(&amp;R)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation>单位（中文）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基线年份</translation>
    </message>
    <message>
        <source>Select an indicator to edit its periods.</source>
        <translation>选择一个指标以编辑其期间。</translation>
    </message>
    <message>
        <source>Periods of the selected indicator:</source>
        <translation>所选指标的期间：</translation>
    </message>
</context>
<context>
    <name>sstc::KeyboardShortcuts</name>
    <message>
        <source>%1 › %2</source>
        <comment>menu path</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>sstc::ListConflict</name>
    <message>
        <source>the rate for %1/%2 on %3</source>
        <translation>%3的 %1/%2 汇率</translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <source>the country %1 (%2)</source>
        <translation>国家 %1（%2）</translation>
    </message>
    <message>
        <source>the theme “%1”</source>
        <translation>主题“%1”</translation>
    </message>
    <message>
        <source>the offer “%1”</source>
        <translation>可资助事项“%1”</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened this list. Your changes were not saved; reopen the list to see the current rates.</source>
        <translation>自您打开此列表以来，其他人修改了%1。您的更改未保存；请重新打开列表查看当前的汇率。</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened these lists. Your changes were not saved; reopen the lists to see the current organisations, countries and themes.</source>
        <translation>自您打开这些列表以来，其他人修改了%1。您的更改未保存；请重新打开列表查看当前的机构、国家和主题。</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened the catalogue. Your changes were not saved; reopen it to see the current offers.</source>
        <translation>自您打开可资助事项列表以来，其他人修改了%1。您的更改未保存；请重新打开该列表查看当前的可资助事项。</translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsCommand</name>
    <message>
        <source>Edit organisations, countries and themes</source>
        <translation>编辑机构、国家和主题</translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsDialog</name>
    <message>
        <source>Organisations, Countries and Themes</source>
        <translation>机构、国家和主题</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>变更历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed the organisations, countries, themes, exchange rates, funding offers and proposals, when, and from what to what</source>
        <translation>谁在何时修改了机构、国家、主题、汇率、可资助事项和资助提案，以及从何值改为何值</translation>
    </message>
</context>
<context>
    <name>sstc::LookupListsRepository</name>
    <message>
        <source>Organisation %1 needs a name in English or Chinese.</source>
        <translation>第 %1 个机构需要英文或中文名称。</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two capital letters (ISO 3166), such as LA.</source>
        <translation>“%1”不是国家代码：请使用两个大写字母（ISO 3166），例如 LA。</translation>
    </message>
    <message>
        <source>The country code %1 is listed twice.</source>
        <translation>国家代码 %1 重复出现。</translation>
    </message>
    <message>
        <source>Country %1 needs an English name.</source>
        <translation>国家 %1 需要英文名称。</translation>
    </message>
    <message>
        <source>Theme %1 needs a name in English or Chinese.</source>
        <translation>第 %1 个主题需要英文或中文名称。</translation>
    </message>
    <message>
        <source>Two themes have the same name.</source>
        <translation>有两个主题名称相同。</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>历史记录中的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>项目组合(&amp;P)</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete “%1” with its funding lines, events, indicators and documents?

You can undo this with Edit → Undo.</source>
        <translation>删除“%1”及其资金条目、活动、指标和文件？

可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>删除项目“%1”</translation>
    </message>
    <message>
        <source>Your Name in the History</source>
        <translation>历史记录中的姓名</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) · %2</source>
        <translation>
            <numerusform>共 %n 个项目，显示 %1 个 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit project “%1”</source>
        <translation>编辑项目“%1”</translation>
    </message>
    <message>
        <source>New project “%1”</source>
        <translation>新建项目“%1”</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Organisations, Countries and Themes…</source>
        <translation>机构、国家和主题(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>协议(&amp;A)</translation>
    </message>
    <message>
        <source>Funding &amp;Offers</source>
        <translation>可资助事项(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>资金(&amp;F)</translation>
    </message>
    <message>
        <source>“%1” is open in another window, which was brought forward.</source>
        <translation>“%1”已在另一个窗口中打开，已将该窗口置于前台。</translation>
    </message>
    <message>
        <source>Changes you make to projects, agreements and lists are recorded in their history under this name:</source>
        <translation>您对项目、协议和各类清单所做的修改将以此姓名记录在其历史记录中：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>database on server</comment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>this computer&apos;s server</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <source>The password was not kept: no system keychain answered. It will be asked again next time.</source>
        <translation>密码未保存：没有可用的系统钥匙串。下次连接时将再次询问密码。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation>项目时间线</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Funding offers</source>
        <translation>可资助事项</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Portfolio</source>
        <translation>打开示例项目组合(&amp;S)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the folder of the file just saved</source>
        <translation>显示刚保存的文件所在的文件夹</translation>
    </message>
    <message>
        <source>Upgrade the Team Portfolio</source>
        <translation>更新团队项目组合</translation>
    </message>
    <message>
        <source>The portfolio “%1” on the server is in an older data format (%2); this version of SSTC Desk uses %3.

To open it, SSTC Desk first copies the whole portfolio into the file
%4
(as “sstc copy” does), then upgrades the database in one transaction, which either completes or changes nothing. Everyone in the team then needs this version of SSTC Desk or a newer one.

Copy and upgrade it now?</source>
        <translation>服务器上的项目组合“%1”使用的是较旧的数据格式（%2）；此版本的南南合作工作台使用 %3。

要打开它，南南合作工作台会先将整个项目组合复制到文件
%4
（与“sstc copy”相同），然后在一个事务中更新数据库：要么全部完成，要么不作任何更改。之后团队中的每个人都需要使用此版本或更新版本的南南合作工作台。

现在复制并更新吗？</translation>
    </message>
    <message>
        <source>Copy and Upgrade</source>
        <translation>复制并更新</translation>
    </message>
    <message>
        <source>The portfolio on the server was upgraded; the copy made before is “%1”.</source>
        <translation>服务器上的项目组合已更新；更新前所作的副本为“%1”。</translation>
    </message>
    <message>
        <source>Changes are recorded in the history with the name of who made them, so that colleagues can tell who changed what. Under which name should yours be recorded? (Edit → Your Name in the History changes it later.)</source>
        <translation>变更会连同变更人的姓名记入历史记录，便于同事了解谁更改了什么。您的变更应以哪个姓名记录？（之后可在“编辑 → 历史记录中的姓名”中更改。）</translation>
    </message>
    <message>
        <source>Use This Name</source>
        <translation>使用此姓名</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>已保存“%1”</translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogue</name>
    <message>
        <source>Offer %1 needs a title in English or Chinese.</source>
        <translation>第 %1 个可资助事项需要英文或中文标题。</translation>
    </message>
    <message>
        <source>The unit cost of offer %1 cannot be negative.</source>
        <translation>第 %1 个可资助事项的单位成本不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters (ISO 4217), such as USD or CNY.</source>
        <translation>“%1”不是货币代码：请使用三个大写字母（ISO 4217），例如 USD 或 CNY。</translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueCommand</name>
    <message>
        <source>Edit funding offers</source>
        <translation>编辑可资助事项</translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueDialog</name>
    <message>
        <source>Funding Offers</source>
        <translation>可资助事项</translation>
    </message>
</context>
<context>
    <name>sstc::OfferCatalogueTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <source>Unit (Chinese)</source>
        <translation>单位（中文）</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>The unit cost of offer %1 is not an amount: write a number with at most two decimals, such as 100000 or 35000.50.</source>
        <translation>第 %1 个可资助事项的单位成本不是金额：请填写最多两位小数的数字，例如 100000 或 35000.50。</translation>
    </message>
</context>
<context>
    <name>sstc::OfferTableModel</name>
    <message>
        <source>Offer</source>
        <comment>funding offer</comment>
        <translation>可资助事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>what the unit cost is for: per event, per trainee</comment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
</context>
<context>
    <name>sstc::OffersView</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>数额过大</translation>
    </message>
    <message>
        <source>Funding offers</source>
        <comment>the catalogue of what a donor can fund</comment>
        <translation>可资助事项</translation>
    </message>
    <message>
        <source>Proposal</source>
        <comment>a proposal to a donor</comment>
        <translation>资助提案</translation>
    </message>
    <message>
        <source>Saved proposals</source>
        <translation>已保存的资助提案</translation>
    </message>
    <message>
        <source>Pipeline of funding offers</source>
        <translation>资助提案储备（按状态）</translation>
    </message>
    <message>
        <source>&amp;Add to Proposal</source>
        <translation>加入资助提案(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the selected offers to the proposal (or double-click an offer)</source>
        <translation>将选中的可资助事项加入资助提案（也可双击某一事项）</translation>
    </message>
    <message>
        <source>Edit &amp;Offers…</source>
        <translation>编辑可资助事项(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;move Proposal</source>
        <translation>删除资助提案(&amp;M)</translation>
    </message>
    <message>
        <source>Edit Funding &amp;Offers…</source>
        <translation>编辑可资助事项(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add Offer to Proposal</source>
        <translation>将可资助事项加入资助提案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation>新建资助提案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy Proposal Table</source>
        <translation>复制资助提案表格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Proposal as CSV…</source>
        <translation>将资助提案导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>sstc::OrganisationRolesTable</name>
    <message>
        <source>A&amp;dd organisation</source>
        <translation>添加机构(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve organisation</source>
        <translation>删除机构(&amp;V)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>sstc::OrganisationsListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
</context>
<context>
    <name>sstc::PartialDateEdit</name>
    <message>
        <source>A year, a month or a day, as precise as the sources say.</source>
        <translation>年、月或日，按资料所载的精确程度填写。</translation>
    </message>
    <message>
        <source>There is no such date: check the month and the day.</source>
        <translation>没有这个日期：请检查月份和日期。</translation>
    </message>
    <message>
        <source>2016, Sep 2016 or 6 Sep 2016</source>
        <translation>2016年、2016年9月或2016年9月6日</translation>
    </message>
    <message>
        <source>Write a year, a month or a day: 2016, Sep 2016 or 6 Sep 2016.</source>
        <translation>请写年、月或日：2016年、2016年9月或2016年9月6日。</translation>
    </message>
    <message>
        <source>Pick a day in the calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+向下键）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>sstc::ParticipationPage</name>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标 %1</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>参与机构</translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>受援国</translation>
    </message>
</context>
<context>
    <name>sstc::PipelineChart</name>
    <message>
        <source>By status</source>
        <comment>pipeline chart grouping</comment>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By year and status</source>
        <comment>pipeline chart grouping</comment>
        <translation>按年份和状态</translation>
    </message>
    <message>
        <source>Amounts in different currencies are shown separately.</source>
        <translation>不同货币的金额分开显示。</translation>
    </message>
    <message>
        <source>No proposals yet. Save a proposal to see the pipeline of funding offers.</source>
        <translation>尚无资助提案。保存一个资助提案后即可查看资助提案储备（按状态）。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: amount</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>year, status: amount</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Proposal totals in %1</source>
        <comment>chart title; %1 names a currency</comment>
        <translation>资助提案合计（%1）</translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioIntegrity</name>
    <message numerus="yes">
        <source>The portfolio “%1” is sound: %Ln project(s), data format %2.</source>
        <translation>
            <numerusform>项目组合“%1”完好：%Ln 个项目，数据格式 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portfolio “%1” is damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>项目组合“%1”已损坏：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of the table “%2” refers to a row of “%3” that does not exist</source>
        <translation>表“%2”中编号为 %1 的行引用了表“%3”中不存在的行</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……还有 %1 个问题。</translation>
    </message>
    <message>
        <source>No backup copies were found beside it.</source>
        <translation>同一文件夹中没有找到它的备份副本。</translation>
    </message>
    <message>
        <source>Backup copies beside it, newest first:</source>
        <translation>同一文件夹中的备份副本（最新的在前）：</translation>
    </message>
    <message>
        <source>the index “%1” is not valid: the team&apos;s administrator can rebuild it (REINDEX)</source>
        <translation>索引“%1”无效：团队管理员可以重建它（REINDEX）</translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioLocation</name>
    <message>
        <source>The server address cannot be read: %1</source>
        <translation>无法识别服务器地址：%1</translation>
    </message>
    <message>
        <source>The server address has a parameter that cannot be used: “%1”.</source>
        <translation>服务器地址中含有无法使用的参数：“%1”。</translation>
    </message>
    <message>
        <source>The server address has no valid port number.</source>
        <translation>服务器地址中没有有效的端口号。</translation>
    </message>
    <message>
        <source>The server address names no database: write it after the server, as in postgresql://host/sstc.</source>
        <translation>服务器地址中没有指明数据库：请写在服务器之后，例如 postgresql://host/sstc。</translation>
    </message>
</context>
<context>
    <name>sstc::PortfolioView</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>projects.csv</source>
        <translation>项目.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Agreement &amp;&amp; documents</source>
        <translation>协议与文件</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n project(s) as CSV…</source>
        <translation>
            <numerusform>正在将 %n 个项目导出为 CSV…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sstc::PrintedTable</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>sstc::ProblemList</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>……另有 %Ln 个问题未列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sstc::ProjectAgreementPane</name>
    <message>
        <source>Agreement the project rests on</source>
        <translation>项目所依据的协议</translation>
    </message>
    <message>
        <source>Documents of the project</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Select a project.</source>
        <translation>请选择一个项目。</translation>
    </message>
    <message>
        <source>No agreement recorded.</source>
        <translation>未记录协议。</translation>
    </message>
</context>
<context>
    <name>sstc::ProjectEditorDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Organisations &amp;&amp; countries</source>
        <translation>机构和国家(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>资金(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>指标(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving, on the tabs marked with a warning sign.</source>
        <translation>
            <numerusform>还有 %n 个问题需要修正才能保存，见带警告标志的选项卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the new project before closing?</source>
        <translation>关闭前保存这个新项目吗？</translation>
    </message>
    <message>
        <source>Save your changes to this project before closing?</source>
        <translation>关闭前保存对该项目的更改吗？</translation>
    </message>
    <message numerus="yes">
        <source>It cannot be saved yet: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>现在还不能保存：需要先修正 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sstc::ProjectFilterBar</name>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>执行机构</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>any</source>
        <comment>period start</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>any</source>
        <comment>period end</comment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Projects running on or after this date</source>
        <translation>在此日期或之后仍在进行的项目</translation>
    </message>
    <message>
        <source>Projects running on or before this date</source>
        <translation>在此日期或之前已开始的项目</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every project (Ctrl+Shift+L)</source>
        <translation>显示全部项目（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Search codes, titles and descriptions, in English or Chinese</source>
        <translation>搜索编号、标题和说明（中文或英文）</translation>
    </message>
    <message>
        <source>Projects running on or after %1</source>
        <translation>在%1或之后仍在进行的项目</translation>
    </message>
    <message>
        <source>Projects running on or before %1</source>
        <translation>在%1或之前仍在进行的项目</translation>
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
        <translation>%1 名与会者</translation>
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
    <name>sstc::ProjectTableHint</name>
    <message>
        <source>This portfolio has no projects yet. Import them from IATI XML, add the first one, or look around the sample portfolio first.</source>
        <translation>此项目组合中还没有项目。可以从 IATI XML 导入项目、添加第一个项目，或先浏览示例项目组合。</translation>
    </message>
    <message>
        <source>No project matches the search and filters.</source>
        <translation>没有与搜索和筛选条件相符的项目。</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>Import IATI XML…</source>
        <translation>导入 IATI XML…</translation>
    </message>
    <message>
        <source>Add a Project…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Open the Sample Portfolio</source>
        <translation>打开示例项目组合</translation>
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
    <name>sstc::ProjectValidator</name>
    <message>
        <source>Give the project a title in English or in Chinese.</source>
        <translation>请为项目填写英文或中文标题。</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>This organisation is already listed in this role.</source>
        <translation>该机构已以此角色列出。</translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation>请选择国家。</translation>
    </message>
    <message>
        <source>This country is already listed.</source>
        <translation>该国家已列出。</translation>
    </message>
    <message>
        <source>Give a percentage for every country, or for none.</source>
        <translation>请为每个国家都填写百分比，或都不填写。</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>百分比必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The percentages add up to %1%, not 100%.</source>
        <translation>百分比合计为 %1%，而不是 100%。</translation>
    </message>
    <message>
        <source>There is no SDG %1: the goals are numbered 1 to 17.</source>
        <translation>没有可持续发展目标 %1：目标编号为 1 至 17。</translation>
    </message>
    <message>
        <source>SDG %1 is listed twice.</source>
        <translation>可持续发展目标 %1 重复列出。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（如 USD 或 CNY）。</translation>
    </message>
    <message>
        <source>Give the event a title in English or in Chinese.</source>
        <translation>请为活动填写英文或中文标题。</translation>
    </message>
    <message>
        <source>Women and men together (%1) are more than the total (%2).</source>
        <translation>女性和男性合计（%1）超过总数（%2）。</translation>
    </message>
    <message>
        <source>Give the indicator a title in English or in Chinese.</source>
        <translation>请为指标填写英文或中文标题。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation>过长：%1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Contains control characters; remove them or paste the text again.</source>
        <translation>含有控制字符；请删除，或重新粘贴文本。</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A number of people cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
</context>
<context>
    <name>sstc::ProposalCommand</name>
    <message>
        <source>Edit proposal</source>
        <translation>编辑资助提案</translation>
    </message>
    <message>
        <source>Add proposal</source>
        <translation>添加资助提案</translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation>删除资助提案</translation>
    </message>
</context>
<context>
    <name>sstc::ProposalComposer</name>
    <message>
        <source>No donor yet</source>
        <comment>proposal donor</comment>
        <translation>尚无捐助方</translation>
    </message>
    <message>
        <source>No offers chosen yet: add offers from the catalogue.</source>
        <translation>尚未选择可资助事项：请从目录中添加。</translation>
    </message>
    <message>
        <source>The total is too large to compute.</source>
        <translation>合计数额过大，无法计算。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation>捐助方：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Export Proposal as CSV</source>
        <translation>将资助提案导出为 CSV</translation>
    </message>
    <message>
        <source>proposal.csv</source>
        <translation>资助提案.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新资助提案</translation>
    </message>
    <message>
        <source>Saved proposal: changes are kept when you save them</source>
        <translation>已保存的资助提案：修改在保存后生效</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What the donor is asked to fund</source>
        <translation>请捐助方资助的内容</translation>
    </message>
    <message>
        <source>D&amp;onor:</source>
        <translation>捐助方(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Remove &amp;Line</source>
        <translation>删除此行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Proposal</source>
        <translation>新建资助提案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Proposal</source>
        <translation>保存资助提案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the lines and totals, for a spreadsheet, a document or an e-mail</source>
        <translation>复制各行及合计，可粘贴到电子表格、文档或电子邮件中</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>sstc::ProposalRepository</name>
    <message>
        <source>Choose at least one offer for the proposal.</source>
        <translation>请为资助提案至少选择一个可资助事项。</translation>
    </message>
    <message>
        <source>Line %1 needs a title.</source>
        <translation>第 %1 行需要标题。</translation>
    </message>
    <message>
        <source>The quantity on line %1 must be a whole number above zero.</source>
        <translation>第 %1 行的数量必须是大于零的整数。</translation>
    </message>
    <message>
        <source>The unit cost on line %1 cannot be negative.</source>
        <translation>第 %1 行的单位成本不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>“%1”不是货币代码。</translation>
    </message>
</context>
<context>
    <name>sstc::ProposalTableModel</name>
    <message>
        <source>too large</source>
        <translation>数额过大</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>funding offer</comment>
        <translation>可资助事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>what the unit cost is for: per event, per trainee</comment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>unit cost times quantity</comment>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>sstc::RecipientCountriesTable</name>
    <message>
        <source>Add &amp;country</source>
        <translation>添加国家(&amp;C)</translation>
    </message>
    <message>
        <source>Remove coun&amp;try</source>
        <translation>删除国家(&amp;T)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Total: %1%</source>
        <translation>合计：%1%</translation>
    </message>
    <message>
        <source>Total: no percentages given</source>
        <translation>合计：未填写百分比</translation>
    </message>
</context>
<context>
    <name>sstc::RecordTable</name>
    <message>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>不是整数。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sstc::ReportDialog</name>
    <message>
        <source>Donor Report</source>
        <translation>捐助方报告</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>The projects of a donor:</source>
        <translation>某一捐助方的项目：</translation>
    </message>
    <message>
        <source>These projects:</source>
        <translation>以下项目：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>language of the report</comment>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>报告货币：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Financial statement</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <source>Results and indicators</source>
        <translation>成果与指标</translation>
    </message>
    <message>
        <source>Activities and events</source>
        <translation>活动情况</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Timeline and funding charts</source>
        <translation>时间线与资金图表</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>paper size</comment>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>共 %n 页；预览显示前 %1 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a donor.</source>
        <translation>请选择捐助方。</translation>
    </message>
    <message>
        <source>Tick at least one project.</source>
        <translation>请至少勾选一个项目。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>报告期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>请至少勾选一个章节。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Donor Report</source>
        <translation>保存捐助方报告</translation>
    </message>
    <message>
        <source>donor-report.pdf</source>
        <translation>捐助方报告.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Donor Report…</source>
        <translation>捐助方报告…</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language of the report</comment>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>language of the report</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>Bilingual (English and Chinese)</source>
        <comment>language of the report</comment>
        <translation>双语（英文和中文）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print Donor Report</source>
        <translation>打印捐助方报告</translation>
    </message>
    <message>
        <source>Give the start of the period.</source>
        <translation>请填写期间开始日期。</translation>
    </message>
    <message>
        <source>The start of the period: %1</source>
        <translation>期间开始日期：%1</translation>
    </message>
    <message>
        <source>Give the end of the period.</source>
        <translation>请填写期间结束日期。</translation>
    </message>
    <message>
        <source>The end of the period: %1</source>
        <translation>期间结束日期：%1</translation>
    </message>
</context>
<context>
    <name>sstc::ReportRenderer</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The report was cancelled; “%1” was not written.</source>
        <translation>报告已取消；未写入“%1”。</translation>
    </message>
</context>
<context>
    <name>sstc::SaveAttempt</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>sstc::ServerConnectionDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>A team&apos;s portfolio on a PostgreSQL server. Ask the team&apos;s administrator for these details.</source>
        <translation>团队的项目组合存放在数据库服务器上。以下信息请向团队管理员索取。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org（留空：本机）</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>5432</source>
        <translation>5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>sstc</source>
        <translation>sstc</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>留空：使用您的登录名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密方式(&amp;E)：</translation>
    </message>
    <message>
        <source>Default (as PGSSLMODE says, else when offered)</source>
        <translation>默认（按环境变量设置，否则在服务器支持时加密）</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>必须加密，并验证证书</translation>
    </message>
    <message>
        <source>Required, certificate and server name checked (verify-full)</source>
        <translation>必须加密，并验证证书和服务器名称</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A server name has no spaces, quotes or semicolons.</source>
        <translation>服务器名称中不能有空格、引号或分号。</translation>
    </message>
    <message>
        <source>Write only the server&apos;s name here (db.example.org), not a whole address.</source>
        <translation>此处只填写服务器名称（如 db.example.org），不要填写完整地址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（PostgreSQL 通常使用 5432）。</translation>
    </message>
    <message>
        <source>Name the database that holds the portfolio.</source>
        <translation>请填写存放项目组合的数据库名称。</translation>
    </message>
    <message>
        <source>A database name has no “/”.</source>
        <translation>数据库名称中不能有“/”。</translation>
    </message>
    <message>
        <source>Empty: libpq takes it from ~/.pgpass or PGPASSWORD. Never saved in a file.</source>
        <translation>留空：从本机的密码文件或环境变量获取。密码从不保存到文件中。</translation>
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
    <message>
        <source>“%1” already exists (another program may have just created it), so no new portfolio was made there. The file was left unchanged.</source>
        <translation>“%1”已存在（可能刚被另一个程序创建），因此未在该处新建项目组合。文件未作更改。</translation>
    </message>
    <message>
        <source>The portfolio “%1” does not exist.</source>
        <translation>项目组合“%1”不存在。</translation>
    </message>
    <message>
        <source>The portfolio “%1” is in an older data format (%2; this version uses %3). Open it once in SSTC Desk to bring it up to date, keeping a copy. It was left unchanged.</source>
        <translation>项目组合“%1”使用的是较旧的数据格式（%2；本版本使用 %3）。请先在南南合作工作台中打开一次，将其更新（同时会保留一份副本）。文件未作更改。</translation>
    </message>
    <message>
        <source>“%1” is a portfolio that was never finished: the program creating it stopped before putting anything in it, so it holds no countries, organisations or projects. It was left unchanged; delete it and create the portfolio again.</source>
        <translation>“%1”是一个从未完成创建的项目组合：创建它的程序在写入任何内容之前就已停止，因此其中没有国家、组织或项目。文件未作更改；请删除它，然后重新创建项目组合。</translation>
    </message>
    <message>
        <source>The portfolio “%1” was saved by a newer version of SSTC Desk (data format %2; this version reads up to %3). Install the newer version to open it. The database was left unchanged.</source>
        <translation>项目组合“%1”由较新版本的南南合作工作台保存（数据格式 %2；本版本最高可读取 %3）。请安装较新版本后再打开。数据库未作更改。</translation>
    </message>
    <message>
        <source>The server of “%1” cannot be reached. Check the server&apos;s name and port and your network connection, or ask the team&apos;s administrator whether the server is running. Nothing was changed.</source>
        <translation>无法连接“%1”的服务器。请检查服务器名称、端口和网络连接，或询问团队管理员服务器是否在运行。未作任何更改。</translation>
    </message>
    <message>
        <source>The server refused the user name or password for “%1”. Check both and connect again, or ask the team&apos;s administrator for access. Nothing was changed.</source>
        <translation>服务器拒绝了“%1”的用户名或密码。请检查两者后重新连接，或向团队管理员申请访问权限。未作任何更改。</translation>
    </message>
    <message>
        <source>The server has no database named as in “%1”. Check the database name, or ask the team&apos;s administrator to create it. Nothing was changed.</source>
        <translation>服务器上没有“%1”中所写的数据库。请检查数据库名称，或请团队管理员创建该数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>The database “%1” already holds a portfolio, so no new portfolio was made there. The database was left unchanged.</source>
        <translation>数据库“%1”中已有项目组合，因此没有在其中新建项目组合。数据库未作更改。</translation>
    </message>
    <message>
        <source>The portfolio “%1” on the server is in an older data format (%2; this version uses %3). Open it in the SSTC Desk window, which upgrades it after asking and after keeping a copy of it as a file; or make such a copy first with “sstc copy --database %1 --to FILE”. It was left unchanged.</source>
        <translation>服务器上的项目组合“%1”使用的是较旧的数据格式（%2；本版本使用 %3）。请在南南合作工作台窗口中打开它：窗口会先征得您的同意，并将其复制为文件，然后再更新；也可以先用“sstc copy --database %1 --to 文件”自行复制一份。数据库未作更改。</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: the server may have been stopped, or the network is down. What was being saved was not kept (the server keeps a change whole or not at all). Check your network connection or ask the team&apos;s administrator whether the server is running, then try again.</source>
        <translation>与“%1”的服务器的连接已中断：服务器可能已停止，或网络已断开。正在保存的内容没有保存（服务器上的更改要么完整保存，要么完全不保存）。请检查网络连接，或询问团队管理员服务器是否在运行，然后重试。</translation>
    </message>
</context>
<context>
    <name>sstc::TextLineReader</name>
    <message>
        <source>This computer&apos;s Qt cannot read GB18030 text: save the file as UTF-8 and import it again.</source>
        <translation>本机的 Qt 无法读取 GB18030 文本：请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>text encoding</comment>
        <translation>自动</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>Line %1: this is neither UTF-8 nor GB18030 text. Save the file as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>第 %1 行：既不是 UTF-8 文本，也不是 GB18030 文本。请将文件另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: this is not %2 text. Choose the file&apos;s encoding, or save the file as UTF-8 and import it again.</source>
        <translation>第 %1 行：不是 %2 文本。请选择文件的编码，或将文件另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>sstc::ThemesListTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
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
    <message>
        <source>The image shows the first %1 of %2 projects: a taller image could not be opened. Export the timeline as PDF to have them all, or narrow the portfolio filter.</source>
        <translation>图像只显示了 %2 个项目中的前 %1 个：更高的图像将无法打开。如需全部项目，请将时间线导出为 PDF，或缩小项目组合筛选范围。</translation>
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
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>sstc::UserGuideDialog</name>
    <message>
        <source>SSTC Desk User Guide</source>
        <translation>南南合作工作台用户指南</translation>
    </message>
</context>
</TS>
