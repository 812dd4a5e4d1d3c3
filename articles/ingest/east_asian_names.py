"""Person names on a Korean or a Japanese page, which have no capitals to mark them: a name in the shape the language
writes one, right before a word only a person bears.

* Korean writes a name as one word of three syllables, a common surname first ("윤석열", "김민수"), and the title
  after it as a word of its own, which may carry a particle ("윤석열 대통령은", "김민수 씨가", "이재명 전 대표").
  A word that ends in a particle ("정부의"), in a party's, a body's or a place's last syllable ("한국당", "서울시"),
  or starts with a country's name ("한국인") is none.
* Japanese writes a full name in three to five kanji with no space, right before an honorific or a title
  ("山川太郎容疑者", "川村一郎君", "石田健二首相"), after anything but another kanji (a kana particle, a mark, a
  line's start). A run ending in a body's or a place's last character ("党", "県", "都") or opening with a country's
  name is a title's owner, not a name ("東京都知事", "日本代表選手", "米大統領")."""

import re
from functools import lru_cache

from .candidates import Candidate

EAST_ASIAN_NAME_LANGUAGES = frozenset({"ko", "ja"})

# the commonest Korean surnames (Faker's ko_KR list and the next ones), each the first syllable of a name's three
KOREAN_SURNAMES = frozenset(
    "김 이 박 정 최 조 강 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 나 민 진 "
    "지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용".split()
)
# a person's title or honorific, written after the name as a word of its own: president, prime minister, minister,
# lawmaker, leader, Mr/Ms, professor, chairman, coach, player, reporter, spokesperson, mayor, governor, candidate ...
_KOREAN_TITLES = """대통령 총리 부총리 장관 차관 의원 대표 위원장 씨 교수 회장 사장 감독 선수 기자 대변인 시장 지사 도지사 후보 의장
    총장 원장 청장 실장 국장 판사 검사 변호사 작가 배우 가수 박사 대사 총재 주석 비서관 수석 당선인 여사""".split()
# the particles a title may carry
_KOREAN_PARTICLES = "은 는 이 가 을 를 의 에게 과 와 도 만 께서 으로 로 이다 이었다 였다".split()
# a word's last syllable that is a particle, or ends a party's, a body's or a place's name
_NOT_A_KOREAN_NAMES_END = frozenset("의 을 를 에 는 와 과 로 께 당 국 부 청 처 회 사 단 시 군 구 도 측 계 층 들".split())
_KOREAN_NAME = re.compile(
    r"(?<![가-힣])([가-힣]{3})(?= (?:(?:%s) )?(?:%s)(?:%s)?(?![가-힣]))" % (
        "전", "|".join(sorted(_KOREAN_TITLES, key=len, reverse=True)),
        "|".join(sorted(_KOREAN_PARTICLES, key=len, reverse=True)))
)

_KANJI = "\u4e00-\u9fff\u3005"  # and "々", the repeat mark ("佐々木")
# what follows only a person's name in Japanese: Mr/Ms, boy, suspect, defendant, prime minister, president, governor,
# coach, player, professor, lawmaker (not "市長", mayor: "名古屋市長")
_JAPANESE_AFTER = """氏 さん 君 ちゃん 容疑者 被告 被告人 首相 元首相 前首相 大統領 知事 監督 選手 教授 議員 元議員""".split()
# the characters that end a body's or a place's name ("自民党", "東京都", "大阪府"), and a country's one-character
# name that opens a title's owner ("米大統領"): a run ending, or opening, so is no person's name
_NOT_A_JAPANESE_NAMES_END = frozenset("国党省庁府県都道区局課署社会院校団協組盟軍隊")
_NOT_A_JAPANESE_NAMES_START = frozenset("米英韓露独仏国")
# the shortest run before a cue that closes the kanji ("安倍晋三元首相" is "安倍晋三" and "元首相")
_JAPANESE_NAME = re.compile(r"(?<![%s])([%s]{3,5}?)(?=(?:%s)(?![%s]))" % (
    _KANJI, _KANJI, "|".join(sorted(_JAPANESE_AFTER, key=len, reverse=True)), _KANJI))


def _korean_names(text: str):
    for match in _KOREAN_NAME.finditer(text):
        name = match.group(1)
        if name[0] in KOREAN_SURNAMES and name[-1] not in _NOT_A_KOREAN_NAMES_END:
            yield match.start(1), name


def _japanese_names(text: str):
    for match in _JAPANESE_NAME.finditer(text):
        name = match.group(1)
        if name[-1] not in _NOT_A_JAPANESE_NAMES_END and name[0] not in _NOT_A_JAPANESE_NAMES_START:
            yield match.start(1), name


# the everyday names CLDR's formal ones leave out (Korea is "대한민국" there; North Korea, South Korea)
_EVERYDAY_COUNTRY_NAMES = {"ko": ("한국", "북한", "남한"), "ja": ("米国", "英国", "北朝鮮")}


@lru_cache(maxsize=2)
def _country_names(language: str) -> tuple[str, ...]:
    """The countries' names in ``language`` (CLDR's, two characters and more): a word starting with one is the
    country's ("한국인", "日本代表")."""
    from babel import Locale  # a slow import, on the first page in the language

    return tuple({name for code, name in Locale.parse(language).territories.items()
                  if len(code) == 2 and len(name) >= 2 and " " not in name} | set(_EVERYDAY_COUNTRY_NAMES[language]))


def east_asian_person_candidates(text: str, language: str, known: set[str]) -> list[Candidate]:
    """The names of people ``text`` (a page in Korean, "ko", or Japanese, "ja") prints before a person's title or
    honorific, once each, in the order of their first mention; none of ``known`` (the names already tagged or
    offered) and none starting with a country's name ("한국인", "日本代表")."""
    finder = _korean_names if language == "ko" else _japanese_names if language == "ja" else None
    if finder is None:
        return []
    country_names = _country_names(language)
    found: dict[str, Candidate] = {}
    for start, name in finder(text):
        if name in known or any(name.startswith(country) for country in country_names):
            continue
        if name in found:
            found[name].mentions += 1
        else:
            found[name] = Candidate(name=name, mentions=1, first_offset=start, suggested_kind="person")
    for name, candidate in found.items():  # the name's other mentions, without a title
        candidate.mentions = max(candidate.mentions, text.count(name))
    return list(found.values())
