"""Name recognition on real report sentences (the seed report and others)."""
import pytest

from kg.model import contract_class
from kg.recognise.entities import find_mentions
from text_helpers import mention_types as names


# ------------------------------------------------------------------ schools

def test_schools_after_a_verb_and_in_lists():
    text = ("多方筹措资金，砥砺扩容増位，促成金闽小学、福州市永南中学新校建设、花溪幼儿园等9个"
            "布局规划项目竣工。完成冯宅中心小学、三江口小学、冯宅中学3个项目约2.5亿元地价款的缴交工作。")
    found = names(text, "School")
    assert found == {"金闽小学": "PrimarySchool", "福州市永南中学": "SecondarySchool",
                     "花溪幼儿园": "Kindergarten", "冯宅中心小学": "PrimarySchool",
                     "三江口小学": "PrimarySchool", "冯宅中学": "SecondarySchool"}


def test_coordinated_schools_before_a_generic_head():
    text = "快速推进螺洲中学、盘屿中学、城门中学等3所乡镇中学改造提升工作，盘屿中学教学楼重建和城门中学改扩建2个项目开工建设。"
    assert set(names(text, "School")) == {"螺洲中学", "盘屿中学", "城门中学"}


def test_nested_school_names_are_all_names():
    text = "花溪幼儿园、仓山区实验幼儿园教育集团附属幼儿园及仓山区霞镜幼儿园、福湾幼儿园等6所公办园招生办学。"
    found = names(text)
    assert found["仓山区实验幼儿园教育集团附属幼儿园"] == "Kindergarten"
    assert found["仓山区实验幼儿园教育集团"] == "EducationGroup"
    assert found["仓山区实验幼儿园"] == "Kindergarten"
    assert found["仓山区霞镜幼儿园"] == "Kindergarten"
    assert found["仓山区"] == "Place"
    assert "公办园" not in found


def test_numbered_school_abbreviations():
    text = "组织与十六中的深度联盟结对帮扶及进修校对盘屿中学、12中的定向帮扶工作。其中四十中本科上线率达73.3%。"
    found = names(text, "School")
    assert found == {"十六中": "SecondarySchool", "进修校": "TeacherTrainingSchool",
                     "盘屿中学": "SecondarySchool", "12中": "SecondarySchool",
                     "四十中": "SecondarySchool"}
    # 六中全会, 初三中考, 其中: not schools
    assert names("学习党的十九届六中全会精神，组织初三中考，其中一半", "School") == {}


def test_generic_prefix_is_stripped_from_a_school_name():
    assert names("区属环保职专根据区域经济发展状况调整专业结构。", "School") == {"环保职专": "VocationalSchool"}


@pytest.mark.parametrize("text", [
    "对区属246所公民办学校的疫情防控工作开展督查",
    "选派31位中学校级、中层干部到省市属优质中学跟岗培训",
    "加大各级示范性幼儿园创建力度，新增1所省级示范园、2所市级示范性幼儿园",
    "完成在建的4所小区配套幼儿园移交工作，培树5所廉洁教育特色学校",
    "探索依托区属优质中学开展薄弱校初中毕业班学生培优工作，切实提升薄弱学校教育质量",
    "组织中小学、幼儿园集中开展安全知识教育，16所中小学学校体育场地对外开放",
    "停止设立审批新的民办学校，辖区已累计创建36所青少年校园足球学校",
    "发挥进修校的业务领航功能，加强学校日常教育教学管理，优化中学教育集团人事配置",
])
def test_generic_school_references_are_not_names(text):
    found = names(text, "School")
    assert set(found) <= {"进修校"}


# ------------------------------------------------------------------ bodies

def test_bodies_with_relative_and_full_prefixes():
    text = ("在区委、区政府的关心支持及区委人才办的指导下，仓山区教育系统积极拓宽人才引进路径。"
            "根据省考试院工作部署，圆满完成高考组考工作。签订教育局、银行、学校三方资金账户监管协议。")
    found = names(text, "GovernmentAgency")
    assert found == {"区委": "PartyBody", "区政府": "GovernmentAgency",
                     "区委人才办": "GovernmentAgency", "省考试院": "GovernmentAgency",
                     "教育局": "GovernmentAgency"}


def test_signature_body_and_bodies_of_another_county():
    assert names("福州市仓山区教育局", "GovernmentAgency") == {"福州市仓山区教育局": "GovernmentAgency"}
    text = ("(1)联合县财政局、县人社局出台绩效工资分配意见,联合团县委、县妇联开展关爱留守儿童行动。"
            "(2)县政府教育督导室对全县乡镇开展督导评估,市委教育工委组织专题培训。")
    found = names(text, "GovernmentAgency")
    for name in ("县财政局", "县人社局", "团县委", "县政府教育督导室", "市委教育工委"):
        assert name in found, name
    # a women's federation is a people's organisation, typed Organization (round 8)
    assert names(text, "Organization").get("县妇联") == "Organization"
    assert found["市委教育工委"] == "PartyBody"
    assert "市委" not in found          # only as part of the longer name here


def test_generic_bodies_are_not_names():
    text = "严格按照上级主管部门要求，联合区直八部门，组织局班子成员和局科室负责人述职。"
    assert names(text, "GovernmentAgency") == {}


# ------------------------------------------------------------------ people, universities, organisations

def test_people_next_to_title_words():
    text = ("重温习近平总书记来闽考察重要讲话精神，组织全体教师认真学习“八闽楷模”陈炜同志等先进事迹。"
            "通过聘请师大教授朱以撒等名师加大书法教育培训力度。邀请福建师范大学教授开设讲座。")
    found = names(text)
    assert {n for n, t in found.items() if t == "Person"} == {"习近平", "陈炜", "朱以撒"}
    assert found["福建师范大学"] == "University"
    short = [m for m in find_mentions(text) if m.text == "师大"]
    assert short and short[0].type == "University" and short[0].name == "福建师范大学"


def test_people_named_with_school_posts():
    text = "博才咸嘉湖九年一贯制学校校长周伟被评为长沙市优秀校长,望月湖小学教师刘芳获评省级名师。"
    found = names(text)
    assert found["周伟"] == "Person" and found["刘芳"] == "Person"
    assert found["博才咸嘉湖九年一贯制学校"] == "NineYearSchool"
    # 8位完小校长, 高中校长, 体育老师: a title but no name
    assert names("8位完小校长到城区大校跟岗培训，高中校长和体育老师参加", "Person") == {}


def test_universities_and_organisations():
    text = ("组团远赴千里之外的西安电子科技大学参加师资培训。联合区关工委青少年心理咨询中心举办培训。"
            "醉美仓山视频号面向辖区内所有中小学全程直播，新华社客户端以及市区文明办予以关注报道。")
    found = names(text)
    assert found["西安电子科技大学"] == "University"
    assert found["区关工委青少年心理咨询中心"] == "Organization"
    assert found["区关工委"] == "GovernmentAgency"
    assert found["醉美仓山视频号"] == "Organization"
    assert found["新华社"] == "Organization"
    assert found["市区文明办"] == "GovernmentAgency"
    assert "西安" not in found          # a short place name inside another name


# ------------------------------------------------------------------ places

def test_places_full_short_and_abbreviated():
    text = "有力促进仓山教育质量提升。仓山区教育局获福建省第五届中小学教师教学大赛优秀组织奖，招聘人数均为福州六区之首。"
    found = names(text, "Place")
    assert found == {"仓山": "Place", "仓山区": "Place", "福建省": "Place", "福州": "Place"}
    assert names("重温总书记来闽考察重要讲话", "Place") == {"闽": "Place"}
    # a county's short name counts only when the text also names the county
    assert names("有力促进仓山教育质量提升", "Place") == {}
    # common words that are also short place names
    assert names("大同小异，资源共享，合作办学", "Place") == {}


# ------------------------------------------------------------------ initiatives

def test_initiatives_by_quotes_and_heads():
    text = ("全面实施建设教育强区专项行动。学习“3820”战略工程思想精髓，全面规范“三会一课”。"
            "持续推进“双减”改革强服务。启动为期三个月的“学生行为习惯养成教育”专项行动，"
            "组织“千师进万户”家访活动。实施2022年中考百日攻坚行动。落实培根铸魂工程。"
            "首创教研员岗位大练兵活动，“倒挂”评价教研员。")
    found = names(text, "Initiative")
    assert set(found) == {"建设教育强区专项行动", "3820战略工程", "三会一课", "双减",
                          "学生行为习惯养成教育专项行动", "千师进万户家访活动",
                          "2022年中考百日攻坚行动", "培根铸魂工程", "教研员岗位大练兵活动"}


@pytest.mark.parametrize("text", [
    "创新开展主题活动，累计开展党员志愿服务活动1.02万次",
    "组建三级团队分片区开展心理健康活动",
    "围绕主题开展系列增能活动，组织系统各片区学校专题开展师德师风宣讲活动",
    "牢固树立学校安全“责任重于泰山”的思想",
    "把习惯养成教育作为立德树人、培树良好学风的奠基工程",
])
def test_generic_activities_are_not_initiatives(text):
    assert names(text, "Initiative") == {}


# ------------------------------------------------------------------ events

def test_events_with_ordinals_years_places_and_quotes():
    text = ("深入学习党的十九届六中全会精神、党的二十大精神。组织参加第二届少年硅谷大赛福建选拔赛获奖62件。"
            "持续开展“阳光下成长”主题校园文化艺术节活动。组织开展第四届“中华诵写讲”大赛，经过市赛筛选我区5所学校晋级省赛。"
            "组织开展2021-2022学年全国青少年校园足球联赛（仓山赛区），遴选出45人参加市级比赛。"
            "举办仓山区全民健身暨中小学生田径运动会比赛，并选拔优秀运动员参加福州市第59届中小学生田径运动会。")
    found = names(text, "Event")
    assert set(found) == {"党的十九届六中全会", "党的二十大", "第二届少年硅谷大赛福建选拔赛",
                          "阳光下成长主题校园文化艺术节", "第四届中华诵写讲大赛",
                          "2021-2022学年全国青少年校园足球联赛（仓山赛区）",
                          "仓山区全民健身暨中小学生田径运动会比赛", "福州市第59届中小学生田径运动会"}


def test_festivals_in_quotes_are_events_and_generic_contests_are_not():
    found = names("抓住“五四”、“六一”、“国庆”、“建队日”等重要节庆日契机", "Event")
    assert set(found) == {"五四", "六一", "国庆", "建队日"}
    assert names("举办师生书法比赛，组织中小学开展宪法知识竞赛和演讲比赛等活动", "Event") == {}


def test_prizes_make_an_activity_an_event():
    assert names("其中信息素养提升实践活动获奖109件，位居全市前列", "Event") == {"信息素养提升实践活动": "Event"}


# ------------------------------------------------------------------ documents

def test_documents_in_book_title_marks_keep_inner_quotes():
    text = "制定《仓山区“两项督导”工作实施方案》及《关于开展乡镇（街道）教育工作督导评估的实施意见》"
    found = names(text, "Document")
    assert set(found) == {"仓山区“两项督导”工作实施方案", "关于开展乡镇（街道）教育工作督导评估的实施意见"}


def test_documents_after_issuing_verbs_and_laws():
    text = ("制定区属学校违反师德师风行为查处流程，印发系统师德专题教育实施方案，推动师德师风建设常态化。"
            "在区属学校组织“民法典进校园”等普法活动。以纪念现行宪法公布施行四十周年为契机。"
            "制发配套的《仓山区学生行为习惯养成教育实施方案（试行版）》和考核评估办法。")
    found = names(text, "Document")
    assert set(found) == {"区属学校违反师德师风行为查处流程", "系统师德专题教育实施方案", "民法典", "宪法",
                          "仓山区学生行为习惯养成教育实施方案（试行版）"}
    assert names(text, "Initiative") == {"民法典进校园": "Initiative"}


# ------------------------------------------------------------------ half-width text, user dictionary, invariants

def test_half_width_punctuation():
    text = '2023年,在县委、县政府的领导下,扎实推进"教育强县"建设(见附件),新建固始县第三实验小学,组织参加2023年信阳市中小学生田径运动会。'
    found = names(text)
    assert found["教育强县"] == "Initiative"
    assert found["固始县第三实验小学"] == "PrimarySchool"
    assert found["2023年信阳市中小学生田径运动会"] == "Event"
    assert found["县委"] == "PartyBody"


def test_user_dictionary_names_are_found_with_their_class():
    text = "通过榕博汇、研究生专场招聘等方式招收研究生，仓山区教师进修学校（进修校）组织培训。"
    assert "榕博汇" not in names(text)
    user = [("榕博汇", "Event", (), ""), ("仓山区教师进修学校", "TeacherTrainingSchool", ("进修校",), "")]
    found = {(m.text, m.name, m.type) for m in find_mentions(text, user)}
    assert ("榕博汇", "榕博汇", "Event") in found
    assert ("进修校", "仓山区教师进修学校", "TeacherTrainingSchool") in found


def test_offsets_names_and_order_on_the_seed():
    with open("seeds/cangshan-2022.txt", encoding="utf-8") as fh:
        text = fh.read()
    mentions = find_mentions(text)
    assert len(mentions) > 150
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text and m.name
        assert "“" not in m.name or contract_class(m.type) == "Document"
    assert find_mentions(text) == mentions          # pure: same text, same mentions


@pytest.mark.parametrize("text", ["", "   ", "“”《》", "。。。", "1.2.3", '""'])
def test_degenerate_text(text):
    assert find_mentions(text) == []


def test_more_kinds_of_schools_bodies_and_media():
    text = ("县职成教育中心与黄山职业技术学院联合培养,县特殊教育学校获评特色学校。"
            "联合县市场监管局开展专项治理。县融媒体中心、中国教育报对我县工作进行专题报道。"
            "执信中学、广州市第二中学天河校区本科上线率均超过95%。")
    found = names(text)
    assert found["县职成教育中心"] == "VocationalSchool"
    assert found["黄山职业技术学院"] == "University"
    assert found["县特殊教育学校"] == "School"
    assert found["县市场监管局"] == "GovernmentAgency"
    assert found["县融媒体中心"] == "Organization" and found["中国教育报"] == "Organization"
    assert found["执信中学"] == "SecondarySchool"
    assert found["广州市第二中学天河校区"] == "School" and found["广州市第二中学"] == "SecondarySchool"
    assert "特色学校" not in found


def test_people_in_a_list_share_the_title():
    found = names("表彰了陈红、王芳、李建国同志的先进事迹。江西师范大学教授高明作报告。", "Person")
    assert set(found) == {"陈红", "王芳", "李建国", "高明"}


def test_counted_and_generic_programmes_are_not_initiatives():
    text = "我县共有校舍建设工程33个,完成二批共18所学校加固工程,先后完成了一园升级改造三项重点工程。"
    assert names(text, "Initiative") == {}


# ------------------------------------------------------------------ held-out lessons (general rules)

def test_towns_after_their_county_and_at_the_start_of_school_names():
    text = ("投入资金完成书洋镇中心小学、梅林乡初级中学改造，白沙岭镇中心幼儿园通过省级示范园验收。"
            "依托福建省漳州市南靖县书洋镇土楼资源开发研学课程，书洋镇全年接待学生研学2万人次。")
    found = names(text, "Place")
    assert {"书洋镇", "梅林乡", "白沙岭镇", "南靖县"} <= set(found)
    assert names(text, "School")["书洋镇中心小学"] == "PrimarySchool"
    mentions = [m for m in find_mentions(text) if m.name == "书洋镇"]
    assert len(mentions) == 3


@pytest.mark.parametrize("text", [
    "加快乡镇中心学校建设，推进城乡学校一体化发展",
    "全县乡镇中学均配备心理健康教师，城镇小学大班额全部消除",
])
def test_generic_towns_are_not_places(text):
    assert not [m for m in find_mentions(text) if m.source == "town"]


def test_a_place_short_name_is_part_of_a_school_name():
    text = "德化县全面推进职业教育。德化职业技术学校新增陶瓷工艺专业，德化职校毕业生就业率达97%。"
    found = names(text, "School")
    assert found["德化职业技术学校"] == "VocationalSchool"


def test_short_forms_introduced_in_brackets_name_the_thing_before():
    text = ("龙海区第二中学（以下简称“二中”）高考本科上线率达91%，二中学生获省级奖项12项。"
            "龙海区职业技术学校（以下简称“龙海职校”）新增专业2个，龙海职校获市技能大赛一等奖4个。")
    ms = find_mentions(text)
    assert not [m for m in ms if m.type == "Initiative"]
    short = [m for m in ms if m.text == "二中"]
    assert len(short) == 2 and all(m.name == "龙海区第二中学" for m in short)
    vocational = [m for m in ms if m.text == "龙海职校"]
    assert len(vocational) == 2 and all(m.name == "龙海区职业技术学校" for m in vocational)


def test_an_office_named_before_a_verb():
    found = names("主动对接县委编办支持，核增教职工编制60名；区委人才办指导人才引进。", "GovernmentAgency")
    assert "县委编办" in found and "区委人才办" in found
    # 办学, 举办: 办 is a verb there
    assert names("坚持依法办学，县政府举办教育论坛", "GovernmentAgency") == {"县政府": "GovernmentAgency"}


def test_apps_platforms_and_channels_in_quotes_are_organisations():
    text = ("在“学习强国”平台刊发稿件40篇，“智慧德化”微信公众号推送信息800余条，"
            "“德化教育”客户端下载量达3万次。")
    found = names(text)
    assert found["学习强国"] == "Organization"
    assert found["智慧德化微信公众号"] == "Organization"
    assert found["德化教育客户端"] == "Organization"
    assert not {n for n, t in found.items() if t == "Initiative"}


def test_plan_periods_and_titles_in_quotes_are_not_initiatives():
    text = ("“十四五”期间，全县计划新增学位6000个。以“十四五”教育发展规划为指引推进各项工作。"
            "评出“优秀班主任”20名，授予“师德标兵”称号。")
    found = names(text)
    assert not {n for n, t in found.items() if t == "Initiative"}
    assert found["“十四五”教育发展规划"] == "Document"


def test_selections_are_events_with_an_edition_or_place():
    text = ("举办第二届南靖县“最美校长”评选活动，评出“最美校长”5名。"
            "在2021年福建省普通高中课程改革优秀案例评选中，我县获一等奖2项。"
            "组织开展“书香校园”评选活动。")
    found = names(text)
    assert found["第二届南靖县最美校长评选活动"] == "Event"
    assert found["2021年福建省普通高中课程改革优秀案例评选"] == "Event"
    assert found["书香校园评选活动"] == "Initiative"
    assert "最美校长" not in found


def test_an_event_ends_before_the_division_competing_at_it():
    text = "在泉州市第十届运动会少年组比赛中，我县代表团获金牌8枚；在福建省第十七届运动会中获奖牌5枚。"
    found = names(text, "Event")
    assert "泉州市第十届运动会" in found
    assert "泉州市第十届运动会少年组比赛" not in found


def test_students_named_after_the_word_student():
    text = "县一中学生陈雨桐获全国中学生数学竞赛一等奖，组织参加市中小学生阳光体育运动会。"
    people = {n for n, t in names(text).items() if t == "Person"}
    assert people == {"陈雨桐"}


@pytest.mark.parametrize("text", [
    "全县现有幼儿园86所，其中公办幼儿园52所",
    "新建学校投用后有效缓解城区初中学位紧张问题",
    "领导班子成员深入基层学校调研32人次",
])
def test_counted_and_split_type_words_are_not_schools(text):
    assert names(text, "School") == {}


def test_a_faculty_is_named_by_its_university():
    text = ("与南京师范大学签订合作协议，邀请南京师大文学院李明教授、南师大教育科学学院王芳教授开展讲座。")
    found = names(text, "University")
    assert "南京师大文学院" not in found and "南师大教育科学学院" not in found
    assert found["南京师大"] == "University"
    assert [m.name for m in find_mentions(text) if m.text == "南师大"] == ["南京师范大学"]


def test_a_study_campaign_is_named_with_its_verbs():
    text = "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，班子成员开展主题教育专题研讨。"
    found = names(text, "Initiative")
    assert found == {"学习贯彻习近平新时代中国特色社会主义思想主题教育": "Initiative"}


def test_a_formula_in_quotes_names_a_model_of_schooling():
    text = "与市职业技术学院开展“3+2”中高职贯通培养，课后服务实现“5+2”全覆盖，全年投入“1500”万元。"
    found = names(text, "Initiative")
    assert "3+2" in found and "5+2" in found
    assert "1500" not in found


# ------------------------------------------------------------------ naming rules added for the devset

def test_town_central_schools_and_boarding_schools():
    got = names("东湖镇中心校、石桥乡中心校和大营镇寄宿制学校均已投用。", "School")
    assert {"东湖镇中心校", "石桥乡中心校", "大营镇寄宿制学校"} <= set(got)
    # the kind alone, or a generic one, is no school
    assert names("全市各乡镇均设有乡镇中心校，寄宿制学校达到6所，部分小规模学校缺编。", "School") == {}


def test_towns_listed_together_and_named_by_a_campus():
    got = names("向东湖乡、石桥乡的初中输送课程，在白塔街道、金沙街道等区域试点。", "Place")
    assert {"东湖乡", "石桥乡", "白塔街道", "金沙街道"} <= set(got)
    assert names("推进城乡、乡镇之间均衡发展。", "Place") == {}
    got = names("光明路小学教育集团新开办光明路小学龙泉分校，为龙泉镇新增学位600个。")
    assert "光明路小学龙泉分校" in got and "开办光明路小学龙泉分校" not in got
    assert got.get("龙泉镇") == "Place"


def test_campus_kindergarten_after_its_school():
    got = names("仓山区实验幼儿园金山分园建成开园。", "School")
    assert "仓山区实验幼儿园金山分园" in got and "仓山区实验幼儿园" in got


def test_autonomous_region_is_a_relative_place():
    assert "自治区教育厅" in names("在市教育局、自治区教育厅的指导下开展工作。", "GovernmentAgency")
    assert names("市第一中学女子排球队获得自治区中学生排球联赛冠军。", "Event") == \
        {"自治区中学生排球联赛": "Event"}


def test_centre_named_by_its_task():
    assert "市心理健康指导中心" in names("成立市心理健康指导中心，组建讲师团。", "Organization")


def test_words_that_end_like_a_body_are_no_body():
    assert names("1.集团布局持续优化。全县12个乡镇人民政府履职到位。", "GovernmentAgency") == {}
    assert "市委" in names("市委、区委宣传部印发通知。", "GovernmentAgency")


def test_enumeration_words_and_verbs_do_not_open_a_school_name():
    got = names("三是教育集团内部发展不均衡；四是老城区学校面积偏小；力争教育集团覆盖率提高。", "School")
    assert got == {}
    assert names("深化教育集团化办学改革。", "School") == {}


def test_trade_words_between_a_place_and_the_type_word():
    got = names("福州市鼓楼区机电工程职业学校、福州市鼓楼区财经职业学校两所中职学校新增专业。", "School")
    assert "福州市鼓楼区机电工程职业学校" in got and "福州市鼓楼区财经职业学校" in got
    assert names("鼓楼区优化中学布局。", "School") == {}


def test_a_school_type_naming_the_contestants_is_no_school():
    got = names("在2022年福建省中等职业学校技能大赛中获一等奖。")
    assert "福建省中等职业学校" not in got
    assert "金山小学" in names("金山小学运动会圆满落幕。", "School")


def test_quoted_letters_festivals_metaphors_formulas_and_platforms():
    assert names("通过“告全市家长的一封信”覆盖家庭3万户。", "Document") == {"告全市家长的一封信": "Document"}
    assert names('以"苗族四月八"为契机举办活动。', "Event") == {"苗族四月八": "Event"}
    assert names("发挥考核“指挥棒”的作用。") == {}
    assert "4+1联合培养" in names("与职业大学开展“4+1”联合培养，全年招生。", "Initiative")
    assert names("依托市电教馆建设“榕城云课堂”平台，上线课例。", "Initiative") == {"榕城云课堂": "Initiative"}


def test_programme_verbs_counted_actions_and_glued_verbs():
    assert "山区教师支持计划" in names("深入实施山区教师支持计划，发放补助。", "Initiative")
    assert names("深入实施支持计划。", "Initiative") == {}
    assert names("全年开展校园欺凌排查整治行动4次。", "Initiative") == {}
    got = names("（二）学生资助计划惠及困难学生。持续提升学生资助计划实施质量。", "Initiative")
    assert got == {"学生资助计划": "Initiative"}
    got = names("正定县职业技术教育中心与河北科技工程职业技术大学合作。")
    assert "河北科技工程" not in got and "河北科技工程职业技术大学" in got


def test_new_gaokao_is_a_reform_and_studios_and_groups_are_organisations():
    assert names("围绕新课标、新高考开展培训。", "Event") == {}
    got = names("全区建成市级名师工作室8个，其中李明华名师工作室考核优秀。", "Organization")
    assert got == {"李明华名师工作室": "Organization"}
    got = names("与福州地铁集团等20余家企业共建订单班，深化集团化办学。", "Organization")
    assert got == {"福州地铁集团": "Organization"}


def test_teacher_training_college_is_a_school():
    assert "区教师进修学院" in names("区教师进修学院坚持研训一体。", "School")


# ------------------------------------------------------------------ development rules (round 3)

def test_bare_year_before_an_event_and_marathon_head():
    found = names("本月顺利举办2023泉州古城马拉松，吸引选手两万人。", "Event")
    assert found == {"2023泉州古城马拉松": "Event"}


def test_meeting_before_its_spirit_with_scope_prefix():
    found = names("认真落实全市教育大会精神，推动各项工作。", "Event")
    assert "全市教育大会" in found


def test_verb_glued_to_an_event_is_cut_off():
    found = names("积极备战福建省第十七届运动会，争取好成绩。", "Event")
    assert found == {"福建省第十七届运动会": "Event"}


def test_event_keeps_a_trailing_activity_word():
    found = names("在第五届福建省中小学生艺术展演活动中，我县获一等奖3个。", "Event")
    assert found == {"第五届福建省中小学生艺术展演活动": "Event"}


def test_version_number_after_a_programme_head():
    found = names("全面推进中小学教师信息技术应用能力提升工程2.0整校推进。", "Initiative")
    assert "中小学教师信息技术应用能力提升工程2.0" in found


def test_quoted_forum_is_an_event():
    assert names("成功举办“2023闽江教育论坛”，500余名校长参会。") == {"2023闽江教育论坛": "Event"}


def test_quoted_problems_are_not_initiatives():
    assert names("着力破解“择校热”“入园贵”问题。") == {}


def test_quoted_slogan_before_a_theme_is_the_initiative():
    found = names("开展“爱祖国、爱家乡、爱学校”主题班会300余场。", "Initiative")
    assert found == {"爱祖国、爱家乡、爱学校": "Initiative"}


def test_quoted_cloud_platform_is_an_organisation():
    assert names("上线“晋江教育”云平台，接入学校80所。", "Organization") == {"晋江教育云平台": "Organization"}
    assert names("建成“晋江智慧教育云平台”，汇聚资源。", "Organization") == {"晋江智慧教育云平台": "Organization"}


def test_name_after_title_and_before_a_verb():
    assert names("县教育局局长郑建国带领调研组到校检查。", "Person") == {"郑建国": "Person"}


def test_title_before_a_common_word_is_no_person():
    assert names("启动“骨干教师成长营”项目。新建教师周转宿舍80套。", "Person") == {}


def test_set_phrase_verb_before_a_school_type_is_no_school():
    assert names("师范学院为我县定向培养农村小学全科教师80名。", "School") == {}


def test_mixed_list_of_streets_and_towns():
    found = names("重点围绕元和街道、东山镇、白沙乡等区域布局学校。", "Place")
    assert {"元和街道", "东山镇", "白沙乡"} <= set(found)


def test_outlets_listed_before_media():
    found = names("全年在人民网、福建日报等主流媒体刊发稿件90篇。", "Organization")
    assert {"人民网", "福建日报"} <= set(found)


def test_short_form_without_quotation_marks_is_an_alias():
    ms = [m for m in find_mentions("依托福建师范大学（以下简称福师大）开展培训，福师大选派教师。")
          if m.source == "alias"]
    assert len(ms) == 2 and all(m.name == "福建师范大学" for m in ms)
