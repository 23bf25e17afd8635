<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Set up as {role}: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: {schools} schools, {teachers} teachers, {students} students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a ledger database of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version {found}, expected {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: integrity and foreign keys are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {backup}. The previous ledger was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education poverty-alleviation ledger: the command line of the same program, for setting up, checking, backing up and bulk work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger database file (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up this installation as a school or the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s 10-digit national code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the township&apos;s 9-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the township&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the ledger with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and foreign keys; exit 1 on problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up or restore the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a checked backup into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the ledger with a backup, after checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a backup of this program&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a ledger database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger database {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be upgraded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger database cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger was written by a newer version of the program. Please upgrade the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has not been set up yet. Run the first-run setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De facto unsupported child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township central school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine-year school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal, easily impoverished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted but unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternal grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preschool education grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding student living subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuition waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free textbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yulu plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin-based credit student loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of the choices for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose school or township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the township&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup is not complete: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student file has {count} errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number {value} was damaged by a spreadsheet (shown in scientific notation). Type it again as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is an old 15-digit ID number. Please enter the 18-character number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 18 characters: 17 digits and a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number ({value}) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number ({value}) is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: it should end in {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {value} was damaged by a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a phone number (11-digit mobile or landline with area code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school code must be exactly 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township code must be 9 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a student registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (for example 2024-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is less than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is more than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is neither yes nor no (是/否).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup ({backup})? The damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error happened. Your data is safe; the last step was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>10 digits, e.g. 4301230001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, e.g. 430123101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10-digit national school code is on the school&apos;s registration certificate (学校标识码).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s name and its 9-digit division code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Education Aid Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder (a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger backups (*.fupinbak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current ledger with this backup?
{file}

The current ledger is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Education Aid Ledger {version}&lt;/h3&gt;&lt;p&gt;Student files of poor-household children, pairing visits and the care of left-behind children, for village schools and the township central school. Works offline; data travels as Excel sync packages.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <source>A school (完小, 初小, 教学点, 幼儿园, 初中)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township central school: gathers and checks every school&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is this program used?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program keeps the ledger of poor-household students, pairing visits and left-behind children. First, tell it where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentListPage</name>
    <message>
        <source>Search name, pinyin (zs finds 张三), ID number or student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} students shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
