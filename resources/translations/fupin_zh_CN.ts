<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>Set up as {role}: {name}.</source>
        <translation>已设置为{role}：{name}。</translation>
    </message>
    <message>
        <source>Demo data: {schools} schools, {teachers} teachers, {students} students.</source>
        <translation>演示数据：{schools} 所学校，{teachers} 名教师，{students} 名学生。</translation>
    </message>
    <message>
        <source>Demo accounts (name, role, PIN): log in with --user NAME.</source>
        <translation>演示账号（姓名、职务、口令）：用 --user 姓名 登录。</translation>
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
        <source>Backup passphrase: </source>
        <translation>备份密码：</translation>
    </message>
    <message>
        <source>Backup written, encrypted and checked: {path}</source>
        <translation>备份已写入、加密并核验：{path}</translation>
    </message>
    <message>
        <source>New backup passphrase: </source>
        <translation>新的备份密码：</translation>
    </message>
    <message>
        <source>The backup passphrase is set. Write it on the recovery sheet in the school's safe.</source>
        <translation>备份密码已设置。请把它写在恢复单上，放进学校保险柜。</translation>
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
        <source>the account that acts</source>
        <translation>操作的账号</translation>
    </message>
    <message>
        <source>read the PIN from this file (readable by its owner alone), for unattended work</source>
        <translation>从此文件读取口令（仅文件所有者可读），供无人值守时使用</translation>
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
        <source>the school's 10-digit national code</source>
        <translation>10 位学校标识码</translation>
    </message>
    <message>
        <source>the school's name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>the type of school (a school must say it)</source>
        <translation>学校类型（学校必须填写）</translation>
    </message>
    <message>
        <source>the township's 9-digit code</source>
        <translation>乡镇的 9 位区划代码</translation>
    </message>
    <message>
        <source>the township's name</source>
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
        <source>the day the ledger is 'today' (default: today)</source>
        <translation>台账的“今天”是哪一天（默认：今天）</translation>
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
        <source>read the backup passphrase from this file (readable by its owner)</source>
        <translation>从此文件读取备份密码（仅文件所有者可读）</translation>
    </message>
    <message>
        <source>write a checked, encrypted backup into a folder</source>
        <translation>把经过核验并加密的备份写入文件夹</translation>
    </message>
    <message>
        <source>set the passphrase that encrypts backups to a folder</source>
        <translation>设置加密文件夹备份所用的备份密码</translation>
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
        <source>The ledger is busy: another program is writing it. Wait until it has finished, then try again.</source>
        <translation>台账正忙：另一个程序正在写入。请等它完成后再试。</translation>
    </message>
    <message>
        <source>The ledger {path} is read-only: nothing was changed.</source>
        <translation>台账 {path} 是只读的：没有做任何更改。</translation>
    </message>
    <message>
        <source>The ledger {path} cannot be opened: check the path and the permissions.</source>
        <translation>无法打开台账 {path}：请检查路径和权限。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed.</source>
        <translation>磁盘已满：没有做任何更改。</translation>
    </message>
    <message>
        <source>This would give two records the same code ({detail}): nothing was changed.</source>
        <translation>这会使两条记录的代码相同（{detail}）：没有做任何更改。</translation>
    </message>
    <message>
        <source>The ledger {path} could not be read or written ({reason}): it may be damaged. Check it with: fupin --db {path} check; if it is damaged, restore the newest backup: fupin --db {path} backup restore FILE.</source>
        <translation>台账 {path} 无法读取或写入（{reason}）：可能已损坏。请用 fupin --db {path} check 检查；如已损坏，请恢复最新的备份：fupin --db {path} backup restore 备份文件。</translation>
    </message>
    <message>
        <source>The program met an unexpected fault; nothing more was done. Details: {kind}.</source>
        <translation>程序遇到意外故障，未再做任何操作。详情：{kind}。</translation>
    </message>
    <message>
        <source>The ledger {path} does not exist.</source>
        <translation>台账 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup {path} is encrypted: give the backup passphrase.</source>
        <translation>备份 {path} 已加密：请提供备份密码。</translation>
    </message>
    <message>
        <source>The backup file {path} is missing or empty.</source>
        <translation>备份文件 {path} 不存在或为空。</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program's ledger.</source>
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
        <source>The ledger database {path} is damaged. Restore the newest backup: the program offers it when it starts; on the command line: fupin --db {path} backup restore FILE. The damaged file is kept aside.</source>
        <translation>台账数据库 {path} 已损坏。请恢复最新的备份：程序启动时会提示恢复；命令行：fupin --db {path} backup restore 备份文件。损坏的文件会另外保留。</translation>
    </message>
    <message>
        <source>There is no ledger at {path}.</source>
        <translation>{path} 处没有台账。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a ledger file.</source>
        <translation>{path} 是文件夹，不是台账文件。</translation>
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
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
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
        <source>The ledger {path} is already open in another window of the program on this computer (process {holder}). Switch to that window from the taskbar: two windows on one ledger would overwrite each other's work.</source>
        <translation>台账 {path} 已在本机的另一个程序窗口中打开（进程 {holder}）。请从任务栏切换到那个窗口：两个窗口同时打开一个台账，会互相覆盖对方的工作。</translation>
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
        <source>Grandparents</source>
        <translation>祖辈</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>生活</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>National (国培)</source>
        <translation>国培</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省培</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市培</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县培</translation>
    </message>
    <message>
        <source>School-based</source>
        <translation>校本培训</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Regular staff</source>
        <translation>在编教师</translation>
    </message>
    <message>
        <source>Special-post teacher (特岗)</source>
        <translation>特岗教师</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>代课教师</translation>
    </message>
    <message>
        <source>Volunteer teacher (支教)</source>
        <translation>支教教师</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（未评）</translation>
    </message>
    <message>
        <source>Third grade</source>
        <translation>三级教师</translation>
    </message>
    <message>
        <source>Second grade</source>
        <translation>二级教师</translation>
    </message>
    <message>
        <source>First grade</source>
        <translation>一级教师</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级教师</translation>
    </message>
    <message>
        <source>Full senior</source>
        <translation>正高级教师</translation>
    </message>
    <message>
        <source>This school is helped</source>
        <translation>本校受帮扶</translation>
    </message>
    <message>
        <source>This school helps</source>
        <translation>本校帮扶对方</translation>
    </message>
    <message>
        <source>City-rural kindergarten pairing</source>
        <translation>城乡幼儿园结对</translation>
    </message>
    <message>
        <source>School pairing</source>
        <translation>学校结对</translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Lessons taught</source>
        <translation>送教节数</translation>
    </message>
    <message>
        <source>Training rate (%)</source>
        <translation>培训率（%）</translation>
    </message>
    <message>
        <source>Each school</source>
        <translation>每所学校</translation>
    </message>
    <message>
        <source>Each institution pairing</source>
        <translation>每个结对</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>早餐</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>晚餐</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mild thinness</source>
        <translation>轻度消瘦</translation>
    </message>
    <message>
        <source>Moderate or severe thinness</source>
        <translation>中重度消瘦</translation>
    </message>
    <message>
        <source>Age outside 6–18 (not screened)</source>
        <translation>不在6～18岁（不筛查）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Teaches in a poor-village school</source>
        <translation>在贫困村学校任教</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Training level</source>
        <translation>培训级别</translation>
    </message>
    <message>
        <source>For trainings only</source>
        <translation>仅培训填写</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Children reached</source>
        <translation>惠及儿童数</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>惠及家庭数</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>结对单位</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Name of the kind</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>身高（毫米）</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>体重（克）</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>帮扶目标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>list visits, and what is due or overdue</source>
        <translation>列出帮扶记录，以及待办和逾期事项</translation>
    </message>
    <message>
        <source>list visits, or the overdue list</source>
        <translation>列出帮扶记录，或逾期清单</translation>
    </message>
    <message>
        <source>only this teacher's</source>
        <translation>仅限此教师</translation>
    </message>
    <message>
        <source>what is overdue instead</source>
        <translation>改为列出逾期事项</translation>
    </message>
    <message>
        <source>what is due now instead</source>
        <translation>改为列出当前待办事项</translation>
    </message>
    <message>
        <source>at most this many visits</source>
        <translation>最多列出的帮扶记录条数</translation>
    </message>
    <message>
        <source>print the coverage table of a period</source>
        <translation>打印一段时间的遍访覆盖情况表</translation>
    </message>
    <message>
        <source>a row for each class</source>
        <translation>按班级逐行列出</translation>
    </message>
    <message>
        <source>the teachers and their students</source>
        <translation>教师及其结对学生</translation>
    </message>
    <message>
        <source>list the teachers</source>
        <translation>列出教师</translation>
    </message>
    <message>
        <source>print the reminder rules</source>
        <translation>打印提醒规则</translation>
    </message>
    <message>
        <source>the school's duties: list or add activities</source>
        <translation>学校工作：列出或登记活动</translation>
    </message>
    <message>
        <source>list activities, newest first</source>
        <translation>列出活动，最新在前</translation>
    </message>
    <message>
        <source>only this kind (code or name)</source>
        <translation>只列此类（代码或名称）</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>record an activity</source>
        <translation>登记一项活动</translation>
    </message>
    <message>
        <source>the kind (code or name)</source>
        <translation>活动类别（代码或名称）</translation>
    </message>
    <message>
        <source>the day it took place</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>a short title</source>
        <translation>简短标题</translation>
    </message>
    <message>
        <source>the school (10-digit code)</source>
        <translation>学校（10位标识码）</translation>
    </message>
    <message>
        <source>the institution pairing's partner</source>
        <translation>结对单位名称</translation>
    </message>
    <message>
        <source>a teacher who took part</source>
        <translation>参加的教师</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>lessons taught</source>
        <translation>送教节数</translation>
    </message>
    <message>
        <source>children reached</source>
        <translation>惠及儿童数</translation>
    </message>
    <message>
        <source>families reached</source>
        <translation>惠及家庭数</translation>
    </message>
    <message>
        <source>training level: national, provincial, city, county</source>
        <translation>培训级别：national 国培、provincial 省培、city 市培、county 县培</translation>
    </message>
    <message>
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>progress against the targets; exit 1 when behind</source>
        <translation>目标完成进度；有落后时退出码为 1</translation>
    </message>
    <message>
        <source>the term (default: this term)</source>
        <translation>学期（默认本学期）</translation>
    </message>
    <message>
        <source>take this day as today</source>
        <translation>以此日期作为今天</translation>
    </message>
    <message>
        <source>the meal register</source>
        <translation>用餐登记台账</translation>
    </message>
    <message>
        <source>register a class's meal of a day</source>
        <translation>登记某班某日用餐</translation>
    </message>
    <message>
        <source>the class, e.g. 4-2班</source>
        <translation>班级，例如 4-2班</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <source>a pupil who did not eat</source>
        <translation>未用餐的学生</translation>
    </message>
    <message>
        <source>meals served in a term</source>
        <translation>本学期供餐情况</translation>
    </message>
    <message>
        <source>Please name the school with --school CODE.</source>
        <translation>请用 --school 标识码 指定学校。</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>节数</translation>
    </message>
    <message>
        <source>{count} activities.</source>
        <translation>共 {count} 项活动。</translation>
    </message>
    <message>
        <source>Recorded: {kind} on {date}.</source>
        <translation>已登记：{date} {kind}。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>{count} targets behind or overdue.</source>
        <translation>{count} 项目标落后或逾期。</translation>
    </message>
    <message>
        <source>No target is behind.</source>
        <translation>没有落后的目标。</translation>
    </message>
    <message>
        <source>{value} is not a class (for example 4-2班).</source>
        <translation>{value} 不是班级（例如 4-2班）。</translation>
    </message>
    <message>
        <source>{count} pupils of the class are called {name}.</source>
        <translation>本班有 {count} 名学生叫 {name}。</translation>
    </message>
    <message>
        <source>{day} {klass}: {served} of {total} served.</source>
        <translation>{day} {klass}：{total} 人中 {served} 人用餐。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Meals served</source>
        <translation>供餐人次</translation>
    </message>
    <message>
        <source>Left-behind served</source>
        <translation>留守儿童用餐</translation>
    </message>
    <message>
        <source>Needy served</source>
        <translation>困难学生用餐</translation>
    </message>
    <message>
        <source>Say who you are: --user NAME (the PIN is asked, or read from --pin-file FILE).</source>
        <translation>请说明您是谁：--user 姓名（随后询问口令，或用 --pin-file 文件 读取）。</translation>
    </message>
    <message>
        <source>This ledger has no accounts yet: create the principal's account with `fupin --db LEDGER --user NAME accounts first`.</source>
        <translation>此台账还没有账号：请先用 `fupin --db 台账 --user 姓名 accounts first` 创建校长账号。</translation>
    </message>
    <message>
        <source>Type the PIN at a terminal, or give it with --pin-file FILE.</source>
        <translation>请在终端输入口令，或用 --pin-file 文件 提供。</translation>
    </message>
    <message>
        <source>The PIN file {path} may be read by others: allow its owner alone (chmod 600 {path}).</source>
        <translation>口令文件 {path} 其他人也能读取：请只允许所有者读取（chmod 600 {path}）。</translation>
    </message>
    <message>
        <source>The PIN file {path} cannot be read.</source>
        <translation>无法读取口令文件 {path}。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Recovery code of {name}: {code}</source>
        <translation>{name} 的恢复码：{code}</translation>
    </message>
    <message>
        <source>Write it down and keep it in the school's safe: it sets a new PIN when the PIN is forgotten, and it is shown only this once.</source>
        <translation>请抄写下来放进学校保险柜：忘记口令时可用它设置新口令。它只显示这一次。</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>No teacher called {name}.</source>
        <translation>没有名为 {name} 的教师。</translation>
    </message>
    <message>
        <source>{count} teachers match {name}: {names}. Add --school CODE.</source>
        <translation>有 {count} 名教师与 {name} 相符：{names}。请加上 --school 学校标识码。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} 不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>{count} overdue.</source>
        <translation>逾期 {count} 项。</translation>
    </message>
    <message>
        <source>{count} due.</source>
        <translation>待办 {count} 项。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{count} visits.</source>
        <translation>共 {count} 条帮扶记录。</translation>
    </message>
    <message>
        <source>Coverage {start} – {end} (as of {as_of})</source>
        <translation>遍访覆盖情况 {start} – {end}（截至 {as_of}）</translation>
    </message>
    <message>
        <source>Enrolled pupils</source>
        <translation>在读人数</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>应结对</translation>
    </message>
    <message>
        <source>Unpaired</source>
        <translation>未结对</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>已结对</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>走访率</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>No proxy parent</source>
        <translation>无代理家长</translation>
    </message>
    <message>
        <source>No one looks after</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>Of them visited</source>
        <translation>其中已走访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Children no one looks after (无人监护): {count}; visited in the period: {visited}, not visited: {missed}.</source>
        <translation>无人监护儿童：{count} 名；期间已走访 {visited} 名，未走访 {missed} 名。</translation>
    </message>
    <message>
        <source>Paired students</source>
        <translation>结对学生数</translation>
    </message>
    <message>
        <source>Proxy parent of</source>
        <translation>代理家长人数</translation>
    </message>
    <message>
        <source>{count} teachers.</source>
        <translation>共 {count} 名教师。</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>生活状况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>帮扶成效</translation>
    </message>
    <message>
        <source>Parents' feedback</source>
        <translation>家长反馈</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Parents away</source>
        <translation>父母外出情况</translation>
    </message>
    <message>
        <source>Away since</source>
        <translation>外出时间</translation>
    </message>
    <message>
        <source>Father's phone</source>
        <translation>父亲电话</translation>
    </message>
    <message>
        <source>Mother's phone</source>
        <translation>母亲电话</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Guardian's address</source>
        <translation>监护人住址</translation>
    </message>
    <message>
        <source>Ability to care</source>
        <translation>监护能力</translation>
    </message>
    <message>
        <source>Guardianship level</source>
        <translation>监护等级</translation>
    </message>
    <message>
        <source>Proxy parent's phone</source>
        <translation>代理家长电话</translation>
    </message>
    <message>
        <source>Counselling needs</source>
        <translation>心理辅导需求</translation>
    </message>
    <message>
        <source>No student {text} that you may see.</source>
        <translation>没有您可查看的学生 {text}。</translation>
    </message>
    <message>
        <source>{count} students match {text}: name one by ID or student number.</source>
        <translation>有 {count} 名学生符合 {text}：请用身份证号或学籍号指明一名。</translation>
    </message>
    <message>
        <source>To purge</source>
        <translation>待清除</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>{verb}: {records} deleted records' personal data, {conflicts} resolved conflicts, {aside} old copies kept aside.</source>
        <translation>{verb}：{records} 条已删除记录的个人信息，{conflicts} 条已处理的冲突，{aside} 份旧的恢复前副本。</translation>
    </message>
    <message>
        <source>Erased: {records} records; {payments} payments keep their amounts, names blanked.</source>
        <translation>已删除：{records} 条记录；{payments} 条发放记录保留金额，姓名已清空。</translation>
    </message>
    <message>
        <source>Write KEY=VALUE, e.g. conflict_days=90.</source>
        <translation>请写成 键=值，例如 conflict_days=90。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>why (kept in the audit log)</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <source>show a student's full ID number, audited</source>
        <translation>显示学生完整身份证号（记入审计日志）</translation>
    </message>
    <message>
        <source>name, ID number or student number</source>
        <translation>姓名、身份证号或学籍号</translation>
    </message>
    <message>
        <source>blank the personal data of deletions every peer acknowledged</source>
        <translation>清空各方均已确认的已删除记录中的个人信息</translation>
    </message>
    <message>
        <source>only say what would go</source>
        <translation>只列出将被清除的内容</translation>
    </message>
    <message>
        <source>erase a child's personal data at the family's request</source>
        <translation>应家庭要求删除儿童的个人信息</translation>
    </message>
    <message>
        <source>how long each kind of data is kept</source>
        <translation>各类数据的保存期限</translation>
    </message>
    <message>
        <source>set (township only)</source>
        <translation>设置（仅乡镇）</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>所做工作</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>通话人</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>学生类别</translation>
    </message>
    <message>
        <source>Public notice of students with family financial difficulties</source>
        <translation>家庭经济困难学生认定结果公示名单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>认定等级</translation>
    </message>
    <message>
        <source>{year} school year. Notice from {start} to {end}; objections to the school's aid office within the notice period.</source>
        <translation>{year} 学年。公示时间：{start} 至 {end}；如有异议，请在公示期内向学校资助办反映。</translation>
    </message>
    <message>
        <source>Class review record of students with family financial difficulties</source>
        <translation>家庭经济困难学生班级评议记录</translation>
    </message>
    <message>
        <source>Application for recognition as a student with family financial difficulties</source>
        <translation>家庭经济困难学生认定申请表</translation>
    </message>
    <message>
        <source>Pledge: I promise that what this application says is true and complete. If it is not, I accept that the recognition is withdrawn and the aid paid back.</source>
        <translation>个人承诺：本人承诺以上所填内容真实、完整。如有不实，愿意取消认定资格并退还所获资助。</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>评议日期</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>认定原因</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>赞成票数</translation>
    </message>
    <message>
        <source>Review group members</source>
        <translation>评议小组成员</translation>
    </message>
    <message>
        <source>Pairing teacher</source>
        <translation>结对帮扶教师</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>个人承诺</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
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
        <source>children handed over between the township's schools</source>
        <translation>本镇学校之间交接的学生</translation>
    </message>
    <message>
        <source>children handed over to and by this school</source>
        <translation>移交给本校和由本校移交的学生</translation>
    </message>
    <message>
        <source>decided ones too</source>
        <translation>也列出已处理的</translation>
    </message>
    <message>
        <source>take a handed-over child in</source>
        <translation>接收一名移交来的学生</translation>
    </message>
    <message>
        <source>the child's ID number</source>
        <translation>学生的身份证号</translation>
    </message>
    <message>
        <source>the child's class here</source>
        <translation>学生在本校的班级</translation>
    </message>
    <message>
        <source>the child's ID number, or the number the list shows</source>
        <translation>学生的身份证号，或列表中显示的编号</translation>
    </message>
    <message>
        <source>the grade here, if not the one offered</source>
        <translation>在本校的年级（与移交时不同时填写）</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>默认：今天</translation>
    </message>
    <message>
        <source>the child is not at this school</source>
        <translation>该学生不在本校</translation>
    </message>
    <message>
        <source>e.g. not here</source>
        <translation>例如：未到本校报到</translation>
    </message>
    <message>
        <source>hand a child who leaves over to a school of the township</source>
        <translation>把离校学生移交给本镇一所学校</translation>
    </message>
    <message>
        <source>the receiving school</source>
        <translation>接收学校</translation>
    </message>
    <message>
        <source>the day an enrolled child transfers out (default: today)</source>
        <translation>在读学生转出的日期（默认：今天）</translation>
    </message>
    <message>
        <source>the township's schools this ledger knows</source>
        <translation>本台账知道的本镇学校</translation>
    </message>
    <message>
        <source>{count} children handed over by {school}</source>
        <translation>{school}移交来 {count} 名学生</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sending school</source>
        <translation>移出学校</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>离校原因</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>在本校</translation>
    </message>
    <message>
        <source>Handed over by this school:</source>
        <translation>本校移交出的学生：</translation>
    </message>
    <message>
        <source>Handed over by the township's schools:</source>
        <translation>各校移交出的学生：</translation>
    </message>
    <message>
        <source>Receiving school</source>
        <translation>接收学校</translation>
    </message>
    <message>
        <source>No child handed over.</source>
        <translation>没有移交的学生。</translation>
    </message>
    <message>
        <source>withdrawn by the sending school</source>
        <translation>移出学校已撤回</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待接收</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>{name} of {school} is now in {place} here.</source>
        <translation>{school}的{name}已接收，在本校{place}。</translation>
    </message>
    <message>
        <source>{school} will be told that {name} is not here.</source>
        <translation>将告知{school}：{name}不在本校。</translation>
    </message>
    <message>
        <source>Offered to {school}; the next package to the township takes the offer.</source>
        <translation>已移交给{school}；下一个报送中心学校的同步包会带上移交。</translation>
    </message>
    <message>
        <source>No other school of the township is known yet: import the township's package.</source>
        <translation>还不知道本镇其他学校：请先导入中心学校的同步包。</translation>
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
        <source>Cadre's phone</source>
        <translation>帮扶责任人电话</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>建档立卡贫困家庭</translation>
    </message>
    <message>
        <source>Minimum allowance (urban or rural)</source>
        <translation>低保类型（城市/农村）</translation>
    </message>
    <message>
        <source>Child of a disabled parent</source>
        <translation>残疾人子女</translation>
    </message>
    <message>
        <source>Child of a martyr</source>
        <translation>烈士子女</translation>
    </message>
    <message>
        <source>Low-income household</source>
        <translation>低收入人口</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Holder's relation to the child</source>
        <translation>持卡人与学生关系</translation>
    </message>
    <message>
        <source>Head teacher of grade</source>
        <translation>担任班主任的年级</translation>
    </message>
    <message>
        <source>For a head teacher: the grade and class they lead.</source>
        <translation>班主任填写：所带的年级和班级。</translation>
    </message>
    <message>
        <source>Head teacher of class</source>
        <translation>担任班主任的班级</translation>
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
        <source>In post</source>
        <translation>在岗</translation>
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
        <source>New PIN: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>No account called {name}.</source>
        <translation>没有名为 {name} 的账号。</translation>
    </message>
    <message>
        <source>Account {name} made ({role}).</source>
        <translation>已创建账号 {name}（{role}）。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Account {name} made.</source>
        <translation>已创建账号 {name}。</translation>
    </message>
    <message>
        <source>Account {name} enabled.</source>
        <translation>已启用账号 {name}。</translation>
    </message>
    <message>
        <source>Account {name} disabled.</source>
        <translation>已停用账号 {name}。</translation>
    </message>
    <message>
        <source>The PIN of {name} is reset.</source>
        <translation>{name} 的口令已重设。</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>您的口令已修改。</translation>
    </message>
    <message>
        <source>The PIN of {name} is set. The old recovery code is used up.</source>
        <translation>{name} 的口令已设置。旧的恢复码已作废。</translation>
    </message>
    <message>
        <source>The window locks after {n} idle minutes (0: never).</source>
        <translation>空闲 {n} 分钟后锁定窗口（0：从不）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The audit log is intact: {rows} rows, head {seq} {sha}.</source>
        <translation>审计日志完好：共 {rows} 条，链头 {seq} {sha}。</translation>
    </message>
    <message>
        <source>The audit log was changed: the chain breaks at row {seq}.</source>
        <translation>审计日志被改动过：哈希链在第 {seq} 条处断开。</translation>
    </message>
    <message>
        <source>read the new PIN from this file (readable by its owner alone)</source>
        <translation>从此文件读取新口令（仅文件所有者可读）</translation>
    </message>
    <message>
        <source>accounts, roles and PINs</source>
        <translation>账号、角色与口令</translation>
    </message>
    <message>
        <source>make the first account (--user) of a ledger</source>
        <translation>创建台账的第一个账号（--user）</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>make an account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>the name to log in with</source>
        <translation>登录用的姓名</translation>
    </message>
    <message>
        <source>its role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>the teacher it belongs to (teacher roles)</source>
        <translation>对应的教师（教师类角色）</translation>
    </message>
    <message>
        <source>let an account log in again</source>
        <translation>允许账号重新登录</translation>
    </message>
    <message>
        <source>stop an account from logging in</source>
        <translation>停止账号登录</translation>
    </message>
    <message>
        <source>give an account a new PIN</source>
        <translation>为账号设置新口令</translation>
    </message>
    <message>
        <source>change your own PIN</source>
        <translation>修改自己的口令</translation>
    </message>
    <message>
        <source>set a forgotten PIN with the recovery code</source>
        <translation>用恢复码设置忘记的口令</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>lock the window after N idle minutes</source>
        <translation>空闲 N 分钟后锁定窗口</translation>
    </message>
    <message>
        <source>read and check the audit log</source>
        <translation>查看并核验审计日志</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>审计日志（最新的在前）</translation>
    </message>
    <message>
        <source>check the SHA-256 chain; exit 1 if broken</source>
        <translation>核验 SHA-256 哈希链；断开时退出码为 1</translation>
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
        <source>Enrolment card of a ledger's key</source>
        <translation>台账密钥登记卡</translation>
    </message>
    <message>
        <source>Excel password card of a sync route</source>
        <translation>同步线路 Excel 密码卡</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装单位</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹码</translation>
    </message>
    <message>
        <source>Before enrolling this key, compare every group of digits with what</source>
        <translation>登记此密钥前，请逐组核对指纹码与程序显示的是否一致</translation>
    </message>
    <message>
        <source>the program shows (Sync &gt; Keys), or read them out by phone.</source>
        <translation>（同步 &gt; 密钥与登记），或通过电话逐组读出核对。</translation>
    </message>
    <message>
        <source>A package whose key has another fingerprint is not from this ledger.</source>
        <translation>指纹码不同的同步包不是本单位发出的。</translation>
    </message>
    <message>
        <source>The card holds no secret: it may be copied and posted.</source>
        <translation>本卡不含任何秘密，可复印、可张贴。</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Excel password</source>
        <translation>Excel 密码</translation>
    </message>
    <message>
        <source>For packages that a clerk must open in WPS or Excel.</source>
        <translation>用于需要在 WPS 或 Excel 中打开的同步包。</translation>
    </message>
    <message>
        <source>Keep this card locked away; do not send it with the packages,</source>
        <translation>请将本卡锁好保管；不要与同步包一起发送，</translation>
    </message>
    <message>
        <source>by e-mail or in a chat. It is printed once.</source>
        <translation>不要通过邮件或聊天发送。本卡只打印一次。</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>{letter} 列</translation>
    </message>
    <message>
        <source>No header row in the first {count} rows of sheet {sheet}: the roster needs a row of column names such as 姓名, 性别, 身份证号.</source>
        <translation>工作表“{sheet}”的前 {count} 行中没有找到表头行：花名册需要有一行列名，如“姓名”“性别”“身份证号”。</translation>
    </message>
    <message>
        <source>Subtotal or total</source>
        <translation>小计或合计</translation>
    </message>
    <message>
        <source>Signature line</source>
        <translation>签字栏</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Guardian: {field}</source>
        <translation>监护人{field}</translation>
    </message>
    <message>
        <source>{value} was damaged by a spreadsheet (a long number shown in scientific notation). Type it again as text.</source>
        <translation>{value} 已被电子表格改坏（长数字显示成了科学计数法），请以文本格式重新输入。</translation>
    </message>
    <message>
        <source>{value} was stored as a number, which drops the leading 0 of a landline. Type the number as text, with its area code (0731…).</source>
        <translation>{value} 以数字格式保存，固定电话开头的 0 已丢失。请以文本格式填写，并带上区号（如 0731…）。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <source>{new} new, {existing} already in the ledger ({changed} with changes), {invalid} invalid, {duplicate} repeated in the file.</source>
        <translation>新增 {new} 名，台账中已有 {existing} 名（其中 {changed} 名有变化），{invalid} 行有误，{duplicate} 行在文件中重复。</translation>
    </message>
    <message>
        <source>Row {row}: not a child ({what}), left out.</source>
        <translation>第 {row} 行：不是学生（{what}），已略过。</translation>
    </message>
    <message>
        <source>Rows hidden in the file are imported like the others: {rows}.</source>
        <translation>文件中被隐藏的行也照常导入：第 {rows} 行。</translation>
    </message>
    <message>
        <source>Columns hidden in the file are imported: {columns}.</source>
        <translation>文件中被隐藏的列也会导入：{columns}。</translation>
    </message>
    <message>
        <source>Choose the school the roster belongs to.</source>
        <translation>请选择花名册所属的学校。</translation>
    </message>
    <message>
        <source>{value} does not agree with the ID number ({expected}).</source>
        <translation>{value}与身份证号不符（身份证号为{expected}）。</translation>
    </message>
    <message>
        <source>{value} does not agree with the ID number ({expected}). Correct one of them, or leave the birth date empty: it is read from the ID number.</source>
        <translation>{value} 与身份证号不符（身份证号为 {expected}）。请更正其中之一，或将出生日期留空：程序会从身份证号读取。</translation>
    </message>
    <message>
        <source>The same ID number as row {row}.</source>
        <translation>与第 {row} 行的身份证号相同。</translation>
    </message>
    <message>
        <source>{name} ({school})</source>
        <translation>{name}（{school}）</translation>
    </message>
    <message>
        <source>Already in the ledger at another school: {match}.</source>
        <translation>该学生已在台账中，属于其他学校：{match}。</translation>
    </message>
    <message>
        <source>The ledger has this ID number for {match}, not {name}: check the number. A child who changed name is renamed in their file.</source>
        <translation>台账中此身份证号属于 {match}，不是 {name}：请核对身份证号。学生改名请在其档案中修改。</translation>
    </message>
    <message>
        <source>In the ledger: {message}</source>
        <translation>台账中：{message}</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows skipped.</source>
        <translation>导入完成：新增 {created} 名，更新 {updated} 名，无变化 {unchanged} 名，跳过 {skipped} 行。</translation>
    </message>
    <message>
        <source>{count} rows of the file are not valid, so nothing was imported. Correct them, or choose to skip invalid rows.</source>
        <translation>文件中有 {count} 行有误，因此未导入任何数据。请更正这些行，或选择跳过有误的行。</translation>
    </message>
    <message>
        <source>Writing {count} students</source>
        <translation>正在写入 {count} 名学生</translation>
    </message>
    <message>
        <source>The ledger changed since the preview ({count} students). Nothing was imported: preview the file again.</source>
        <translation>预览之后台账已有变动（涉及 {count} 名学生），未导入任何数据。请重新预览该文件。</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生名单</translation>
    </message>
    <message>
        <source>One student a row, below the header row. Do not change the header row.</source>
        <translation>在表头行下方每行填写一名学生。请勿修改表头行。</translation>
    </message>
    <message>
        <source>Required: {name} and {id_number}.</source>
        <translation>必填：{name}、{id_number}。</translation>
    </message>
    <message>
        <source>Left empty, {sex} and {birth} are read from the ID number, {stage} follows from the school and the grade, and {enrolment} is {enrolled}.</source>
        <translation>留空时：{sex}和{birth}从身份证号中读取，{stage}根据学校和年级确定，{enrolment}默认为“{enrolled}”。</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are text: type them in full, 18 characters.</source>
        <translation>身份证号和电话号码均为文本格式：请完整填写，身份证号为 18 位。</translation>
    </message>
    <message>
        <source>Yes/no columns: 是 or 否.</source>
        <translation>是/否类的列：填写“是”或“否”。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Written {done} of {total} students</source>
        <translation>已写入 {done} 名学生，共 {total} 名</translation>
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
        <source>Returned to poverty</source>
        <translation>返贫</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{role} (signature):</source>
        <translation>{role}（签字）：</translation>
    </message>
    <message>
        <source>Date: ______ year ____ month ____ day</source>
        <translation>日期：______年____月____日</translation>
    </message>
    <message>
        <source>(Stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
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
        <translation>父母双方</translation>
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
        <translation>单亲家长</translation>
    </message>
    <message>
        <source>No one (lives alone)</source>
        <translation>无人照料（独自生活）</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Unable to care</source>
        <translation>无监护能力</translation>
    </message>
    <message>
        <source>Level 1 (well cared for)</source>
        <translation>一级（监护良好）</translation>
    </message>
    <message>
        <source>Level 2 (needs attention)</source>
        <translation>二级（需要关注）</translation>
    </message>
    <message>
        <source>Level 3 (needs close watch)</source>
        <translation>三级（需重点关注）</translation>
    </message>
    <message>
        <source>No one looks after the child</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>The parent at home cannot look after the child</source>
        <translation>父或母无监护能力</translation>
    </message>
    <message>
        <source>The entrusted guardian cannot look after the child well</source>
        <translation>受委托监护人监护能力不足</translation>
    </message>
    <message>
        <source>Guardianship fair</source>
        <translation>监护情况一般</translation>
    </message>
    <message>
        <source>Guardianship good</source>
        <translation>监护情况较好</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>患病</translation>
    </message>
    <message>
        <source>Wages from work away</source>
        <translation>打工收入</translation>
    </message>
    <message>
        <source>Farming and animals</source>
        <translation>种养殖业</translation>
    </message>
    <message>
        <source>Government assistance</source>
        <translation>政府救助</translation>
    </message>
    <message>
        <source>Help from relatives and friends</source>
        <translation>亲朋接济</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Housing assistance</source>
        <translation>住房救助</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>其他救助</translation>
    </message>
    <message>
        <source>Registered, rural</source>
        <translation>已登记，农村户口</translation>
    </message>
    <message>
        <source>Registered, urban</source>
        <translation>已登记，城镇户口</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记户口</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>亲情联系</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>开心</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>担忧</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>难过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>沉默退缩</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>生气</translation>
    </message>
    <message>
        <source>Paired student</source>
        <translation>结对帮扶学生</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <source>Growth diary entry</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <source>Family call</source>
        <translation>亲情电话</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>任意方式</translation>
    </message>
    <message>
        <source>Talk, phone or video</source>
        <translation>谈心、电话或视频</translation>
    </message>
    <message>
        <source>Home visit or teaching at home</source>
        <translation>家访或送教上门</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>帮扶计划</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>了解到的情况</translation>
    </message>
    <message>
        <source>Actual guardian</source>
        <translation>实际监护人</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>父母情况</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>儿童情况</translation>
    </message>
    <message>
        <source>Income and assistance</source>
        <translation>经济来源与救助</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>父亲姓名</translation>
    </message>
    <message>
        <source>Father's ID number</source>
        <translation>父亲公民身份号码</translation>
    </message>
    <message>
        <source>Father's birth date</source>
        <translation>父亲出生日期</translation>
    </message>
    <message>
        <source>Father's work place</source>
        <translation>父亲务工地点</translation>
    </message>
    <message>
        <source>Province and city, e.g. 广东省东莞市</source>
        <translation>填写到省、市，如 广东省东莞市</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>母亲姓名</translation>
    </message>
    <message>
        <source>Mother's ID number</source>
        <translation>母亲公民身份号码</translation>
    </message>
    <message>
        <source>Mother's birth date</source>
        <translation>母亲出生日期</translation>
    </message>
    <message>
        <source>Mother's work place</source>
        <translation>母亲务工地点</translation>
    </message>
    <message>
        <source>Household registration (hukou)</source>
        <translation>户口</translation>
    </message>
    <message>
        <source>Kind of disability or illness</source>
        <translation>残疾类别或患病类型</translation>
    </message>
    <message>
        <source>Guardian's ID number</source>
        <translation>监护人公民身份号码</translation>
    </message>
    <message>
        <source>Type of guardianship</source>
        <translation>监护类型</translation>
    </message>
    <message>
        <source>Family income sources</source>
        <translation>家庭经济来源</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>救助帮扶情况</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Left-behind profile</source>
        <translation>留守儿童基本情况</translation>
    </message>
    <message>
        <source>No left-behind profile recorded.</source>
        <translation>尚未登记留守儿童基本情况。</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>Diary entry {n}</source>
        <translation>成长日记（第 {n} 篇）</translation>
    </message>
    <message>
        <source>No diary entries yet.</source>
        <translation>暂无成长日记。</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Head of the unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Left-behind status</source>
        <translation>留守状态</translation>
    </message>
    <message>
        <source>Plan and measures</source>
        <translation>帮扶计划与措施</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <source>{n}. {kind}</source>
        <translation>{n}. {kind}</translation>
    </message>
    <message>
        <source>No activities recorded yet.</source>
        <translation>尚无活动记录。</translation>
    </message>
    <message>
        <source>list and resolve sync conflicts</source>
        <translation>列出并处理同步冲突</translation>
    </message>
    <message>
        <source>the conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>only this school's records</source>
        <translation>只列出该校的记录</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>包括已处理的</translation>
    </message>
    <message>
        <source>keep one side of a conflict</source>
        <translation>保留冲突的一方</translation>
    </message>
    <message>
        <source>the number shown by list</source>
        <translation>list 显示的编号</translation>
    </message>
    <message>
        <source>ours: this ledger's values; theirs: the package's</source>
        <translation>ours：本台账的值；theirs：同步包的值</translation>
    </message>
    <message>
        <source>this ledger's</source>
        <translation>本台账的</translation>
    </message>
    <message>
        <source>the package's</source>
        <translation>同步包的</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>结对形式</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record (name or date)</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This ledger</source>
        <translation>本台账</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>合并时保留</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>本机修改</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>对方修改</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To keep one side: fupin sync conflicts keep ID ours|theirs</source>
        <translation>保留其中一方：fupin sync conflicts keep 编号 ours|theirs</translation>
    </message>
    <message>
        <source>kept this ledger's</source>
        <translation>已保留本台账的</translation>
    </message>
    <message>
        <source>kept the package's</source>
        <translation>已保留同步包的</translation>
    </message>
    <message>
        <source>kept the winner</source>
        <translation>已保留胜出版本</translation>
    </message>
    <message>
        <source>kept the loser</source>
        <translation>已保留落选版本</translation>
    </message>
    <message>
        <source>resolved on the other side</source>
        <translation>已在对方处理</translation>
    </message>
    <message>
        <source>There is no conflict number {id}: see fupin sync conflicts list.</source>
        <translation>没有编号为 {id} 的冲突：请用 fupin sync conflicts list 查看。</translation>
    </message>
    <message>
        <source>Conflict {id}: {side} values kept. The next package takes them to the other side.</source>
        <translation>冲突 {id}：已保留{side}值。下一个同步包会把它带到对方。</translation>
    </message>
    <message>
        <source>Head of the helping institution</source>
        <translation>帮扶单位负责人</translation>
    </message>
    <message>
        <source>Receipt (cut off and return to the school): I have read the letter about {student}.</source>
        <translation>回执（剪下交回学校）：关于{student}的来信，我已阅知。</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长或监护人</translation>
    </message>
    <message>
        <source>{school} (stamp)</source>
        <translation>{school}（盖章）</translation>
    </message>
    <message>
        <source>Figures of the term</source>
        <translation>本学期数据</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>督导人员</translation>
    </message>
    <message>
        <source>Head of the township central school</source>
        <translation>中心学校负责人</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>The child's state</source>
        <translation>学生状况</translation>
    </message>
    <message>
        <source>The family's needs</source>
        <translation>家庭需求</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Parent away</source>
        <translation>外出务工人员</translation>
    </message>
    <message>
        <source>Work province</source>
        <translation>务工省份</translation>
    </message>
    <message>
        <source>Work city</source>
        <translation>务工城市</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>其他联系人</translation>
    </message>
    <message>
        <source>Left behind since</source>
        <translation>留守起始日期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Visit methods</source>
        <translation>帮扶方式</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>最少次数</translation>
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
        <source>School: {school}</source>
        <translation>学校：{school}</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Categories and status history</source>
        <translation>类别及状态变动记录</translation>
    </message>
    <message>
        <source>Aid received, by school year</source>
        <translation>历年受助情况</translation>
    </message>
    <message>
        <source>Paired teachers</source>
        <translation>结对帮扶教师</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Aid program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>{year} total</source>
        <translation>{year} 学年合计</translation>
    </message>
    <message>
        <source>{count} visits; the last on {date}.</source>
        <translation>共帮扶 {count} 次，最近一次：{date}。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
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
        <source>Program: {program}    School year: {year}    Term: {term}</source>
        <translation>资助项目：{program}    学年：{year}    学期：{term}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Guardian's signature</source>
        <translation>监护人签字</translation>
    </message>
    <message>
        <source>Subtotal of this page ({count} students)</source>
        <translation>本页小计（{count} 人）</translation>
    </message>
    <message>
        <source>Total ({count} students)</source>
        <translation>合计（{count} 人）</translation>
    </message>
    <message>
        <source>Printed from the list confirmed by {name} on {date}; corrections are adjustments with their reason.</source>
        <translation>按 {name} 于 {date} 确认的发放名单打印；更正均以调整记录并注明原因。</translation>
    </message>
    <message>
        <source>Printed from the payments recorded.</source>
        <translation>按已登记的发放记录打印。</translation>
    </message>
    <message>
        <source>Printed from the entitlements computed now: the list is not confirmed.</source>
        <translation>按当前计算的资助对象打印：名单尚未确认。</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
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
        <source>Lifted, keeps the policies</source>
        <translation>脱贫户（继续享受政策）</translation>
    </message>
    <message>
        <source>Lifted, policies ended</source>
        <translation>脱贫户（不享受政策）</translation>
    </message>
    <message>
        <source>Monitored: lifted but unstable</source>
        <translation>监测对象：脱贫不稳定户</translation>
    </message>
    <message>
        <source>Monitored: marginal, easily impoverished</source>
        <translation>监测对象：边缘易致贫户</translation>
    </message>
    <message>
        <source>Monitored: sudden serious hardship</source>
        <translation>监测对象：突发严重困难户</translation>
    </message>
    <message>
        <source>Monitored: risk eliminated</source>
        <translation>监测对象：风险已消除</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
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
        <source>Non-boarder living subsidy</source>
        <translation>非寄宿生生活补助</translation>
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
        <source>De'ang</source>
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
        <translation>{value} 不是“{label}”的可选值。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>内容过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
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
        <source>Only a school has a school phone.</source>
        <translation>只有学校才有学校电话。</translation>
    </message>
    <message>
        <source>Choose school or township.</source>
        <translation>请选择学校或乡镇中心学校。</translation>
    </message>
    <message>
        <source>Enter the township's name.</source>
        <translation>请填写乡镇名称。</translation>
    </message>
    <message>
        <source>Enter the school's name.</source>
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
        <source>Aid programs, standards, reminder rules, kinds of activity and targets are set by the township and come with its packages; a school cannot change them in its ledger.</source>
        <translation>资助项目、资助标准、提醒规则、活动类型和目标由中心学校制定，随中心学校的同步包下发；学校不能在本校台账中修改。</translation>
    </message>
    <message>
        <source>The student file has {count} errors.</source>
        <translation>学生档案中有 {count} 处错误。</translation>
    </message>
    <message>
        <source>This student file was changed elsewhere after you opened it. Close it, open it again and make your change once more.</source>
        <translation>这份学生档案在您打开之后已在别处被修改。请关闭后重新打开，再修改一次。</translation>
    </message>
    <message>
        <source>A student with this ID number is already in the ledger: {names}.</source>
        <translation>台账中已有同一身份证号的学生：{names}。</translation>
    </message>
    <message>
        <source>The current value holds since {date}; a change cannot be dated earlier.</source>
        <translation>当前状态自 {date} 起生效，变更日期不能早于该日期。</translation>
    </message>
    <message>
        <source>A status change cannot be dated in the future ({date}): record it on its day.</source>
        <translation>状态变更不能填未来日期（{date}）：请到当天再登记。</translation>
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
        <source>The ID number does not add up (its last character is a check): compare every digit with the household register or the ID card.</source>
        <translation>身份证号校验不通过（最后一位是校验码）：请对照户口簿或身份证逐位核对。</translation>
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
        <source>{value} is not a bank card number.</source>
        <translation>{value} 不是有效的银行卡号。</translation>
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
        <translation>{length} 个字符的文本超出了 Excel 单元格的容量（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation>无法打开 {name}。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB: too large for a roster or a package.</source>
        <translation>{name} 超过 {limit} MB，对花名册或同步包来说过大。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 file (.xls) or a workbook with a password. Open it in WPS or Excel and save it as an Excel workbook (.xlsx) without a password.</source>
        <translation>{name} 是旧版 Excel 97-2003 文件（.xls），或是设有密码的工作簿。请用 WPS 或 Excel 打开，另存为不带密码的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is a text file (perhaps CSV), not an Excel workbook. Open it in WPS or Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{name} 是文本文件（可能是 CSV），不是 Excel 工作簿。请用 WPS 或 Excel 打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (perhaps the copy did not finish). Copy it again from where it came from.</source>
        <translation>{name} 已损坏或不完整（可能没有复制完）。请从原来的位置重新复制。</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB. It is not a normal workbook and was not read.</source>
        <translation>{name} 解压后将超过 {limit} MB，不是正常的工作簿，未读取。</translation>
    </message>
    <message>
        <source>{name} is a Word document, not an Excel workbook.</source>
        <translation>{name} 是 Word 文档，不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} 中没有工作表。</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet}.</source>
        <translation>{name} 中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} is too large ({rows} rows, {columns} columns).</source>
        <translation>{name} 中的工作表“{sheet}”过大（{rows} 行，{columns} 列）。</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet {sheet} holds {length} characters, more than an Excel cell can. The file was not made by a spreadsheet program.</source>
        <translation>工作表“{sheet}”的单元格 {cell} 有 {length} 个字符，超出了 Excel 单元格的容量。该文件不是由电子表格软件生成的。</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全体学生</translation>
    </message>
    <message>
        <source>Needy families</source>
        <translation>家庭经济困难学生</translation>
    </message>
    <message>
        <source>Registered poor households</source>
        <translation>建档立卡贫困家庭学生</translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation>寄宿生</translation>
    </message>
    <message>
        <source>Boarders from needy families</source>
        <translation>家庭经济困难寄宿生</translation>
    </message>
    <message>
        <source>Day pupils from needy families</source>
        <translation>家庭经济困难非寄宿生</translation>
    </message>
    <message>
        <source>Cash to the child</source>
        <translation>发放现金</translation>
    </message>
    <message>
        <source>Meals provided</source>
        <translation>供餐</translation>
    </message>
    <message>
        <source>Provided in kind</source>
        <translation>实物资助</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>已编制</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>School meals</source>
        <translation>学校供餐</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Autumn term</source>
        <translation>秋季学期</translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation>春季学期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Change (yuan)</source>
        <translation>调整金额（元）</translation>
    </message>
    <message>
        <source>Added to the confirmed amount; negative to take some off.</source>
        <translation>加到已确认金额上；负数表示扣减。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>少发</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>多发</translation>
    </message>
    <message>
        <source>Double claim</source>
        <translation>重复领取</translation>
    </message>
    <message>
        <source>Paid, not entitled</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>临时发放</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Provision not yet recorded</source>
        <translation>提供情况待登记</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; cannot be changed later.</source>
        <translation>小写字母、数字和 _，保存后不能修改。</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Paid each term</source>
        <translation>按学期发放</translation>
    </message>
    <message>
        <source>Half the yearly amount each term; otherwise all of it in the autumn.</source>
        <translation>每学期发放全年金额的一半；否则在秋季学期一次发放全年金额。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Who is entitled</source>
        <translation>资助对象</translation>
    </message>
    <message>
        <source>Amount a year (yuan)</source>
        <translation>每年金额（元）</translation>
    </message>
    <message>
        <source>0 for aid in kind (tuition waiver, textbooks).</source>
        <translation>实物资助（免学杂费、免费教科书）填 0。</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The last day it applies; empty while it still applies.</source>
        <translation>执行的最后一天；仍在执行的留空。</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Empty for a national standard.</source>
        <translation>国家标准留空。</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>The student or guardian who received it (signs the list).</source>
        <translation>领取资助的学生或监护人（在发放名单上签字）。</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>{value} is not a school year (for example 2025-2026).</source>
        <translation>{value} 不是有效学年（例如 2025-2026）。</translation>
    </message>
    <message>
        <source>The term must be 1 (autumn) or 2 (spring).</source>
        <translation>学期必须为 1（秋季）或 2（春季）。</translation>
    </message>
    <message>
        <source>{value} is not a term (for example 2025-2026/1).</source>
        <translation>{value} 不是学期（例如 2025-2026/1）。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Please correct: {errors}</source>
        <translation>请更正：{errors}</translation>
    </message>
    <message>
        <source>The code must be 2 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>代码须由 2 到 40 个小写字母、数字或 _ 组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Another program already has the code {code}.</source>
        <translation>代码 {code} 已被其他资助项目使用。</translation>
    </message>
    <message>
        <source>The code of a program cannot be changed.</source>
        <translation>资助项目的代码不能修改。</translation>
    </message>
    <message>
        <source>The amount must be between 0 and {limit} yuan.</source>
        <translation>金额必须在 0 到 {limit} 元之间。</translation>
    </message>
    <message>
        <source>The validity ends before it starts.</source>
        <translation>截止日期早于生效日期。</translation>
    </message>
    <message>
        <source>The program was not found.</source>
        <translation>找不到该资助项目。</translation>
    </message>
    <message>
        <source>This overlaps the standard valid {start} to {end} for the same stage, condition and province.</source>
        <translation>与同一学段、资助对象和省份的现有标准（{start} 至 {end}）时间重叠。</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未截止）</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>The amount must be at most {limit} yuan.</source>
        <translation>金额不能超过 {limit} 元。</translation>
    </message>
    <message>
        <source>The date paid cannot be in the future or before 2000.</source>
        <translation>发放日期不能晚于今天，也不能早于 2000 年。</translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation>请选择学生。</translation>
    </message>
    <message>
        <source>The student was not found.</source>
        <translation>找不到该学生。</translation>
    </message>
    <message>
        <source>The program {name} is not active.</source>
        <translation>资助项目“{name}”未启用。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Generating demo data: {done} of {total} students</source>
        <translation>正在生成演示数据：{done}/{total} 名学生</translation>
    </message>
    <message>
        <source>The demo ledger can have 0 to {limit} students.</source>
        <translation>演示台账可有 0 到 {limit} 名学生。</translation>
    </message>
    <message>
        <source>The demo township can have 1 to {limit} schools.</source>
        <translation>演示乡镇可设 1 到 {limit} 所学校。</translation>
    </message>
    <message>
        <source>import a roster, export the list</source>
        <translation>导入花名册、导出学生名单</translation>
    </message>
    <message>
        <source>import students from an Excel roster</source>
        <translation>从 Excel 花名册导入学生</translation>
    </message>
    <message>
        <source>the roster (.xlsx)</source>
        <translation>花名册文件（.xlsx）</translation>
    </message>
    <message>
        <source>take in the county's category lists</source>
        <translation>导入县里的类别名单</translation>
    </message>
    <message>
        <source>match a county list of ID numbers against the ledger</source>
        <translation>按身份证号将县里的名单与台账比对</translation>
    </message>
    <message>
        <source>the county's list (.xlsx)</source>
        <translation>县里的名单（.xlsx）</translation>
    </message>
    <message>
        <source>the category, by its Chinese name or its key</source>
        <translation>类别（中文名称或代码）</translation>
    </message>
    <message>
        <source>the list's date (YYYY-MM-DD)</source>
        <translation>名单日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the sheet (default: the first)</source>
        <translation>工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>check and report only; write nothing</source>
        <translation>只检查并报告，不写入任何数据</translation>
    </message>
    <message>
        <source>files for the national systems</source>
        <translation>导出国家系统所需文件</translation>
    </message>
    <message>
        <source>the student aid system's family economic information template</source>
        <translation>全国学生资助管理信息系统家庭经济信息模板</translation>
    </message>
    <message>
        <source>school year, e.g. 2025-2026</source>
        <translation>学年，如 2025-2026</translation>
    </message>
    <message>
        <source>the civil affairs register of rural left-behind children</source>
        <translation>民政农村留守儿童基本情况登记表</translation>
    </message>
    <message>
        <source>the aid payments of a term</source>
        <translation>一个学期的资助发放名单</translation>
    </message>
    <message>
        <source>Give the list's date with --as-of YYYY-MM-DD.</source>
        <translation>请用 --as-of YYYY-MM-DD 给出名单日期。</translation>
    </message>
    <message>
        <source>  {school}: {gains} gain, {keeps} keep, {losses} lose</source>
        <translation>  {school}：新增 {gains}，保持 {keeps}，取消 {losses}</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>  Not changed: {name}, {why}</source>
        <translation>  未更改：{name}，{why}</translation>
    </message>
    <message>
        <source>On the list but in no school of this ledger (follow up):</source>
        <translation>在名单上但不在本台账任何学校（需跟进）：</translation>
    </message>
    <message>
        <source>ID numbers that cannot be read:</source>
        <translation>无法识别的身份证号：</translation>
    </message>
    <message>
        <source>Left out: {line}</source>
        <translation>未列入：{line}</translation>
    </message>
    <message>
        <source>{count} rows are incomplete; nothing was written:</source>
        <translation>{count} 行信息不全，未写入任何内容：</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>已写入 {count} 行：{path}。</translation>
    </message>
    <message>
        <source>import the valid rows and leave out the invalid ones</source>
        <translation>导入正确的行，跳过有误的行</translation>
    </message>
    <message>
        <source>leave students already in the ledger as they are</source>
        <translation>台账中已有的学生保持不变</translation>
    </message>
    <message>
        <source>the school's code (township mode)</source>
        <translation>学校标识码（乡镇中心学校模式）</translation>
    </message>
    <message>
        <source>export the student list to Excel</source>
        <translation>将学生名单导出到 Excel</translation>
    </message>
    <message>
        <source>the .xlsx file</source>
        <translation>.xlsx 文件</translation>
    </message>
    <message>
        <source>print archive forms to a PDF file</source>
        <translation>把档案表格打印为 PDF 文件</translation>
    </message>
    <message>
        <source>which form</source>
        <translation>哪一种表格</translation>
    </message>
    <message>
        <source>the PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>name, pinyin, ID or student number</source>
        <translation>姓名、拼音、身份证号或学籍号</translation>
    </message>
    <message>
        <source>only this stage (code or name)</source>
        <translation>仅限此学段（代码或名称）</translation>
    </message>
    <message>
        <source>only this grade</source>
        <translation>只要这个年级</translation>
    </message>
    <message>
        <source>only this class</source>
        <translation>只要这个班级</translation>
    </message>
    <message>
        <source>a student's name, ID number or student number (may be repeated)</source>
        <translation>学生的姓名、身份证号或学籍号（可重复使用）</translation>
    </message>
    <message>
        <source>the pairing record of this teacher</source>
        <translation>这位教师的结对帮扶记录</translation>
    </message>
    <message>
        <source>the aid program (sign-off sheet)</source>
        <translation>资助项目（签领表）</translation>
    </message>
    <message>
        <source>the school year (sign-off sheet)</source>
        <translation>学年（签领表）</translation>
    </message>
    <message>
        <source>the institution pairing (pairing file)</source>
        <translation>结对单位（帮扶档案）</translation>
    </message>
    <message>
        <source>the letter or meeting whose letters to print</source>
        <translation>要打印信件的致家长信或会议</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}：{count}</translation>
    </message>
    <message>
        <source>Due {due} yuan, paid {paid} yuan, {flagged} rows need attention.</source>
        <translation>应发 {due} 元，已发 {paid} 元，{flagged} 条需要处理。</translation>
    </message>
    <message>
        <source>{count} schools have no confirmed list: their due is computed now.</source>
        <translation>{count} 所学校没有已确认名单：其应发金额为当前计算。</translation>
    </message>
    <message>
        <source>the school year, e.g. 2026-2027</source>
        <translation>学年，例如 2026-2027</translation>
    </message>
    <message>
        <source>1 autumn, 2 spring</source>
        <translation>1 秋季学期，2 春季学期</translation>
    </message>
    <message>
        <source>the school's code</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <source>term lists, sheets, bank detail, reconciliation</source>
        <translation>发放名单、签领表、银行发放明细、核对</translation>
    </message>
    <message>
        <source>prepare a term's list (aid officer)</source>
        <translation>编制本学期发放名单（资助专干）</translation>
    </message>
    <message>
        <source>confirm a term's list (principal)</source>
        <translation>确认本学期发放名单（校长）</translation>
    </message>
    <message>
        <source>correct a confirmed list, with a reason</source>
        <translation>调整已确认名单，须注明原因</translation>
    </message>
    <message>
        <source>name, ID or student number</source>
        <translation>姓名、身份证号或学籍号</translation>
    </message>
    <message>
        <source>the program's code or name</source>
        <translation>资助项目代码或名称</translation>
    </message>
    <message>
        <source>yuan to add (negative: take off)</source>
        <translation>增加的金额（元，负数为扣减）</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>record a whole signed sheet as paid</source>
        <translation>将整张已签领的表登记为已发放</translation>
    </message>
    <message>
        <source>the day it was paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>bank_card, cash, …</source>
        <translation>bank_card（银行卡）、cash（现金）…</translation>
    </message>
    <message>
        <source>a child not paid (repeat for more)</source>
        <translation>未发放的学生（可重复）</translation>
    </message>
    <message>
        <source>who handed it over</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>import the bank's payment detail</source>
        <translation>导入银行发放明细</translation>
    </message>
    <message>
        <source>the bank's Excel file</source>
        <translation>银行的 Excel 文件</translation>
    </message>
    <message>
        <source>the program, when the file does not say</source>
        <translation>资助项目（文件中未注明时）</translation>
    </message>
    <message>
        <source>check and report only</source>
        <translation>只检查并报告</translation>
    </message>
    <message>
        <source>record meals or aid in kind as provided</source>
        <translation>登记供餐或实物资助已提供</translation>
    </message>
    <message>
        <source>meal days served</source>
        <translation>供餐天数</translation>
    </message>
    <message>
        <source>due against paid; exit 1 on problems</source>
        <translation>核对应发与实发；有问题时退出码为 1</translation>
    </message>
    <message>
        <source>at most this many rows</source>
        <translation>最多显示的行数</translation>
    </message>
    <message>
        <source>the term's payments as Excel</source>
        <translation>导出本学期发放记录为 Excel</translation>
    </message>
    <message>
        <source>the .xlsx to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>查看或修改设置</translation>
    </message>
    <message>
        <source>show a setting (all without KEY)</source>
        <translation>显示设置（不写 KEY 则全部显示）</translation>
    </message>
    <message>
        <source>change a setting (principal)</source>
        <translation>修改设置（校长）</translation>
    </message>
    <message>
        <source>empty text returns to the default</source>
        <translation>留空则恢复默认</translation>
    </message>
    <message>
        <source>{school}: list prepared, {rows} rows, {total} yuan in cash.</source>
        <translation>{school}：名单已编制，{rows} 行，现金 {total} 元。</translation>
    </message>
    <message>
        <source>{school}: list confirmed, {rows} rows, {total} yuan in cash.</source>
        <translation>{school}：名单已确认，{rows} 行，现金 {total} 元。</translation>
    </message>
    <message>
        <source>Adjustment recorded.</source>
        <translation>调整已登记。</translation>
    </message>
    <message>
        <source>{count} payments recorded, {total} yuan.</source>
        <translation>已登记 {count} 笔发放，共 {total} 元。</translation>
    </message>
    <message>
        <source>Already paid, left as they were: {names}</source>
        <translation>已发放，未重复登记：{names}</translation>
    </message>
    <message>
        <source>Not paid (exceptions): {names}</source>
        <translation>未发放（例外）：{names}</translation>
    </message>
    <message>
        <source>{matched} rows matched ({new} new, {old} already recorded), {bad} not.</source>
        <translation>匹配 {matched} 行（新 {new} 行，已登记 {old} 行），未匹配 {bad} 行。</translation>
    </message>
    <message>
        <source>Row {row}: {name} paid {paid} yuan, due {due} yuan.</source>
        <translation>第 {row} 行：{name} 实发 {paid} 元，应发 {due} 元。</translation>
    </message>
    <message>
        <source>{count} payments recorded.</source>
        <translation>已登记 {count} 笔发放。</translation>
    </message>
    <message>
        <source>{school}: recorded as provided.</source>
        <translation>{school}：已登记为已提供。</translation>
    </message>
    <message>
        <source>{count} payments written to {path}.</source>
        <translation>{count} 笔发放记录已写入 {path}。</translation>
    </message>
    <message>
        <source>print ID numbers in full (masked on every form but the archive card)</source>
        <translation>打印完整身份证号（除档案卡外，其他表格默认隐去）</translation>
    </message>
    <message>
        <source>mask ID numbers on the archive card too</source>
        <translation>档案卡上也隐去身份证号</translation>
    </message>
    <message>
        <source>{pages} pages written to {path}.</source>
        <translation>已写入 {pages} 页：{path}。</translation>
    </message>
    <message>
        <source>{count} activities match {text}.</source>
        <translation>有 {count} 项活动与 {text} 相符。</translation>
    </message>
    <message>
        <source>{count} students match {text}.</source>
        <translation>有 {count} 名学生与“{text}”相符。</translation>
    </message>
    <message>
        <source>No aid program {code}.</source>
        <translation>没有资助项目 {code}。</translation>
    </message>
    <message>
        <source>{count} teachers match {text}.</source>
        <translation>有 {count} 名教师与“{text}”相符。</translation>
    </message>
    <message>
        <source>only this school (10-digit code)</source>
        <translation>仅限此学校（10 位学校标识码）</translation>
    </message>
    <message>
        <source>write a blank roster to fill in</source>
        <translation>生成待填写的空白花名册</translation>
    </message>
    <message>
        <source>No school with the code {code}.</source>
        <translation>没有学校标识码为 {code} 的学校。</translation>
    </message>
    <message>
        <source>In township mode, say which school with --school CODE.</source>
        <translation>乡镇中心学校模式下，请用 --school CODE 指定学校。</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: header in row {row}.</source>
        <translation>{file}，工作表“{sheet}”：表头在第 {row} 行。</translation>
    </message>
    <message>
        <source>Other sheets list children too: {sheets}. Import each with --sheet NAME.</source>
        <translation>其他工作表也列有学生：{sheets}。请逐个用 --sheet 工作表名 导入。</translation>
    </message>
    <message>
        <source>No student rows found below the header.</source>
        <translation>表头下方没有找到学生数据行。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above, or use --skip-invalid.</source>
        <translation>未导入任何数据：请更正上述各行，或使用 --skip-invalid。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>the new-school-year step</source>
        <translation>新学年升级</translation>
    </message>
    <message>
        <source>show every child's move; write nothing</source>
        <translation>列出每个学生的变动；不写入</translation>
    </message>
    <message>
        <source>back up, then move every child into the new year</source>
        <translation>先备份，再把每个学生升入新学年</translation>
    </message>
    <message>
        <source>e.g. 2027-2028</source>
        <translation>例如 2027-2028</translation>
    </message>
    <message>
        <source>a child who repeats, transfers out or is suspended: repeat, transfer_out, suspend (may be given more than once)</source>
        <translation>留级、转出或休学的学生：repeat、transfer_out、suspend（可多次给出）</translation>
    </message>
    <message>
        <source>hand a child who leaves over to this school of the township</source>
        <translation>把离校学生移交给本镇这所学校</translation>
    </message>
    <message>
        <source>hand every graduate over to this school of the township</source>
        <translation>把所有毕业生移交给本镇这所学校</translation>
    </message>
    <message>
        <source>assessments of the school year</source>
        <translation>本学年的家庭经济困难认定</translation>
    </message>
    <message>
        <source>list this school year's assessments</source>
        <translation>列出本学年的认定</translation>
    </message>
    <message>
        <source>the school year (default: current)</source>
        <translation>学年（默认：当前学年）</translation>
    </message>
    <message>
        <source>only children not yet assessed; exit 1 if any</source>
        <translation>只列尚未认定的学生；有则退出码为 1</translation>
    </message>
    <message>
        <source>No child with the ID number {value}.</source>
        <translation>没有身份证号为 {value} 的学生。</translation>
    </message>
    <message>
        <source>{count} pairings of children who left were ended.</source>
        <translation>已结束离校学生的 {count} 个结对。</translation>
    </message>
    <message>
        <source>A backup was taken first: {path}</source>
        <translation>导入前已做备份：{path}</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>尚未认定</translation>
    </message>
    <message>
        <source>{count} children not yet assessed in {year}.</source>
        <translation>{year} 学年尚有 {count} 名学生未认定。</translation>
    </message>
    <message>
        <source>{count} children.</source>
        <translation>共 {count} 名学生。</translation>
    </message>
    <message>
        <source>Say which class with --class NAME.</source>
        <translation>请用 --class 班级名 指定班级。</translation>
    </message>
    <message>
        <source>{count} children printed to {path}.</source>
        <translation>已将 {count} 名学生打印到 {path}。</translation>
    </message>
    <message>
        <source>children who left unconfirmed or study elsewhere; exit 1 if overdue</source>
        <translation>离校未确认去向或在外就读的学生；有逾期则退出码为 1</translation>
    </message>
    <message>
        <source>as of (default: today)</source>
        <translation>截至日期（默认：今天）</translation>
    </message>
    <message>
        <source>only this school</source>
        <translation>只看本校</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{count} children to follow up, {overdue} overdue.</source>
        <translation>需跟进 {count} 名学生，其中逾期 {overdue} 名。</translation>
    </message>
    <message>
        <source>{value} is not a stage.</source>
        <translation>{value} 不是有效学段。</translation>
    </message>
    <message>
        <source>{count} students written to {path}.</source>
        <translation>已将 {count} 名学生写入 {path}。</translation>
    </message>
    <message>
        <source>Blank roster written to {path}.</source>
        <translation>空白花名册已写入 {path}。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>打印日期：{date}</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈心</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Talks and calls</source>
        <translation>谈心和通话</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <source>Family calls</source>
        <translation>亲情电话</translation>
    </message>
    <message>
        <source>Growth diary</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Autumn term {year}</source>
        <translation>{year}年秋季学期</translation>
    </message>
    <message>
        <source>Spring term {year}</source>
        <translation>{year}年春季学期</translation>
    </message>
    <message>
        <source>Grade {grade} {class_name}</source>
        <translation>{grade}年级{class_name}</translation>
    </message>
    <message>
        <source>for the schoolbag</source>
        <translation>书包卡（学生随身）</translation>
    </message>
    <message>
        <source>for the guardian's wall</source>
        <translation>张贴卡（监护人家中）</translation>
    </message>
    <message>
        <source>Cut along the dashed lines</source>
        <translation>请沿虚线剪开</translation>
    </message>
    <message>
        <source>Emergency: police 110, ambulance 120, fire 119</source>
        <translation>紧急电话：报警 110  急救 120  火警 119</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>学校电话</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>Student Aid Archive Card</source>
        <translation>学生资助档案卡</translation>
    </message>
    <message>
        <source>Aid Payment Sign-off Sheet</source>
        <translation>资助发放签领表</translation>
    </message>
    <message>
        <source>Pairing Assistance Record</source>
        <translation>结对帮扶记录表</translation>
    </message>
    <message>
        <source>Left-behind Child Growth Record</source>
        <translation>留守儿童成长档案</translation>
    </message>
    <message>
        <source>Student Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Contact Card</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <source>Institution Pairing Assistance File</source>
        <translation>结对帮扶档案</translation>
    </message>
    <message>
        <source>Letter to Parents</source>
        <translation>致家长的一封信</translation>
    </message>
    <message>
        <source>Term Inspection Report</source>
        <translation>学期督导通报</translation>
    </message>
    <message>
        <source>Aid Payment Notice</source>
        <translation>学生资助告知书</translation>
    </message>
    <message>
        <source>Paired teacher</source>
        <translation>帮扶教师</translation>
    </message>
    <message>
        <source>Assistance plan</source>
        <translation>帮扶计划</translation>
    </message>
    <message>
        <source>Visit records</source>
        <translation>帮扶（家访）记录</translation>
    </message>
    <message>
        <source>Visit {n}</source>
        <translation>第 {n} 次帮扶</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>暂无帮扶记录。</translation>
    </message>
    <message>
        <source>Teacher (signature)</source>
        <translation>帮扶教师签字</translation>
    </message>
    <message>
        <source>Parent or guardian (signature)</source>
        <translation>家长（监护人）签字</translation>
    </message>
    <message>
        <source>(restricted: only the child's teachers read this)</source>
        <translation>（内容受限：仅该生的帮扶教师可查看）</translation>
    </message>
    <message>
        <source>Left-behind status began on {date}; it cannot end earlier.</source>
        <translation>留守状态自 {date} 开始，结束日期不能早于该日。</translation>
    </message>
    <message>
        <source>A parent came home</source>
        <translation>父母返乡</translation>
    </message>
    <message>
        <source>The date {date} is in the future: write it down on or after the day.</source>
        <translation>日期 {date} 在未来：请在当天或之后再记录。</translation>
    </message>
    <message>
        <source>Diary: {category}</source>
        <translation>成长日记：{category}</translation>
    </message>
    <message>
        <source>Family call: {who}, {minutes} min</source>
        <translation>亲情电话：{who}，{minutes} 分钟</translation>
    </message>
    <message>
        <source>Left behind from this day</source>
        <translation>自本日起为留守儿童</translation>
    </message>
    <message>
        <source>No longer left behind</source>
        <translation>不再是留守儿童</translation>
    </message>
    <message>
        <source>This teacher is already paired with the student for these dates.</source>
        <translation>该教师在这段时间内已与该学生结对。</translation>
    </message>
    <message>
        <source>Please choose at least one student.</source>
        <translation>请至少选择一名学生。</translation>
    </message>
    <message>
        <source>{name} already looks after this child: choose another teacher.</source>
        <translation>{name} 已经在帮扶这名学生，请选择另一位教师。</translation>
    </message>
    <message>
        <source>The handover must be after the pairing started ({date}).</source>
        <translation>移交日期必须晚于结对开始日期（{date}）。</translation>
    </message>
    <message>
        <source>{form}: {done} of {total}</source>
        <translation>{form}：{done} / {total}</translation>
    </message>
    <message>
        <source>There is nothing to print for this choice.</source>
        <translation>所选范围内没有可打印的内容。</translation>
    </message>
    <message>
        <source>Choose the aid program, school year and term of the sign-off sheet.</source>
        <translation>请选择签领表的资助项目、学年和学期。</translation>
    </message>
    <message>
        <source>The font has no glyph for these characters; they print as empty boxes, write them in by hand: {chars}</source>
        <translation>字体中没有以下字符，打印出来是空白方框，请手工补写：{chars}</translation>
    </message>
    <message>
        <source>Choose the school year and term of the payment notices.</source>
        <translation>请选择告知书的学年和学期。</translation>
    </message>
    <message>
        <source>Choose the students, a teacher or a pairing for the pairing record.</source>
        <translation>请为结对帮扶记录表选择学生、教师或结对关系。</translation>
    </message>
    <message>
        <source>Choose the institution pairing whose file to print.</source>
        <translation>请选择要打印帮扶档案的结对。</translation>
    </message>
    <message>
        <source>Choose the letter or meeting whose letters to print.</source>
        <translation>请选择要打印信件的致家长信或会议。</translation>
    </message>
    <message>
        <source>Choose the school year and term of the inspection report.</source>
        <translation>请选择督导通报的学年和学期。</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <source>Meals cannot be recorded for a day to come.</source>
        <translation>不能登记将来日期的用餐。</translation>
    </message>
    <message>
        <source>Please choose the school.</source>
        <translation>请选择学校。</translation>
    </message>
    <message>
        <source>The class has no pupils enrolled.</source>
        <translation>该班没有在读学生。</translation>
    </message>
    <message>
        <source>A pupil marked absent is not in the class.</source>
        <translation>标为未用餐的学生不在本班。</translation>
    </message>
    <message>
        <source>The visit date {date} is in the future.</source>
        <translation>帮扶日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The next follow-up must not be before the visit.</source>
        <translation>下次回访日期不能早于本次帮扶日期。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Column {column} holds {value} characters, more than a cell can.</source>
        <translation>{column} 列有 {value} 个字符，超过一个单元格的容量。</translation>
    </message>
    <message>
        <source>Column {column} holds the number {value} where the program wrote text. A spreadsheet program changed the cell (ID numbers lose digits this way).</source>
        <translation>{column} 列中是数字 {value}，而程序写入的是文本。单元格被表格软件改过（身份证号就是这样丢失末尾数字的）。</translation>
    </message>
    <message>
        <source>Column {column} holds {value} where 是 or 否 belongs.</source>
        <translation>{column} 列中的“{value}”应为“是”或“否”。</translation>
    </message>
    <message>
        <source>Column {column} is empty but must hold a number.</source>
        <translation>{column} 列为空，但必须填写数字。</translation>
    </message>
    <message>
        <source>Column {column} holds {value} where a number belongs.</source>
        <translation>{column} 列中的“{value}”应为数字。</translation>
    </message>
    <message>
        <source>Column {column} is empty but must hold an amount.</source>
        <translation>{column} 列为空，但必须填写金额。</translation>
    </message>
    <message>
        <source>Column {column} holds {value} where an amount belongs.</source>
        <translation>{column} 列中的“{value}”应为金额。</translation>
    </message>
    <message>
        <source>Column {column} is empty but must hold a date.</source>
        <translation>{column} 列为空，但必须填写日期。</translation>
    </message>
    <message>
        <source>Column {column} holds {value} where a date belongs.</source>
        <translation>{column} 列中的“{value}”应为日期。</translation>
    </message>
    <message>
        <source>Column {column} holds {value} where a time belongs.</source>
        <translation>{column} 列中的“{value}”应为时间。</translation>
    </message>
    <message>
        <source>Column {column} holds {value}, not a version.</source>
        <translation>{column} 列中的“{value}”不是版本号。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>Kind of package</source>
        <translation>同步包类型</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Package ID</source>
        <translation>同步包编号</translation>
    </message>
    <message>
        <source>Created at (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <source>Sending installation</source>
        <translation>发送方安装编号</translation>
    </message>
    <message>
        <source>Sender's role</source>
        <translation>发送方角色</translation>
    </message>
    <message>
        <source>Fingerprint of the receiver's key</source>
        <translation>接收方密钥指纹码</translation>
    </message>
    <message>
        <source>Sender's signing key (Ed25519, public)</source>
        <translation>发送方签名公钥（Ed25519）</translation>
    </message>
    <message>
        <source>Sender's sealing key (X25519, public)</source>
        <translation>发送方加密公钥（X25519）</translation>
    </message>
    <message>
        <source>Signature (Ed25519)</source>
        <translation>签名（Ed25519）</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Receiver's role</source>
        <translation>接收方角色</translation>
    </message>
    <message>
        <source>Receiver's code</source>
        <translation>接收方代码</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Sequence number on this route</source>
        <translation>本线路序号</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>完整导出</translation>
    </message>
    <message>
        <source>Acknowledged by the receiver before (version vector)</source>
        <translation>接收方此前已确认（版本向量）</translation>
    </message>
    <message>
        <source>Held by the sender (version vector)</source>
        <translation>发送方已有（版本向量）</translation>
    </message>
    <message>
        <source>Packages received from the receiver</source>
        <translation>已收到的接收方同步包</translation>
    </message>
    <message>
        <source>Last sequence number received from the receiver</source>
        <translation>从接收方收到的最后一个序号</translation>
    </message>
    <message>
        <source>Diary text and counselling notes included</source>
        <translation>含成长日记内容和心理辅导记录</translation>
    </message>
    <message>
        <source>Sheets, row counts and SHA-256</source>
        <translation>工作表、行数和 SHA-256</translation>
    </message>
    <message>
        <source>Sender's audit log: last row and its SHA-256 chain hash</source>
        <translation>发送方审计日志：最后一条及其 SHA-256 链哈希</translation>
    </message>
    <message>
        <source>How long data is kept (the county's rule, from the township)</source>
        <translation>数据保存期限（县里的规定，由乡镇下发）</translation>
    </message>
    <message>
        <source>{name} is not a sync package: it looks like a roster of students. Import it under 学生档案 (Import roster…).</source>
        <translation>{name} 不是同步包，看起来是学生花名册：请在“学生档案”中用“导入花名册…”导入。</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook but not a sync package of this program.</source>
        <translation>{name} 是 Excel 工作簿，但不是本程序的同步包。</translation>
    </message>
    <message>
        <source>{name} was made by an older version of the program (package format {found}). Packages before format {signed} were signed with a key that travelled in the packages themselves, so anyone who saw one could forge them: they are no longer imported, not even for a transition. Ask the sender to install this version, to have the keys enrolled (Sync &gt; Keys) and to export again. Nothing was imported.</source>
        <translation>{name} 是旧版本程序制作的同步包（包格式 {found}）。格式 {signed} 之前的同步包用随包传递的密钥签名，见过一个包的人就能伪造，因此不再导入，过渡期也不例外。请发送方安装本版本，双方登记密钥（同步 &gt; 密钥与登记）后重新导出。未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} was signed with a key that travelled in the packages themselves (a test version of the program): it is not imported. Ask the sender to install this version, to have the keys enrolled (Sync &gt; Keys) and to export again. Nothing was imported.</source>
        <translation>{name} 用随包传递的密钥签名（程序的测试版本所写），不予导入。请发送方安装本版本，双方登记密钥（同步 &gt; 密钥与登记）后重新导出。未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of the program. Please upgrade the program.</source>
        <translation>{name} 由更新版本的程序生成。请升级程序。</translation>
    </message>
    <message>
        <source>{name} was made with a newer ledger (schema {found}; this program knows {known}). Please upgrade the program, then import it again.</source>
        <translation>{name} 来自更新的台账（结构版本 {found}，本程序为 {known}）。请升级程序后再导入。</translation>
    </message>
    <message>
        <source>The manifest of {name} was changed or is damaged ({key}). Ask for the package again.</source>
        <translation>{name} 的清单被改动或已损坏（{key}）。请对方重新发送同步包。</translation>
    </message>
    <message>
        <source>{name} holds a kind of record this program does not know (sheet {sheet}): it was made by a newer version. Please update the program, then import it again. Nothing was imported.</source>
        <translation>{name} 含有本程序不认识的记录类别（工作表“{sheet}”）：它由更新版本的程序生成。请先升级程序，再重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} holds information this program does not know (column {column} of sheet {sheet}): it was made by a newer version. Please update the program, then import it again. Nothing was imported.</source>
        <translation>{name} 含有本程序不认识的信息（工作表“{sheet}”第 {column} 列）：它由更新版本的程序生成。请先升级程序，再重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} has {found} rows, but the package was written with {expected}. Rows were added or removed by hand; ask for the package again.</source>
        <translation>{name} 的工作表 {sheet} 有 {found} 行，但导出时为 {expected} 行。有人手工增删了行；请对方重新发送同步包。</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name}, row {row}: {problem}</source>
        <translation>{name} 的工作表 {sheet} 第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} was changed after the package was written: its content does not match the manifest. Nothing was imported; ask for the package again.</source>
        <translation>{name} 的工作表 {sheet} 在导出后被改动过：内容与清单不符。未导入任何内容；请对方重新发送同步包。</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} holds far more than the package was written with ({found} rows, {megabytes} MB, where {expected} rows were written). It was not read; ask the sender for the package again.</source>
        <translation>{name} 的工作表“{sheet}”远大于同步包写出时的内容（{found} 行、{megabytes} MB，写出时为 {expected} 行）。未读取该文件；请向发送方重新索取同步包。</translation>
    </message>
    <message>
        <source>{name} is sealed: only the ledger it was sealed for can open it.</source>
        <translation>{name} 已密封，只有指定的接收方台账才能打开。</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <source>Aid programs</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Aid standards</source>
        <translation>资助标准</translation>
    </message>
    <message>
        <source>Aid payments</source>
        <translation>资助发放记录</translation>
    </message>
    <message>
        <source>Aid term lists</source>
        <translation>资助发放名单</translation>
    </message>
    <message>
        <source>Aid term list rows</source>
        <translation>资助发放名单明细</translation>
    </message>
    <message>
        <source>Aid adjustments</source>
        <translation>资助名单调整</translation>
    </message>
    <message>
        <source>Aid provided in kind</source>
        <translation>资助实物提供</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Left-behind profiles</source>
        <translation>留守儿童档案</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Institution pairings</source>
        <translation>城乡结对</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activity teachers</source>
        <translation>活动参加教师</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Meal register</source>
        <translation>用餐登记台账</translation>
    </message>
    <message>
        <source>Growth measurements</source>
        <translation>营养状况（身高体重）</translation>
    </message>
    <message>
        <source>Schools of the township</source>
        <translation>本镇学校</translation>
    </message>
    <message>
        <source>Children handed over</source>
        <translation>交接学生</translation>
    </message>
    <message>
        <source>Records of children handed over</source>
        <translation>交接学生的档案记录</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Version (do not edit)</source>
        <translation>版本（请勿修改）</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Field versions (do not edit)</source>
        <translation>字段版本（请勿修改）</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>最少次数</translation>
    </message>
    <message>
        <source>Activity record ID</source>
        <translation>活动记录ID</translation>
    </message>
    <message>
        <source>Institution pairing record ID</source>
        <translation>结对记录ID</translation>
    </message>
    <message>
        <source>Keeps aid until</source>
        <translation>继续享受至</translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation>提供方式</translation>
    </message>
    <message>
        <source>Term list record ID</source>
        <translation>发放名单记录ID</translation>
    </message>
    <message>
        <source>Reference day</source>
        <translation>认定基准日</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Aid standard record ID</source>
        <translation>资助标准记录ID</translation>
    </message>
    <message>
        <source>Amount a year (fen)</source>
        <translation>年标准（分）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Student's name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>调整人</translation>
    </message>
    <message>
        <source>Meal days</source>
        <translation>供餐天数</translation>
    </message>
    <message>
        <source>Provided on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Receiving school code</source>
        <translation>接收学校标识码</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Handover decided on</source>
        <translation>交接处理日期</translation>
    </message>
    <message>
        <source>Receiving school's note</source>
        <translation>接收学校说明</translation>
    </message>
    <message>
        <source>Departure record ID</source>
        <translation>离校记录编号</translation>
    </message>
    <message>
        <source>Student record ID at the sending school</source>
        <translation>移出学校的学生记录编号</translation>
    </message>
    <message>
        <source>Sending school code</source>
        <translation>移出学校标识码</translation>
    </message>
    <message>
        <source>Stage there</source>
        <translation>原学段</translation>
    </message>
    <message>
        <source>Grade there</source>
        <translation>原年级</translation>
    </message>
    <message>
        <source>Class there</source>
        <translation>原班级</translation>
    </message>
    <message>
        <source>Stage here</source>
        <translation>本校学段</translation>
    </message>
    <message>
        <source>Grade here</source>
        <translation>本校年级</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Handover record ID</source>
        <translation>交接记录编号</translation>
    </message>
    <message>
        <source>Record ID at the sending school</source>
        <translation>移出学校的记录编号</translation>
    </message>
    <message>
        <source>Record (do not edit)</source>
        <translation>记录内容（请勿修改）</translation>
    </message>
    <message>
        <source>For pairings</source>
        <translation>用于结对</translation>
    </message>
    <message>
        <source>Counts as training</source>
        <translation>计入培训</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Meal date</source>
        <translation>用餐日期</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>餐次</translation>
    </message>
    <message>
        <source>Pupils in the class</source>
        <translation>班级人数</translation>
    </message>
    <message>
        <source>Left-behind children served</source>
        <translation>留守儿童用餐人数</translation>
    </message>
    <message>
        <source>Needy children served</source>
        <translation>困难学生用餐人数</translation>
    </message>
    <message>
        <source>Left-behind and needy children who ate (record IDs)</source>
        <translation>用餐的留守及困难学生（记录ID）</translation>
    </message>
    <message>
        <source>Pupils who did not eat (record IDs)</source>
        <translation>未用餐学生（记录ID）</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Resolved on the other side</source>
        <translation>已在对方处理</translation>
    </message>
    <message>
        <source>Kept: {place}</source>
        <translation>已保留：{place}</translation>
    </message>
    <message>
        <source>Only the principal, the aid officer or the township clears conflicts.</source>
        <translation>只有校长、资助负责人或乡镇中心学校处理冲突。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Township central school (here)</source>
        <translation>乡镇中心学校（本机）</translation>
    </message>
    <message>
        <source>A school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>This school ({name})</source>
        <translation>本校（{name}）</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong PIN or name</source>
        <translation>口令或姓名错误</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>窗口锁定</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>账号变更</translation>
    </message>
    <message>
        <source>PIN set with the recovery code</source>
        <translation>用恢复码重设口令</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Read diary or counselling text</source>
        <translation>查阅成长日记或心理辅导内容</translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>Coverage read</source>
        <translation>查阅覆盖情况</translation>
    </message>
    <message>
        <source>County list previewed</source>
        <translation>预览县级名单</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>County report written</source>
        <translation>生成县级报表</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>生成同步包</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>County list imported</source>
        <translation>导入县级名单</translation>
    </message>
    <message>
        <source>School or township enrolled</source>
        <translation>登记学校或乡镇</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Keys exported for a reinstall</source>
        <translation>导出密钥（用于重装）</translation>
    </message>
    <message>
        <source>Keys imported from a reinstall</source>
        <translation>导入密钥（重装后）</translation>
    </message>
    <message>
        <source>Package password made</source>
        <translation>生成同步包密码</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Installation changed</source>
        <translation>修改本机设置</translation>
    </message>
    <message>
        <source>Aid programs seeded</source>
        <translation>初始化资助项目</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Sending of diary text changed</source>
        <translation>修改日记内容是否随包发送</translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Erased at the family's request</source>
        <translation>应家庭要求删除</translation>
    </message>
    <message>
        <source>Retention changed</source>
        <translation>修改保存期限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status change recorded</source>
        <translation>登记状态变化</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>作废发放记录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Term list prepared</source>
        <translation>编制学期发放名单</translation>
    </message>
    <message>
        <source>Adjustment recorded</source>
        <translation>登记调整</translation>
    </message>
    <message>
        <source>Aid in kind recorded</source>
        <translation>登记实物资助</translation>
    </message>
    <message>
        <source>Signed sheet recorded</source>
        <translation>登记签领表</translation>
    </message>
    <message>
        <source>Bank payment detail imported</source>
        <translation>导入银行发放明细</translation>
    </message>
    <message>
        <source>Assessment recorded</source>
        <translation>登记困难认定</translation>
    </message>
    <message>
        <source>Public notice recorded</source>
        <translation>登记公示</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>登记跟进</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>新学年</translation>
    </message>
    <message>
        <source>Handed over to a school</source>
        <translation>移交给学校</translation>
    </message>
    <message>
        <source>Handed-over child taken in</source>
        <translation>接收移交来的学生</translation>
    </message>
    <message>
        <source>Handed-over child not here</source>
        <translation>移交来的学生不在本校</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Records of kind {table} are not known here.</source>
        <translation>本程序不认识这类记录（{table}）。</translation>
    </message>
    <message>
        <source>Choose which version to keep.</source>
        <translation>请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>This conflict was resolved before.</source>
        <translation>此冲突已处理过。</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>修改时间（UTC）</translation>
    </message>
    <message>
        <source>School record ID</source>
        <translation>学校记录编号</translation>
    </message>
    <message>
        <source>Student record ID</source>
        <translation>学生记录编号</translation>
    </message>
    <message>
        <source>Teacher record ID</source>
        <translation>教师记录编号</translation>
    </message>
    <message>
        <source>Pairing record ID</source>
        <translation>结对记录编号</translation>
    </message>
    <message>
        <source>Aid program record ID</source>
        <translation>资助项目记录编号</translation>
    </message>
    <message>
        <source>Name in pinyin</source>
        <translation>姓名拼音</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>About this package</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>A school sends its packages to its own township ({code}).</source>
        <translation>学校只能向本乡镇（{code}）发送同步包。</translation>
    </message>
    <message>
        <source>In township mode, say which school the package is for.</source>
        <translation>乡镇模式下，请指定同步包发往哪所学校。</translation>
    </message>
    <message>
        <source>What this is</source>
        <translation>这是什么</translation>
    </message>
    <message>
        <source>The ledger records of one school, on their way</source>
        <translation>一所学校的台账记录，</translation>
    </message>
    <message>
        <source>between the school and the township central school.</source>
        <translation>在学校与乡镇中心学校之间传递。</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>对方尚未确认的修改</translation>
    </message>
    <message>
        <source>Diary text and counselling notes</source>
        <translation>成长日记内容和心理辅导记录</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>如何导入</translation>
    </message>
    <message>
        <source>Open the ledger program: Sync &gt; Import package.</source>
        <translation>打开台账程序：同步 &gt; 导入同步包。</translation>
    </message>
    <message>
        <source>On the command line: fupin sync import FILE</source>
        <translation>命令行：fupin sync import 文件名</translation>
    </message>
    <message>
        <source>Do not change this file:</source>
        <translation>请勿修改本文件：</translation>
    </message>
    <message>
        <source>one changed cell and the whole package is refused.</source>
        <translation>改动任何一个单元格，整个同步包都会被拒收。</translation>
    </message>
    <message>
        <source>It holds personal information of minors.</source>
        <translation>其中含有未成年人的个人信息。</translation>
    </message>
    <message>
        <source>Keep it safe; delete it from the USB stick after the import.</source>
        <translation>请妥善保管；导入后从U盘中删除。</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>{name} central school</source>
        <translation>{name}中心学校</translation>
    </message>
    <message>
        <source>Education poverty-alleviation ledger: sync package</source>
        <translation>教育扶贫台账 同步包</translation>
    </message>
    <message>
        <source>Reading the package back to check it…</source>
        <translation>正在读回同步包进行核对…</translation>
    </message>
    <message>
        <source>No Excel password was made for {receiver} yet. Make one and print its card first (Sync &gt; Keys, or: fupin sync password --to CODE -o CARD.pdf).</source>
        <translation>尚未为 {receiver} 生成 Excel 密码。请先生成并打印密码卡（同步 &gt; 密钥与登记，或：fupin sync password --to 学校代码 -o 密码卡.pdf）。</translation>
    </message>
    <message>
        <source>The key of {receiver} is not enrolled here, so the package cannot be sealed for it. Enrol its key first (Sync &gt; Keys, or: fupin sync trust), or use the route's Excel password if a clerk must open the package in WPS.</source>
        <translation>本台账尚未登记 {receiver} 的密钥，无法为其密封同步包。请先登记其密钥（同步 &gt; 密钥与登记，或：fupin sync trust）；如需在 WPS 中打开，可改用本线路的 Excel 密码。</translation>
    </message>
    <message>
        <source>The package on the drive differs from what was written.</source>
        <translation>U盘上的同步包与写入的内容不一致。</translation>
    </message>
    <message>
        <source>Package written.</source>
        <translation>同步包已写好。</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写同步包…</translation>
    </message>
    <message>
        <source>sync packages between schools and the township</source>
        <translation>学校与乡镇中心学校之间的同步包</translation>
    </message>
    <message>
        <source>write a sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>everything, not only what was not acknowledged</source>
        <translation>全部导出，而不只是对方尚未确认的部分</translation>
    </message>
    <message>
        <source>the school (township mode)</source>
        <translation>学校（乡镇模式）</translation>
    </message>
    <message>
        <source>read the file back and check it (USB stick)</source>
        <translation>写完后读回并核对（U盘）</translation>
    </message>
    <message>
        <source>import sync packages</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>packages or folders</source>
        <translation>同步包或文件夹</translation>
    </message>
    <message>
        <source>check and preview; write nothing</source>
        <translation>只检查和预览，不写入</translation>
    </message>
    <message>
        <source>write a receipt for each sender into this folder</source>
        <translation>为每个发送方在此文件夹中生成回执</translation>
    </message>
    <message>
        <source>the password of encrypted packages, in this file</source>
        <translation>加密同步包的密码所在的文件</translation>
    </message>
    <message>
        <source>write a receipt (acknowledgement) only</source>
        <translation>只生成回执（确认）</translation>
    </message>
    <message>
        <source>what was sent and received, and conflicts</source>
        <translation>收发情况和冲突</translation>
    </message>
    <message>
        <source>The password file {name} is empty.</source>
        <translation>密码文件 {name} 是空的。</translation>
    </message>
    <message>
        <source>encrypt with the route's Excel password instead of sealing (for WPS)</source>
        <translation>改用本线路的 Excel 密码加密，而不密封（供 WPS 打开）</translation>
    </message>
    <message>
        <source>no longer used: enrol keys with sync trust</source>
        <translation>已不再使用：请用 sync trust 登记密钥</translation>
    </message>
    <message>
        <source>Package {number} written to {path}: {rows} records.</source>
        <translation>第 {number} 号同步包已写入 {path}：{rows} 条记录。</translation>
    </message>
    <message>
        <source>Read back and checked: the drive can be removed.</source>
        <translation>已读回核对：可以拔出U盘。</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>回执已写入 {path}。</translation>
    </message>
    <message>
        <source>--enrol no longer enrols anyone: a principal enrols a sender's key with `fupin sync trust` after comparing its fingerprint.</source>
        <translation>--enrol 不再登记任何发送方：须由校长核对指纹码后用 `fupin sync trust` 登记发送方的密钥。</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{head} {name}: package {number} from {sender}.</source>
        <translation>{head} {name}：来自 {sender} 的第 {number} 号同步包。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A receipt may only be written into {folder}.</source>
        <translation>回执只能写入 {folder}。</translation>
    </message>
    <message>
        <source>Adjusted {amount}: {reason}</source>
        <translation>调整 {amount}：{reason}</translation>
    </message>
    <message>
        <source>{stage}, grade {grade}, {class_name}</source>
        <translation>{stage}{grade}年级{class_name}</translation>
    </message>
    <message>
        <source>Dear guardian of {name}: in the {term} of the school year {year}, {school} paid the aid below to your child, {total} yuan in all, by the standards of the state and the province. Aid is paid by the list the principal confirmed; it is never paid in cash by any other person. If anything is not as written here, please ask {contact}.</source>
        <translation>{name} 同学家长：{year} 学年{term}，{school} 按国家和省的资助标准向您的孩子发放了下列资助，合计 {total} 元。资助按校长确认的名单发放，任何人不得以现金代领或截留。如与本告知书不符，请向{contact}咨询。</translation>
    </message>
    <message>
        <source>the school's aid officer</source>
        <translation>学校资助专干</translation>
    </message>
    <message>
        <source>This package was imported before; importing it again changes nothing.</source>
        <translation>此同步包以前已导入过，再次导入不会有任何改变。</translation>
    </message>
    <message>
        <source>{sender} was installed again with its exported key: the next package to it will hold everything.</source>
        <translation>{sender} 已用导出的密钥重新安装：下一个发给它的同步包将包含全部数据。</translation>
    </message>
    <message>
        <source>Packages {numbers} from {sender} never arrived here.</source>
        <translation>{sender} 的第 {numbers} 号同步包没有收到。</translation>
    </message>
    <message>
        <source>{sender} sent a different package with number {number} before: it was restored from a backup or copied to another computer. Both are imported and nothing is lost; edits of the same field on both sides are listed as conflicts.</source>
        <translation>{sender}之前发来过另一个第 {number} 号同步包：对方台账从备份恢复过，或被复制到了另一台电脑。两个包都已导入，没有丢失任何数据；双方都修改过的同一字段会列为冲突。</translation>
    </message>
    <message>
        <source>This ledger lacks records {sender} believes it has (restored from a backup?). Nothing is lost: send {sender} a package or a receipt, and its next package brings them back.</source>
        <translation>本台账缺少{sender}认为本台账已有的记录（是否从备份恢复过？）。数据没有丢失：给{sender}发一个同步包或回执，对方的下一个同步包会把这些记录带回来。</translation>
    </message>
    <message>
        <source>This package comes from another township ({found}); this ledger belongs to township {expected}. Nothing was imported.</source>
        <translation>此同步包来自其他乡镇（{found}），本台账属于 {expected}。未导入任何内容。</translation>
    </message>
    <message>
        <source>This package was written by this installation itself; it is for the receiver.</source>
        <translation>此同步包是本机自己导出的，应由接收方导入。</translation>
    </message>
    <message>
        <source>This package was written by a township installation; import it at a school.</source>
        <translation>此同步包由乡镇中心学校导出，请在学校导入。</translation>
    </message>
    <message>
        <source>This package was written by another school; only the township imports it.</source>
        <translation>此同步包由另一所学校导出，只能由乡镇中心学校导入。</translation>
    </message>
    <message>
        <source>This package is for school {code} ({name}), not for this school.</source>
        <translation>此同步包是发给学校 {code}（{name}）的，不是发给本校的。</translation>
    </message>
    <message>
        <source>{sender} is not enrolled here. The key of this package has the fingerprint {fingerprint}. If it matches {sender}'s enrolment card, a principal enrols it (Sync &gt; Keys, or: fupin sync trust {peer} --fingerprint ... --from FILE); then import again. Nothing was imported.</source>
        <translation>本台账尚未登记 {sender}。此同步包密钥的指纹码为 {fingerprint}。如与 {sender} 的登记卡一致，请校长登记该密钥（同步 &gt; 密钥与登记，或：fupin sync trust {peer} --fingerprint ... --from 文件），然后重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>This package is signed with another key than the one enrolled for {sender} (new fingerprint {fingerprint}). If {sender} was installed again, a principal compares the fingerprint with {sender} and re-enrols it (Sync &gt; Keys, or: fupin sync trust {peer} --fingerprint ... --from FILE). Nothing was imported.</source>
        <translation>此同步包的签名密钥与已登记的 {sender} 密钥不同（新指纹码 {fingerprint}）。如 {sender} 重新安装了程序，请校长与 {sender} 核对指纹码后重新登记（同步 &gt; 密钥与登记，或：fupin sync trust {peer} --fingerprint ... --from 文件）。未导入任何数据。</translation>
    </message>
    <message>
        <source>This package was made for another key of this ledger (fingerprint {fingerprint}). Ask the sender to enrol this ledger's key again and to export again. Nothing was imported.</source>
        <translation>此同步包是为本台账的另一把密钥制作的（指纹码 {fingerprint}）。请发送方重新登记本台账的密钥并重新导出。未导入任何数据。</translation>
    </message>
    <message>
        <source>The signature of this package does not match {sender}'s key: it was changed after it was written, or not written by {sender}. Nothing was imported.</source>
        <translation>此同步包的签名与 {sender} 的密钥不符：它在导出后被改动过，或并非由 {sender} 导出。未导入任何内容。</translation>
    </message>
    <message>
        <source>A package with this ID was imported before with different content: this copy was altered. Nothing was imported.</source>
        <translation>以前已导入过同一编号但内容不同的同步包：此文件已被改动。未导入任何内容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The package clashes with records of this ledger (the same code under another record?). Nothing was imported.</source>
        <translation>同步包与本台账的记录冲突（同一代码属于另一条记录？）。未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Backing up the ledger before the import…</source>
        <translation>导入前正在备份台账…</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>正在读取同步包…</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: the version {value} is not a version vector.</source>
        <translation>工作表 {sheet} 第 {row} 行：版本“{value}”不是版本向量。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: column {column} refers to a record that is neither in the package nor in this ledger. An earlier package is missing: ask the sender for a full export.</source>
        <translation>工作表 {sheet} 第 {row} 行：{column} 所指的记录既不在同步包中，也不在本台账中。缺少更早的同步包：请让发送方做一次完整导出。</translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation>在读学生</translation>
    </message>
    <message>
        <source>Dear {guardian},

{student} of {class} is a pupil of {school}. The school cares for every child's studies, safety and health, and asks the family to keep in touch with the head teacher, to talk with the child by phone at least once a week, and to tell the school of any change at home.

Thank you for your support.</source>
        <translation>尊敬的{guardian}：

{student}是{school}{class}的学生。学校关心每一个孩子的学习、安全和健康，请您与班主任保持联系，每周至少与孩子通一次电话，家中情况有变化请及时告知学校。

感谢您的支持！</translation>
    </message>
    <message>
        <source>{name}'s parent or guardian</source>
        <translation>{name}的家长</translation>
    </message>
    <message>
        <source>Of them visited at home</source>
        <translation>其中已家访</translation>
    </message>
    <message>
        <source>Entitled children without a pairing</source>
        <translation>应结对未结对儿童</translation>
    </message>
    <message>
        <source>Left-behind children without a proxy parent</source>
        <translation>无代理家长的留守儿童</translation>
    </message>
    <message>
        <source>Overdue visits, diaries and calls</source>
        <translation>逾期的走访、日记和亲情电话</translation>
    </message>
    <message>
        <source>Aid due this term (yuan)</source>
        <translation>本学期应发资助（元）</translation>
    </message>
    <message>
        <source>Aid paid this term (yuan)</source>
        <translation>本学期已发资助（元）</translation>
    </message>
    <message>
        <source>Aid rows flagged</source>
        <translation>资助异常条数</translation>
    </message>
    <message>
        <source>{rate} ({trained} of {teachers}; target {target}%)</source>
        <translation>{rate}（{teachers} 人中 {trained} 人；目标 {target}%）</translation>
    </message>
    <message>
        <source>School days with meals registered</source>
        <translation>有用餐登记的上学日</translation>
    </message>
    <message>
        <source>Of them to left-behind children</source>
        <translation>其中留守儿童</translation>
    </message>
    <message>
        <source>Of them to needy children</source>
        <translation>其中困难学生</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>已测身高体重人数</translation>
    </message>
    <message>
        <source>Of them below the nutrition norm</source>
        <translation>其中营养低于标准</translation>
    </message>
    <message>
        <source>Visited since September</source>
        <translation>9月以来已走访</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Left-behind children cared for</source>
        <translation>已关爱的留守儿童</translation>
    </message>
    <message>
        <source>No one looks after (无人监护)</source>
        <translation>无人监护儿童</translation>
    </message>
    <message>
        <source>Of them visited this term</source>
        <translation>其中本学期已走访</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <source>Township total</source>
        <translation>全乡镇合计</translation>
    </message>
    <message>
        <source>{township}: education aid report</source>
        <translation>{township}教育资助报表</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Visited this term</source>
        <translation>本学期是否走访</translation>
    </message>
    <message>
        <source>Teachers in post</source>
        <translation>在岗教师</translation>
    </message>
    <message>
        <source>Teachers trained this year</source>
        <translation>本学年已培训教师</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>已完成目标</translation>
    </message>
    <message>
        <source>Targets behind or overdue</source>
        <translation>落后或逾期目标</translation>
    </message>
    <message>
        <source>School duties {term}</source>
        <translation>学校工作 {term}</translation>
    </message>
    <message>
        <source>{name}, {role}; township {township} ({code}).</source>
        <translation>{name}，{role}；乡镇 {township}（{code}）。</translation>
    </message>
    <message>
        <source>No package received yet.</source>
        <translation>尚未收到同步包。</translation>
    </message>
    <message>
        <source>last received: package {number} of {date}</source>
        <translation>最近收到：第 {number} 号同步包（{date}）</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <source>  sent for {code}: {count} packages, {acked} acknowledged</source>
        <translation>  发往 {code}：{count} 个同步包，{acked} 个已确认</translation>
    </message>
    <message>
        <source>Conflicts waiting for review: {count}</source>
        <translation>待处理的冲突：{count}</translation>
    </message>
    <message>
        <source>Diary text and counselling notes travel: {answer}</source>
        <translation>成长日记内容和心理辅导记录随包发送：{answer}</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <source>{who}, {minutes} min</source>
        <translation>{who}，{minutes}分钟</translation>
    </message>
    <message>
        <source>The password does not open {name}. Check the password with the sender and try again. Nothing was imported.</source>
        <translation>密码无法打开 {name}。请与发送方核对密码后重试。未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Enter the password the sender gave you (on the command line: --password-file).</source>
        <translation>{name} 设有密码。请输入发送方告诉您的密码（命令行：--password-file）。</translation>
    </message>
    <message>
        <source>Meets the 民政 definition of a rural left-behind child: {reasons}.</source>
        <translation>符合民政部门农村留守儿童认定条件：{reasons}。</translation>
    </message>
    <message>
        <source>Does not meet the 民政 definition of a rural left-behind child: {reasons}.</source>
        <translation>不符合民政部门农村留守儿童认定条件：{reasons}。</translation>
    </message>
    <message>
        <source>Cannot be checked against the 民政 definition yet; missing: {missing}.</source>
        <translation>尚无法按民政部门条件核对，缺少：{missing}。</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>under 16 ({age})</source>
        <translation>不满十六周岁（{age} 岁）</translation>
    </message>
    <message>
        <source>{age} years old, not under 16</source>
        <translation>已满 {age} 周岁，不是不满十六周岁</translation>
    </message>
    <message>
        <source>the household registration (hukou)</source>
        <translation>户口情况</translation>
    </message>
    <message>
        <source>rural hukou</source>
        <translation>农村户籍</translation>
    </message>
    <message>
        <source>an urban hukou</source>
        <translation>城镇户籍</translation>
    </message>
    <message>
        <source>no hukou registered</source>
        <translation>未登记户口</translation>
    </message>
    <message>
        <source>both parents work away</source>
        <translation>父母双方外出务工</translation>
    </message>
    <message>
        <source>the only parent works away</source>
        <translation>单亲家庭父（母）外出务工</translation>
    </message>
    <message>
        <source>the mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>the father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>the father works away</source>
        <translation>父亲外出务工</translation>
    </message>
    <message>
        <source>the mother works away</source>
        <translation>母亲外出务工</translation>
    </message>
    <message>
        <source>{gone}, {other} cannot look after the child</source>
        <translation>{gone}，{other}无监护能力</translation>
    </message>
    <message>
        <source>{gone} and {other} at home can look after the child</source>
        <translation>{gone}，在家的{other}有监护能力</translation>
    </message>
    <message>
        <source>which parent works away</source>
        <translation>父母外出情况</translation>
    </message>
    <message>
        <source>missing {columns}</source>
        <translation>缺少 {columns}</translation>
    </message>
    <message>
        <source>too long: {columns}</source>
        <translation>超长：{columns}</translation>
    </message>
    <message>
        <source>{rows} rows; {problems} incomplete; {left_out} left out.</source>
        <translation>共 {rows} 行；{problems} 行信息不全；{left_out} 人未列入。</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>秋季</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>春季</translation>
    </message>
    <message>
        <source>{count} rows are incomplete; nothing was written. Complete the files in the ledger first:
{rows}</source>
        <translation>{count} 行信息不全，未写入任何内容。请先在台账中补全：
{rows}</translation>
    </message>
    <message>
        <source>{value} is not a category a county list can set. Known: {choices}.</source>
        <translation>“{value}”不是县级名单可设置的类别。可用：{choices}。</translation>
    </message>
    <message>
        <source>{category} list of {date}: {listed} IDs; {gains} gain it, {keeps} keep it, {losses} lose it, {unknown} are in no school of this ledger, {bad} cannot be read.</source>
        <translation>{date} 的{category}名单：共 {listed} 个身份证号；新增 {gains} 人，保持 {keeps} 人，取消 {losses} 人，{unknown} 人不在本台账任何学校，{bad} 个无法识别。</translation>
    </message>
    <message>
        <source>Sheet {sheet} of {name} has no column of ID numbers (身份证号).</source>
        <translation>{name} 的工作表 {sheet} 没有身份证号列。</translation>
    </message>
    <message>
        <source>a number cell: the last digits are lost; type it as text</source>
        <translation>数字格式单元格：后几位已丢失，请以文本格式重新输入</translation>
    </message>
    <message>
        <source>followed as {status}: the {other} list decides</source>
        <translation>按{status}管理：由{other}名单决定</translation>
    </message>
    <message>
        <source>the ledger's value holds since {date}, after the list's date</source>
        <translation>台账中的状态从 {date} 起生效，晚于名单日期</translation>
    </message>
    <message>
        <source>{gained} children gained the category and {lost} lost it.</source>
        <translation>{gained} 名儿童新增该类别，{lost} 名取消。</translation>
    </message>
    <message>
        <source>County list {name} of {date}</source>
        <translation>县级名单 {name}（{date}）</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>教师培训</translation>
    </message>
    <message>
        <source>Teaching visit (送教下乡)</source>
        <translation>送教下乡</translation>
    </message>
    <message>
        <source>Lecture (专题讲座)</source>
        <translation>专题讲座</translation>
    </message>
    <message>
        <source>Shadowing (跟班学习)</source>
        <translation>跟班学习</translation>
    </message>
    <message>
        <source>Monthly observation visit</source>
        <translation>每月观摩活动</translation>
    </message>
    <message>
        <source>Temporary guardians' meeting</source>
        <translation>临时监护人会议</translation>
    </message>
    <message>
        <source>Proxy parents' gathering</source>
        <translation>代理家长联谊会</translation>
    </message>
    <message>
        <source>Returning migrant workers' forum</source>
        <translation>返乡农民工座谈会</translation>
    </message>
    <message>
        <source>Letter to parents</source>
        <translation>致家长一封信</translation>
    </message>
    <message>
        <source>Inspection (督导)</source>
        <translation>督导检查</translation>
    </message>
    <message>
        <source>Responsibility pledge signed</source>
        <translation>签订责任状</translation>
    </message>
    <message>
        <source>{value} is not a kind of activity.</source>
        <translation>{value} 不是活动类别。</translation>
    </message>
    <message>
        <source>A kind needs a code and a name.</source>
        <translation>活动类别需要代码和名称。</translation>
    </message>
    <message>
        <source>{count} pairings match {text}.</source>
        <translation>有 {count} 个结对与 {text} 相符。</translation>
    </message>
    <message>
        <source>A teacher chosen is not of this school.</source>
        <translation>所选教师不属于本校。</translation>
    </message>
    <message>
        <source>The pairing chosen is not of this school.</source>
        <translation>所选结对不属于本校。</translation>
    </message>
    <message>
        <source>Please choose the training level.</source>
        <translation>请选择培训级别。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Training rate</source>
        <translation>培训率</translation>
    </message>
    <message>
        <source>≥ {value}{unit} {per}, {period}</source>
        <translation>{per}每{period} ≥ {value}{unit}</translation>
    </message>
    <message>
        <source>{percent}% ({trained} of {teachers})</source>
        <translation>{percent}%（{teachers} 人中 {trained} 人）</translation>
    </message>
    <message>
        <source>The child and the grandparents</source>
        <translation>学生本人、祖父母</translation>
    </message>
    <message>
        <source>The child and the parents</source>
        <translation>学生本人、父母</translation>
    </message>
    <message>
        <source>Lives with the grandparents; the house is safe</source>
        <translation>与祖辈同住，住房安全</translation>
    </message>
    <message>
        <source>Lives with the mother; the father works away</source>
        <translation>与母亲同住，父亲外出务工</translation>
    </message>
    <message>
        <source>Calm, studies hard</source>
        <translation>情绪稳定，学习认真</translation>
    </message>
    <message>
        <source>Cheerful, gets on well with classmates</source>
        <translation>性格开朗，与同学相处融洽</translation>
    </message>
    <message>
        <source>Misses the parents; talked it through with the child</source>
        <translation>想念父母，已进行心理疏导</translation>
    </message>
    <message>
        <source>Making progress in studies; keep encouraging</source>
        <translation>学习有进步，继续鼓励</translation>
    </message>
    <message>
        <source>Healthy, regular daily routine</source>
        <translation>身体健康，作息规律</translation>
    </message>
    <message>
        <source>Help with homework</source>
        <translation>需要学习辅导</translation>
    </message>
    <message>
        <source>Help with school costs</source>
        <translation>需要学习费用资助</translation>
    </message>
    <message>
        <source>Talked with the child; helped with homework</source>
        <translation>谈心谈话，辅导作业</translation>
    </message>
    <message>
        <source>Explained the aid policies to the family</source>
        <translation>向家长宣传资助政策</translation>
    </message>
    <message>
        <source>The child is in good spirits</source>
        <translation>孩子精神状态良好</translation>
    </message>
    <message>
        <source>The family is satisfied</source>
        <translation>家长表示满意</translation>
    </message>
    <message>
        <source>Talked with the child and comforted them</source>
        <translation>与孩子谈心，给予安慰</translation>
    </message>
    <message>
        <source>Talked with the parents by video; the child was happy</source>
        <translation>与父母视频通话，孩子很开心</translation>
    </message>
    <message>
        <source>A phrase may have at most {limit} characters.</source>
        <translation>每条常用语最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>At most {limit} phrases per field (Ctrl+1 to Ctrl+{limit}).</source>
        <translation>每个栏目最多 {limit} 条常用语（Ctrl+1 至 Ctrl+{limit}）。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须给出其中一个</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的参数值 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>CARD.pdf</source>
        <translation>卡片.pdf</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>CHILDREN</source>
        <translation>儿童人数</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>FAMILIES</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>FILE_OR_FOLDER</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>GRADE-CLASS</source>
        <translation>年级-班级</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>ID_NUMBER</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>ID_NUMBER=CODE</source>
        <translation>身份证号=学校代码</translation>
    </message>
    <message>
        <source>ID_NUMBER=MOVE</source>
        <translation>身份证号=去向</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>项=值</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>LESSONS</source>
        <translation>课时数</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>条数上限</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>OUT.fpkey</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>结对单位</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>PEER</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>SCHOOLS</source>
        <translation>学校数</translation>
    </message>
    <message>
        <source>SCHOOL_CODE</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>SCHOOL_NAME</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>SIGNED_BY</source>
        <translation>交表人</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>STUDENT</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>STUDENTS</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>TEACHER</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>TOWNSHIP_CODE</source>
        <translation>乡镇代码</translation>
    </message>
    <message>
        <source>TOWNSHIP_NAME</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>YYYY-YYYY</source>
        <translation>学年(如2026-2027)</translation>
    </message>
    <message>
        <source>YYYY-YYYY/N</source>
        <translation>学年/学期(如2026-2027/1)</translation>
    </message>
    <message>
        <source>{name}: no header row with a name, an ID number or card number and an amount was found.</source>
        <translation>{name}：未找到含姓名、身份证号或卡号以及金额的表头行。</translation>
    </message>
    <message>
        <source>Keeps the aid until leaving kindergarten</source>
        <translation>继续享受至幼儿园毕业</translation>
    </message>
    <message>
        <source>Keeps the aid until primary graduation</source>
        <translation>继续享受至小学毕业</translation>
    </message>
    <message>
        <source>Keeps the aid until junior middle graduation</source>
        <translation>继续享受至初中毕业</translation>
    </message>
    <message>
        <source>Keeps the aid until senior high graduation</source>
        <translation>继续享受至高中毕业</translation>
    </message>
    <message>
        <source>Keeps the aid until vocational graduation</source>
        <translation>继续享受至中职毕业</translation>
    </message>
    <message>
        <source>Keeps the aid until graduation</source>
        <translation>继续享受至毕业</translation>
    </message>
    <message>
        <source>The list of {school}, {year} term {term} was confirmed on {date}: it is not prepared again. Correct it with an adjustment and its reason.</source>
        <translation>{school} {year} 学年第 {term} 学期的名单已于 {date} 确认，不再重新编制。请以调整并注明原因的方式更正。</translation>
    </message>
    <message>
        <source>There is no prepared list of {school} for {year} term {term}.</source>
        <translation>{school} 尚无 {year} 学年第 {term} 学期的已编制名单。</translation>
    </message>
    <message>
        <source>Choose the school of the list.</source>
        <translation>请选择名单所属学校。</translation>
    </message>
    <message>
        <source>Adjustments are made to a confirmed list only.</source>
        <translation>只能对已确认的名单进行调整。</translation>
    </message>
    <message>
        <source>{program} is provided, not paid: it has no amounts to adjust.</source>
        <translation>{program} 为实物提供，不发放现金，没有可调整的金额。</translation>
    </message>
    <message>
        <source>The change cannot be 0.</source>
        <translation>调整金额不能为 0。</translation>
    </message>
    <message>
        <source>{program} is paid to the children: record its payments instead.</source>
        <translation>{program} 发放给学生本人：请登记发放记录。</translation>
    </message>
    <message>
        <source>The meal days must be between 0 and 366.</source>
        <translation>供餐天数必须在 0 到 366 之间。</translation>
    </message>
    <message>
        <source>The list of this term is not confirmed yet: the principal confirms it before it is paid.</source>
        <translation>本学期名单尚未确认：须经校长确认后才能发放。</translation>
    </message>
    <message>
        <source>{value} is not a payment method.</source>
        <translation>{value} 不是发放方式。</translation>
    </message>
    <message>
        <source>Confirmed sheet</source>
        <translation>按确认名单发放</translation>
    </message>
    <message>
        <source>Bank payment detail {file}</source>
        <translation>银行发放明细 {file}</translation>
    </message>
    <message>
        <source>Row {row}: {name} {number} is on no confirmed list of this term.</source>
        <translation>第 {row} 行：{name} {number} 不在本学期任何已确认名单中。</translation>
    </message>
    <message>
        <source>Row {row}: the program {program} is not known; give the program.</source>
        <translation>第 {row} 行：无法识别资助项目 {program}，请指定项目。</translation>
    </message>
    <message>
        <source>Row {row}: {amount} is not an amount.</source>
        <translation>第 {row} 行：{amount} 不是有效金额。</translation>
    </message>
    <message>
        <source>Row {row}: {name}: the bank says the payment failed.</source>
        <translation>第 {row} 行：{name}：银行显示发放失败。</translation>
    </message>
    <message>
        <source>Payments {year} term {term}</source>
        <translation>{year} 第{term}学期发放</translation>
    </message>
    <message>
        <source>Unknown setting {key}. Settings: province, aid.contact, calendar.YEAR.autumn|spring (two dates), calendar.YEAR.autumn_reference|spring_reference (a date).</source>
        <translation>未知设置 {key}。可用设置：province（省份）、aid.contact（咨询联系人）、calendar.学年.autumn|spring（两个日期）、calendar.学年.autumn_reference|spring_reference（一个日期）。</translation>
    </message>
    <message>
        <source>{key}: give the first and the last day, for example 2027-02-22 2027-07-09.</source>
        <translation>{key}：请给出起止两个日期，例如 2027-02-22 2027-07-09。</translation>
    </message>
    <message>
        <source>{key}: the last day comes before the first.</source>
        <translation>{key}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{key}: the term must lie in the school year {year} (1 August to the next 31 August).</source>
        <translation>{key}：学期必须在 {year} 学年之内（8 月 1 日至次年 8 月 31 日）。</translation>
    </message>
    <message>
        <source>The autumn term of {year} must end before its spring term starts.</source>
        <translation>{year} 学年的秋季学期必须在春季学期开始前结束。</translation>
    </message>
    <message>
        <source>{key}: the reference day must fall within the term ({start} to {end}).</source>
        <translation>{key}：认定基准日必须在学期之内（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>The autumn term of {year}</source>
        <translation>{year} 学年秋季学期</translation>
    </message>
    <message>
        <source>The spring term of {year}</source>
        <translation>{year} 学年春季学期</translation>
    </message>
    <message>
        <source>{term}: {start} to {end}, reference day {reference}</source>
        <translation>{term}：{start} 至 {end}，基准日 {reference}</translation>
    </message>
    <message>
        <source>Nursery class</source>
        <translation>小班</translation>
    </message>
    <message>
        <source>Middle class</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>Senior class</source>
        <translation>大班</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}年级</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Repeat the year</source>
        <translation>留级</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Especially hard-up</source>
        <translation>特别困难</translation>
    </message>
    <message>
        <source>Hard-up</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Somewhat hard-up</source>
        <translation>一般困难</translation>
    </message>
    <message>
        <source>Not hard-up</source>
        <translation>不困难</translation>
    </message>
    <message>
        <source>Household under relapse monitoring</source>
        <translation>防返贫监测对象</translation>
    </message>
    <message>
        <source>Minimum living allowance household</source>
        <translation>低保家庭</translation>
    </message>
    <message>
        <source>Orphan or de facto unsupported child</source>
        <translation>孤儿或事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Disabled child or disabled parent</source>
        <translation>残疾学生或残疾人子女</translation>
    </message>
    <message>
        <source>Serious illness in the family</source>
        <translation>家庭成员患重大疾病</translation>
    </message>
    <message>
        <source>Disaster or sudden hardship</source>
        <translation>遭受灾害或突发严重困难</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Offered, waiting for the receiving school</source>
        <translation>已移交，待接收学校确认</translation>
    </message>
    <message>
        <source>Accepted by the receiving school</source>
        <translation>接收学校已接收</translation>
    </message>
    <message>
        <source>Not at the receiving school</source>
        <translation>接收学校退回（不在该校）</translation>
    </message>
    <message>
        <source>Texts that stay at school</source>
        <translation>留在学校的文字</translation>
    </message>
    <message>
        <source>Choose the assessed level.</source>
        <translation>请选择认定等级。</translation>
    </message>
    <message>
        <source>{value} is not a reason of the list.</source>
        <translation>{value} 不是列表中的认定原因。</translation>
    </message>
    <message>
        <source>The notice cannot end before it starts.</source>
        <translation>公示结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Say how the objection was settled.</source>
        <translation>请说明异议的处理结果。</translation>
    </message>
    <message>
        <source>Nothing to print: no child of this school year is assessed.</source>
        <translation>没有可打印的内容：本学年还没有学生完成认定。</translation>
    </message>
    <message>
        <source>Choose the school the step is for.</source>
        <translation>请选择学校。</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>{year} 学年</translation>
    </message>
    <message>
        <source>{school}, into {year}: {moves}.</source>
        <translation>{school}，升入 {year} 学年：{moves}。</translation>
    </message>
    <message>
        <source>Only the principal makes the new-school-year step.</source>
        <translation>只有校长可以进行新学年升级。</translation>
    </message>
    <message>
        <source>{value} is not an exception of the step.</source>
        <translation>{value} 不是升级的例外情况。</translation>
    </message>
    <message>
        <source>{year} is too far ahead: the school is in {current} now, so the step goes into {next} at the most.</source>
        <translation>{year} 太靠后了：学校现在处于 {current} 学年，升级最多只能升入 {next} 学年。</translation>
    </message>
    <message>
        <source>The school already stepped into {year}: the step is made once a year.</source>
        <translation>本校已升入 {year} 学年：每学年只能升级一次。</translation>
    </message>
    <message>
        <source>Only a child who graduates or transfers out is handed over to a school.</source>
        <translation>只有毕业或转出的学生才能移交给学校。</translation>
    </message>
    <message>
        <source>Only the principal, the aid officer or the township follows up the children who left.</source>
        <translation>只有校长、资助负责人或乡镇中心学校跟进已离校的学生。</translation>
    </message>
    <message>
        <source>(handed over, not yet accepted)</source>
        <translation>（已移交，尚未接收）</translation>
    </message>
    <message>
        <source>(not there: {note})</source>
        <translation>（对方学校退回：{note}）</translation>
    </message>
    <message>
        <source>studies at {school}, {place}</source>
        <translation>在 {place} {school} 就读</translation>
    </message>
    <message>
        <source>Say which school the child went to.</source>
        <translation>请说明学生去了哪所学校。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名必填。</translation>
    </message>
    <message>
        <source>{path} is not a ledger database, or it is damaged. If it is your ledger, restore the newest backup: the program offers it when it starts; on the command line: fupin --db {path} backup restore FILE.</source>
        <translation>{path} 不是台账数据库，或已损坏。如果它是您的台账，请恢复最新的备份：程序启动时会提示恢复；命令行：fupin --db {path} backup restore 备份文件。</translation>
    </message>
    <message>
        <source>{record}: {problem} (sheet {sheet}, row {row}, column {column}). Shorten it in the program, then export again. No package was written.</source>
        <translation>{record}：{problem}（工作表“{sheet}”第 {row} 行“{column}”列）。请在程序中删减后重新导出。未生成同步包。</translation>
    </message>
    <message>
        <source>{path} could not be written: the drive is full. Free some space or choose another drive, then try again. Nothing was changed.</source>
        <translation>无法写入 {path}：磁盘已满。请腾出空间或换一个磁盘后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} could not be written: the drive or folder is read-only (a USB stick with its lock switch on?). Choose another folder, then try again. Nothing was changed.</source>
        <translation>无法写入 {path}：磁盘或文件夹是只读的（U 盘的写保护开关打开了？）。请换一个文件夹后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} could not be written: its folder is not there (a USB stick taken out?). Choose the folder again, then try again. Nothing was changed.</source>
        <translation>无法写入 {path}：该文件夹不存在（U 盘被拔出了？）。请重新选择文件夹后再试。没有做任何更改。</translation>
    </message>
    <message>
        <source>{path} could not be written. Check the drive (full, write-protected or taken out?), then try again. Nothing was changed.</source>
        <translation>无法写入 {path}。请检查磁盘（是否已满、写保护或已拔出？）后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {problem} The sender must correct it and export again; nothing was imported.</source>
        <translation>工作表“{sheet}”第 {row} 行“{column}”列：{problem}请发送方改正后重新导出；未导入任何内容。</translation>
    </message>
    <message>
        <source>Sheet {sheet}: rows {first} and {second} hold the same record ({id}). A package holds each record once; nothing was imported. Ask the sender for the package again.</source>
        <translation>工作表“{sheet}”：第 {first} 行和第 {second} 行是同一条记录（{id}）。同步包中每条记录只能出现一次；未导入任何内容。请向发送方重新索取同步包。</translation>
    </message>
    <message>
        <source>The backup passphrase is not right for this file.</source>
        <translation>备份密码与此文件不符。</translation>
    </message>
    <message>
        <source>The encrypted file {path} is damaged or incomplete.</source>
        <translation>加密文件 {path} 已损坏或不完整。</translation>
    </message>
    <message>
        <source>The name or the PIN is not right.</source>
        <translation>姓名或口令不正确。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>口令错误次数过多。请在 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>At least one active {role} account must remain.</source>
        <translation>至少要保留一个启用的{role}账号。</translation>
    </message>
    <message>
        <source>This ledger has no accounts yet: create the principal's account first.</source>
        <translation>此台账还没有账号：请先创建校长账号。</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 40 characters.</source>
        <translation>请输入 1 到 40 个字的姓名。</translation>
    </message>
    <message>
        <source>This ledger already has accounts: log in.</source>
        <translation>此台账已有账号：请登录。</translation>
    </message>
    <message>
        <source>Lock after 0 to 240 minutes (0: never).</source>
        <translation>锁定时间为 0 到 240 分钟（0：从不）。</translation>
    </message>
    <message>
        <source>This role has no accounts here.</source>
        <translation>此处没有这种角色的账号。</translation>
    </message>
    <message>
        <source>Choose the teacher this account belongs to: a teacher sees the children paired with them.</source>
        <translation>请选择此账号对应的教师：教师只能看到与其结对的学生。</translation>
    </message>
    <message>
        <source>Give the new account a PIN.</source>
        <translation>请为新账号设置口令。</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>已有名为 {name} 的账号。</translation>
    </message>
    <message>
        <source>The recovery code is not right for this account.</source>
        <translation>恢复码与此账号不符。</translation>
    </message>
    <message>
        <source>No backup passphrase is set yet: the principal sets it in Settings (or with `fupin backup passphrase`) before a backup to a folder.</source>
        <translation>尚未设置备份密码：备份到文件夹前，请校长先在“账号与隐私”中设置（或用 `fupin backup passphrase`）。</translation>
    </message>
    <message>
        <source>This is not the backup passphrase.</source>
        <translation>这不是备份密码。</translation>
    </message>
    <message>
        <source>A backup passphrase has at least {n} characters, not all alike.</source>
        <translation>备份密码至少 {n} 个字符，且不能全部相同。</translation>
    </message>
    <message>
        <source>A PIN has {least} to {most} characters.</source>
        <translation>口令为 {least} 到 {most} 个字符。</translation>
    </message>
    <message>
        <source>A PIN has no spaces.</source>
        <translation>口令不能含空格。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: choose another.</source>
        <translation>此口令太容易被猜到：请换一个。</translation>
    </message>
    <message>
        <source>Days a deleted record keeps its personal data once acknowledged</source>
        <translation>已删除记录经各方确认后保留个人信息的天数</translation>
    </message>
    <message>
        <source>Days a resolved conflict is kept</source>
        <translation>已处理冲突的保留天数</translation>
    </message>
    <message>
        <source>Copies kept aside at restores</source>
        <translation>恢复时保留的旧台账副本数</translation>
    </message>
    <message>
        <source>No retention category {key}.</source>
        <translation>没有保存期限类别 {key}。</translation>
    </message>
    <message>
        <source>{key}: a number from {low} to {high}.</source>
        <translation>{key}：请填 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <source>Say why the data is erased (the family's request).</source>
        <translation>请说明删除原因（家庭的要求）。</translation>
    </message>
    <message>
        <source>Say why you need the full ID number.</source>
        <translation>请说明为什么需要完整身份证号。</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>Your account may not see this student's file.</source>
        <translation>您的账号无权查看此学生档案。</translation>
    </message>
    <message>
        <source>Your account may not change this student's file.</source>
        <translation>您的账号无权修改此学生档案。</translation>
    </message>
    <message>
        <source>Your account may not add student files.</source>
        <translation>您的账号无权新建学生档案。</translation>
    </message>
    <message>
        <source>Your account may not see full ID numbers.</source>
        <translation>您的账号无权查看完整身份证号。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer may write full ID numbers.</source>
        <translation>只有校长或资助负责人才能导出或打印完整身份证号。</translation>
    </message>
    <message>
        <source>Only the child's own teachers read this.</source>
        <translation>只有孩子本人的结对教师才能阅读此内容。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer manages teachers and pairings.</source>
        <translation>只有校长或资助负责人才能管理教师和结对。</translation>
    </message>
    <message>
        <source>Only the aid officer or the principal records payments.</source>
        <translation>只有资助负责人或校长才能登记发放。</translation>
    </message>
    <message>
        <source>Aid programs and standards are set by the township.</source>
        <translation>资助项目和标准由乡镇设定。</translation>
    </message>
    <message>
        <source>Only the principal deletes student files.</source>
        <translation>只有校长才能删除学生档案。</translation>
    </message>
    <message>
        <source>Only the principal purges or erases personal data.</source>
        <translation>只有校长才能清除或删除个人信息。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer exports.</source>
        <translation>只有校长或资助负责人才能导出。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer imports.</source>
        <translation>只有校长或资助负责人才能导入。</translation>
    </message>
    <message>
        <source>Only the principal enrols or re-keys a school or township.</source>
        <translation>只有校长才能登记学校或乡镇，或更换其密钥。</translation>
    </message>
    <message>
        <source>Only the principal manages accounts.</source>
        <translation>只有校长才能管理账号。</translation>
    </message>
    <message>
        <source>Only the principal reads the audit log.</source>
        <translation>只有校长才能查看审计日志。</translation>
    </message>
    <message>
        <source>Only the principal changes the settings.</source>
        <translation>只有校长才能修改设置。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer backs up to a folder.</source>
        <translation>只有校长或资助负责人才能备份到文件夹。</translation>
    </message>
    <message>
        <source>Only the principal restores a backup.</source>
        <translation>只有校长才能从备份恢复。</translation>
    </message>
    <message>
        <source>How long data is kept is the county's rule, set at the township.</source>
        <translation>数据保存期限是县里的规定，由乡镇设置。</translation>
    </message>
    <message>
        <source>The audit log of {sender} went back from row {before} to row {now} (or changed at the same row) since its last package: its log was rewritten or its ledger replaced. Ask the school why.</source>
        <translation>{sender} 的审计日志自上一个同步包以来从第 {before} 条退回到第 {now} 条（或在同一条处发生变化）：其日志被改写过，或台账被替换过。请向该校询问原因。</translation>
    </message>
    <message>
        <source>The PIN file {path} may be read by others.</source>
        <translation>口令文件 {path} 其他人也能读取。</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer hands children over.</source>
        <translation>只有校长或资助负责人可以办理学生交接。</translation>
    </message>
    <message>
        <source>{code} is not a school of the township this ledger knows. The list of the township's schools comes with the township's packages.</source>
        <translation>{code} 不是本台账知道的本镇学校。本镇学校名单随中心学校的同步包下发。</translation>
    </message>
    <message>
        <source>Only a child who graduated or transferred out is handed over to a school.</source>
        <translation>只有已毕业或已转出的学生才能移交给学校。</translation>
    </message>
    <message>
        <source>The receiving school has already been confirmed ({date}).</source>
        <translation>接收学校已经确认（{date}）。</translation>
    </message>
    <message>
        <source>{school} said the child is not there. Offer the child to another school, or confirm by hand where the child studies.</source>
        <translation>{school}已答复该学生不在该校。请移交给另一所学校，或手工确认学生在哪里就读。</translation>
    </message>
    <message>
        <source>Only an enrolled child transfers out.</source>
        <translation>只有在读学生才能转出。</translation>
    </message>
    <message>
        <source>No child handed over to this school with {key}.</source>
        <translation>没有以 {key} 移交到本校的学生。</translation>
    </message>
    <message>
        <source>The receiving school decides on a handover, in its own ledger.</source>
        <translation>交接由接收学校在自己的台账中处理。</translation>
    </message>
    <message>
        <source>{school} took the offer of {name} back.</source>
        <translation>{school}已撤回对{name}的移交。</translation>
    </message>
    <message>
        <source>{name} was already {state} on {date} by {who}.</source>
        <translation>{name}已于 {date} 由{who}处理（{state}）。</translation>
    </message>
    <message>
        <source>Grade {grade} is not a grade of this stage.</source>
        <translation>{grade} 年级不属于该学段。</translation>
    </message>
    <message>
        <source>Say why the child is not taken in (not here?).</source>
        <translation>请说明不接收的原因（未到本校？）。</translation>
    </message>
    <message>
        <source>{teacher} ({school})</source>
        <translation>{teacher}（{school}）</translation>
    </message>
    <message>
        <source>Pairing: {kind}</source>
        <translation>结对：{kind}</translation>
    </message>
    <message>
        <source>Ended {date}: {reason}</source>
        <translation>{date}结束：{reason}</translation>
    </message>
    <message>
        <source>dated history entries</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>left-behind profiles</source>
        <translation>留守儿童档案</translation>
    </message>
    <message>
        <source>growth measurements</source>
        <translation>身高体重记录</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <source>diary entries</source>
        <translation>成长日记</translation>
    </message>
    <message>
        <source>family calls</source>
        <translation>亲情电话</translation>
    </message>
    <message>
        <source>this ledger's key: fingerprint, card, export</source>
        <translation>本台账的密钥：指纹码、登记卡、导出</translation>
    </message>
    <message>
        <source>print the enrolment card</source>
        <translation>打印登记卡</translation>
    </message>
    <message>
        <source>write the public key file for the peers</source>
        <translation>写出供对方登记的公钥文件</translation>
    </message>
    <message>
        <source>export the private key for a reinstall (principal; keep it locked away)</source>
        <translation>导出私钥以备重装（校长操作；务必妥善保管）</translation>
    </message>
    <message>
        <source>confirm that the exported private key lets anyone sign as this ledger</source>
        <translation>确认已知晓：导出的私钥可让任何人以本台账名义签名</translation>
    </message>
    <message>
        <source>make an exported key this ledger's key</source>
        <translation>将导出的密钥设为本台账的密钥</translation>
    </message>
    <message>
        <source>the password of the exported key, in this file</source>
        <translation>导出密钥的密码，写在此文件中</translation>
    </message>
    <message>
        <source>enrol or re-key a peer after comparing</source>
        <translation>核对后登记对方密钥或更换其密钥</translation>
    </message>
    <message>
        <source>school:CODE, township:CODE or a code</source>
        <translation>school:代码、township:代码，或直接写代码</translation>
    </message>
    <message>
        <source>the whole fingerprint on the peer's card</source>
        <translation>对方登记卡上的完整指纹码</translation>
    </message>
    <message>
        <source>the peer's key file, or a package or receipt it sent</source>
        <translation>对方的公钥文件，或其发来的同步包、回执</translation>
    </message>
    <message>
        <source>the Excel password of that package, in this file</source>
        <translation>该同步包的 Excel 密码，写在此文件中</translation>
    </message>
    <message>
        <source>make a route's Excel password and print its card (once)</source>
        <translation>生成本线路的 Excel 密码并打印密码卡（仅一次）</translation>
    </message>
    <message>
        <source>replace the password</source>
        <translation>更换密码</translation>
    </message>
    <message>
        <source>Give the key's password with --password-file.</source>
        <translation>请用 --password-file 提供密钥的密码。</translation>
    </message>
    <message>
        <source>The exported key is now this ledger's key.</source>
        <translation>导出的密钥已设为本台账的密钥。</translation>
    </message>
    <message>
        <source>Fingerprint of this ledger's key: {fingerprint}</source>
        <translation>本台账密钥的指纹码：{fingerprint}</translation>
    </message>
    <message>
        <source>Enrolment card written to {path}.</source>
        <translation>登记卡已写入 {path}。</translation>
    </message>
    <message>
        <source>Public key written to {path}.</source>
        <translation>公钥已写入 {path}。</translation>
    </message>
    <message>
        <source>The exported key lets anyone who has it and its password sign as this ledger. Add --i-understand to export it.</source>
        <translation>导出的密钥可让持有它及其密码的任何人以本台账名义签名。如确要导出，请加上 --i-understand。</translation>
    </message>
    <message>
        <source>Private key exported to {path}. Its password, shown only now: {password}. Write it down and keep it apart from the file.</source>
        <translation>私钥已导出到 {path}。其密码仅此一次显示：{password}。请记下并与文件分开保管。</translation>
    </message>
    <message>
        <source>{name} holds the key of {found}, not of {peer}. Nothing was enrolled.</source>
        <translation>{name} 中是 {found} 的密钥，不是 {peer} 的。未登记任何密钥。</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (40 digits) as printed on the enrolment card.</source>
        <translation>请提供登记卡上印的完整指纹码（40 位数字）。</translation>
    </message>
    <message>
        <source>Enrolled now: {old}</source>
        <translation>当前已登记：{old}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>In {name}: {new}</source>
        <translation>{name} 中的密钥：{new}</translation>
    </message>
    <message>
        <source>{peer} was enrolled with this key already.</source>
        <translation>{peer} 已用此密钥登记过。</translation>
    </message>
    <message>
        <source>{peer} was re-keyed.</source>
        <translation>{peer} 的密钥已更换。</translation>
    </message>
    <message>
        <source>{peer} is enrolled.</source>
        <translation>{peer} 已登记。</translation>
    </message>
    <message>
        <source>The Excel password of this route is on the card {path}; it is not shown again.</source>
        <translation>本线路的 Excel 密码印在密码卡 {path} 上，不再另行显示。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: this record belongs to school {owner}; {sender} may not change it here. Nothing was imported.</source>
        <translation>工作表 {sheet} 第 {row} 行：该记录属于学校 {owner}，{sender} 无权修改。未导入任何数据。</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: aid programs, standards and reminder rules are set by the township; {sender} may not send them. Nothing was imported.</source>
        <translation>工作表 {sheet} 第 {row} 行：资助项目、资助标准和提醒规则由乡镇中心学校制定，{sender} 无权发送。未导入任何数据。</translation>
    </message>
    <message>
        <source>The Excel password for {receiver} was made and printed before; it is printed only once. To replace it, make a new one (--new) and give the receiver the new card.</source>
        <translation>发给 {receiver} 的 Excel 密码已生成并打印过，只打印一次。如需更换，请生成新密码（--new）并把新密码卡交给接收方。</translation>
    </message>
    <message>
        <source>The key of this installation cannot be opened. Import the key a principal exported (Sync &gt; Keys), or make a new key and have every peer enrol it again.</source>
        <translation>无法打开本机的密钥。请导入校长导出的密钥，或生成新密钥并请各对方重新登记。</translation>
    </message>
    <message>
        <source>{name} is not a key file exported by this program.</source>
        <translation>{name} 不是本程序导出的密钥文件。</translation>
    </message>
    <message>
        <source>The password does not open the key file {name}.</source>
        <translation>密码无法打开密钥文件 {name}。</translation>
    </message>
    <message>
        <source>{name} is a sealed package, but it is damaged or incomplete. Ask for it again.</source>
        <translation>{name} 是密封的同步包，但已损坏或不完整。请对方重新发送。</translation>
    </message>
    <message>
        <source>{name} is sealed for another receiver's key ({receiver}), or was changed on the way: this ledger cannot open it. Nothing was imported.</source>
        <translation>{name} 是为另一接收方的密钥（{receiver}）密封的，或在传递途中被改动，本台账无法打开。未导入任何数据。</translation>
    </message>
    <message>
        <source>{name} is neither a key file nor a package of this program.</source>
        <translation>{name} 既不是本程序的公钥文件，也不是本程序的同步包。</translation>
    </message>
    <message>
        <source>This is this installation's own key: enrol it at the peer.</source>
        <translation>这是本机自己的密钥：请在对方那里登记。</translation>
    </message>
    <message>
        <source>This key belongs to another township ({code}); it cannot be enrolled here.</source>
        <translation>此密钥属于另一个乡镇（{code}），不能在此登记。</translation>
    </message>
    <message>
        <source>A township enrols the keys of its schools only.</source>
        <translation>乡镇中心学校只登记本乡镇各学校的密钥。</translation>
    </message>
    <message>
        <source>A school enrols the key of its township only.</source>
        <translation>学校只登记本乡镇中心学校的密钥。</translation>
    </message>
    <message>
        <source>The fingerprint typed does not match the key's ({fingerprint}). Compare it with the enrolment card again; nothing was enrolled.</source>
        <translation>输入的指纹码与该密钥的（{fingerprint}）不符。请再次与登记卡核对；未登记任何密钥。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>至少 6 个字符</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Teacher (for a teacher's account)</source>
        <translation>对应教师（教师账号）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次口令</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and privacy</source>
        <translation>账号与隐私</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>新口令…</translation>
    </message>
    <message>
        <source>Disable or enable</source>
        <translation>停用或启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Set the backup passphrase…</source>
        <translation>设置备份密码…</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>空闲多久后锁定窗口</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>How long data is kept (the county's rule)</source>
        <translation>数据保存期限（县里的规定）</translation>
    </message>
    <message>
        <source>Set at the township; its packages bring the county's rule.</source>
        <translation>由乡镇设置；乡镇的同步包会带来县里的规定。</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Accounts and &amp;privacy…</source>
        <translation>账号与隐私(&amp;P)…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
    <message>
        <source>Purge personal &amp;data…</source>
        <translation>清除个人信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Institution pairings</source>
        <translation>城乡结对</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Meal register</source>
        <translation>用餐登记台账</translation>
    </message>
    <message>
        <source>Growth and nutrition</source>
        <translation>营养状况</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>节数</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation>打印致家长信…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No activities recorded yet: trainings, teaching visits, lectures, meetings, letters to parents. Each one counts towards the school's targets.</source>
        <translation>还没有登记学校工作活动：培训、送教下乡、专题讲座、会议、致家长一封信……每一项都计入学校的工作目标。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activities are recorded in a school's ledger.</source>
        <translation>活动在学校的台账中登记。</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>删除这项活动？</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>登记活动</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Activity kind *</source>
        <translation>活动类别 *</translation>
    </message>
    <message>
        <source>Institution pairing</source>
        <translation>结对单位</translation>
    </message>
    <message>
        <source>Teachers who took part</source>
        <translation>参加教师</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the confirmed list</source>
        <translation>调整已确认名单</translation>
    </message>
    <message>
        <source>yuan; negative takes off</source>
        <translation>元；负数为扣减</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Change (yuan)</source>
        <translation>调整金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AidColumns</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>Programs and standards</source>
        <translation>资助项目与标准</translation>
    </message>
    <message>
        <source>Term lists</source>
        <translation>发放名单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>资助发放</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>发放核对</translation>
    </message>
    <message>
        <source>Only the principal and the aid officer see the aid of each child.</source>
        <translation>只有校长和资助负责人可以查看每名学生的资助情况。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation>教育扶贫台账</translation>
    </message>
    <message>
        <source>Ledger already open</source>
        <translation>台账已经打开</translation>
    </message>
    <message>
        <source>The program was not closed normally last time (a power cut or a crash). Checking the ledger before it opens; please wait…</source>
        <translation>上次没有正常关闭程序（停电或死机）。正在打开前检查台账，请稍候…</translation>
    </message>
    <message>
        <source>Restoring the backup {name} and checking it; please wait…</source>
        <translation>正在恢复备份 {name} 并检查，请稍候…</translation>
    </message>
    <message>
        <source>Checking the ledger</source>
        <translation>正在检查台账</translation>
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
    <message>
        <source>Set up the ledger to go on.</source>
        <translation>请先设置台账。</translation>
    </message>
    <message>
        <source>Log in to go on.</source>
        <translation>请登录后继续。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>the program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>正在核验哈希链…</translation>
    </message>
    <message>
        <source>{n} rows shown (at most {page}, newest first).</source>
        <translation>显示 {n} 条（最多 {page} 条，最新的在前）。</translation>
    </message>
    <message>
        <source>The chain is intact: {rows} rows, each sealed to the one before (SHA-256). Head {seq}: {sha}</source>
        <translation>哈希链完好：共 {rows} 条，每条都与前一条以 SHA-256 相连。链头 {seq}：{sha}</translation>
    </message>
    <message>
        <source>The chain breaks at row {seq}: the log was changed after it was written.</source>
        <translation>哈希链在第 {seq} 条处断开：日志在写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import the bank's payment detail</source>
        <translation>导入银行发放明细</translation>
    </message>
    <message>
        <source>{new} payments to record, {old} already recorded, {bad} rows not matched.</source>
        <translation>待登记 {new} 笔，已登记 {old} 笔，未匹配 {bad} 行。</translation>
    </message>
</context>
<context>
    <name>CalendarBox</name>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>e.g. 湖南 (for provincial standards)</source>
        <translation>例如 湖南（用于省级资助标准）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Autumn term</source>
        <translation>秋季学期</translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation>春季学期</translation>
    </message>
    <message>
        <source>first day, last day, reference day</source>
        <translation>开学日、结束日、认定基准日</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Family call</source>
        <translation>亲情电话</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Teachers and pairings</source>
        <translation>教师与结对</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>遍访覆盖</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录查询</translation>
    </message>
    <message>
        <source>Reminder rules…</source>
        <translation>提醒规则…</translation>
    </message>
</context>
<context>
    <name>ChildTimelineDialog</name>
    <message>
        <source>Teacher</source>
        <translation>帮扶教师</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>新增帮扶记录…</translation>
    </message>
    <message>
        <source>New diary entry…</source>
        <translation>新增成长日记…</translation>
    </message>
    <message>
        <source>New family call…</source>
        <translation>新增亲情电话…</translation>
    </message>
    <message>
        <source>Left-behind profile…</source>
        <translation>留守儿童档案…</translation>
    </message>
    <message>
        <source>Timeline: {name}</source>
        <translation>成长记录：{name}</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Teachers: {names}</source>
        <translation>帮扶教师：{names}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
</context>
<context>
    <name>ClassAssessmentDialog</name>
    <message>
        <source>Assessment of a class</source>
        <translation>班级认定</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
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
        <source>Class review on</source>
        <translation>班级评议日期</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>认定等级</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>认定原因</translation>
    </message>
    <message>
        <source>(not yet assessed)</source>
        <translation>（尚未认定）</translation>
    </message>
    <message>
        <source>{count} assessments saved.</source>
        <translation>已保存 {count} 条认定。</translation>
    </message>
</context>
<context>
    <name>ClassCombo</name>
    <message>
        <source>{klass} ({count})</source>
        <translation>{klass}（{count} 人）</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>同时显示已处理的冲突</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>No conflicts to decide. When a package brings a record that was changed here too, both versions are shown here for you to choose.</source>
        <translation>没有待处理的冲突。导入的同步包中如有本机也改过的记录，两个版本会列在这里，由您选择保留哪一个。</translation>
    </message>
    <message>
        <source>The same record was changed at the school and at the township before either heard of the other. Both versions are here, the fields that differ marked. Keep either: your choice is sent with the next package.</source>
        <translation>同一条记录在学校和乡镇中心学校都被修改过，双方当时都还不知道对方的修改。两个版本都列在这里，不同的栏目已标出。保留其中一个即可：您的选择会随下一个同步包发出。</translation>
    </message>
    <message>
        <source>{place}: changed by {who} at {when}</source>
        <translation>{place}：{who} 修改于 {when}</translation>
    </message>
    <message>
        <source>Keep: {place}</source>
        <translation>保留：{place}</translation>
    </message>
    <message>
        <source>{place}: changed {when}</source>
        <translation>{place}：修改于 {when}</translation>
    </message>
    <message>
        <source>(time not known)</source>
        <translation>（时间不详）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>By class</source>
        <translation>按班级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>遍访覆盖</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期清单</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>逾期清单（{count}）</translation>
    </message>
    <message>
        <source>{start} – {end}: {visited} of {paired} paired students visited ({share}); {unpaired} entitled children without a pairing; {no_proxy} left-behind children without a proxy parent; {unattended} no one looks after ({unattended_visited} of them visited); {overdue} overdue.</source>
        <translation>{start} – {end}：{paired} 名结对学生中 {visited} 名已走访（{share}）；{unpaired} 名应帮扶儿童未结对；{no_proxy} 名留守儿童没有代理家长；{unattended} 名无人监护（其中 {unattended_visited} 名已走访）；{overdue} 项逾期。</translation>
    </message>
</context>
<context>
    <name>CoverageTable</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>在读人数</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>应结对</translation>
    </message>
    <message>
        <source>Entitled, no pairing</source>
        <translation>应结对未结对</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>已结对</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Visited share</source>
        <translation>走访率</translation>
    </message>
    <message>
        <source>Home visited</source>
        <translation>已家访</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>No proxy parent</source>
        <translation>无代理家长</translation>
    </message>
    <message>
        <source>No one looks after</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>Of them visited</source>
        <translation>其中已走访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Up or Page Up: one day later. Down or Page Down: one day earlier.</source>
        <translation>↑ 或 PageUp：后一天；↓ 或 PageDown：前一天。</translation>
    </message>
    <message>
        <source>e.g. 2015-09-01</source>
        <translation>例如 2015-09-01</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DiaryDialog</name>
    <message>
        <source>Growth diary entry</source>
        <translation>成长日记</translation>
    </message>
</context>
<context>
    <name>DutyRulesDialog</name>
    <message>
        <source>Targets and kinds of activity</source>
        <translation>工作目标与活动类别</translation>
    </message>
    <message>
        <source>The township sets the targets of every school and pairing, and the kinds of activity they count; they go down to the schools with the next packages.</source>
        <translation>乡镇中心学校为各校和各结对设定工作目标，以及目标所统计的活动类别；修改会随下一批同步包下发到各校。</translation>
    </message>
    <message>
        <source>Only the township central school changes the targets and the kinds of activity; they come with its packages. Shown here as they are.</source>
        <translation>工作目标和活动类别只能由乡镇中心学校修改，随其同步包下发。这里仅供查看。</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Kinds of activity</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Restore the default targets</source>
        <translation>恢复默认目标</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase at the family's request</source>
        <translation>应家庭要求删除</translation>
    </message>
    <message>
        <source>All personal data of {name} is erased here, and in the township's copy with the next package: the file, family, guardians, visits, diary entries, calls and the left-behind profile. Aid payments keep their amounts (the school's accounts); the names typed on them are erased. This cannot be undone.</source>
        <translation>{name} 的全部个人信息将在本机删除，并随下一个同步包在乡镇的副本中删除：档案、家庭成员、监护人、帮扶记录、成长日记、亲情电话和留守儿童档案。资助发放记录保留金额（学校的账目），其中填写的姓名会被清空。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Why (the family's request)</source>
        <translation>原因（家庭的要求）</translation>
    </message>
    <message>
        <source>Type the child's name</source>
        <translation>输入孩子的姓名</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type the child's name as it is on the file.</source>
        <translation>请按档案上的写法输入孩子的姓名。</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>应家庭要求删除…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened. Your data is safe; the last step was not done.</source>
        <translation>程序出现意外错误。您的数据是安全的，最后一步没有执行。</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>数据无法读取。</translation>
    </message>
    <message>
        <source>The figures could not be loaded: {message}</source>
        <translation>数字未能加载：{message}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the national systems</source>
        <translation>导出国家系统文件</translation>
    </message>
    <message>
        <source>Student aid system: family economic information</source>
        <translation>学生资助系统：家庭经济信息</translation>
    </message>
    <message>
        <source>Student aid system: payments of a term</source>
        <translation>学生资助系统：学期资助发放名单</translation>
    </message>
    <message>
        <source>Civil affairs: register of rural left-behind children</source>
        <translation>民政：农村留守儿童基本情况登记表</translation>
    </message>
    <message>
        <source>Autumn term</source>
        <translation>秋季学期</translation>
    </message>
    <message>
        <source>Spring term</source>
        <translation>春季学期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Rows to complete first, and children left out:</source>
        <translation>需先补全的行，以及未列入的儿童：</translation>
    </message>
    <message>
        <source>These files carry full ID numbers: only the principal or the aid officer makes them.</source>
        <translation>这些文件含完整身份证号，只有校长或资助负责人可以生成。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Left out: {line}</source>
        <translation>未列入：{line}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>可以保存。</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>已写入 {count} 行：{path}。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>The first account</source>
        <translation>第一个账号</translation>
    </message>
    <message>
        <source>The ledger holds children's personal data: each person logs in with a name and a PIN. First the {role}'s account; the {role} then makes the others.</source>
        <translation>台账中有儿童的个人信息：每个人都要用姓名和口令登录。先创建{role}的账号，再由{role}创建其他账号。</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>至少 6 个字符</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次口令</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的口令不一致。</translation>
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
    <name>FirstSteps</name>
    <message>
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>1. Import the schools' sync packages (brought on a USB stick).</source>
        <translation>1. 导入各校的同步包（用 U 盘带来）。</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>1. Student files: import the roster, or make the files one by one.</source>
        <translation>1. 学生档案：导入花名册，或逐个新建档案。</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>New student file</source>
        <translation>新建学生档案</translation>
    </message>
    <message>
        <source>2. Teachers: add the school's teachers.</source>
        <translation>2. 教师：添加本校教师。</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>添加教师…</translation>
    </message>
    <message>
        <source>3. Pairings: pair each teacher with the children they look after.</source>
        <translation>3. 结对：为每位教师结对所帮扶的学生。</translation>
    </message>
    <message>
        <source>Go to the pairings</source>
        <translation>去结对</translation>
    </message>
</context>
<context>
    <name>GrowthTab</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>身高（厘米）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（千克）</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status by {source}</source>
        <translation>营养状况依据 {source}</translation>
    </message>
    <message>
        <source>Record a measurement…</source>
        <translation>登记身高体重…</translation>
    </message>
    <message>
        <source>{term}: {measured} measured, {below} below the norm</source>
        <translation>{term}：已测 {measured} 人，低于标准 {below} 人</translation>
    </message>
    <message>
        <source>Measurement: {name}</source>
        <translation>身高体重：{name}</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Children handed over</source>
        <translation>交接学生</translation>
    </message>
    <message>
        <source>Show decided ones too</source>
        <translation>也显示已处理的</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移出学校</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>离校原因</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>Grade here</source>
        <translation>本校年级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>e.g. 1班</source>
        <translation>例如 1班</translation>
    </message>
    <message>
        <source>Take the child in</source>
        <translation>接收入学</translation>
    </message>
    <message>
        <source>Not here…</source>
        <translation>不在本校…</translation>
    </message>
    <message>
        <source>Class here:</source>
        <translation>本校班级：</translation>
    </message>
    <message>
        <source>The sending school keeps its file. Taking a child in makes a file here with the child's history, assessments and family; the care records of the sending school are read with the child's timeline. The sending school learns the decision with the next packages.</source>
        <translation>移出学校保留原档案。接收后，本校建立该生档案，带上历史记录、认定和家庭情况；移出学校的帮扶记录在学生的时间线中查看。移出学校随后续同步包得知处理结果。</translation>
    </message>
    <message>
        <source>{count} children handed over by {school}</source>
        <translation>{school}移交来 {count} 名学生</translation>
    </message>
    <message>
        <source>No child waits to be taken in.</source>
        <translation>没有待接收的学生。</translation>
    </message>
    <message>
        <source>Taken back by the sending school</source>
        <translation>移出学校已撤回</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待接收</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>不在本校</translation>
    </message>
    <message>
        <source>{school}: {place}, left on {day}</source>
        <translation>{school}：{place}，{day}离校</translation>
    </message>
    <message>
        <source>Came with the file: {what}</source>
        <translation>随档案移交：{what}</translation>
    </message>
    <message>
        <source>Why is {name} not taken in (for {school})?</source>
        <translation>为什么不接收{name}（将告知{school}）？</translation>
    </message>
    <message>
        <source>Not at this school</source>
        <translation>未到本校报到</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>状态值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Record a status change…</source>
        <translation>登记状态变更…</translation>
    </message>
    <message>
        <source>Save the student first.</source>
        <translation>请先保存学生档案。</translation>
    </message>
    <message>
        <source>(still)</source>
        <translation>（至今）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>View as:</source>
        <translation>查看身份：</translation>
    </message>
    <message>
        <source>{name} (all schools of the township)</source>
        <translation>{name}（全乡镇各校）</translation>
    </message>
    <message>
        <source>{name} (whole school)</source>
        <translation>{name}（全校）</translation>
    </message>
</context>
<context>
    <name>IdNumberChecks</name>
    <message>
        <source>The ID number gives the birth date {date}.</source>
        <translation>根据身份证号，出生日期为 {date}。</translation>
    </message>
    <message>
        <source>The ID number gives the sex {sex}.</source>
        <translation>根据身份证号，性别为{sex}。</translation>
    </message>
    <message>
        <source>A student with this ID number is already in the ledger: {name} ({school})</source>
        <translation>台账中已有该身份证号的学生：{name}（{school}）</translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation>打开该档案</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>10 digits, e.g. 4301230001</source>
        <translation>10 位数字，例如 4301230001</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>请选择</translation>
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
        <source>The 10-digit national school code is on the school's registration certificate (学校标识码).</source>
        <translation>10 位学校标识码可在学校的登记证书上查到。</translation>
    </message>
    <message>
        <source>Your township</source>
        <translation>本乡镇信息</translation>
    </message>
    <message>
        <source>The township's name and its 9-digit division code.</source>
        <translation>请填写乡镇名称及其 9 位区划代码。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and enrolment</source>
        <translation>密钥与登记</translation>
    </message>
    <message>
        <source>This ledger's key</source>
        <translation>本台账的密钥</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹码</translation>
    </message>
    <message>
        <source>Print enrolment card…</source>
        <translation>打印登记卡…</translation>
    </message>
    <message>
        <source>Save public key file…</source>
        <translation>保存公钥文件…</translation>
    </message>
    <message>
        <source>Export private key…</source>
        <translation>导出私钥…</translation>
    </message>
    <message>
        <source>Save enrolment card</source>
        <translation>保存登记卡</translation>
    </message>
    <message>
        <source>Enrolment card saved: {path}</source>
        <translation>登记卡已保存：{path}</translation>
    </message>
    <message>
        <source>Public key (*.fpkey)</source>
        <translation>公钥文件 (*.fpkey)</translation>
    </message>
    <message>
        <source>Save public key file</source>
        <translation>保存公钥文件</translation>
    </message>
    <message>
        <source>Public key saved: {path}</source>
        <translation>公钥已保存：{path}</translation>
    </message>
    <message>
        <source>The exported key lets whoever has the file and its password sign packages as this ledger. Export it only to bring it to a reinstalled PC, and keep the file and the password apart. Export?</source>
        <translation>导出的密钥可让持有该文件及其密码的任何人以本台账名义签名同步包。仅在重装电脑时导出，并将文件与密码分开保管。确定导出吗？</translation>
    </message>
    <message>
        <source>Export private key</source>
        <translation>导出私钥</translation>
    </message>
    <message>
        <source>Private key exported to {path}. Its password, shown only now: {password}. Write it down and keep it apart from the file.</source>
        <translation>私钥已导出到 {path}。其密码仅此一次显示：{password}。请记下并与文件分开保管。</translation>
    </message>
    <message>
        <source>Enrol or re-key a peer</source>
        <translation>登记或更换对方的密钥</translation>
    </message>
    <message>
        <source>Choose its key file or a package it sent…</source>
        <translation>选择对方的公钥文件或其发来的同步包…</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Enrolled now</source>
        <translation>当前已登记</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的密钥</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 位数字</translation>
    </message>
    <message>
        <source>Compare every group with the card; type the last</source>
        <translation>与登记卡逐组核对后，输入最后一组</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Choose the peer's key file or package</source>
        <translation>选择对方的公钥文件或同步包</translation>
    </message>
    <message>
        <source>Keys and packages (*.fpkey *.fpkg *.xlsx)</source>
        <translation>公钥和同步包 (*.fpkey *.fpkg *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the key</source>
        <translation>正在读取密钥</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>{fingerprint} (the same key)</source>
        <translation>{fingerprint}（同一密钥）</translation>
    </message>
    <message>
        <source>The last group typed does not match the key in the file. Compare the fingerprint with the peer's enrolment card again.</source>
        <translation>输入的最后一组与文件中的密钥不符。请再次与对方的登记卡核对指纹码。</translation>
    </message>
    <message>
        <source>{peer} is enrolled with this key.</source>
        <translation>{peer} 已用此密钥登记。</translation>
    </message>
    <message>
        <source>Excel password (for a clerk who opens packages in WPS)</source>
        <translation>Excel 密码（供在 WPS 中打开同步包）</translation>
    </message>
    <message>
        <source>{name} central school</source>
        <translation>{name}中心学校</translation>
    </message>
    <message>
        <source>Make it and print its card…</source>
        <translation>生成并打印密码卡…</translation>
    </message>
    <message>
        <source>Save password card</source>
        <translation>保存密码卡</translation>
    </message>
    <message>
        <source>The password card is saved: {path}. Print it and delete the file.</source>
        <translation>密码卡已保存：{path}。请打印后删除该文件。</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
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
        <source>The backup was restored. The program starts again on the restored ledger.</source>
        <translation>备份已恢复。程序将在恢复后的台账上重新启动。</translation>
    </message>
</context>
<context>
    <name>LeftBehindPage</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Proxy parent</source>
        <translation>代理家长</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last diary entry</source>
        <translation>最近成长日记</translation>
    </message>
    <message>
        <source>Last family call</source>
        <translation>最近亲情电话</translation>
    </message>
    <message>
        <source>No one looks after</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Child's name or pinyin</source>
        <translation>学生姓名或拼音</translation>
    </message>
    <message>
        <source>No left-behind children yet. Mark a child as left behind in the student file, or make a child's left-behind profile, and the child is listed here.</source>
        <translation>还没有留守儿童。在学生档案中把学生标为留守儿童，或为学生建立留守儿童档案后，会列在这里。</translation>
    </message>
    <message>
        <source>No left-behind child matches the search or the class.</source>
        <translation>没有符合搜索或班级条件的留守儿童。</translation>
    </message>
    <message>
        <source>{count} left-behind children, {none} without a proxy parent, {unattended} no one looks after</source>
        <translation>留守儿童 {count} 名，{none} 名没有代理家长，{unattended} 名无人监护</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>档案…</translation>
    </message>
    <message>
        <source>Diary entry…</source>
        <translation>成长日记…</translation>
    </message>
    <message>
        <source>Family call…</source>
        <translation>亲情电话…</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>成长记录…</translation>
    </message>
    <message>
        <source>A parent came home…</source>
        <translation>父母返乡…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>A parent came home</source>
        <translation>父母返乡</translation>
    </message>
    <message>
        <source>{name} is no longer left behind from today. Note:</source>
        <translation>{name} 自今天起不再是留守儿童。说明：</translation>
    </message>
</context>
<context>
    <name>LeftBehindProfileDialog</name>
    <message>
        <source>Left-behind profile</source>
        <translation>留守儿童档案</translation>
    </message>
    <message>
        <source>Left-behind by the definition</source>
        <translation>认定条件核对</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Print letters to parents</source>
        <translation>打印致家长的一封信</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <source>Letter or meeting</source>
        <translation>信件或会议</translation>
    </message>
    <message>
        <source>Families of</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The first letter:</source>
        <translation>第一封信：</translation>
    </message>
    <message>
        <source>Record a letter or a meeting first.</source>
        <translation>请先登记一封致家长信或一次会议。</translation>
    </message>
    <message>
        <source>No pupil in this choice.</source>
        <translation>所选范围没有学生。</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <source>Import a county list</source>
        <translation>导入县级名单</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Compare with the ledger</source>
        <translation>与台账比对</translation>
    </message>
    <message>
        <source>County list</source>
        <translation>县级名单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date of the list</source>
        <translation>名单日期</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>贫困状态</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Gain the category</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Lose it</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>In no school: follow up</source>
        <translation>不在任何学校：需跟进</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>By school</source>
        <translation>按学校</translation>
    </message>
    <message>
        <source>Apply the changes…</source>
        <translation>应用更改…</translation>
    </message>
    <message>
        <source>Only the principal or the aid officer imports a county list.</source>
        <translation>只有校长或资助负责人可以导入县级名单。</translation>
    </message>
    <message>
        <source>Choose the county's list</source>
        <translation>选择县里的名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the county's list (an Excel workbook) first.</source>
        <translation>请先选择县级名单（Excel 工作簿）。</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message>
        <source>{gains} children gain {category} and {losses} lose it from {date}. A backup is taken first. Apply?</source>
        <translation>自 {date} 起，{gains} 名儿童新增“{category}”，{losses} 名取消。应用前会先备份。确定应用吗？</translation>
    </message>
    <message>
        <source>Applying the list…</source>
        <translation>正在应用名单…</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Prepare the list</source>
        <translation>编制名单</translation>
    </message>
    <message>
        <source>Confirm the list</source>
        <translation>确认名单</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Record sheet as paid…</source>
        <translation>登记整表已发放…</translation>
    </message>
    <message>
        <source>Import bank detail…</source>
        <translation>导入银行明细…</translation>
    </message>
    <message>
        <source>Record provided…</source>
        <translation>登记已提供…</translation>
    </message>
    <message>
        <source>Export payments…</source>
        <translation>导出发放记录…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Choose a school: lists are made by each school.</source>
        <translation>请选择学校：名单由各校编制。</translation>
    </message>
    <message>
        <source>No list of this term yet: the aid officer prepares it.</source>
        <translation>本学期尚无名单：由资助专干编制。</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {date}: stored, never recomputed. Due in cash: {total} yuan. Corrections are adjustments with a reason.</source>
        <translation>已由 {name} 于 {date} 确认：名单已保存，不再重新计算。应发现金 {total} 元。更正以调整并注明原因的方式进行。</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date} from the values on {day}; the principal confirms it.</source>
        <translation>由 {name} 于 {date} 按 {day} 的情况编制；须由校长确认。</translation>
    </message>
    <message>
        <source>Once confirmed, the list is never recomputed; corrections are adjustments with a reason. Confirm it?</source>
        <translation>名单一经确认不再重新计算，更正须以调整并注明原因的方式进行。确认吗？</translation>
    </message>
    <message>
        <source>The bank's payment detail</source>
        <translation>银行发放明细</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>导出发放记录</translation>
    </message>
    <message>
        <source>{count} payments written to {path}.</source>
        <translation>{count} 笔发放记录已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The ledger is locked: no one's data is shown. {name}, enter your PIN to go on.</source>
        <translation>台账已锁定，不显示任何人的信息。{name}，请输入口令继续。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Forgot the PIN…</source>
        <translation>忘记口令…</translation>
    </message>
    <message>
        <source>The ledger holds children's personal data: log in to use it.</source>
        <translation>台账中有儿童的个人信息：请登录后使用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation>教育扶贫台账</translation>
    </message>
    <message>
        <source>Opening the ledger…</source>
        <translation>正在打开台账…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Student files</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Pairing and care</source>
        <translation>结对帮扶与关爱</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>资助管理</translation>
    </message>
    <message>
        <source>School duties</source>
        <translation>学校工作</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>各校汇总</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
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
        <source>&amp;Print forms…</source>
        <translation>打印表格(&amp;P)…</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>学年(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New school year…</source>
        <translation>新学年升级(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Assessment of a class…</source>
        <translation>班级认定(&amp;A)…</translation>
    </message>
    <message>
        <source>No child &amp;lost…</source>
        <translation>控辍保学(&amp;L)…</translation>
    </message>
    <message>
        <source>Children &amp;handed over…</source>
        <translation>交接学生(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keys and enrolment…</source>
        <translation>密钥与登记(&amp;K)…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>数据交换(&amp;X)</translation>
    </message>
    <message>
        <source>Import a &amp;county list…</source>
        <translation>导入县级名单(&amp;C)…</translation>
    </message>
    <message>
        <source>Export for the &amp;national systems…</source>
        <translation>导出国家系统文件(&amp;N)…</translation>
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
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Education Aid Ledger {version}&lt;/h3&gt;&lt;p&gt;Student files of poor-household children, pairing visits and the care of left-behind children, for village schools and the township central school. Works offline; data travels as Excel sync packages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;教育扶贫台账 {version}&lt;/h3&gt;&lt;p&gt;供村小和乡镇中心学校使用，管理贫困家庭学生档案、结对帮扶家访和留守儿童关爱工作。无需联网即可使用，数据通过 Excel 同步包传递。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MealRegisterTab</name>
    <message>
        <source>Save the register</source>
        <translation>保存用餐登记</translation>
    </message>
    <message>
        <source>Tick everyone</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Everyone is ticked: untick who did not eat, then save once. ★ left-behind, ◆ needy.</source>
        <translation>已全部勾选：取消未用餐学生的勾选，然后保存一次。★ 留守儿童，◆ 困难学生。</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>{served} of {total} ate</source>
        <translation>{total} 人中 {served} 人用餐</translation>
    </message>
    <message>
        <source>Saving the register</source>
        <translation>正在保存用餐登记</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>New PIN for {name}</source>
        <translation>为 {name} 设置新口令</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再输一次新口令</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Search name or pinyin</source>
        <translation>搜索姓名或拼音</translation>
    </message>
    <message>
        <source>Only entitled children without a teacher</source>
        <translation>只列出应结对而未结对的学生</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Pair students</source>
        <translation>结对学生</translation>
    </message>
    <message>
        <source>entitled</source>
        <translation>应结对</translation>
    </message>
    <message>
        <source>left behind</source>
        <translation>留守</translation>
    </message>
    <message>
        <source>paired with {names}</source>
        <translation>已与{names}结对</translation>
    </message>
</context>
<context>
    <name>PairingsTab</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New pairing…</source>
        <translation>新建结对…</translation>
    </message>
    <message>
        <source>Print the pairing file…</source>
        <translation>打印帮扶档案…</translation>
    </message>
    <message>
        <source>No institution pairings yet (a kindergarten or school helping another). Record one to keep its plan, activities and summary together.</source>
        <translation>还没有城乡结对（一所幼儿园或学校帮扶另一所）。新建结对后，计划、活动和总结都归在一起。</translation>
    </message>
    <message>
        <source>Institution pairing</source>
        <translation>结对单位</translation>
    </message>
    <message>
        <source>Choose a pairing first.</source>
        <translation>请先选择一个结对。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set the backup passphrase</source>
        <translation>设置备份密码</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>A backup on a USB stick is encrypted with this passphrase: whoever finds the stick cannot read it. Write the passphrase on the recovery sheet in the school's safe; without it no one can open those backups.</source>
        <translation>U 盘上的备份用此密码加密：捡到 U 盘的人也读不出来。请把密码写在恢复单上，放进学校保险柜；没有它，谁也打不开这些备份。</translation>
    </message>
    <message>
        <source>The backup passphrase (on the recovery sheet in the school's safe).</source>
        <translation>备份密码（写在学校保险柜里的恢复单上）。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>No backup passphrase is set yet: the principal sets it at the first backup to a folder.</source>
        <translation>尚未设置备份密码：校长在第一次备份到文件夹时设置。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记资助发放</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>School year and term</source>
        <translation>学年学期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>{amount} yuan was already paid for this term; another payment will be flagged as a double claim.</source>
        <translation>本学期已发放 {amount} 元，再次发放将被标记为重复领取。</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Search a name</source>
        <translation>搜索姓名</translation>
    </message>
    <message>
        <source>Only what is still due</source>
        <translation>只显示尚未发足的</translation>
    </message>
    <message>
        <source>Show aid in kind</source>
        <translation>显示实物资助</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记发放…</translation>
    </message>
    <message>
        <source>Other payment…</source>
        <translation>其他发放…</translation>
    </message>
    <message>
        <source>A payment without an entitlement here, such as a donation</source>
        <translation>登记不在应发名单中的发放，如社会捐资</translation>
    </message>
    <message>
        <source>Void payment…</source>
        <translation>作废发放记录…</translation>
    </message>
    <message>
        <source>Entitlements this term</source>
        <translation>本学期应发资助</translation>
    </message>
    <message>
        <source>Payments recorded this term</source>
        <translation>本学期已登记的发放记录</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{n} payments, {amount} yuan</source>
        <translation>共 {n} 笔，{amount} 元</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>全部资助项目</translation>
    </message>
    <message>
        <source>{n} entitlements shown, {amount} yuan still due</source>
        <translation>显示 {n} 条应发记录，待发 {amount} 元</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>作废发放记录</translation>
    </message>
    <message>
        <source>Void the payment of {amount} yuan to {name}? Why:</source>
        <translation>是否作废发给{name}的 {amount} 元？请填写原因：</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>This term</source>
        <translation>本学期</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>本学年</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>自定日期</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
</context>
<context>
    <name>PhraseHelper</name>
    <message>
        <source>Phrases</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>Ready phrases for this field (F4)</source>
        <translation>本栏目的常用语（F4）</translation>
    </message>
    <message>
        <source>Ready phrases: Ctrl+1 … Ctrl+9, or F4 for the list</source>
        <translation>常用语：Ctrl+1 … Ctrl+9 直接填入，F4 打开列表</translation>
    </message>
    <message>
        <source>Edit phrases…</source>
        <translation>编辑常用语…</translation>
    </message>
</context>
<context>
    <name>PhrasesDialog</name>
    <message>
        <source>Ready phrases: {field}</source>
        <translation>常用语：{field}</translation>
    </message>
    <message>
        <source>One phrase a line, at most {count}. In the field, Ctrl+1 puts in the first line, Ctrl+2 the second, and so on.</source>
        <translation>每行一条，最多 {count} 条。在输入框里按 Ctrl+1 填入第一条，Ctrl+2 填入第二条，依此类推。</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认常用语</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>Matches {student}; nothing to change.</source>
        <translation>对应台账中的{student}，无需更改。</translation>
    </message>
    <message>
        <source>Matches {student}; changes: {fields}</source>
        <translation>对应台账中的{student}，将更改：{fields}</translation>
    </message>
</context>
<context>
    <name>PrincipalHome</name>
    <message>
        <source>of paired students visited this term</source>
        <translation>本学期结对学生走访率</translation>
    </message>
    <message>
        <source>entitled children without a pairing</source>
        <translation>应结对而未结对的学生</translation>
    </message>
    <message>
        <source>left-behind children without a proxy parent</source>
        <translation>无代理家长的留守儿童</translation>
    </message>
    <message>
        <source>overdue visits, diaries and calls</source>
        <translation>逾期的帮扶、日记和亲情电话</translation>
    </message>
    <message>
        <source>children left or elsewhere, follow-up overdue</source>
        <translation>离校或在外就读、跟进逾期的学生</translation>
    </message>
    <message>
        <source>children handed over, to take in</source>
        <translation>移交来的学生，待接收</translation>
    </message>
    <message>
        <source>Open the children handed over</source>
        <translation>打开交接学生</translation>
    </message>
    <message>
        <source>Classes with gaps</source>
        <translation>有缺口的班级</translation>
    </message>
    <message>
        <source>Targets of the school's duties</source>
        <translation>学校工作目标</translation>
    </message>
    <message>
        <source>Loading this term's figures…</source>
        <translation>正在加载本学期的数字…</translation>
    </message>
    <message>
        <source>{term}: coverage up to {day}</source>
        <translation>{term}：截至 {day} 的遍访覆盖情况</translation>
    </message>
    <message>
        <source>children handed over by {school}, to take in</source>
        <translation>{school}移交来的学生，待接收</translation>
    </message>
    <message>
        <source>children handed over by {school} and {count} more schools</source>
        <translation>{school}和另外 {count} 所学校移交来的学生</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print forms</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生范围</translation>
    </message>
    <message>
        <source>The current student</source>
        <translation>当前学生</translation>
    </message>
    <message>
        <source>The selected students ({n})</source>
        <translation>选中的学生（{n} 名）</translation>
    </message>
    <message>
        <source>The list as filtered now</source>
        <translation>当前筛选的名单</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>全校学生</translation>
    </message>
    <message>
        <source>Mask ID numbers (only the last 4 shown)</source>
        <translation>隐去身份证号（只显示后 4 位）</translation>
    </message>
    <message>
        <source>Your role may print masked ID numbers only.</source>
        <translation>您的角色只能打印隐去的身份证号。</translation>
    </message>
    <message>
        <source>Sign-off sheet</source>
        <translation>签领表</translation>
    </message>
    <message>
        <source>Aid program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Save the forms as</source>
        <translation>表格保存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>{file} exists. Replace it?</source>
        <translation>{file} 已存在，要替换吗？</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>{pages} pages written to
{path}</source>
        <translation>已写入 {pages} 页：
{path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit aid program</source>
        <translation>编辑资助项目</translation>
    </message>
    <message>
        <source>New aid program</source>
        <translation>新增资助项目</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>New program…</source>
        <translation>新增项目…</translation>
    </message>
    <message>
        <source>Edit program…</source>
        <translation>编辑项目…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New standard…</source>
        <translation>新增标准…</translation>
    </message>
    <message>
        <source>Edit standard…</source>
        <translation>编辑标准…</translation>
    </message>
    <message>
        <source>Delete standard</source>
        <translation>删除标准</translation>
    </message>
    <message>
        <source>Aid programs</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Aid programs and standards are set by the township and come with its packages.</source>
        <translation>资助项目和资助标准由中心学校制定，随中心学校的同步包下发。</translation>
    </message>
    <message>
        <source>Only the principal changes programs and standards.</source>
        <translation>只有校长可以修改资助项目和标准。</translation>
    </message>
    <message>
        <source>Standards are set by the township and come in its packages.</source>
        <translation>资助标准由乡镇设定，随乡镇的同步包下发。</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>资助标准</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation>不设标准</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未截止）</translation>
    </message>
    <message>
        <source>national</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Standards of {program}</source>
        <translation>{program}的资助标准</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Delete this standard? Only do this for one entered by mistake; a standard that no longer applies gets a valid-to date instead, so past terms stay right.</source>
        <translation>是否删除此标准？仅在标准录入有误时删除；不再执行的标准请填写截止日期，以免以往学期的数据出错。</translation>
    </message>
</context>
<context>
    <name>ProvideDialog</name>
    <message>
        <source>Record as provided</source>
        <translation>登记为已提供</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Meal days served</source>
        <translation>供餐天数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. A deleted record keeps its personal data until every school or township that holds it has confirmed the deletion; then its name, ID number, phones and texts are blanked (the record's id stays, so sync still knows it). Resolved conflicts and old copies kept aside at restores go after the time the county set.</source>
        <translation>个人信息不超期保存。已删除的记录在所有持有它的学校或乡镇确认删除之前保留个人信息；确认之后，姓名、身份证号、电话和文字内容会被清空（记录编号保留，同步仍能识别）。已处理的冲突和恢复时保留的旧副本在县里规定的期限后删除。</translation>
    </message>
    <message>
        <source>Deleted records to blank</source>
        <translation>待清空的已删除记录</translation>
    </message>
    <message>
        <source>Resolved conflicts to remove</source>
        <translation>待删除的已处理冲突</translation>
    </message>
    <message>
        <source>Old copies kept aside to remove</source>
        <translation>待删除的旧台账副本</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>立即清除</translation>
    </message>
    <message>
        <source>The county's rules:</source>
        <translation>县里的规定：</translation>
    </message>
    <message>
        <source>Purging</source>
        <translation>正在清除</translation>
    </message>
    <message>
        <source>Purged: {records} records blanked, {conflicts} conflicts removed.</source>
        <translation>已清除：清空 {records} 条记录，删除 {conflicts} 条冲突。</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Search a name</source>
        <translation>搜索姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Totals by program</source>
        <translation>按资助项目汇总</translation>
    </message>
    <message>
        <source>Totals by stage</source>
        <translation>按学段汇总</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放笔数</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>应发人次</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <source>Needs attention ({n})</source>
        <translation>需关注（{n}）</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>全部资助项目</translation>
    </message>
    <message>
        <source>{n} of {total} rows shown</source>
        <translation>显示 {n} 行，共 {total} 行</translation>
    </message>
</context>
<context>
    <name>RecordSheetDialog</name>
    <message>
        <source>Record the sheet as paid</source>
        <translation>登记整表已发放</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Untick the children who were not paid:</source>
        <translation>取消勾选未领到的学生：</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>全部教师</translation>
    </message>
    <message>
        <source>Child's name or pinyin</source>
        <translation>学生姓名或拼音</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>No visits, diary entries or family calls in this period. Visits are recorded under Teachers and pairings: choose a teacher, then Record visits…; diary entries and calls under Left-behind children.</source>
        <translation>这段时间没有帮扶记录、成长日记或亲情电话。帮扶记录在“教师与结对”中登记：选中教师，点“记录帮扶…”；成长日记和亲情电话在“留守儿童”中登记。</translation>
    </message>
    <message>
        <source>Nothing matches the search or the filters in this period.</source>
        <translation>这段时间没有符合搜索或筛选条件的记录。</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>共 {count} 条记录</translation>
    </message>
    <message>
        <source>Delete the {kind} of {name} on {date}?</source>
        <translation>删除{name} {date} 的{kind}？</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Set a forgotten PIN</source>
        <translation>设置忘记的口令</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再输一次新口令</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The recovery code of {name}. Write it on paper and keep it in the school's safe: it sets a new PIN when the PIN is forgotten. It is shown only now.</source>
        <translation>这是 {name} 的恢复码。请抄在纸上放进学校保险柜：忘记口令时可用它设置新口令。它只显示这一次。</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已抄下恢复码</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>The full ID number of {who} is personal data of a child. Say why you need it: the reason, your name and the time go into the audit log.</source>
        <translation>{who} 的完整身份证号是儿童的个人信息。请说明需要它的原因：原因、您的姓名和时间都会记入审计日志。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation>显示完整身份证号…</translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <source>A school (完小, 初小, 教学点, 幼儿园, 初中)</source>
        <translation>学校（完小、初小、教学点、幼儿园、初中）</translation>
    </message>
    <message>
        <source>The township central school: gathers and checks every school's data</source>
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
        <translation>从 Excel 导入花名册</translation>
    </message>
    <message>
        <source>Choose the Excel file of your roster</source>
        <translation>请选择花名册 Excel 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Download blank template…</source>
        <translation>下载空白模板…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Columns (correct the guesses if needed)</source>
        <translation>列对应关系（已自动识别，如有不对请更正）</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Preview: nothing is written yet</source>
        <translation>预览：尚未写入任何数据</translation>
    </message>
    <message>
        <source>Skip invalid rows and import the others</source>
        <translation>跳过有误的行，导入其余各行</translation>
    </message>
    <message>
        <source>Update students already in the ledger</source>
        <translation>更新台账中已有的学生</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>正在读取花名册</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>正在读取工作表</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>{letter} 列</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>{new} new, {existing} already in the ledger ({changed} with changes), {invalid} invalid, {duplicate} repeated in the file.</source>
        <translation>新增 {new} 名，台账中已有 {existing} 名（其中 {changed} 名有变化），{invalid} 行有误，{duplicate} 行在文件中重复。</translation>
    </message>
    <message>
        <source>{count} rows are not a child and are left out.</source>
        <translation>{count} 行不是学生，已略过。</translation>
    </message>
    <message>
        <source>Other sheets list children too: {sheets}. Import each of them.</source>
        <translation>其他工作表也列有学生：{sheets}。请逐个导入。</translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the file, or skip invalid rows.</source>
        <translation>部分行有误：请更正文件，或选择跳过有误的行。</translation>
    </message>
    <message>
        <source>Import into {school}: {new} new students, {updated} updated, {skipped} rows skipped. A backup of the ledger is taken first. Continue?</source>
        <translation>导入到{school}：新增 {new} 名学生，更新 {updated} 名，跳过 {skipped} 行。导入前会先备份台账。是否继续？</translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation>正在导入花名册</translation>
    </message>
    <message>
        <source>Save the blank roster</source>
        <translation>保存空白花名册</translation>
    </message>
    <message>
        <source>roster template.xlsx</source>
        <translation>花名册模板.xlsx</translation>
    </message>
    <message>
        <source>Writing the template</source>
        <translation>正在生成模板</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Export the student list</source>
        <translation>导出学生名单</translation>
    </message>
    <message>
        <source>students.xlsx</source>
        <translation>学生名单.xlsx</translation>
    </message>
    <message>
        <source>{count} students written to {path}.</source>
        <translation>已将 {count} 名学生写入 {path}。</translation>
    </message>
    <message>
        <source>Exporting the student list</source>
        <translation>正在导出学生名单</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>第 {row} 行，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source>Rules apply in school terms (autumn 1 Sep – 31 Jan, spring 1 Mar – 15 Jul). A month or term in which a pairing held only some days asks for a share.</source>
        <translation>规则只在学期内适用（秋季学期 9月1日 – 1月31日，春季学期 3月1日 – 7月15日）。结对只覆盖一个月或一个学期的部分天数时，按天数比例要求次数。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认规则</translation>
    </message>
    <message>
        <source>Only the township central school changes the reminder rules; they come with its packages. Shown here as they are.</source>
        <translation>提醒规则只由中心学校修改，随中心学校的同步包下发。此处仅供查看。</translation>
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
        <source>School phone</source>
        <translation>学校电话</translation>
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
        <translation>编辑资助标准</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>新增资助标准</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>End the standard it replaces the day before this one starts</source>
        <translation>被替换的旧标准截止到本标准生效的前一天</translation>
    </message>
    <message>
        <source>For a new amount from a date: the old standard keeps the past terms.</source>
        <translation>适用于从某日起调整金额：以往学期仍按旧标准计算。</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Record a status change</source>
        <translation>登记状态变更</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose which status changed.</source>
        <translation>请选择变更的状态。</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>请填写变更日期。</translation>
    </message>
    <message>
        <source>Choose the new value.</source>
        <translation>请选择新状态。</translation>
    </message>
    <message>
        <source>A change cannot be dated in the future: record it on its day.</source>
        <translation>变更不能填未来日期：请到当天再登记。</translation>
    </message>
    <message>
        <source>The current value holds since {date}; the change cannot be earlier.</source>
        <translation>当前状态自 {date} 起生效，变更日期不能早于该日期。</translation>
    </message>
</context>
<context>
    <name>StudentFormDialog</name>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>成长时间线…</translation>
    </message>
    <message>
        <source>Visits, diary entries and family calls</source>
        <translation>帮扶记录、成长日记和亲情电话</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Transfer out to…</source>
        <translation>转出到…</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>Student file - {name}</source>
        <translation>学生档案 - {name}</translation>
    </message>
    <message>
        <source>Choose the school.</source>
        <translation>请选择学校。</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>身份证号重复</translation>
    </message>
    <message>
        <source>A student with this ID number is already in the ledger: {names}.

Aid would be counted twice. Save a second file anyway?</source>
        <translation>台账中已有同一身份证号的学生：{names}。

资助会被重复统计。仍要再建一份档案吗？</translation>
    </message>
    <message>
        <source>Not saved: {count} problems. The fields marked in red say what is wrong.</source>
        <translation>未保存：有 {count} 处问题，请查看标红的字段。</translation>
    </message>
    <message>
        <source>Delete the student {name} (ID number ending in {last4})?</source>
        <translation>是否删除学生{name}（身份证号后四位 {last4}）？</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>Save or undo the changes to the file first.</source>
        <translation>请先保存或撤销对档案的修改。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Close without saving the changes to this student file?</source>
        <translation>是否关闭并放弃对该学生档案的更改？</translation>
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
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
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
        <source>No student files yet. Start with the school's roster (an Excel file from the student registration system), or make the files one by one.</source>
        <translation>还没有学生档案。先导入学校的花名册（学籍系统导出的 Excel 文件），或逐个新建档案。</translation>
    </message>
    <message>
        <source>New student file</source>
        <translation>新建学生档案</translation>
    </message>
    <message>
        <source>No student matches the search or the filters.</source>
        <translation>没有符合搜索或筛选条件的学生。</translation>
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
    <name>SyncExportDialog</name>
    <message>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>For school</source>
        <translation>发往学校</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>{name} central school</source>
        <translation>{name}中心学校</translation>
    </message>
    <message>
        <source>Everything (not only what was not acknowledged)</source>
        <translation>全部导出（不只是对方尚未确认的部分）</translation>
    </message>
    <message>
        <source>Include diary text and counselling notes</source>
        <translation>包含成长日记内容和心理辅导记录</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>It is protected by this route's Excel password, printed on its card: never send the card with the package.</source>
        <translation>已用本线路的 Excel 密码保护，密码印在密码卡上：切勿将密码卡与同步包一起发送。</translation>
    </message>
    <message>
        <source>It is sealed: only the receiver's ledger can open it.</source>
        <translation>已密封：只有接收方的台账能打开。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save sync package</source>
        <translation>保存同步包</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Sealed for the receiver's key (recommended)</source>
        <translation>按接收方密钥密封（推荐）</translation>
    </message>
    <message>
        <source>Excel password of this route (to open it in WPS)</source>
        <translation>本线路的 Excel 密码（可在 WPS 中打开）</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护方式</translation>
    </message>
    <message>
        <source>Sealed package (*.fpkg)</source>
        <translation>密封同步包 (*.fpkg)</translation>
    </message>
    <message>
        <source>{path} already exists: it may be a package the receiver still needs. Choose another file name.</source>
        <translation>{path} 已存在，可能是对方还需要的同步包。请换一个文件名。</translation>
    </message>
    <message>
        <source>Writing the sync package</source>
        <translation>正在写同步包</translation>
    </message>
    <message>
        <source>Package {number} written with {rows} records and checked: {path}.</source>
        <translation>第 {number} 号同步包已写好并核对，共 {rows} 条记录：{path}。</translation>
    </message>
    <message>
        <source>The USB stick can be removed.</source>
        <translation>可以拔出U盘了。</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Import sync package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Choose package…</source>
        <translation>选择同步包…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sender school</source>
        <translation>发送学校</translation>
    </message>
    <message>
        <source>Package number</source>
        <translation>同步包编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save receipt…</source>
        <translation>保存回执…</translation>
    </message>
    <message>
        <source>Open sync package</source>
        <translation>打开同步包</translation>
    </message>
    <message>
        <source>Sync packages (*.fpkg *.xlsx)</source>
        <translation>同步包 (*.fpkg *.xlsx)</translation>
    </message>
    <message>
        <source>There is no sync package in the folder.</source>
        <translation>该文件夹中没有同步包。</translation>
    </message>
    <message>
        <source>{count} packages from {schools} schools: {ready} ready, {before} imported before, {refused} refused.</source>
        <translation>共 {count} 个同步包，来自 {schools} 所学校：{ready} 个可导入，{before} 个已导入过，{refused} 个被拒绝。</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the folder of sync packages</source>
        <translation>选择存放同步包的文件夹</translation>
    </message>
    <message>
        <source>Choose the package file (.fpkg or .xlsx) from the USB stick.</source>
        <translation>请从U盘选择同步包文件（.fpkg 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在检查同步包</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒收：{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Checking the packages</source>
        <translation>正在检查同步包</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>以前已导入</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Importing the sync packages</source>
        <translation>正在导入同步包</translation>
    </message>
    <message>
        <source>Imported {applied} of {count} packages ({new} new, {changed} changed, {conflicts} conflicts); {before} imported before, {refused} refused, {skipped} not imported.</source>
        <translation>{count} 个同步包中已导入 {applied} 个（新增 {new}，修改 {changed}，冲突 {conflicts}）；以前已导入 {before} 个，拒收 {refused} 个，未导入 {skipped} 个。</translation>
    </message>
    <message>
        <source>A backup was made first.</source>
        <translation>导入前已自动备份。</translation>
    </message>
    <message>
        <source>Cancelled: the remaining packages were not imported.</source>
        <translation>已取消：其余同步包未导入。</translation>
    </message>
    <message>
        <source>Importing the sync package</source>
        <translation>正在导入同步包</translation>
    </message>
    <message>
        <source>Imported: {new} new, {changed} changed, {conflicts} conflicts, {deleted} deleted. A backup was made first.</source>
        <translation>已导入：新增 {new}，修改 {changed}，冲突 {conflicts}，删除 {deleted}。导入前已自动备份。</translation>
    </message>
    <message>
        <source>The password does not open {name}. Type it again:</source>
        <translation>密码无法打开 {name}。请重新输入：</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} 设有密码。密码：</translation>
    </message>
    <message>
        <source>Review the conflicts in Sync &gt; Conflicts.</source>
        <translation>请在“同步 &gt; 冲突”中处理冲突。</translation>
    </message>
    <message>
        <source>Package {number} from {sender}, made on {date}.</source>
        <translation>来自{sender}的第 {number} 号同步包，生成于 {date}。</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>Writing the receipt</source>
        <translation>正在写回执</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>回执已保存：{path}</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Targets and kinds…</source>
        <translation>目标与活动类别…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{met} met, {behind} behind or overdue</source>
        <translation>已完成 {met} 项，落后或逾期 {behind} 项</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>新增教师</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
</context>
<context>
    <name>TeacherHome</name>
    <message>
        <source>Record visits…</source>
        <translation>记录帮扶…</translation>
    </message>
    <message>
        <source>Child's timeline…</source>
        <translation>学生成长记录…</translation>
    </message>
    <message>
        <source>My recent entries</source>
        <translation>我最近的记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>亲情电话</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}：正在加载…</translation>
    </message>
    <message>
        <source>{name}: today is {day}</source>
        <translation>{name}，今天是 {day}</translation>
    </message>
    <message>
        <source>Due within a week ({count}; {later} more later in the month or term)</source>
        <translation>一周内到期（{count} 项；本月或本学期稍后还有 {later} 项）</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>逾期（{count}）</translation>
    </message>
</context>
<context>
    <name>TeacherRecordDialog</name>
    <message>
        <source>This teacher is not paired with the child.</source>
        <translation>该教师未与这名学生结对。</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <source>Students</source>
        <translation>结对学生</translation>
    </message>
    <message>
        <source>Proxy parent of</source>
        <translation>代理家长</translation>
    </message>
    <message>
        <source>New teacher…</source>
        <translation>新增教师…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Show ended pairings</source>
        <translation>显示已结束的结对</translation>
    </message>
    <message>
        <source>Pair students…</source>
        <translation>结对学生…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>帮扶计划…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>结束结对…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Record visits…</source>
        <translation>记录帮扶…</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>成长记录…</translation>
    </message>
    <message>
        <source>No teachers yet. Add the school's teachers first; then pair each of them with the children they look after.</source>
        <translation>还没有教师。先添加本校教师，再为每位教师结对所帮扶的学生。</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>添加教师…</translation>
    </message>
    <message>
        <source>This teacher has no paired students yet.</source>
        <translation>这位教师还没有结对学生。</translation>
    </message>
    <message>
        <source>{name}'s students ({count})</source>
        <translation>{name}的结对学生（{count}）</translation>
    </message>
    <message>
        <source>End the pairing</source>
        <translation>结束结对</translation>
    </message>
    <message>
        <source>It ends today. Why? (e.g. the child changed school)</source>
        <translation>结对于今天结束。原因（如：学生转学）：</translation>
    </message>
    <message>
        <source>Hand over to another teacher</source>
        <translation>移交给其他教师</translation>
    </message>
    <message>
        <source>(choose a teacher)</source>
        <translation>（请选择教师）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>From today, {name} is looked after by:</source>
        <translation>从今天起，{name} 由以下教师帮扶：</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已移交</translation>
    </message>
</context>
<context>
    <name>TownshipPage</name>
    <message>
        <source>School code</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <source>Days ago</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Students in it</source>
        <translation>包内学生数</translation>
    </message>
    <message>
        <source>Missing packages</source>
        <translation>缺少的同步包</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Registered poor</source>
        <translation>建档立卡</translation>
    </message>
    <message>
        <source>Aid due (yuan)</source>
        <translation>应发资助（元）</translation>
    </message>
    <message>
        <source>Aid paid (yuan)</source>
        <translation>已发资助（元）</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>已结对</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Cared for</source>
        <translation>已关爱</translation>
    </message>
    <message>
        <source>No one looks after</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>Of them visited this term</source>
        <translation>其中本学期已走访</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>辍学</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>File made on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>No school has sent a package yet. Each school exports its package (Sync → Export package…) and brings it on a USB stick; import it here.</source>
        <translation>还没有学校报送同步包。各校导出同步包（同步 → 导出同步包…），用 U 盘带来，在这里导入。</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Schools and packages</source>
        <translation>学校与同步包</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>身份证号重复</translation>
    </message>
    <message>
        <source>Duties and targets</source>
        <translation>学校工作与目标</translation>
    </message>
    <message>
        <source>County report…</source>
        <translation>县级报表…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} schools; {silent} without a package for {days} days.</source>
        <translation>共 {count} 所学校；{silent} 所超过 {days} 天没有同步包。</translation>
    </message>
    <message>
        <source>{numbers} ID numbers are in more than one student file ({files} files). Aid is counted once per file: keep one file per child.</source>
        <translation>有 {numbers} 个身份证号出现在多份学生档案中（共 {files} 份）。资助按档案计算：每个孩子只保留一份档案。</translation>
    </message>
    <message>
        <source>No ID number is in more than one student file.</source>
        <translation>没有身份证号出现在多份学生档案中。</translation>
    </message>
    <message>
        <source>Save county report</source>
        <translation>保存县级报表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the county report</source>
        <translation>正在写县级报表</translation>
    </message>
    <message>
        <source>County report saved: {path}</source>
        <translation>县级报表已保存：{path}</translation>
    </message>
</context>
<context>
    <name>TransferOutDialog</name>
    <message>
        <source>Transfer out: {name}</source>
        <translation>转出：{name}</translation>
    </message>
    <message>
        <source>Elsewhere (not a school of the township)</source>
        <translation>其他地方（非本镇学校）</translation>
    </message>
    <message>
        <source>School and place, e.g. 长沙市某小学</source>
        <translation>学校和地点，例如 长沙市某小学</translation>
    </message>
    <message>
        <source>Receiving school</source>
        <translation>接收学校</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他地方</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>A school of the township receives the child's file with the next packages, and confirms it; until then the child stays on the no-child-lost list.</source>
        <translation>本镇的接收学校随后续同步包收到学生档案并确认接收；在此之前，该生留在控辍保学名单上。</translation>
    </message>
    <message>
        <source>The child has left already; choose the school of the township the child went to. Its confirmation comes back with the packages.</source>
        <translation>该生已离校；请选择其就读的本镇学校。接收确认随同步包返回。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation>帮扶记录</translation>
    </message>
</context>
<context>
    <name>VisitQuickEntry</name>
    <message>
        <source>Record visits: {name}</source>
        <translation>记录帮扶：{name}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>本月待办</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次帮扶</translation>
    </message>
    <message>
        <source>Only those owed</source>
        <translation>只看待办</translation>
    </message>
    <message>
        <source>Show only the children who are still owed a visit</source>
        <translation>只显示还有帮扶待做的学生</translation>
    </message>
    <message>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>保存并下一位（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Use last time</source>
        <translation>沿用上次</translation>
    </message>
    <message>
        <source>Fill in the context of this child's previous visit</source>
        <translation>填入这名学生上次帮扶记录的情况</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No students are paired with this teacher.</source>
        <translation>该教师没有结对学生。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{what} ×{count}</source>
        <translation>{what}差{count}次</translation>
    </message>
    <message>
        <source>Nobody is owed a visit now.</source>
        <translation>目前没有待办的帮扶。</translation>
    </message>
    <message>
        <source>{name}, last visit: {day}</source>
        <translation>{name}，上次帮扶：{day}</translation>
    </message>
    <message>
        <source>; still owed: {owed}</source>
        <translation>；待办：{owed}</translation>
    </message>
    <message>
        <source>Saved {name}. {count} saved so far.</source>
        <translation>已保存 {name}。本次共保存 {count} 条。</translation>
    </message>
    <message>
        <source>All {count} children done: {saved} visits saved.</source>
        <translation>全部 {count} 名学生已完成：共保存 {saved} 条帮扶记录。</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>No child lost</source>
        <translation>控辍保学</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Left / studies</source>
        <translation>离校 / 就读</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receiving school confirmed…</source>
        <translation>确认接收学校…</translation>
    </message>
    <message>
        <source>No child lost: {count} children to follow up, {overdue} overdue</source>
        <translation>控辍保学：需跟进 {count} 名学生，其中逾期 {overdue} 名</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Receiving school</source>
        <translation>接收学校</translation>
    </message>
    <message>
        <source>The school the child now attends:</source>
        <translation>学生现就读的学校：</translation>
    </message>
</context>
<context>
    <name>YearStepDialog</name>
    <message>
        <source>New school year</source>
        <translation>新学年升级</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Into the school year</source>
        <translation>升入学年</translation>
    </message>
    <message>
        <source>Each child moves up a grade and the top grade graduates. Choose an exception for a child who repeats the year, transfers out or is suspended. A backup is taken first: restoring it undoes the step.</source>
        <translation>每个学生升一个年级，最高年级毕业。留级、转出或休学的学生请选择例外。升级前先自动备份：恢复该备份即可撤销升级。</translation>
    </message>
    <message>
        <source>Graduates go on to</source>
        <translation>毕业生升入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>新学年年级</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <source>Apply the step</source>
        <translation>执行升级</translation>
    </message>
    <message>
        <source>{count} exceptions ticked.</source>
        <translation>已选 {count} 个例外。</translation>
    </message>
    <message>
        <source>Move {count} children into {year}? A backup is taken first.</source>
        <translation>把 {count} 名学生升入 {year} 学年？将先自动备份。</translation>
    </message>
    <message>
        <source>{summary} A backup was taken first: {path}</source>
        <translation>{summary} 已先备份：{path}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>{pages} pages written to {path}.</source>
        <translation>已写入 {pages} 页：{path}。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
</context>
</TS>
