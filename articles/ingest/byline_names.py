"""The shape of a person's name in a byline: whether text looks like one (two to six capitalised words, initials
or particles), the name as the archive keeps it (Title Case for a name printed in capitals), and a Korean writer's
name printed in Hangul.
"""

import re

# A Korean name in Hangul (two to four syllables), perhaps with the writer's title after it — reporter ("기자", also
# senior, chief, specialist, guest, intern, veteran: "선임기자", "전문기자", "대기자"), correspondent ("특파원",
# "통신원"), editorial writer or editor ("논설위원", "편집위원") — and her address.
_HANGUL_NAME = re.compile(r"^(?P<name>[\uAC00-\uD7A3]{2,4})(?P<title>\s*(?:선임|수석|전문|객원|인턴|대|취재)?\s*"
                          r"(?:기자|특파원|통신원|논설위원|편집위원))?(?:\s+\S+@\S+\.\w+)?$")


# Korean news opens its first paragraph with the outlet and the reporter in brackets: "[뉴스24 홍길동 기자] …",
# "[서울=뉴스24 홍길동 기자] …", or the outlet in brackets and the reporter after it, "[서울=뉴스24] 홍길동 기자 = …".
_TITLE = r"(?:선임|수석|전문|객원|인턴|대|취재)?\s*(?:기자|특파원|통신원)"
_KOREAN_REPORTER_OPENING = re.compile(
    rf"^\[[^\[\]]{{1,25}}?[\s=](?P<inside>[\uAC00-\uD7A3]{{2,4}})\s*{_TITLE}\]"
    rf"|^\[[^\[\]]{{1,25}}\]\s*(?P<after>[\uAC00-\uD7A3]{{2,4}})\s*{_TITLE}\s*="
)


def korean_reporter_opening(paragraph: str) -> str:
    """The reporter's name a Korean story's first paragraph opens with, in brackets with the outlet's ("[뉴스24
    홍길동 기자] …") or after it ("[서울=뉴스24] 홍길동 기자 = …"); "" for none."""
    match = _KOREAN_REPORTER_OPENING.match(paragraph) if paragraph[:1] == "[" else None
    return (match["inside"] or match["after"]) if match else ""


def hangul_name(line: str, titled: bool = False) -> str:
    """The name of a line that is only a Korean writer's name in Hangul ("남상현", "남상현 기자"), or ""; with
    ``titled``, only of a line that gives her title too."""
    match = _HANGUL_NAME.match(line.strip())
    return match["name"] if match and (match["title"] or not titled) else ""
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "do", "le",
    "la", "bin", "binti", "ibn", "al", "el", "ter", "te", "zu", "af", "av", "y", "ní", "ni", "nic", "mac",
    "wa",  # "of" in East African names: "Ngũgĩ wa Thiong'o", "Kamau wa Njoroge"
}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u00DE]\.){1,3}$|^[A-Z\u00C0-\u00DE]$")


def looks_like_name(text: str) -> bool:
    """Two to six capitalised words, initials or particles (van, de, al-, bin ...)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or not all(_is_name_token(token) for token in tokens):
        return False
    if _only_single_letters(tokens):
        return False  # "A A A": a page's text-size buttons, not initials (which carry a surname)
    real = [t for t in tokens[:-1] if t.lower() not in _PARTICLES and t.lower().strip(".") not in _SUFFIXES]
    last = tokens[-1]  # a particle leads a surname, so a capitalised one ending the name is the surname itself:
    # the Vietnamese "Pham Du", "Tran Van Le"
    return len(real) + (last.lower().strip(".") not in _SUFFIXES and (last.lower() not in _PARTICLES or last[:1].isupper())) >= 2


def _only_single_letters(tokens: list[str]) -> bool:
    """Every word a bare letter ("A A A", "A A"): no name is only initials without their full stops."""
    return all(len(token) == 1 for token in tokens)


def tidy_name(name: str) -> str:
    """Title-Case a name printed in capitals, and a surname printed in capitals after a given name in normal
    case ("Jean DUPONT", as French and Belgian papers print it); leave other mixed-case names as printed."""
    name = " ".join(name.split())
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return name
    if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return _with_surname_in_normal_case(name)
    words = []
    parts = name.split()
    for index, word in enumerate(parts):
        if index and index < len(parts) - 1 and word.lower() in _PARTICLES:
            words.append(word.lower())
        elif word.lower() in _SUFFIXES:
            words.append(word.upper() if word.lower().strip(".") in {"ii", "iii", "iv"} else word.capitalize())
        elif index == 1 and len(parts) == 2 and "-" in word and parts[0].lower() in _EAST_ASIAN_SURNAMES:
            words.append(word.capitalize())  # "KIM MIN-JI" → "Kim Min-ji": a Korean or Taiwanese given name
        else:
            words.append(_capitalise_parts(word))
    return " ".join(words)


# Surnames that stand first in Korean and Taiwanese names, whose hyphenated given name keeps its second syllable in
# lower case ("Kim Tong-hyung", "Lin Chia-nan"); "JEAN-LUC" elsewhere is "Jean-Luc".
_EAST_ASIAN_SURNAMES = frozenset("""kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim
    han oh seo suh shin kwon hwang ahn an song yoo yu hong jeon chun ko koh moon mun yang son bae baek paik heo huh nam
    noh roh ha kwak sung cha joo ju woo min ryu na jin lin chen wang huang tsai liu chang wu hsu kuo lai hsieh tseng
    chiang su lu""".split())


def _with_surname_in_normal_case(name: str) -> str:
    """"Jean DUPONT" → "Jean Dupont"; a short word in capitals ("JK", "II") is left as printed."""
    words = name.split()
    if len(words) < 2 or not words[0].istitle() or words[0].isupper():
        return name
    return " ".join(_capitalise_parts(word) if index and word.isupper() and sum(c.isalpha() for c in word) >= 3
                    and word.lower() not in _SUFFIXES else word for index, word in enumerate(words))


# "Saliou KALY", "Jean-Pierre DUPONT": a given name, then the surname in capitals, as French-speaking papers sign.
_SURNAME_IN_CAPITALS = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}$")


def given_name_then_surname_in_capitals(line: str) -> bool:
    """The line is a given name in normal case and a surname in capitals, nothing else ("Saliou KALY")."""
    return bool(_SURNAME_IN_CAPITALS.match(line.strip()))


_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dall|dell)['’][A-ZÀ-Þ][^\W\d_]+$")  # "Jean-Luc d'Arc", "Anna dell'Orto"
_ACRONYM_JOINED = re.compile(r"^(?:[A-Z]{2,}-[A-Z][a-z]|[A-Z][a-z]+-[A-Z]{2,}$)")
_NAME_PREFIX = re.compile(r"^(?:al|el|bin|ibn|ben|abu)-", re.IGNORECASE)


def _is_name_token(token: str) -> bool:
    bare = token.strip(",")
    if bare.lower() in _PARTICLES or bare.lower() in _SUFFIXES or _INITIALS.match(bare) or _ELIDED_PARTICLE.match(bare):
        return True
    if "-" in bare and _ACRONYM_JOINED.match(bare):
        return False  # "ARD-Studio", "BBC-Korrespondentin": an outlet's acronym joined to a word, no name
    if _NAME_PREFIX.match(bare):
        bare = bare.split("-", 1)[1]
    if not bare or not bare[0].isupper() or bare.endswith(("'s", "’s")):
        return False  # (a possessive is no name's: "Today's Suggestion", "Editor's Pick")
    return all(c.isalpha() or c in "-'’." for c in bare)


def _capitalise_parts(word: str) -> str:
    """JEAN-LUC -> Jean-Luc, O'BRIEN -> O'Brien, MCDONALD -> McDonald."""
    pieces = re.split(r"([-'’])", word.lower())
    result = "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in pieces)
    if re.match(r"^Mc[a-z]", result):
        result = "Mc" + result[2].upper() + result[3:]
    return result


def name_once(name: str) -> str:
    """"Jane Doe Jane Doe" is one name printed twice on its line (a picture's alt text run into its caption)."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:] else name


def surname_in(name: str, headline: str) -> bool:
    """Whether the headline gives the name's surname: a name standing alone under such a headline is the story's
    subject under its picture ("Sani Abacha" under "… the Abacha loot …"), not its writer."""
    surname = name_once(name).split()[-1].casefold() if name.split() else ""
    return bool(surname) and surname in {word.casefold() for word in re.findall(r"[^\W\d_][\w'’-]*", headline or "")}


# "By" in the languages whose word is also a name's or a sentence's first word, and so is kept out of the leads
# (byline_leads.py): Italian "Di", Swahili "Na", Tagalog "Ni", Vietnamese "Bởi" (Malay "Oleh" stays a given name:
# "Oleh Ivan Petrenko" is Ukrainian).
_LEADS_ALSO_NAMES = frozenset({"di", "na", "ni", "bởi"})


def without_a_lead_word(authors: list[str], byline: str) -> list[str]:
    """The authors of a byline read without a lead, less such a "by" taken for the first word of a name ("Di Marco
    Rossi", "Bởi Nguyễn Văn An" on a line of their own): the word opens the line, and a name of two words or more
    is left after it (a name of its own, "Na Yeon", keeps it)."""
    words = byline.split()
    if not authors or not words or words[0].lower() not in _LEADS_ALSO_NAMES:
        return authors
    first = authors[0].split()
    if first[:1] != [tidy_name(words[0])] and first[:1] != [words[0]] or len(first) < 3 \
            or not looks_like_name(" ".join(first[1:])):
        return authors
    return [" ".join(first[1:])] + authors[1:]
