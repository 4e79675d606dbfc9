"""Last edits of a finished metric label, where its edges hold words that say who judged
what is counted, or half of a bracket, and annotators write the counted noun.

* A label that opens inside a remark of what is included (含中职）校舍建筑面积) starts
  after it: 校舍建筑面积.
* 评出/评选出 keeps its verb but not who judged (大赛共评出一等奖 → 评出一等奖, 大赛还评出
  优秀科技辅导员 → 评出优秀科技辅导员): the label holds the grade for a query by 一等奖
  and the act for one by 评出一等奖, as the newer annotators write it.
* A share written with a bare 占 (少数民族学生占17.96%) is the X占比 of the words before.
* A label that opens inside a short name's bracket (简称一中）本科上线率, from …中学（以下
  简称“一中”）本科上线率) is named by the short name: 一中本科上线率.
* 分别 says how figures are shared out among a list, not what is counted: 中考平均分分别
  提高 → 中考平均分提高.
* A fund named by what or whom it pays (学生资助资金, 校园安全经费, 教共体专项经费) is named
  without the verb that gave it out and without 各类: 发放各类学生资助资金 → 学生资助资金,
  投入校园安全经费 → 校园安全经费; a bare fund keeps its verb (发放资助资金, 投入教育经费).
"""
from __future__ import annotations

import re

from .patterns import CLOSE_BRACKETS, INCLUDED_REMARK, MAX_METRIC, OPEN_BRACKETS
from .scan import Candidate

EDGE = " \u3000、，,：:"

JUDGED = re.compile(r"^.{0,10}?(?:共|还|另|又|最终|一共|共计)?(?P<verb>评选出|评定出|评出|决出)(.{2,})$")

SHARE = "占"


def _after_open_bracket(metric: str) -> str:
    """含中职）校舍建筑面积 → 校舍建筑面积: a close bracket with no open one before it."""
    depth, cut = 0, -1
    for i, ch in enumerate(metric):
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            if depth:
                depth -= 1
            else:
                cut = i
    if cut < 0 or not metric.startswith(INCLUDED_REMARK):
        return metric
    rest = metric[cut + 1:].strip(EDGE)
    return rest if len(rest) >= 2 else metric


def _judged(metric: str) -> str:
    m = JUDGED.match(metric)
    if not m:
        return metric
    # 学校还评出优秀指导教师 → 评出优秀指导教师; 大赛共评出一等奖 → 评出一等奖; 共决出金牌 → 决出金牌
    return metric[m.start("verb"):]


RESPECTIVELY = "分别"
SHORT_NAME = re.compile(r"^(?:以下|下)?简称[“\"]?([^“”\"（）()，,]{1,10}?)[”\"]?[）)](.{2,})$")


def _short_name(metric: str) -> str:
    m = SHORT_NAME.match(metric)
    return m.group(1) + m.group(2) if m else metric


def _not_respectively(metric: str) -> str:
    rest = metric.replace(RESPECTIVELY, "").strip(EDGE)
    return rest if len(rest) >= 2 else metric


def _share(f: Candidate, metric: str) -> str:
    if (f.unit == "%" and metric.endswith(SHARE) and len(metric) >= 3
            and len(metric) < MAX_METRIC):
        return metric + "比"
    return metric


# verbs that give out, put in or obtain money; 各类/各级各类 only says there are several kinds
FUND = re.compile(r"^(?:累计|共|共计|全年)?(?:发放|拨付|下拨|下达|投入|落实|安排|统筹安排|"
                  r"获得|提供|筹集|募集|兑现|划拨)(?:各级各类|各类)?"
                  r"((?!各)[\u4e00-\u9fff“”]{3,12}(?:资金|经费))$")
NAMED_FUND = 5      # the fund's own name without 资金/经费 is at least 3 characters


def _named_fund(metric: str) -> str:
    m = FUND.match(metric)
    return m.group(1) if m and len(m.group(1)) >= NAMED_FUND else metric


# 城关第一中学　一等奖: a spaced table's row label and column run together, without the gap
INNER_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\t]+(?=[\u4e00-\u9fff])")


# 毕业生就业(升学)率 → 毕业生就业率: a short remark inside the noun phrase is left out, as the
# guidelines ask (a list in brackets, 县（市、区）, is the phrase's own)
INNER_REMARK = re.compile(r"[（(][^（）()、，,]{1,4}[）)](?=[\u4e00-\u9fff])")

# 教师报名参赛较增长, from 较2022年增长18.9% once the year is dropped: a comparison word left
# with nothing to compare with goes too
DANGLING_COMPARISON = re.compile(r"(?<=[\u4e00-\u9fff])(?<![同环占对])(?:较|比)(?=(?:增长|增加|提高|减少|下降|降低|提升)了?$)")


# 高中组 + 各组团体总分 (a group's line under 各组团体总分前三名如下): the group's, not each group's
EACH_GROUP = re.compile(r"(?<=[\u4e00-\u9fff])组各(?:组|组别)")


def edit_label_edges(figs: list[Candidate]) -> None:
    """Apply the edits above to every named figure."""
    for f in figs:
        metric = f.metric
        if not metric:
            continue
        metric = INNER_GAP.sub("", _after_open_bracket(metric))
        metric = DANGLING_COMPARISON.sub("", metric)
        metric = EACH_GROUP.sub("组", metric)
        metric = INNER_REMARK.sub("", metric) if INNER_REMARK.search(metric, 1) else metric
        metric = _judged(metric)
        metric = _not_respectively(metric)
        metric = _short_name(metric)
        metric = _share(f, metric)
        metric = _named_fund(metric)
        f.metric = metric
