"""Person names in scripts without capitals, found by the titles and roles each language writes beside a name.

The candidate finder (``candidates.py``) reads names from capital letters, which Arabic, Persian, Urdu, Pashto,
Hebrew, Amharic, Georgian, Thai and the Indic scripts do not have. These languages mark a person
instead with a word before or after the name, the same on every page:

* **a title before the name**, in the scripts that space their words: Arabic "الرئيس", "وزير الخارجية", Persian
  "آقای", Hebrew "ראש הממשלה", Hindi "प्रधानमंत्री", Tamil "ஜனாதிபதி", Amharic "ጠቅላይ ሚኒስትር". The name is the one or two
  words after it ("بن", "عبد" and "أبو" join more), up to a small word ("ने", "در", "של") or punctuation. In Arabic a
  title written without the article opens a phrase closed by a word with it ("رئيس حكومة تصريف الأعمال"), so the name
  comes after that word.
* **Thai** glues the honorific or rank to the given name ("นายเศรษฐา", "พล.อ.ประยุทธ์"), the surname following after
  a space.

One word after a title ("الرئيس ميقاتي") counts towards a longer name ending with it, and is offered alone only when
the text writes it so twice, closed by a small word or punctuation: once, it is as often a verb or a noun. Chinese has
its own finder (``chinese_names.py``), Korean and Japanese theirs (``east_asian_names.py``).
"""

import re
from collections import Counter

from .candidates import Candidate

# The letters of each spaced script (with the joiners some write inside a word), and its titles that stand before
# a name, one phrase a line of the table, words separated by spaces.
_SPACED_SCRIPTS = {
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "hebrew": "\u0590-\u05ff",
    "ethiopic": "\u1200-\u139f",
    "georgian": "\u10a0-\u10ff",
    "indic": "\u0900-\u0dff",
    "khmer": "\u1780-\u17ff",
    "armenian": "\u0531-\u0587",
}
_JOINERS = "\u200c\u200d"
_TITLES_BEFORE = {
    # Arabic
    "الرئيس الملك الأمير الامير الشيخ الشيخة السلطان الوزير الوزيرة النائب السفير الدكتور المهندس السيد السيدة "
    "اللواء العميد العقيد الفريق المشير الإمام الامام البابا المستشار الحاكم المحافظ القاضي المتحدث الناطق "
    "المرشح المرشحة نظيره نظيرها "
    "رئيس رئيسة وزير وزيرة نائب سفير أمين امين ولي قائد محافظ مستشار المبعوث مبعوث",
    # Persian, Urdu, Pashto
    "آقای خانم دکتر سید سیده رئیس‌جمهور رئیس‌جمهوری رئیس وزیر سفیر سخنگوی نخست‌وزیر آیت‌الله حجت‌الاسلام "
    "سردار سرلشکر جناب وزیراعظم وزیرِاعظم صدر مولانا محترم محترمہ ښاغلی ولسمشر صدراعظم همتای نامزد منشي استازې استازی",
    # Hebrew
    "השר השרה ראש נשיא הנשיא הרב ח\"כ עו\"ד ד\"ר פרופ מר גב השגריר המאמן השחקן הרמטכ\"ל המועמד עמיתו",
    # Amharic
    "ጠቅላይ ሚኒስትር ፕሬዚዳንት ፕሬዝዳንት አቶ ወይዘሮ ወ/ሮ ዶክተር ከንቲባ አምባሳደር ምክትል እመቤት አፈ",
    # Georgian
    "პრეზიდენტი პრეზიდენტმა პრემიერ-მინისტრი პრემიერმა მინისტრი მინისტრმა ბატონი ქალბატონი",
    # Armenian
    "նախագահ նախագահը վարչապետ վարչապետը նախարար նախարարը պարոն տիկին դեսպան",
    # Devanagari: Hindi, Nepali, Marathi
    "श्री श्रीमती सुश्री प्रधानमंत्री प्रधानमन्त्री मुख्यमंत्री मुख्यमन्त्री राष्ट्रपति मंत्री मन्त्री पीएम सीएम डॉ डा "
    "अध्यक्ष उपराष्ट्रपति गृहमंत्री विदेशमंत्री परराष्ट्रमन्त्री राजदूत नेता सभापति उपप्रधानमन्त्री "
    "उपमुख्यमंत्री उपमुख्यमन्त्री उपप्रधानमंत्री सचिव निदेशक समकक्षी उम्मीदवार प्रत्याशी",
    # Bengali, Gurmukhi, Tamil, Telugu, Kannada, Malayalam
    "প্রধানমন্ত্রী রাষ্ট্রপতি প্রেসিডেন্ট মুখ্যমন্ত্রী মন্ত্রী শ্রী শ্রীমতী পোপ ড. সচিব প্রার্থী কর্মকর্তা "
    "ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਮੁੱਖ ਸ੍ਰੀ ਸ਼੍ਰੀ "
    "ஜனாதிபதி பிரதமர் அமைச்சர் திரு திருமதி முதல்வர் முதலமைச்சர் ஜனாதிபதியான பிரதமரான தலைவர் செயலாளர் வேட்பாளர் "
    "ప్రధాని ప్రధానమంత్రి అధ్యక్షుడు ముఖ్యమంత్రి మంత్రి శ్రీ అభ్యర్థి కార్యదర్శి "
    "ಪ್ರಧಾನಿ ಪ್ರಧಾನಮಂತ್ರಿ ಮುಖ್ಯಮಂತ್ರಿ ಸಚಿವ ಶ್ರೀ ಅಧ್ಯಕ್ಷ "
    "പ്രധാനമന്ത്രി മുഖ്യമന്ത്രി മന്ത്രി ശ്രീ പ്രസിഡന്റ്",
    # Khmer
    "ឯកឧត្តម លោក លោកស្រី សម្តេច សម្ដេច អ្នកស្រី",
}
_TITLES_BEFORE = frozenset(" ".join(_TITLES_BEFORE).split())
# Words that go on a title ("ראש הממשלה", "وزیر امور خارجه", "ਪ੍ਰਧਾਨ ਮੰਤਰੀ"): skipped after one, never a name.
_TITLE_COMPLEMENTS = frozenset("""
    عهد الوزراء الحكومة الجمهورية الخارجية الداخلية الدفاع العهد العام النواب الشورى المجلس الأمن الامن
    امور خارجه کشور مجلس دولت وزارت جمهوری دفاع داخله خارجہ اعظم اعلی خارجي خارجې چارو
    הממשלה המדינה הכנסת האופוזיציה החוץ הביטחון העבודה האוצר
    ሚኒስትር ዴኤታ ጽ/ቤት ጉባኤ
    मंत्री मन्त्री परराष्ट्र विदेश गृह
    মন্ত্রী পররাষ্ট্র
    ਮੰਤਰੀ
    வெளிவிவகார வெளியுறவு வெளிவிவகாரஅமைச்சர் அமைச்சர்
    """.split())
# Small words that close a name (postpositions, conjunctions, "said").
_SMALL_WORDS = frozenset("""
    في من على إلى هذا هذه ذلك يوم
    და الى عن مع أن إن ان و أو او قال وقال قالت أكد اكد خلال الذي التي هو هي كان إلى لدى بعد قبل
    با در از به که و را این آن هم نیز گفت است بود برای تا خود
    نے کے کی کا سے میں اور کو پر ہے ہیں کہا آج دو تین ایک
    د په له سره او ته چې وویل
    של את עם על אמר אמרה כי גם הוא היא ב ל
    ने को के की का से में और है हैं पर भी जी ले लाई लाई ने कहा गर्नुभयो
    এর ও এবং বলেন সঙ্গে সাথে
    ਨੇ ਦੇ ਦੀ ਨੂੰ ਅਤੇ
    மற்றும் ஆகியோர் பல
    """.split())
# Titles kept with a one-word name, as the name is written ("الأمير ويليام", "পোপ ফ্রান্সিস")
_ROYAL_TITLES = frozenset("الأمير الامير الملك الملكة الأميرة البابا پاپ پوپ পোপ पोप போப்".split())
# Articles that open an adjective or a complement after a title, never a name ("السفيرة الإسرائيلية", "שר החוץ")
_ARTICLES = ("ال", "ה")
# Case endings glued on a name's last word, cut off, as the name is labelled in the nominative
_CASE_ENDINGS = tuple(sorted("""ले को लाई बीच सँग
    வுக்கும் வுக்கு வைச் வை விடம் வுடன் வின்
    తో ని కు
    യുടെ യില് യിൽ യെ
    ের কে
    ը ի ով""".split(), key=len, reverse=True))
# Tamil's vowel signs glued on a consonant-final name take the virama's place ("சுவராஜ்" -> "சுவராஜைச்").
_TAMIL_ENDINGS = ("ைச்", "ுக்கு", "ுடன்", "ிடம்", "ின்", "ை")
# Georgian's ergative and dative take the nominative's "-ი" off a consonant-final name ("ზურაბიშვილი" ->
# "ზურაბიშვილმა", "ზურაბიშვილს") and are glued on a vowel-final one ("ბახტაძემ", "ბახტაძეს").
_GEORGIAN_VOWELS = "აეიოუ"
_SURNAME_JOINERS = frozenset("بن ابن بنت bin".split())  # "محمد بن سلمان"
_NAME_OPENERS = frozenset("عبد أبو ابو".split())  # "عبد الفتاح السيسي": two words make the given name

# punctuation and digits inside those blocks ("،", "۔", "।", "።"), which end a word
_NOT_LETTERS = "\u060c\u061b\u061f\u0660-\u066d\u06d4\u06f0-\u06f9\u05be\u05c0\u05c3\u0964-\u096f\u1360-\u1371\u17d4-\u17da"
_LETTER = "(?:(?![" + _NOT_LETTERS + "])[" + "".join(_SPACED_SCRIPTS.values()) + _JOINERS + "])"
_WORD = re.compile(f"{_LETTER}+(?:[\"'/-]{_LETTER}+)*")  # "ח\"כ", "ወ/ሮ", "პრემიერ-მინისტრი"
_ANY_CASELESS = re.compile("[" + "".join(_SPACED_SCRIPTS.values()) + "\u0e00-\u0e7f]")

# Thai: ranks and honorifics glued before a given name, and the roles before them ("นายกรัฐมนตรี พล.อ.ประยุทธ์")
_THAI_ROLES = tuple(sorted("""นายกรัฐมนตรี รองนายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงกลาโหม รัฐมนตรีว่าการกระทรวงการต่างประเทศ
    รัฐมนตรี ประธานาธิบดี ประธาน โฆษก เลขาธิการ""".split(), key=len, reverse=True))
_THAI_HONORIFICS = tuple(sorted("""นาย นางสาว นาง พล.อ. พล.ต.อ. พล.ท. พล.ต. พล.ร.อ. พล.อ.อ. ดร. ม.ร.ว. ม.ล.
    พันเอก พลเอก พลตำรวจเอก""".split(), key=len, reverse=True))
_THAI_LONGEST_NAME_WORD = 16  # letters and marks; longer runs are phrases written without spaces
# small words written onto the honorific ("and", "by", "that", "of", "with", "at", "from")
_THAI_GLUED_BEFORE = re.compile("(?:และ|โดย|ว่า|ของ|กับ|ที่|จาก)(?=" + "|".join(
    re.escape(h) for h in sorted("นาย นางสาว นาง พล.อ. ดร.".split(), key=len, reverse=True)) + ")")
_THAI_WORD = re.compile(r"[\u0e00-\u0e7f.]+")
_THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]{2,}")

def _spaced_names(text: str) -> list[tuple[str, int, bool]]:
    """``(name, offset, closed)`` for each name after a title in the spaced scripts; ``closed`` when a small word or
    punctuation ends a one-word name (so that it is one)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    found = []
    i = 0
    while i < len(words):
        if not _a_title(words[i][0]):
            i += 1
            continue
        title_opens_a_phrase = words[i][0] in _ARABIC_INDEFINITE_TITLES or words[i][0][1:] in _ARABIC_INDEFINITE_TITLES
        j = i + 1
        while j < len(words) and _joined(text, words, j) and (
                words[j][0] in _TITLES_BEFORE or words[j][0] in _TITLE_COMPLEMENTS):
            j += 1
        if title_opens_a_phrase:  # "رئيس حكومة تصريف الأعمال <name>": the name comes after the article's word
            k = j
            while k < min(j + 3, len(words)) and _joined(text, words, k) and not words[k][0].startswith("ال"):
                k += 1
            if k < len(words) and k < j + 3 and _joined(text, words, k) and words[k][0].startswith("ال") \
                    and k + 1 < len(words) and _joined(text, words, k + 1):
                j = k + 1
        while j < len(words) and _joined(text, words, j) and words[j][0].startswith(_ARTICLES) \
                and words[j][0] not in _TITLES_BEFORE and j + 1 < len(words) and _joined(text, words, j + 1):
            j += 1  # "السفيرة الإسرائيلية تمار": an adjective after the title
        royal = words[j - 1][0] in _ROYAL_TITLES
        name, ending, restored = [], "", ""
        while j < len(words) and _joined(text, words, j) and len(name) < 4:
            word = words[j][0]
            ending, restored = _case_ending(word)
            if ending:
                name.append(j)
                j += 1
                break
            if word in _SMALL_WORDS or word in _TITLES_BEFORE or not _a_name_word(word) or (
                    not name and word.startswith(_ARABIC_PREFIXES) and len(word) >= 5):
                break  # "بالغرق", "للمشروع": "with the", "for the": a word that opens no name
            name.append(j)
            j += 1
            if royal and len(name) == 1 and j < len(words) and words[j][0] not in _SURNAME_JOINERS:
                break  # "الأمير فيصل": a royal title's one name
            if len(name) >= 2 and words[name[-1]][0] not in _SURNAME_JOINERS and not (
                    len(name) == 2 and words[name[0]][0] in _NAME_OPENERS):
                break
        while name and words[name[-1]][0] in _SURNAME_JOINERS:
            name.pop()
        if name:
            closed = ending or j >= len(words) or not _joined(text, words, j) or words[j][0] in _SMALL_WORDS
            start = words[j - len(name) - 1][1] if royal and len(name) == 1 else words[name[0]][1]
            found.append((text[start : words[name[-1]][2] - len(ending)] + restored, start,
                          len(name) > 1 or bool(closed)))
        i = max(j, i + 1)
    return found


def _case_ending(word: str) -> tuple[str, str]:
    """``(ending, restored)``: a case ending glued on ``word`` (a name's last word), and what the name's nominative
    ends with in its place; ``("", "")`` when none."""
    ending = next((e for e in _CASE_ENDINGS if word.endswith(e) and len(word) > len(e) + 2), "")
    if ending:
        return ending, ""
    ending = next((e for e in _TAMIL_ENDINGS if word.endswith(e) and len(word) > len(e) + 2), "")
    if ending and "\u0b95" <= word[-len(ending) - 1] <= "\u0bb9":  # after a Tamil consonant
        return ending, "\u0bcd"
    for ending in ("მა", "ს", "მ"):
        if word.endswith(ending) and len(word) > len(ending) + 2 and "\u10d0" <= word[-len(ending) - 1] <= "\u10ff":
            after_vowel = word[-len(ending) - 1] in _GEORGIAN_VOWELS
            if ending == "ს" or after_vowel == (ending == "მ"):
                return ending, "" if after_vowel else "ი"
    return "", ""


_ARABIC_INDEFINITE_TITLES = frozenset("رئيس رئيسة وزير وزيرة نائب سفير أمين امين ولي قائد محافظ مستشار مبعوث".split())


def _a_title(word: str) -> bool:
    """A title, or one with "and" written onto it ("והנשיא", "والرئيس")."""
    return word in _TITLES_BEFORE or (word[0] in _CONJUNCTIONS and word[1:] in _TITLES_BEFORE)


_CONJUNCTIONS = "וو" + "ከየለበ"  # "and" in Hebrew and Arabic; Amharic's "from", "of", "for", "by" ("ከቀዳማዊት እመቤት")
_ARABIC_PREFIXES = ("وال", "بال", "لل")


def _joined(text, words, j) -> bool:
    """Whether word ``j`` follows the one before it with only a space between (no punctuation, no line break)."""
    return j > 0 and text[words[j - 1][2] : words[j][1]] == " "


def _a_name_word(word: str) -> bool:
    return len(word) >= 2 and not any(char.isdigit() for char in word)


def _thai_names(text: str) -> list[tuple[str, int, bool]]:
    words = [(m.group(), m.start(), m.end()) for m in _THAI_WORD.finditer(text)]
    found = []
    for i, (word, start, _end) in enumerate(words):
        rest, marked = word, False
        glued = _THAI_GLUED_BEFORE.search(rest)
        if glued:
            rest = rest[glued.end():]  # "พร้อมกับนาย...": "with" written onto the honorific
        for prefixes in (_THAI_ROLES, _THAI_HONORIFICS):
            prefix = next((p for p in prefixes if rest.startswith(p)), "")
            if prefix:
                rest, marked = rest[len(prefix):], True
        if not marked or not _THAI_LETTERS.fullmatch(rest) or len(rest) > _THAI_LONGEST_NAME_WORD:
            continue
        if i + 1 < len(words) and text[words[i][2] : words[i + 1][1]] == " " \
                and _THAI_LETTERS.fullmatch(words[i + 1][0]) and len(words[i + 1][0]) <= _THAI_LONGEST_NAME_WORD \
                and not words[i + 1][0].startswith(_THAI_ROLES + _THAI_HONORIFICS):
            found.append((rest + " " + words[i + 1][0], start + len(word) - len(rest), True))
    return found


def _distinct_words(words) -> int:
    """How many of ``words`` are not a form of another: a case ending or a vowel sign apart ("মোদী", "মোদি", "মোদীর")
    are one word, a surname written after a given name in several spellings."""
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(len(_common_start(word, other)) >= max(2, len(other) - 1) for other in kept):
            kept.append(word)
    return len(kept)


def _common_start(one: str, other: str) -> str:
    end = 0
    while end < min(len(one), len(other)) and one[end] == other[end]:
        end += 1
    return one[:end]


def _a_spelling_of(name: str, other: str) -> bool:
    """Whether two names differ only by a vowel sign in the last word ("নরেন্দ্র মোদি", "নরেন্দ্র মোদী")."""
    first, _space, last = name.rpartition(" ")
    other_first, _space, other_last = other.rpartition(" ")
    return bool(first) and first == other_first and len(last) == len(other_last) and _distinct_words(
        (last, other_last)) == 1


def _a_form_of(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` with an ending glued on ("मोदीको" of "मोदी"), or one of its ends (the surname
    "حداد" of "سمير حداد")."""
    if name == other:
        return False
    if " " in name and " " in other and name.split(" ")[:-1] == other.split(" ")[:-1]:
        return name.startswith(other) and len(name) - len(other) <= 6
    return other.endswith((" " + name, "・" + name)) or (" " not in other and len(other) > len(name) >= 2
                                                         and other.startswith(name) and "・" not in other)


def script_person_candidates(text: str, known: set[str]) -> list[Candidate]:
    """The people ``text`` names in a caseless script by a title beside the name (see the module docstring), once
    each in the order of their first mention, none of ``known`` (the names already tagged or offered)."""
    if not _ANY_CASELESS.search(text):
        return []
    hits = sorted(_spaced_names(text) + _thai_names(text), key=lambda hit: hit[1])
    titled_alone = Counter(name for name, _offset, closed in hits if " " not in name and closed)
    # a word written after a title before a different word each time is a name alone ("השר כהן אמר", "השר כהן הגיע")
    seconds: dict[str, Counter] = {}
    for name, _offset, _closed in hits:
        if name.count(" ") == 1:
            seconds.setdefault(name.split(" ")[0], Counter())[name.split(" ")[1]] += 1
    titled_alone.update(first for first, second in seconds.items()
                        if _distinct_words(second) >= 2 and max(second.values()) == 1 and first not in titled_alone)
    found: dict[str, Candidate] = {}
    for name, offset, closed in sorted(hits, key=lambda hit: hit[1]):
        if name.split(" ", 1)[0] in titled_alone:
            name = name.split(" ", 1)[0]  # "נתניהו והנשיא": the name written alone elsewhere, and the next word
        if name in found:
            found[name].mentions += 1
        elif name not in known:
            found[name] = Candidate(name=name, mentions=1, first_offset=offset, suggested_kind="person")
    for name in sorted(found, key=len, reverse=True):  # a shorter or inflected form counts towards the name
        fuller = [other for other in found if other != name and (_a_form_of(name, other) or (
            _a_spelling_of(name, other) and found[other].mentions > found[name].mentions))]
        if fuller:
            found[fuller[0]].mentions += found.pop(name).mentions
    for name in [name for name in found if name in titled_alone and found[name].mentions < 2]:
        del found[name]  # one word after a title once, and no name it ends: as often a verb ("पीएम बनने के बाद")
    last_words = {c.name.rsplit(" ", 1)[-1]: c for c in found.values() if " " in c.name}
    for name in [name for name in found if " " in name and name.split(" ", 1)[0] in last_words]:
        last_words[name.split(" ", 1)[0]].mentions += found.pop(name).mentions  # "الرئيس ميقاتي فظهر"
    return sorted(found.values(), key=lambda c: c.first_offset)
