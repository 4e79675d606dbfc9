"""Round 12, figures and metric labels: classes of error counted over the tuning folders,
each tested on new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ------------------------- a barred table whose caption's note gives the units of all columns

def test_caption_note_with_two_units_shares_them_out_by_column():
    text = ("六、各区县基本情况（简表，单位：所;人）\n\n"
            "区县|学校数|在校生数|专任教师数\n"
            "碑林区|83|91234|6120\n"
            "周至县|112|40871|3315\n\n"
            "七、教育经费\n")
    got = figs(text)
    assert got["83"] == (83, "所", "碑林区学校数")
    assert got["91234"] == (91234, "人", "碑林区在校生数")
    assert got["3315"] == (3315, "人", "周至县专任教师数")
    # a remark in the note, not units, gives no unit
    assert "83" not in figs(text.replace("单位：所;人", "单位：按学籍统计"))


def test_caption_note_with_one_unit_scales_and_spares_a_rate_column():
    text = ("分区县教育经费简表（单位：亿元）\n"
            "区县｜教育经费总投入｜比上年增长（%）\n"
            "江北区｜21.36｜4.2\n"
            "渝北区｜30.05｜6.8\n")
    got = figs(text)
    assert got["21.36"][:2] == (2136000000, "元")
    assert got["21.36"][2] == "江北区教育经费总投入"
    assert (float(got["6.8"][0]), got["6.8"][1]) == (6.8, "%")
