<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Set up as {role}: {name}.</source>
        <translation>已设置为{role}：{name}。</translation>
    </message>
    <message>
        <source>Demo data: {schools} schools, {teachers} teachers, {students} students.</source>
        <translation>演示数据：{schools} 所学校，{teachers} 名教师，{students} 名学生。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>It is not a ledger database of this program.</source>
        <translation>这不是本程序的台账数据库。</translation>
    </message>
    <message>
        <source>Schema version {found}, expected {expected}.</source>
        <translation>数据库结构版本为 {found}，应为 {expected}。</translation>
    </message>
    <message>
        <source>Problems found in {path}:</source>
        <translation>{path} 中发现问题：</translation>
    </message>
    <message>
        <source>{path}: integrity and foreign keys are in order.</source>
        <translation>{path}：完整性和外键检查正常。</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>备份已写入并校验：{path}</translation>
    </message>
    <message>
        <source>Restored from {backup}. The previous ledger was kept as {aside}.</source>
        <translation>已从 {backup} 恢复。原台账已另存为 {aside}。</translation>
    </message>
    <message>
        <source>Education poverty-alleviation ledger: the command line of the same program, for setting up, checking, backing up and bulk work.</source>
        <translation>教育扶贫台账：本程序的命令行版本，用于初始设置、检查、备份和批量处理。</translation>
    </message>
    <message>
        <source>the ledger database file (default: {path})</source>
        <translation>台账数据库文件（默认：{path}）</translation>
    </message>
    <message>
        <source>set up this installation as a school or the township</source>
        <translation>将本机设置为学校或乡镇中心学校</translation>
    </message>
    <message>
        <source>school or township</source>
        <translation>学校或乡镇中心学校</translation>
    </message>
    <message>
        <source>the school&apos;s 10-digit national code</source>
        <translation>10 位学校标识码</translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>the type of school</source>
        <translation>学校类型</translation>
    </message>
    <message>
        <source>the township&apos;s 9-digit code</source>
        <translation>乡镇的 9 位区划代码</translation>
    </message>
    <message>
        <source>the township&apos;s name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>fill the ledger with realistic demo data</source>
        <translation>用仿真的演示数据填充台账</translation>
    </message>
    <message>
        <source>number of schools</source>
        <translation>学校数量</translation>
    </message>
    <message>
        <source>number of students</source>
        <translation>学生数量</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>随机种子（种子相同，生成的数据也相同）</translation>
    </message>
    <message>
        <source>check integrity and foreign keys; exit 1 on problems</source>
        <translation>检查完整性和外键；发现问题时以退出码 1 退出</translation>
    </message>
    <message>
        <source>back up or restore the ledger</source>
        <translation>备份或恢复台账</translation>
    </message>
    <message>
        <source>write a checked backup into a folder</source>
        <translation>将经过校验的备份写入文件夹</translation>
    </message>
    <message>
        <source>the folder, e.g. on a USB stick</source>
        <translation>目标文件夹，例如 U 盘上的文件夹</translation>
    </message>
    <message>
        <source>replace the ledger with a backup, after checking it</source>
        <translation>校验备份后，用它替换当前台账</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>The ledger {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} is missing or empty.</source>
        <translation>备份文件 {path} 不存在或为空。</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program&apos;s ledger.</source>
        <translation>{path} 不是本程序的台账备份。</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the program.</source>
        <translation>{path} 由更高版本的程序创建。</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged.</source>
        <translation>备份文件 {path} 已损坏。</translation>
    </message>
    <message>
        <source>{path} is not a ledger database, or it is damaged.</source>
        <translation>{path} 不是台账数据库，或者已损坏。</translation>
    </message>
    <message>
        <source>{path} is a database of another program.</source>
        <translation>{path} 是其他程序的数据库。</translation>
    </message>
    <message>
        <source>The ledger database {path} is damaged.</source>
        <translation>台账数据库 {path} 已损坏。</translation>
    </message>
    <message>
        <source>The ledger could not be upgraded; nothing was changed.</source>
        <translation>台账无法升级，未做任何更改。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>The data is not valid.</source>
        <translation>数据不正确。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>找不到该记录。</translation>
    </message>
    <message>
        <source>The ledger database cannot be used.</source>
        <translation>台账数据库无法使用。</translation>
    </message>
    <message>
        <source>The ledger database is damaged.</source>
        <translation>台账数据库已损坏。</translation>
    </message>
    <message>
        <source>This ledger was written by a newer version of the program. Please upgrade the program.</source>
        <translation>此台账由更高版本的程序写入，请升级本程序。</translation>
    </message>
    <message>
        <source>This installation has not been set up yet. Run the first-run setup.</source>
        <translation>本机尚未完成设置，请先运行首次设置。</translation>
    </message>
    <message>
        <source>The backup could not be made or restored.</source>
        <translation>无法完成备份或恢复。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Father works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parents work away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single parent works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Kind of pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the child is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy parent&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>学生类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Boarder</source>
        <translation>寄宿生</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>就读状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>贫困状态</translation>
    </message>
    <message>
        <source>Cause of poverty</source>
        <translation>致贫原因</translation>
    </message>
    <message>
        <source>Poverty register number</source>
        <translation>建档立卡户编号</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <source>Cadre&apos;s phone</source>
        <translation>帮扶责任人电话</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困家庭</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>De facto unsupported child</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Disability level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Child in difficulty</source>
        <translation>困境儿童</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>外出务工地</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Entrusted guardian</source>
        <translation>委托监护人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>学校类型</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row in the first {count} rows of sheet {sheet}: the roster needs a row of column names such as 姓名, 性别, 身份证号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was damaged by a spreadsheet (a long number shown in scientific notation). Type it again as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {existing} already in the ledger ({changed} with changes), {invalid} invalid, {duplicate} repeated in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school the roster belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ID number as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({school})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the ledger at another school: {match}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ledger: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of the file are not valid, so nothing was imported. Correct them, or choose to skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {count} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger changed since the preview ({count} students). Nothing was imported: preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One student a row, below the header row. Do not change the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: {name} and {id_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, {sex} and {birth} are read from the ID number, {stage} follows from the school and the grade, and {enrolment} is {enrolled}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are text: type them in full, 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no columns: 是 or 否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Written {done} of {total} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township central school</source>
        <translation>乡镇中心学校</translation>
    </message>
    <message>
        <source>Complete primary school</source>
        <translation>完全小学</translation>
    </message>
    <message>
        <source>Lower primary school</source>
        <translation>初级小学</translation>
    </message>
    <message>
        <source>Teaching point</source>
        <translation>教学点</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初级中学</translation>
    </message>
    <message>
        <source>Nine-year school</source>
        <translation>九年一贯制学校</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>学前</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation>中职</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>高等教育</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>辍学</translation>
    </message>
    <message>
        <source>Not poor</source>
        <translation>非贫困</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>贫困</translation>
    </message>
    <message>
        <source>Lifted out of poverty</source>
        <translation>已脱贫</translation>
    </message>
    <message>
        <source>Returned to poverty</source>
        <translation>返贫</translation>
    </message>
    <message>
        <source>Marginal, easily impoverished</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Lifted but unstable</source>
        <translation>脱贫不稳定户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{role} (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ______ year ____ month ____ day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>因残</translation>
    </message>
    <message>
        <source>Cost of schooling</source>
        <translation>因学</translation>
    </message>
    <message>
        <source>Lack of labour</source>
        <translation>缺劳力</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>因灾</translation>
    </message>
    <message>
        <source>Lack of skills</source>
        <translation>缺技术</translation>
    </message>
    <message>
        <source>Lack of land</source>
        <translation>缺土地</translation>
    </message>
    <message>
        <source>Lack of funds</source>
        <translation>缺资金</translation>
    </message>
    <message>
        <source>Poor transport</source>
        <translation>交通条件落后</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>Both parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>The only parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one (lives alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1 (well cared for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 (needs attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 (needs close watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk, phone or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit or teaching at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>Maternal grandfather</source>
        <translation>外祖父</translation>
    </message>
    <message>
        <source>Maternal grandmother</source>
        <translation>外祖母</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>兄弟</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>姐妹</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>叔伯</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>姑姨</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>大病</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Aid officer</source>
        <translation>资助负责人</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>一对一</translation>
    </message>
    <message>
        <source>One to many</source>
        <translation>一对多</translation>
    </message>
    <message>
        <source>Proxy parent</source>
        <translation>代理家长</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>谈心</translation>
    </message>
    <message>
        <source>Teaching at home</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Preschool education grant</source>
        <translation>学前教育资助</translation>
    </message>
    <message>
        <source>Boarding student living subsidy</source>
        <translation>寄宿生生活补助</translation>
    </message>
    <message>
        <source>Tuition waiver</source>
        <translation>免学杂费</translation>
    </message>
    <message>
        <source>Free textbooks</source>
        <translation>免费教科书</translation>
    </message>
    <message>
        <source>Nutrition improvement plan</source>
        <translation>营养改善计划</translation>
    </message>
    <message>
        <source>National grant</source>
        <translation>国家助学金</translation>
    </message>
    <message>
        <source>Yulu plan</source>
        <translation>雨露计划</translation>
    </message>
    <message>
        <source>Origin-based credit student loan</source>
        <translation>生源地信用助学贷款</translation>
    </message>
    <message>
        <source>Social donation</source>
        <translation>社会资助</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮族</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回族</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满族</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔族</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗族</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝族</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家族</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗族</translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation>布依族</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶族</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白族</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜族</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼族</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎族</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克族</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣族</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲族</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳族</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡族</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬族</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜族</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤族</translation>
    </message>
    <message>
        <source>Sui</source>
        <translation>水族</translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌族</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土族</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬族</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯族</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜族</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇族</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔族</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉族</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗族</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南族</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克族</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米族</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌族</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒族</translation>
    </message>
    <message>
        <source>Evenki</source>
        <translation>鄂温克族</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京族</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺族</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂族</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安族</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯族</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固族</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克族</translation>
    </message>
    <message>
        <source>Monba</source>
        <translation>门巴族</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春族</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙族</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲族</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山族</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴族</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔族</translation>
    </message>
    <message>
        <source>{value} is not one of the choices for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>内容过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Choose school or township.</source>
        <translation>请选择学校或乡镇中心学校。</translation>
    </message>
    <message>
        <source>Enter the township&apos;s name.</source>
        <translation>请填写乡镇名称。</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>请填写学校名称。</translation>
    </message>
    <message>
        <source>Choose the type of school.</source>
        <translation>请选择学校类型。</translation>
    </message>
    <message>
        <source>The setup is not complete: {errors}</source>
        <translation>设置未完成：{errors}</translation>
    </message>
    <message>
        <source>The student file has {count} errors.</source>
        <translation>学生档案中有 {count} 处错误。</translation>
    </message>
    <message>
        <source>The current value holds since {date}; a change cannot be dated earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>未填写身份证号。</translation>
    </message>
    <message>
        <source>The ID number {value} was damaged by a spreadsheet (shown in scientific notation). Type it again as text.</source>
        <translation>身份证号 {value} 已被电子表格改坏（显示为科学计数法），请以文本格式重新输入。</translation>
    </message>
    <message>
        <source>{value} is an old 15-digit ID number. Please enter the 18-character number.</source>
        <translation>{value} 是旧的 15 位身份证号，请填写 18 位身份证号。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters: 17 digits and a digit or X.</source>
        <translation>身份证号必须为 18 位：前 17 位是数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({value}) is not a real date.</source>
        <translation>身份证号中的出生日期（{value}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({value}) is impossible.</source>
        <translation>身份证号中的出生日期（{value}）不合理。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: it should end in {expected}.</source>
        <translation>身份证号校验码错误：最后一位应为 {expected}。</translation>
    </message>
    <message>
        <source>The phone number {value} was damaged by a spreadsheet.</source>
        <translation>电话号码 {value} 已被电子表格改坏。</translation>
    </message>
    <message>
        <source>{value} is not a phone number (11-digit mobile or landline with area code).</source>
        <translation>{value} 不是有效的电话号码（应为 11 位手机号或带区号的固定电话）。</translation>
    </message>
    <message>
        <source>The school code must be exactly 10 digits.</source>
        <translation>学校标识码必须是 10 位数字。</translation>
    </message>
    <message>
        <source>The township code must be 9 or 12 digits.</source>
        <translation>乡镇代码必须是 9 位或 12 位数字。</translation>
    </message>
    <message>
        <source>{value} is not a student registration number.</source>
        <translation>{value} 不是有效的学籍号。</translation>
    </message>
    <message>
        <source>{value} is not a date (for example 2024-09-01).</source>
        <translation>{value} 不是有效日期（例如 2024-09-01）。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{value} is less than {limit}.</source>
        <translation>{value} 小于最小值 {limit}。</translation>
    </message>
    <message>
        <source>{value} is more than {limit}.</source>
        <translation>{value} 大于最大值 {limit}。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是有效金额。</translation>
    </message>
    <message>
        <source>{value} has more than two decimals.</source>
        <translation>{value} 的小数超过两位。</translation>
    </message>
    <message>
        <source>{value} is neither yes nor no (是/否).</source>
        <translation>{value} 既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>A text of {length} characters does not fit in one Excel cell (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: too large for a roster or a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 file (.xls) or a workbook with a password. Open it in WPS or Excel and save it as an Excel workbook (.xlsx) without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (perhaps the copy did not finish). Copy it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB. It is not a normal workbook and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a Word document, not an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} is too large ({rows} rows, {columns} columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {cell} of sheet {sheet} holds {length} characters, more than an Excel cell can. The file was not made by a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needy families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation type="unfinished">寄宿生</translation>
    </message>
    <message>
        <source>Boarders from needy families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, not entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid each term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the yearly amount each term; otherwise all of it in the autumn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount a year (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for aid in kind (tuition waiver, textbooks).</source>
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
        <source>The last day it applies; empty while it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for a national standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student or guardian who received it (signs the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a school year (for example 2025-2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must be 1 (autumn) or 2 (spring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must be 2 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of a program cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 0 and {limit} yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps the standard valid {start} to {end} for the same stage, condition and province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be at most {limit} yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date paid cannot be in the future or before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program {name} is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: {done} of {total} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo ledger can have 0 to {limit} students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo township can have 1 to {limit} schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a roster, export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import students from an Excel roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and report only; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the valid rows and leave out the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave students already in the ledger as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s code (township mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the student list to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, pinyin, ID or student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this stage (code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this school (10-digit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a blank roster to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In township mode, say which school with --school CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: header in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student rows found below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above, or use --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was taken first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} students written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank roster written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn term {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade} {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidColumns</name>
    <message>
        <source>School</source>
        <translation type="unfinished">学校</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">学段</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">班级</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>Programs and standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the principal and the aid officer see the aid of each child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation>教育扶贫台账</translation>
    </message>
    <message>
        <source>Ledger damaged</source>
        <translation>台账已损坏</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup ({backup})? The damaged file is kept aside, not deleted.</source>
        <translation>{message}

是否用最近一份完好的备份（{backup}）恢复？损坏的文件会另外保存，不会删除。</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Please choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. 2015-09-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened. Your data is safe; the last step was not done.</source>
        <translation>程序出现意外错误。您的数据是安全的，最后一步没有执行。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the ledger</source>
        <translation>设置台账</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a status change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>10 digits, e.g. 4301230001</source>
        <translation>10 位数字，例如 4301230001</translation>
    </message>
    <message>
        <source>9 digits, e.g. 430123101</source>
        <translation>9 位数字，例如 430123101</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School type</source>
        <translation>学校类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>Township code</source>
        <translation>乡镇代码</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your school</source>
        <translation>本校信息</translation>
    </message>
    <message>
        <source>The 10-digit national school code is on the school&apos;s registration certificate (学校标识码).</source>
        <translation>10 位学校标识码可在学校的登记证书上查到。</translation>
    </message>
    <message>
        <source>Your township</source>
        <translation>本乡镇信息</translation>
    </message>
    <message>
        <source>The township&apos;s name and its 9-digit division code.</source>
        <translation>请填写乡镇名称及其 9 位区划代码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation>教育扶贫台账</translation>
    </message>
    <message>
        <source>Student files</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder…</source>
        <translation>备份到文件夹(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>学生(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New student</source>
        <translation>新增学生(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次备份：{when}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Choose a folder (a USB stick)</source>
        <translation>选择文件夹（如 U 盘）</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation>备份已写入并校验：
{path}</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Ledger backups (*.fupinbak);;All files (*)</source>
        <translation>台账备份 (*.fupinbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current ledger with this backup?
{file}

The current ledger is kept aside, not deleted.</source>
        <translation>是否用此备份替换当前台账？
{file}

当前台账会另外保存，不会删除。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Education Aid Ledger {version}&lt;/h3&gt;&lt;p&gt;Student files of poor-household children, pairing visits and the care of left-behind children, for village schools and the township central school. Works offline; data travels as Excel sync packages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;教育扶贫台账 {version}&lt;/h3&gt;&lt;p&gt;供村小和乡镇中心学校使用，管理贫困家庭学生档案、结对帮扶家访和留守儿童关爱工作。无需联网即可使用，数据通过 Excel 同步包传递。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} yuan was already paid for this term; another payment will be flagged as a double claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Search a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what is still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show aid in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment without an entitlement here, such as a donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments recorded this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} payments, {amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entitlements shown, {amount} yuan still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the payment of {amount} yuan to {name}? Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished">全部学校</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">学校</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches {student}; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches {student}; changes: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit aid program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New aid program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the principal changes programs and standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">在岗</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">学段</translation>
    </message>
    <message>
        <source>Who is entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year (yuan)</source>
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
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards of {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this standard? Only do this for one entered by mistake; a standard that no longer applies gets a valid-to date instead, so past terms stay right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Search a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">学段</translation>
    </message>
    <message>
        <source>Totals by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} rows shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <source>A school (完小, 初小, 教学点, 幼儿园, 初中)</source>
        <translation>学校（完小、初小、教学点、幼儿园、初中）</translation>
    </message>
    <message>
        <source>The township central school: gathers and checks every school&apos;s data</source>
        <translation>乡镇中心学校：汇总并核查各校数据</translation>
    </message>
    <message>
        <source>Where is this program used?</source>
        <translation>本程序在哪里使用？</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This program keeps the ledger of poor-household students, pairing visits and left-behind children. First, tell it where it is used.</source>
        <translation>本程序用于管理贫困家庭学生、结对帮扶家访和留守儿童的台账。首先，请选择本程序的使用单位。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Excel file of your roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download blank template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (correct the guesses if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing is written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update students already in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {existing} already in the ledger ({changed} with changes), {invalid} invalid, {duplicate} repeated in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the file, or skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into {school}: {new} new students, {updated} updated, {skipped} rows skipped. A backup of the ledger is taken first. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} students written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the student list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This township</source>
        <translation>本乡镇</translation>
    </message>
    <message>
        <source>This school</source>
        <translation>本校</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>保留最近备份份数</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Edit standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the standard it replaces the day before this one starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a new amount from a date: the old standard keeps the past terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Record a status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value holds since {date}; the change cannot be earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentFormDialog</name>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">学校</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student</source>
        <translation type="unfinished">新增学生</translation>
    </message>
    <message>
        <source>Student file - {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives the birth date {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives the sex {sex}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student with this ID number is already in the ledger: {name} ({school})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {count} problems. The fields marked in red say what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the student {name} (ID number ending in {last4})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the changes to this student file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentListPage</name>
    <message>
        <source>Search name, pinyin (zs finds 张三), ID number or student number</source>
        <translation>搜索姓名、拼音（输入 zs 可找到张三）、身份证号或学籍号</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>Grade {n}</source>
        <translation>{n}年级</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation>寄宿生</translation>
    </message>
    <message>
        <source>Day pupils</source>
        <translation>走读生</translation>
    </message>
    <message>
        <source>{n} students shown</source>
        <translation>共 {n} 名学生</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
