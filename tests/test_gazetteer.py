"""The administrative-divisions gazetteer: names, short names, parents, regions."""
from kg import gazetteer as g


def test_full_and_short_names_resolve_to_the_division():
    assert g.path_of("仓山区") == ("福建省", "福州市", "仓山区")
    assert g.path_of("仓山") == ("福建省", "福州市", "仓山区")
    assert g.path_of("福州") == ("福建省", "福州市")
    assert g.path_of("福建") == ("福建省",)
    assert g.canonical("福建") == "福建省"
    assert g.canonical("不存在的地方") == "不存在的地方"


def test_short_names_of_autonomous_areas_drop_the_ethnic_suffix():
    assert g.short_name("延边朝鲜族自治州") == "延边"
    assert g.short_name("博尔塔拉蒙古自治州") == "博尔塔拉"
    assert g.short_name("广西壮族自治区") == "广西"
    assert g.short_name("浦东新区") == "浦东"
    assert g.short_name("赵县") == ""          # one character left: no short name


def test_province_abbreviation_needs_its_context():
    assert g.province_of_abbrev("闽") == "福建省"
    text = "重温总书记来闽考察讲话，学习八闽楷模"
    hits = [g.abbreviation_at(text, i) for i in range(len(text))]
    hits = [h for h in hits if h]
    assert [(text[s:e], p) for s, e, p in hits] == [("闽", "福建省"), ("八闽", "福建省")]
    # 闽 inside an ordinary phrase, 新 in 新时代: not places
    assert not any(g.abbreviation_at("闽江学院", i) for i in range(4))
    assert not any(g.abbreviation_at("进入新时代", i) for i in range(5))


def test_shared_county_names_are_settled_by_the_region_path():
    assert len(g.lookup("鼓楼区")) == 4
    assert g.resolve("鼓楼区") is None                      # ambiguous on its own
    fz = g.resolve("鼓楼区", ("福建省", "福州市", "仓山区"))
    nj = g.resolve("鼓楼区", ("江苏省", "南京市"))
    assert fz.adcode == "350102" and nj.adcode == "320106"
    assert g.parent_names("鼓楼区", ("江苏省", "南京市")) == ["江苏省", "南京市"]


def test_parents_by_name_and_by_code():
    assert [d.name for d in g.parents("仓山区")] == ["福建省", "福州市"]
    assert [d.name for d in g.parents("350104")] == ["福建省", "福州市"]
    assert g.parents("福建省") == ()
    assert g.parent_names("福州市") == ["福建省"]
    # a county-level city under its prefecture
    assert g.path_of("福清市") == ("福建省", "福州市", "福清市")


def test_region_from_signature_and_title():
    assert g.region_from_text("福州市仓山区教育局") == ("福建省", "福州市", "仓山区")
    assert g.region_from_text("仓山区2022年教育工作总结") == ("福建省", "福州市", "仓山区")
    assert g.region_from_text("南京市鼓楼区2022年教育工作总结") == ("江苏省", "南京市", "鼓楼区")
    assert g.region_from_text("固始县教育体育局") == ("河南省", "信阳市", "固始县")
    assert g.region_from_text("宁波市教育局") == ("浙江省", "宁波市")
    assert g.region_from_text("北京市朝阳区教育委员会") == ("北京市", "朝阳区")
    assert g.region_from_text("广西壮族自治区南宁市青秀区教育局") == ("广西壮族自治区", "南宁市", "青秀区")
    # shared name, nothing to settle it: only the name itself
    assert g.region_from_text("鼓楼区教育局") == ("鼓楼区",)
    assert g.region_from_text("2022年教育工作总结") == ()
    assert g.region_from_text("") == ()


def test_scan_finds_names_longest_first_and_skips_generic_ones():
    found = [(name, kind) for _, _, name, kind in g.scan("福州市仓山区城区学校与福建师范大学")]
    assert found == [("福州市", "full"), ("仓山区", "full"), ("福建", "short")]
    assert "城区" in g.ambiguous_names()


def test_tables_are_loaded_once():
    assert g._tables() is g._tables()
    assert len(g.divisions()) > 3000
