"""Picture credits outside a caption: a credit alone on its line, as printed under a caption's sentence
(credit_alone), and text shaped like a credit that a page glued into the story, found to warn the editor,
never extracted (credit_in_prose).
"""

import re

from .byline_names import looks_like_name
from .credit_vocabulary import ORIGIN, OWN_PHOTO_WORDS, PICTURE_AGENCIES, VIA, WIRES, is_agency_name, is_credit_agency
from .person_names import is_personal


# An unlabelled credit alone on its line, as printed under a caption: an agency or a wire ("AFP", "Xinhua"), the
# outlet's or the agency's own picture ("PTI Photo", "Post File Photo"), the picture's origin ("Screenshot/X",
# "Getty Images/iStockphoto"), an agency through a picture library ("AFP via Getty Images").
_CREDIT_ALONE = re.compile(
    # (perhaps labelled as a source, which alone elsewhere names the story's: "Source: Getty Images")
    rf"^(?:(?i:source|quelle|fuente|fonte)\s*:\s*)?(?P<credit>(?:{PICTURE_AGENCIES}|{WIRES})(?:\s+(?:(?i:file)\s+)?(?i:photo|pic|picture))?(?:{VIA})?"
    rf"|{OWN_PHOTO_WORDS}|{ORIGIN})\s*\.?$"
)


def credit_alone(line: str) -> str:
    """The line, if it is only such an unlabelled credit; else "". Alone elsewhere, "AFP" may be the byline's agency
    or a wire's sign-off: the caller knows a caption's sentence stands over it."""
    line = line.strip()
    match = _CREDIT_ALONE.match(line) if len(line) <= _CREDIT_LINE_LENGTH else None
    return match["credit"].rstrip(" .") if match else ""


# What a picture credit looks like when the page glued it into the story's text, where it is not
# extracted (prose quotes agencies too): a labelled credit, "Name/AP" or "AGENCY/Name", or an agency
# alone in brackets closing a sentence ("... on Jan. 8, 2024. (Yonhap)", "(AFP files) In a file picture").
# Each shape with the character it cannot match without, a quick test that skips most prose.
_CREDITS_IN_PROSE = (
    # (a photographer's agency number may come first: "Foto: 10060 Jo Lim/TT")
    # (or a website's address, in lower case: "Photo: harbourpost.com")
    (":", re.compile(r"(?<![\w-])(?:Credit|Photo|Photograph|Picture|Image)\s*:\s*(?:(?:\d+\s+)?[A-Z][^.:]{1,60}|"
                     r"[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}\b)")),
    ("/", re.compile(r"\b[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s?/\s?(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua|Anadolu)\b"
                     r"|\b(?:REUTERS|AFP|AP|EPA|XINHUA|PRESS)\s?/\s?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}")),
    ("(", re.compile(r"(?:^|(?<=[.!?”\"’]\s))\((?P<agency>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})(?:\s+files?)?\)")),
    # the words only a picture's credit uses: "Photo by X", "Photo courtesy of X", "Image source, X", "Getty Images",
    # "Pic: X", "Foto: X", "PHOTO | X", "file photo"
    # an archive picture's label: "Archieffoto: X", "Archivbild: X", "Arkivfoto: X", with an agency's number first at times
    (("Photo", "Pic", "Image", "Getty", "Foto", "PHOTO", "ile p", "ile P", "ILE P", "Archi", "Arkiv"), re.compile(r"\b(?:Photo|Picture|Image)s?\s+(?:by|courtesy(?:\s+of)?|source,?)\s+[A-Z][^.]{1,60}|\bGetty\s+Images\b|"
                    # "file photo", "File Photo", "FILE PHOTO": printed as a title too
                    r"\b(?:Pic|Foto|PHOTO|Archieffoto|Archiv(?:foto|bild)|Arkiv(?:foto|bild))\s*[:|]\s*(?:\d+\s+)?[A-Z][^.]{1,60}|\b(?:[Ff]ile\s+(?:[Pp]hoto|[Pp]icture|[Pp]ic)|FILE\s+(?:PHOTO|PICTURE|PIC))\b")),
    # the same words in any case, as captions run into the story print them ("Korea Times photo by X")
    (("hoto", "HOTO", "ictur", "ICTUR", "image", "Image", "IMAGE"),
     re.compile(r"\b(?i:(?:photo|picture|image)s?\s+(?:by|courtesy(?:\s+of)?))\s+[A-Z][^.]{1,60}")),
    # the label in other languages and scripts, with its colon or equals sign: "Fotó: MTI", "Фото: ТАСС",
    # "사진=연합뉴스", "Ảnh: TTXVN", "写真：共同", "صورة: رويترز"
    ((":", "：", "="), re.compile(r"(?<![\w-])(?:Fotó|Fotos?|Fotografía|Fotografia|Fotoğraf|Zdjęcie|Fot\.|Bild|Kuva|Crédito|Credito|"
                r"Nuotrauka|Nuotr\.|Mynd|Snimi[ol]a?|Gambar|Larawan|Imatge|Kredit(?:\s+foto)?|"
                r"Imagem|Imagen|Immagine|Φωτογραφία|Φωτό|Фото|фото|Снимка|사진|[Ảả]nh|图片(?:来源)?|圖片(?:來源)?|照片|写真|ছবি|"
                r"तस्वीर|फोटो|صورة|الصورة|عکس|צילום|ภาพ)\s*[:：=]\s*[^\W\d_][^.。:\n]{1,60}")),
    # a person or an agency's photographer holding a picture's rights: "© Jo Lim", "© JO LIM", "© Jo Lim/AFP"
    # (an outlet's or a company's "© 2024 Harbour Media" is the page's)
    ("©", re.compile(r"©\s*(?P<holder>[^\W\d_][^©\d.|]{2,50}?)\s*$")),
    # a camera sign before a name: "... on Tuesday. | 📷 Jo Lim"
    (("\U0001F4F7", "\U0001F4F8"), re.compile(r"[\U0001F4F7\U0001F4F8]\s*[^\W\d_][^.|]{1,60}")),
)
# Lines that are a credit by their whole shape, though no caption stands beside them: a labelled source in
# brackets ("(Source: Presidential Press Bureau)"), or two names in capitals either side of a slash
# ("FACEBOOK.COM/JDOE", "JO LIM/METRO @jolimfoto"), as credits print the photographer and the agency.
_CREDIT_LINE = re.compile(
    r"\((?i:source|photo|foto|image|credit)\s*:\s*[^()]{2,60}\)|"
    r"[A-Z][A-Z0-9 .'’-]+\s?/\s?[A-Z][A-Z0-9 .'’-]+(?:\s+@\w+)?"
)


_CREDIT_LINE_LENGTH = 80  # a credit alone on its line is short
# A photographer and a picture agency alone on a line, "Jo Lim - Lusa", "Jo Lim / ANP": a credit unless it is the
# byline ("Jo Lim - Reuters" over the story), so only named when its name is not the byline's.
_NAME_AND_AGENCY_LINE = re.compile(r"(?P<name>[^/|–-]{4,40}?)\s*(?:\s[-–|]\s|/)\s*(?P<agency>[^/|–-]{2,30})")
# A person's name in brackets closing a line with no full stop before it: a caption's photographer ("... at the
# High Court (Jo Lim)"); a sentence of the story ends with its full stop.
_NAME_CLOSING_A_CAPTION = re.compile(r"(?<![.!?”\"’])\s+\((?P<name>[^()\d]{4,40})\)\s*$")
# The word for a picture and an agency's name, alone on a line with no colon: "foto LaPresse", "Foto Ansa", "PHOTO AFP".
_LABEL_AND_AGENCY_LINE = re.compile(r"(?i:foto|photo)\s+(?P<agency>[^\W\d][\w&.'’ -]{1,30})")


def _label_and_agency_line(line: str) -> bool:
    labelled = _LABEL_AND_AGENCY_LINE.fullmatch(line) if len(line) <= 40 and line[:1] in "fFpP" else None
    return bool(labelled) and is_credit_agency(labelled["agency"])


def _shapes_in(paragraphs: list[str]) -> list:
    """The shapes of _CREDITS_IN_PROSE whose needed characters stand somewhere in these lines: tested once over
    all of them, not once a line (a needed word holds no line break, so one the lines lack is in none of them)."""
    text = "\n".join(paragraphs)
    return [(needed, pattern) for needed, pattern in _CREDITS_IN_PROSE
            if (needed in text if isinstance(needed, str) else any(word in text for word in needed))]


def credit_in_prose(paragraphs: list[str], authors: list[str] = ()) -> str:
    """The first thing in these lines (the story, the lines left out) shaped like a picture credit, or "".
    ``authors``: the byline's, whose lines are no credit."""
    shapes = _shapes_in(paragraphs)
    for paragraph in paragraphs:
        line = paragraph.strip()
        if len(line) <= _CREDIT_LINE_LENGTH and ("/" in line or " - " in line or " – " in line or " | " in line
                                                  or line[:1] == "("):  # the quick test: most lines have none
            if _CREDIT_LINE.fullmatch(line):
                return line
            alone = _NAME_AND_AGENCY_LINE.fullmatch(line)
            if alone and is_credit_agency(alone["agency"]) and looks_like_name(alone["name"]) \
                    and is_personal(alone["name"]) and alone["name"] not in authors:
                return line
        if _label_and_agency_line(line):
            return line
        closing = _NAME_CLOSING_A_CAPTION.search(paragraph) if paragraph.endswith(")") else None
        if closing and looks_like_name(closing["name"]) and is_personal(closing["name"]):
            return f"({closing['name']})"
        for needed, pattern in shapes:
            if not (needed in paragraph if isinstance(needed, str) else any(word in paragraph for word in needed)):
                continue
            for match in pattern.finditer(paragraph):
                holder = match["holder"] if "holder" in pattern.groupindex else ""
                if holder and not ("/" in holder or (looks_like_name(holder) and is_personal(holder))):
                    continue
                if "agency" not in pattern.groupindex or is_agency_name(match["agency"]):
                    return match.group(0).strip()
    return ""
