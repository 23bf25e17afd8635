"""The word lists behind the demo ledger: a township's schools and villages, names, jobs.

Kept apart from services/demo.py so the generator reads as logic. Weights are rough
shares, not statistics: enough that a list sorted by surname looks like a real roster.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlannedSchool:
    name: str
    school_type: str
    # Share of the township's pupils, relative to the other schools.
    weight: float
    # The village most of its pupils come from; "" for the township's central schools,
    # which draw from every village.
    village: str


# 柳塘镇 as a township education office would list it: central schools first, then the
# village schools and teaching points, the kindergarten and the middle school.
TOWNSHIP_PLAN: tuple[PlannedSchool, ...] = (
    PlannedSchool("柳塘小学", "complete_primary", 14, ""),
    PlannedSchool("油铺小学", "complete_primary", 9, "油铺村"),
    PlannedSchool("徐碾小学", "complete_primary", 8, "徐碾村"),
    PlannedSchool("大古初小", "lower_primary", 3, "大古村"),
    PlannedSchool("郑友教学点", "teaching_point", 0.8, "郑友村"),
    PlannedSchool("七里教学点", "teaching_point", 0.7, "七里村"),
    PlannedSchool("小溪教学点", "teaching_point", 0.6, "小溪村"),
    PlannedSchool("柳塘镇中心幼儿园", "kindergarten", 5, ""),
    PlannedSchool("柳塘镇中学", "junior_middle", 12, ""),
)

# Beyond the nine: schools of further villages (a big township, or a test of scale).
# The kinds cycle so that most are small, as village schools are.
EXTRA_SCHOOL_KINDS: tuple[tuple[str, str, float], ...] = (
    ("小学", "complete_primary", 7),
    ("教学点", "teaching_point", 0.7),
    ("初小", "lower_primary", 2.5),
    ("教学点", "teaching_point", 0.6),
    ("小学", "complete_primary", 6),
)

VILLAGES: tuple[str, ...] = (
    "柳塘村",
    "油铺村",
    "徐碾村",
    "大古村",
    "郑友村",
    "七里村",
    "小溪村",
    "龙井村",
    "石桥村",
    "枫树村",
    "白沙村",
    "桃花村",
)

# Village names for schools beyond the plan (each also becomes a village of the township).
EXTRA_VILLAGES: tuple[str, ...] = (
    "龙井",
    "石桥",
    "枫树",
    "白沙",
    "桃花",
    "青山",
    "金塘",
    "杨柳",
    "新华",
    "高坪",
    "马鞍",
    "双江",
    "长冲",
    "黄泥",
    "塘湾",
    "花园",
    "鹿鸣",
    "田心",
    "竹山",
    "茶园",
    "老屋",
    "河口",
    "荷叶",
    "井冲",
    "桐木",
    "坪上",
    "水口",
    "栗山",
    "东冲",
    "观音",
    "沙坪",
    "杉木",
    "板桥",
    "龙潭",
    "长岭",
    "梅花",
    "凤凰",
    "大塘",
    "洞口",
    "新屋",
    "石门",
    "三合",
    "太平",
    "和平",
    "双福",
    "金山",
    "银坪",
    "麻田",
    "兴隆",
    "鸭塘",
    "樟树",
)

# The county's area code starts most children's ID numbers; a few were born in (or
# registered from) a neighbouring county.
AREA_CODES: tuple[tuple[str, float], ...] = (
    ("430123", 88),
    ("430121", 5),
    ("430124", 4),
    ("430181", 3),
)

# (surname, rough share in per mille). 彭, 向, 田, 龙 are common in the hills where
# Tujia and Miao families live.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71),
    ("李", 70),
    ("张", 67),
    ("刘", 54),
    ("陈", 45),
    ("杨", 31),
    ("黄", 22),
    ("赵", 20),
    ("吴", 20),
    ("周", 19),
    ("徐", 15),
    ("孙", 15),
    ("马", 13),
    ("朱", 13),
    ("胡", 13),
    ("郭", 12),
    ("何", 12),
    ("高", 11),
    ("林", 11),
    ("罗", 11),
    ("郑", 10),
    ("梁", 9),
    ("谢", 8),
    ("宋", 8),
    ("唐", 8),
    ("许", 7),
    ("韩", 7),
    ("冯", 7),
    ("邓", 7),
    ("曹", 7),
    ("彭", 8),
    ("曾", 6),
    ("肖", 6),
    ("田", 7),
    ("董", 5),
    ("袁", 5),
    ("潘", 5),
    ("于", 5),
    ("蒋", 5),
    ("蔡", 5),
    ("余", 5),
    ("杜", 5),
    ("叶", 5),
    ("程", 5),
    ("苏", 4),
    ("魏", 4),
    ("吕", 4),
    ("丁", 4),
    ("任", 4),
    ("沈", 4),
    ("姚", 4),
    ("卢", 4),
    ("姜", 4),
    ("钟", 4),
    ("谭", 5),
    ("陆", 3),
    ("汪", 3),
    ("范", 3),
    ("石", 4),
    ("廖", 3),
    ("夏", 3),
    ("付", 3),
    ("方", 3),
    ("邹", 3),
    ("熊", 3),
    ("邱", 3),
    ("尹", 3),
    ("段", 3),
    ("雷", 3),
    ("侯", 3),
    ("龙", 4),
    ("陶", 2),
    ("贺", 3),
    ("毛", 2),
    ("龚", 2),
    ("邵", 2),
    ("严", 2),
    ("覃", 2),
    ("向", 4),
    ("汤", 2),
    ("易", 2),
    ("聂", 2),
)

# Characters of given names, by generation: children born after 2005 are named
# differently from their parents (born 1975-1995) and grandparents (1940-1970).
CHILD_MALE = (
    "浩宇轩子涛俊杰博文泽睿晨阳明鑫磊鹏豪天一辰逸凯航昊然铭嘉宏伟梓皓煜琛烨恒瑞锦诚佑宸乐奕"
)
CHILD_FEMALE = "欣怡涵梓雨萱婷琪佳思诗梦雅晴悦可馨琳玥妍彤蕾倩嘉语若汐紫依瑶媛灵静颖雪心月芸菲"
ADULT_MALE = "建国军华平勇伟强明志海波林斌刚峰辉亮杰涛永红春东文兵洪祥超磊俊飞德兴成"
ADULT_FEMALE = "红英霞芳兰梅秀凤丽敏燕玲娟萍艳琴莉华娥云珍春桂花翠琼慧群美"
ELDER_MALE = "德福贵财发富生山林正清世有光顺忠金宝荣昌继炳树松保长庆元"
ELDER_FEMALE = "桂香秀英翠兰菊珍凤玉梅花娥莲芝素冬满群银淑春"

# Places where the township's migrant parents work (外出务工地).
WORK_PLACES: tuple[tuple[str, float], ...] = (
    ("广东东莞", 14),
    ("广东深圳", 12),
    ("广东广州", 10),
    ("广东佛山", 7),
    ("浙江宁波", 8),
    ("浙江温州", 5),
    ("浙江义乌", 4),
    ("江苏苏州", 6),
    ("上海", 6),
    ("福建厦门", 4),
    ("福建泉州", 3),
    ("湖南长沙", 10),
    ("北京", 3),
    ("湖北武汉", 3),
    ("四川成都", 2),
)

MIGRANT_JOBS: tuple[str, ...] = (
    "工厂普工",
    "建筑工",
    "电子厂工人",
    "服装厂工人",
    "快递员",
    "外卖骑手",
    "餐馆服务员",
    "保安",
    "货车司机",
    "装修工",
    "保洁员",
)
LOCAL_JOBS: tuple[str, ...] = ("务农", "务农", "务农", "养殖", "个体经营", "零工", "公益岗位")

# What teachers teach, by the kind of school.
SUBJECTS_PRIMARY: tuple[str, ...] = (
    "语文",
    "数学",
    "英语",
    "科学",
    "道德与法治",
    "音乐",
    "体育",
    "美术",
)
SUBJECTS_JUNIOR: tuple[str, ...] = (
    "语文",
    "数学",
    "英语",
    "物理",
    "化学",
    "生物",
    "历史",
    "地理",
    "道德与法治",
    "体育",
)
SUBJECTS_PRESCHOOL: tuple[str, ...] = ("学前教育", "保育")

# Mobile prefixes of the three carriers, so demo phones look like real numbers.
MOBILE_PREFIXES: tuple[str, ...] = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
)

# --- pairing and left-behind care (services/demo_care.py) -------------------------------

VISIT_PARTICIPANTS: tuple[str, ...] = (
    "帮扶教师、学生",
    "帮扶教师、学生、爷爷",
    "帮扶教师、学生、奶奶",
    "帮扶教师、班主任、学生家长",
    "帮扶教师、村帮扶责任人、学生家长",
    "帮扶教师、学生母亲",
)
LIVING_CONDITIONS: tuple[str, ...] = (
    "砖混房屋，居住安全，家中整洁。",
    "土木结构老房，屋顶有漏雨，已报村委。",
    "住房为易地扶贫搬迁安置房，条件较好。",
    "与祖辈同住，家务由孩子分担较多。",
    "家中有慢性病人，开支较大，生活节俭。",
    "学习桌椅齐全，有固定学习角。",
)
CHILD_STATES: tuple[str, ...] = (
    "学习认真，作业按时完成，情绪稳定。",
    "近期数学成绩有进步，课堂发言积极。",
    "性格内向，与同学交流较少，需多鼓励。",
    "上课注意力不够集中，作业偶有拖欠。",
    "身体健康，饮食正常，睡眠充足。",
    "想念外出务工的父母，情绪有些低落。",
    "与同学相处融洽，参加了学校兴趣小组。",
)
FAMILY_NEEDS: tuple[str, ...] = (
    "希望孩子在校得到更多学习辅导。",
    "家长询问营养改善计划和寄宿生生活补助的政策。",
    "需要协助办理残疾证和医疗救助。",
    "冬季衣物不足，希望得到社会捐赠。",
    "无特别需求。",
    "希望学校多与家长电话联系。",
)
VISIT_MEASURES: tuple[str, ...] = (
    "宣讲资助政策，核实资助发放情况。",
    "课后进行一对一辅导。",
    "与孩子谈心，鼓励其树立学习信心。",
    "联系村委反映住房问题。",
    "赠送学习用品和课外书籍。",
    "指导家长如何督促孩子完成作业。",
)
VISIT_OUTCOMES: tuple[str, ...] = (
    "孩子表示会更加努力学习。",
    "家长对学校工作表示满意。",
    "问题已反馈，等待村委答复。",
    "作业完成情况明显好转。",
    "孩子情绪好转，愿意主动交流。",
)
PARENT_FEEDBACK: tuple[str, ...] = (
    "感谢老师关心。",
    "家长表示会多打电话关心孩子。",
    "家长希望老师多督促孩子学习。",
    "",
)
DIARY_HAPPENED: dict[str, tuple[str, ...]] = {
    "study": ("单元测验成绩进步了十分。", "语文作文写了《我的妈妈》。", "数学作业错题较多。"),
    "daily_life": ("学会了自己洗衣服。", "在学校食堂吃饭很香。", "周末帮奶奶做家务。"),
    "feelings": (
        "说很想妈妈，哭了一会儿。",
        "今天特别开心，主动和老师分享。",
        "有些孤单，不愿说话。",
    ),
    "health": ("感冒发烧，已通知爷爷接回家。", "牙疼，带去卫生院看了。", "身体状况良好。"),
    "safety": ("开展防溺水安全教育。", "放学路上注意交通安全。", "讲解了用电安全常识。"),
    "family_contact": ("和爸爸视频通话二十分钟。", "妈妈寄来了新书包。", "父母春节会回家。"),
}
DIARY_DONE: tuple[str, ...] = (
    "耐心倾听，给予鼓励和拥抱。",
    "表扬了孩子的进步。",
    "与监护人电话沟通。",
    "安排同学结对互助。",
    "进行了简单的心理疏导。",
)
DIARY_FOLLOW_UP: tuple[str, ...] = ("", "", "下周继续关注情绪变化。", "与家长约定每周通话。")
CALL_WHO: tuple[str, ...] = ("母亲", "父亲", "父母", "母亲", "父亲")
CALL_NOTES: tuple[str, ...] = (
    "聊了学习和生活，孩子很开心。",
    "父母叮嘱孩子听爷爷奶奶的话。",
    "孩子汇报了期中考试成绩。",
    "通话时孩子哭了，老师在旁安慰。",
    "约定下次通话时间。",
)
