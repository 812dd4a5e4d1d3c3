"""Person names on a Chinese page, which has no capitals to mark them: a common surname and a two-character given
name ("張志明", "王小紅"), right before a word only a person says or bears ("表示", "說", "教授") or right after a
person's title ("總統", "記者").

Only three-character names are read: a name of two characters is as often a common word that starts with a
surname's character ("方面", "高度"), and without spaces nothing tells them apart. Surnames that are also common
words standing before others ("於" at, "何" what, "高" high, "方" side, "金" gold) are left out, and a name whose last
character ends an organisation's or a place's name ("署", "市") or is a small word ("的", "在") is none."""

import re

from .candidates import Candidate

SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭林羅罗鄭郑梁謝谢宋唐許许鄧邓曹彭蕭萧董袁潘蔣蒋蔡杜葉叶"
    "蘇苏魏呂吕丁沈姚盧卢姜崔鍾钟譚谭汪范廖賈贾韋韦鄒邹孟秦邱尹薛閻阎侯陶黎顧顾郝龔龚邵覃孔柯賴赖洪翁詹"
)
# what a person does or is called right after the name: says, states, points out; Mr, Ms, professor
_AFTER = tuple(sorted("""表示 指出 認為 认为 強調 强调 透露 坦言 回應 回应 提到 解釋 解释 說 说 稱 称 告訴 告诉 呼籲 呼吁
    先生 女士 教授 博士 醫師 医师 律師 律师 老師 老师 議員 议员 委員 委员""".split(), key=len, reverse=True))
# a person's title right before the name
_BEFORE = tuple(sorted("""總統 总统 副總統 副总统 主席 部長 部长 市長 市长 院長 院长 議員 议员 立委 教授 記者 记者 董事長 董事长
    總理 总理 校長 校长 主任 理事長 理事长 秘書長 秘书长 發言人 发言人 導演 导演 作家 詩人 诗人 畫家 画家 歌手 演員 演员
    委員 委员 局長 局长 處長 处长 縣長 县长 執行長 执行长 總經理 总经理 總裁 总裁 創辦人 创办人 學者 学者 牧師 牧师
    律師 律师 醫師 医师 博士""".split(), key=len, reverse=True))
# small words, in no name; and the characters that end an organisation's, a place's or a group's name, or a time
_NOT_IN_A_NAME = frozenset("的了在是和與与及對对於于被把而但再很最之其此該该這这那也都還还則则就將将並并又已曾更才亦均皆仍們们等")
_NOT_A_NAMES_END = frozenset("署部局會会院處处府黨党所校館馆廳厅組组委司社台臺市縣县省鄉乡鎮镇村區区面者員员家人士界業业中上下內内外前後后時时年月日")
_NAME = re.compile(r"[\u4e00-\u9fff]{3}")


def _a_name(text: str, start: int) -> str:
    name = text[start : start + 3]
    if start < 0 or not _NAME.fullmatch(name) or name[0] not in SURNAMES:
        return ""
    if name[1] in _NOT_IN_A_NAME or name[2] in _NOT_IN_A_NAME or name[2] in _NOT_A_NAMES_END:
        return ""
    return name


def chinese_person_candidates(text: str, known: set[str]) -> list[Candidate]:
    """The names of :data:`SURNAMES` and two characters that ``text`` prints before one of :data:`_AFTER` or after one
    of :data:`_BEFORE`, once each, in the order of their first mention; none of ``known`` (the names already tagged
    or offered)."""
    found: dict[str, Candidate] = {}
    for index, char in enumerate(text):
        if char not in SURNAMES:
            continue
        name = _a_name(text, index)
        if not name or name in known:
            continue
        if text.startswith(_AFTER, index + 3) or text[:index].endswith(_BEFORE):
            if name in found:
                found[name].mentions += 1
            else:
                found[name] = Candidate(name=name, mentions=1, first_offset=index, suggested_kind="person")
    for name, candidate in found.items():  # the name's other mentions, without a cue
        candidate.mentions = max(candidate.mentions, text.count(name))
    return list(found.values())
