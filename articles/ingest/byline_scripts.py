"""Bylines in the scripts that have no capital letters — Arabic, Persian and Urdu, Hebrew, the Indic scripts, Thai,
Chinese, Japanese, Korean — where the shape of a Latin name (capitalised words) says nothing. A byline there is its lead word,
written once per language below ("بقلم", "מאת", "लेखक:", "โดย", "作者：", "文・"), then one to four names of that
script's letters and nothing more on the line but a place or an address after a mark.
"""

import re

# language: (the words that lead a writer's name, a space or a mark after them: by, by the pen of, author, written by;
# the words read only with a mark after them ("تقرير: سارة أحمد"), being also a report's, a charge's or a sentence's
# first word: report, correspondent, editing, wrote, text)
_LEADS = {
    "Arabic": (r"بقلم|بواسطة|الكاتب|الكاتبة", r"كتب|كتبت|كتبه|إعداد|اعداد|تقرير|تحرير|المحرر|المحررة|مراسل|مراسلة|المراسل|المراسلة"),
    "Persian": (r"به\s+قلم|نویسنده|توسط", r"نوشته|گزارش|خبرنگار|نگارش"),
    "Urdu": (r"مصنف", r"تحریر|رپورٹ|نامہ\s+نگار"),
    "Hebrew": (r"מאת|מחבר|מחברת", r"כתב|כתבת"),
    "Hindi, Marathi, Nepali": (r"लेखक|लेखिका", r"रिपोर्ट|संवाददाता|रिपोर्टर"),
    "Bengali": (r"লেখক|লেখিকা", r"প্রতিবেদক|লিখেছেন|প্রতিবেদন"),
    "Thai": (r"โดย|เขียนโดย|ผู้เขียน|รายงานโดย|ข่าวโดย", r""),
    "Chinese": (r"作者|撰文|記者|记者", r"文|采写|採寫"),
    "Japanese": (r"筆者|執筆", r"取材・文|文・写真|文"),
    "Korean": (r"", r"글·사진|글"),
}
_FREE_LEADS = "|".join(free for free, _ in _LEADS.values() if free)
_MARKED_LEADS = "|".join(marked for _, marked in _LEADS.values() if marked)
_MARK = r"\s*[:：/／・\-–—]\s*"
# What joins two writers' names: the comma of each script, and "and" as a word of its own.
_JOINS = re.compile(r"\s*[,،、，]\s*|\s+(?:و|और|एवं|ও|এবং|และ|اور)\s+")
# After the names: the place or the address the writer files from ("/台北報導", "، القاهرة", " - Kathmandu").
_AFTER_NAMES = re.compile(r"\s*(?:[/／|(（\[【]|\s[-–—]\s|[-–—]\s*$).*$")

# The scripts, by block; CJK names are written without spaces, the others' words are spaced.
_SPACED_LETTERS = (r"\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF"
                   r"\u0900-\u0DFF\u0E00-\u0E7F")
_CJK_LETTERS = r"\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3"
_SPACED_NAME = re.compile(rf"[{_SPACED_LETTERS}]+(?:\s+[{_SPACED_LETTERS}]+){{1,3}}")  # two to four words
_CJK_NAME = re.compile(rf"[{_CJK_LETTERS}]{{2,4}}|[{_CJK_LETTERS}]{{1,3}}\s[{_CJK_LETTERS}]{{1,3}}")  # 林美玲, 山田 太郎

_LEAD = re.compile(rf"^(?:(?P<lead>{_FREE_LEADS})(?:{_MARK}|\s+)|(?P<marked>{_MARKED_LEADS}){_MARK})(?P<names>.+)$")
_DIGIT = re.compile(r"\d")


def starts_in_an_uncased_script(line: str) -> bool:
    """The line's first character is a letter of a script with no capitals (the quick test before the lead)."""
    first = line[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def uncased_script_names(line: str) -> list[str]:
    """The writers a line such as "بقلم: سارة أحمد", "מאת דנה לוי", "लेखक: राहुल वर्मा", "โดย สมชาย ใจดี", "作者：林美玲"
    names, in order; [] when it is no such byline."""
    match = _LEAD.match(line.strip()) if len(line) <= 120 else None
    if not match:
        return []
    names = _AFTER_NAMES.sub("", match["names"]).strip(" .:")
    if not names or _DIGIT.search(names):
        return []
    cjk_lead = bool(re.match(rf"[{_CJK_LETTERS}]", match["lead"] or match["marked"]))
    pieces = [piece.strip() for piece in _JOINS.split(names) if piece.strip()]
    shape = _CJK_NAME if cjk_lead else _SPACED_NAME
    if len(pieces) > 1 and not cjk_lead and " " not in pieces[-1]:
        pieces.pop()  # "سارة أحمد، القاهرة": a word of its own after the comma is the place she writes from
    if not pieces or len(pieces) > 4:
        return []
    return pieces if all(shape.fullmatch(piece) for piece in pieces) else []
