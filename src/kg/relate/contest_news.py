"""Whether a sentence of a contest news item reports the contest itself.

A news item about one contest also gives background (全市已创建特色学校127所), logistics
(设置测温点6个), a pupil's project (拍摄叶片照片1.2万余张) and what people told the
reporter. Annotators give a left-over figure to the contest only where its sentence
speaks of the contest's own proceedings: its entries, entrants, prizes, rounds and judges.
"""
from __future__ import annotations

import re

# Words of a contest's proceedings: who entered, what was judged, what was awarded, and
# its size against earlier editions (本届…较上届, 规模创新高).
PROCEEDINGS = re.compile(r"参赛|比赛|赛项|赛区|赛事|场次|决赛|入围|报名|选手|组别|评出|评选|"
                         r"获奖|等奖|评委|评审|初评|复评|终评|颁奖|典礼|参加|本届|上届|往届|规模|"
                         r"同台竞技|同场竞技|角逐|展演|参演|学段|学科")

# A person telling the reporter (…介绍，/…告诉记者/…说，): their own story, not the tally.
TOLD = re.compile(r"(?:说|告诉记者|介绍|表示|指出|透露)[，,：:]")


def reports_proceedings(sentence: str) -> bool:
    """True when a sentence of the news item tells of the contest's proceedings in the
    report's own voice."""
    return PROCEEDINGS.search(sentence) is not None and TOLD.search(sentence) is None
