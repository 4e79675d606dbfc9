from kg.model import Report
from kg.segment import find_issuer, find_sections, find_sentences, find_title, find_year, segment


def test_seed_headings_nest_one_level_under_chinese_numbers(seed_text):
    sections = find_sections(seed_text)
    top = [s for s in sections if s.level == 1]
    assert [s.number for s in top] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert top[0].title == "坚定办学方向，党的建设不断加强"
    first_sub = sections[1]
    assert (first_sub.number, first_sub.level, first_sub.parent) == ("1.", 2, 0)
    assert first_sub.title == "基层党的建设更加扎实"
    # 4. 深入开展体育教育 sits under 四、 although it follows a line with no blank line
    sports = next(s for s in sections if s.title.startswith("深入开展体育教育"))
    assert sections[sports.parent].number == "四、"


def test_other_numbering_styles_nest_by_first_appearance():
    text = ("某县2023年教育工作总结\n第一部分 基本情况\n（一）学校建设\n1.新建学校。今年新建2所。\n"
            "（1）小学。新增学位。\n（二）队伍建设\n第二部分 存在问题\n")
    sections = find_sections(text)
    assert [(s.number, s.level) for s in sections] == [
        ("第一部分", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("（二）", 2), ("第二部分", 1)]
    assert sections[4].parent == 0 and sections[3].parent == 2
    assert text[sections[1].start:sections[1].end].startswith("（一）学校建设")
    assert sections[1].end == sections[4].start


def test_half_width_numbering_and_decimals_are_not_headings():
    text = "(一)学校建设\n1.02万人次参加。\n2、新建学校\n"
    sections = find_sections(text)
    assert [s.number for s in sections] == ["(一)", "2、"]


def test_sentences_slice_back_and_know_their_section(seed_text):
    sections = find_sections(seed_text)
    sentences = find_sentences(seed_text, sections)
    for s in sentences:
        assert seed_text[s.start:s.end] == s.text and s.text == s.text.strip()
    hit = next(s for s in sentences if "4920个" in s.text)
    assert sections[hit.section].title.startswith("中小学建设加快推进")


def test_metadata_from_title_and_signature(seed_text):
    assert find_title(seed_text) == "仓山区2022年教育工作总结"
    assert find_issuer(seed_text) == "福州市仓山区教育局"
    assert find_year("仓山区2022年教育工作总结", seed_text) == 2022


def test_signature_followed_by_a_date_and_county_region():
    text = "平和县2023年教育工作总结\n一、概况\n全县新建学校3所。\n\n平和县教育局\n2024年1月10日\n"
    report = segment(Report(doc_id="t", source="t", text=text))
    assert report.issuer == "平和县教育局"
    assert report.year == 2023
    assert report.region == "平和县"
    assert report.region_path[-2:] == ("漳州市", "平和县")
