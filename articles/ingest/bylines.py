"""Recognising bylines and turning them into person names.

A byline is kept exactly as printed; the author list holds only people:
agencies ("Reuters"), roles ("Political Editor") and places ("in Brussels")
are dropped, and shouted names ("BY JANE DOE") are put into Title Case.
"""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps

from .dates import find_dates, strip_dates_and_times
from .scanning import word_count

# "By" starts a byline at the start of a line; mid-line only in capitals ("... 2022 By Jane Doe").
# Past a line's start only "By"/"BY" may lead; the other languages' words and the labels only at its start.
# The words for "by" (Spanish, French, German, Dutch, Swedish/Norwegian, Danish, Polish), the phrases that end
# in one ("Written by", "Analysis by", "Escrito por", "Geschrieben von"), and the labels read with a colon
# ("Author:", "Autorin:", "Texte:", "Reportage:", "Redacción:").
_BY_WORDS = r"por|par|von|door|av|af|przez"
_BY_PHRASES = (
    r"(?:written|words|story|reported|text|reporting|posted|compiled|analysis|opinion|commentary|column|review|"
    r"interview|article|report|essay|feature|submitted|contributed)\s+by|"
    r"guest\s+(?:column|post|essay|opinion|commentary|article|editorial)\s+by|"  # "Guest column by Jane Doe"
    # a page's "Posted by" in other languages: "Publié par", "Publicado por", "Pubblicato da", "Veröffentlicht von"
    r"publié\s+par|publicado\s+por|pubblicato\s+da|veröffentlicht\s+von|"
    r"skrivet\s+av|napisao|napisala|"
    # "Interview af Name" (Danish), "Interview av" (Swedish, Norwegian), "Interview von", "Interview door"
    r"interview\s+(?:af|av|von|door)|"
    r"(?:story|text|words|texto?|texte)\s+(?:and|&|y|und|et|e)\s+(?:photos?|photographs?|pictures?|fotos?)(?:\s+(?:by|por|von|par|di))?|"
    r"(?:escrito|redactado|reportaje|texto)\s+(?:por|de)|(?:écrit|rédigé|texte)\s+par|texte\s+de|"
    r"reportage\s+(?:de|par)|reportagem\s+(?:de|por)|"  # a broadcaster's report: "Reportage de Name, correspondant ..."
    r"le\s+point\s+avec|les\s+(?:détails|précisions)\s+(?:avec|de)|"  # its sign-off: "Le point avec A, B et C"
    r"(?:geschrieben|verfasst|text)\s+von|(?:scritto|testo)\s+da|(?:geschreven|tekst)\s+door|skrevet\s+a[fv]|"
    r"skriven\s+av|napisa(?:ł|ła|ne\s+przez)|oprac(?:owanie|\.)|"
    # "Ein Kommentar von", "Une analyse de", "Un análisis de", "Un commento di", "Een analyse van"
    r"eine?\s+(?:kommentar|analyse|gastbeitrag|gastkommentar|reportage|bericht|essay|interview|kolumne)\s+von|"
    r"une?\s+(?:analyse|tribune|chronique|article|reportage|enquête|éditorial)\s+de|"
    r"una?\s+(?:análisis|columna|crónica|reportaje|artículo|opinión)\s+de|"
    r"una?\s+(?:analisi|commento|articolo|reportage)\s+di|een\s+(?:analyse|column|commentaar|reportage)\s+van|"
    # "our correspondent" in other languages, before the name: "dal nostro corrispondente Marco Rossi"
    r"(?:dal\s+nostro|dalla\s+nostra)\s+(?:corrispondente|inviat[oa]|redattore|redattrice)|"
    r"door\s+onze\s+(?:correspondente?|verslaggever|verslaggeefster|redacteur|redactrice|medewerker|medewerkster)|"
    r"(?:de|par)\s+notre\s+(?:correspondante?|envoyée?\s+spéciale?|journaliste)|"
    r"(?:de|por)\s+nuestr[oa]\s+(?:corresponsal|enviad[oa]\s+especial|redactora?)|"
    r"von\s+unsere[mr]\s+(?:korrespondent(?:en|in)?|reporter(?:in)?|redakteur(?:in)?|mitarbeiter(?:in)?)"
)
_BY_LABELS = (
    r"authors?|byline|reporters?|writers?|journalists?|correspondents?|words|"
    r"autor(?:a|as|es|en|in|innen|ka|zy|i)?|auteur(?:e|s|es)?|autore|autrice|"
    r"textos?|textes?|text|teksty?|testi|testo|teksti|reportage|reportaje|reportagem|"  # "Textos: A y B"
    r"redacción|redação|redazione|redaktion|rédaction|redactie|redakcja|informe|"
    r"periodista|giornalista|journaliste|dziennikarz|szerző|yazar|forfatter|författare|skribent|toimittaja|"
    # Turkish "Yazan"/"Muhabir", Finnish, Hungarian "Írta", Greek, Cyrillic "Автор"/"Текст", Croatian "Piše",
    # Indonesian and Malay "Oleh" (only with its colon: it is also a given name), "Penulis"/"Pewarta"/"Wartawan",
    # Vietnamese "Tác giả"
    r"oleh|yazan|muhabir|kirjoittaja|írta|συντάκτης|συντάκτρια|автор|текст|piše|penulis|pewarta|wartawan|tác\s+giả"
)
# Labels that name the writer, which pages also print on a line of their own above the name ("Author" / "Jane Doe").
_PERSON_LABELS = (
    r"authors?|reporters?|writers?|journalists?|correspondents?|autor(?:a|as|es|en|in|innen|ka|zy|i)?|"
    r"auteur(?:e|s|es)?|autore|autrice|periodista|giornalista|journaliste|dziennikarz|szerző|yazar|forfatter|"
    r"författare|skribent|toimittaja"
)
_LEAD = re.compile(  # at the line's start or after a space, a bullet, a bar or a colon (one test, not two tried in turn)
    rf"(?<![^\s•|·:])(?P<lead>(?:{_BY_PHRASES})(?:\b|(?<=\.)):?|by\b:?|(?:{_BY_LABELS})\s*:|(?:{_BY_WORDS})\b(?:\s?:)?|from\b|"
    r"(?-i:d[aei])\s(?=[A-Z]))\s*",  # Italian, Spanish, Portuguese, Romanian "di"/"de"/"da" only in lower case
    re.IGNORECASE,
)
_LONE_LEAD = re.compile(rf"^(?:(?P<by>(?:{_BY_PHRASES})|by|{_BY_WORDS})|(?P<label>{_PERSON_LABELS}))\s*(?P<colon>:?)$",
                        re.IGNORECASE)


# A Korean name in Hangul (two to four syllables), perhaps with "기자" (reporter) or "특파원" (correspondent) after it.
_HANGUL_NAME = re.compile(r"^(?P<name>[\uAC00-\uD7A3]{2,4})(?:\s*(?:선임|수석)?\s*(?:기자|특파원))?$")


def hangul_name(line: str) -> str:
    """The name of a line that is only a Korean writer's name in Hangul ("남상현", "남상현 기자"), or ""."""
    match = _HANGUL_NAME.match(line.strip())
    return match["name"] if match else ""


def starts_with_lead(line: str) -> bool:
    """The line opens with a byline's lead: "By", "Written by", "Von", "Author:" ..."""
    return bool(_LEAD.match(line.lstrip(" -–—•|")))


def byline_across_lines(lead_line: str, next_line: str) -> str | None:
    """"By" over "Jane Doe", "Author:" or "Journalist" over "Jane Doe": a byline's lead on a line of its own and
    the name on the next, joined as one byline line (a colon put after a bare label); None when they are not."""
    lead = _LONE_LEAD.match(lead_line.strip()) if len(lead_line) <= 30 else None
    if not lead:
        return None
    joined = f"{lead_line.strip()}{':' if lead['label'] and not lead['colon'] else ''} {next_line.strip()}"
    found = find_byline(joined)
    return joined if found and found.start == 0 and (found.authors or found.agencies) else None


# an address, a handle, or the placeholder a page's e-mail protection prints for an address: "[email protected]"
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+\.\w+|(?<![\w@])@\w+|email\s+protected")
_SEGMENT_BREAK = re.compile(r"\s*(?:[•·∙⋅|]|\s[–—-]\s)\s*")
_STOP_WORDS_IN_BYLINE = re.compile(
    r"\s*[,.;]?\s*\b(?:published|updated|posted|last updated|first published|"
    # the photographer's credit run on after the writer: "By Jane Doe. Photos by Sam Reid", "Words: Jane Doe Pictures: Sam Reid"
    r"(?:photos?|photographs?|photography|pictures?|images?|illustrations?|fotos?)\s*(?:by\b|:)|"
    r"on\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    # "on" before a day's number in French, Spanish, Italian, German, Dutch, Portuguese, the Nordic languages,
    # Polish: "Par Claire Lemaire le 3 mars 2021", "Por Lucía Romero el 3 de marzo"
    r"(?:le|el|il|am|op|em|den|dnia)\s+\d|"
    # a blog's comment link after the name: "by Jane Doe Leave a Comment", "by Jane Doe 3 Comments"
    r"leave\s+a\s+(?:comment|reply)|no\s+comments|comments?\b)",
    re.IGNORECASE,
)
# What joins the names of a byline: "and" and "with" in English and, in lower case only (so that "Jane E Doe"
# keeps its initial), in the other languages: "e" (Italian, Portuguese), "en" (Dutch), "och" (Swedish),
# "og" (Danish, Norwegian), "i" (Polish), "a" (Czech), "és" (Hungarian), "ja" (Finnish), "avec", "mit",
# "con", "met", "med" ("with": "Par Jean Dupont avec AFP").
_JOINS = (r",|;|&|\+|\s/\s|\band\b|\bwith\b|\bund\b|\bet\b|\by\b|"
          r"(?-i:\b(?:e|en|och|og|i|a|és|ja|avec|mit|con|met|med)\b)")
_NAME_SPLIT = re.compile(rf"\s*(?:{_JOINS})\s*", re.IGNORECASE)
_NAME_SPLIT_KEEPING = re.compile(rf"(\s*(?:{_JOINS})\s*)", re.IGNORECASE)
_ADDITIONAL = re.compile(r"\s*[,;]?\s*(?:with\s+)?additional\s+reporting\b.*$|\s*[,;]?\s*(?:edited|editing)\s+by\b.*$", re.IGNORECASE)
# The outlet's role joined to it before the name: "SPIEGEL-Redakteurin Lena Hofmann", "ZEIT-ONLINE-Korrespondent".
_OUTLETS_ROLE = re.compile(r"^\S+-(?i:redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|redacteur|"
                           r"correspondent|editor)\s+(?=[A-Z])")
# Academic and courtesy titles are not part of the name: "Dr Grace Achieng", "Prof. Peter Deng".
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s+(?=\S)", re.IGNORECASE)
# "in Brussels", "for The Independent"; in other languages "aus Berlin", "à Bruxelles", "desde Madrid", "w Warszawie"
# ("de", "da", "van" and "von" stay: they are particles of names).
_PLACE_OR_EMPLOYER = re.compile(
    r"\s+(?i:in|for|at|from|special\s+to|aus|à|desde|em|w|från|fra|uit|depuis|für|pour|para|per|dalla|dal)\s+(?i:the\s+)?"
    r"[A-Z\u00C0-\u024F].*$")

AGENCIES = {
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
    "agence france presse", "pa", "pa media", "press association", "the press association",
    "bloomberg", "bloomberg news", "dpa", "efe", "ansa", "xinhua", "tass", "interfax",
    "ria novosti", "upi", "cnn", "bbc", "bbc news", "anadolu", "anadolu agency", "kyodo",
    "yonhap", "pti", "ians", "tnn", "aap", "ani", "the canadian press", "canadian press", "agencies",
    "wires", "wire services", "news agencies", "nyt", "the new york times", "the guardian",
}
# National agencies (Europe's above all) credited as a byline's author; kept apart from AGENCIES, which credit_vocabulary.py
# also reads for pictures' credits.
_NATIONAL_AGENCIES = {
    "ansa", "apa", "sda", "keystone-sda", "ats", "belga", "anp", "tt", "ntb", "ritzau", "stt", "pap", "čtk", "ctk",
    "tasr", "mti", "hina", "tanjug", "sta", "bta", "agerpres", "mediafax", "ana-mpa", "lusa", "europa press",
    "agencia efe", "epa", "kna", "kyodo news", "jiji", "jiji press", "yonhap news", "bernama", "antara", "vna",
    "pna", "nan", "apa-ots", "dpa-afx", "epd", "kathpress", "ukrinform", "rtl", "nos", "orf", "rte", "rai", "ard",
    "zdf", "svt", "yle", "nrk",
}
_AGENCY_WORDS = re.compile(
    r"\b(?:agenturen|agences?|agencias?|agenzie|agencje|agentschappen|"  # "mit Agenturen", "avec agences"
    r"agentur|agenzia|ag[êe]ncia|agencja|agentuur|ajans\w*|"  # "Anadolu Ajansı", "Agência Brasil", "Agenzia Nova"
    r"redac\w+|rédac\w+|redak\w+|redaz\w+|reda[cç]\w+|redaktion|"  # the newsroom: "Redacción", "la rédaction", "Redaktion"
    r"press|news|agency|agencies|staff|wires?|media|newsroom|desk|service|team|reporters?|correspondents?|editors?|bureau|"
    r"times|post|herald|tribune|journal|gazette|observer|chronicle|telegraph|mirror|express|standard|monitor|review|"
    r"daily|weekly|online|tv|radio|channel|network|video|"  # papers and broadcasters: "By Global Times", "Samoa Observer"
    r"examiner|independent|guardian|courier|dispatch|mail|globe|bulletin|inquirer|nation|"
    # ... and Europe's: "Süddeutsche Zeitung", "Deutsche Welle", "Corriere della Sera", "Gazeta Wyborcza"
    r"zeitung|allgemeine|rundschau|kurier|nachrichten|tage?blatt|welle|rundfunk|corriere|gazzetta|repubblica|"
    r"messaggero|diario|peri[oó]dico|vanguardia|monde|figaro|lib[ée]ration|parisien|dagblad\w*|avisen?|"
    r"nyheter|gazeta|wyborcza|rzeczpospolita|televisi[oó]n|t[ée]l[ée]vision|televisione|r[aá]dio)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|journalist|columnist|contributor|analyst|critic|"
    r"producer|chief|senior|staff|director|head|managing|deputy|political|economics|business|science|"
    r"health|foreign|diplomatic|security|defen[cs]e|sports?|technology|tech|environment|special|"
    r"international|digital|associate|assistant|intern|freelance|photographer|presenter|host|"
    r"commentator|author|professor|contributing|investigations?|reporting|affairs|photojournalist|illustrator|"
    r"cameraman|camerawoman|videographer|"
    # the same in other European languages: "correspondant à Bruxelles", "Korrespondentin", "inviato a Kiev"
    r"correspondante?|envoyée?|journaliste|rédact(?:eur|rice)|chroniqueu(?:r|se)|spéciale?|"
    r"korrespondent(?:in)?|redakteur(?:in)?|reporterin|autorin|"
    r"corresponsal|enviad[oa]|periodista|redactora?|columnista|especial|"
    r"corrispondente|inviat[oa]|giornalista|cronista|speciale|"
    r"verslaggever|redacteur|correspondente|jornalista|repórter|dziennikar(?:z|ka)|korespondent(?:ka)?)s?\b",  # "Staff writers"
    re.IGNORECASE,
)
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "do", "le",
    "la", "bin", "binti", "ibn", "al", "el", "ter", "te", "zu", "af", "av", "y", "ní", "ni", "nic", "mac",
}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u00DE]\.){1,3}$|^[A-Z\u00C0-\u00DE]$")


@dataclass
class Byline:
    """A byline as printed, where it sits in its line, and the people it names."""

    text: str
    start: int = 0
    end: int = 0
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


# A desk credited instead of a person, on a line of its own or before the date: "Staff writer, with CNA",
# "Our Correspondent", "TOI News Desk / Updated: ...", "Web Desk".
_DESK = re.compile(
    r"^(?:(?:by|from)\s*:?\s+)?"  # "By Staff Reporter", "From our correspondent in Kyiv"
    r"(?:(?:our|a)\s+(?:own\s+|special\s+|staff\s+)?(?:correspondents?|reporters?)(?:\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?|"
    r"(?-i:[A-Z]{2,6})\s+(?:correspondents?|reporters?|staff(?:\s+reporters?)?|bureau)|"  # "HT Correspondent", "TNN Staff"
    r"staff\s+(?:writers?|reporters?|correspondents?|reports?)|special\s+correspondent|our\s+staff(?:\s+reports?)?|"
    r"(?:[\w&.'’-]+\s+){0,3}(?:news|web|online|digital|city|metro|sports?|business|political|foreign|national)\s+desk|"
    r"news\s+desk|web\s+desk)"
    r"(?:\s*,\s*with\s+(?:agencies|wires|[A-Z][\w&.'’/ -]{1,30}))?(?=\s*(?:[/|•]|\s[–—-]\s|$))",
    re.IGNORECASE,
)
_MAX_DESK_LINE_WORDS = 24
_DESK_LEAD = re.compile(r"^(?:by|from)\s*:?\s+", re.IGNORECASE)


# An outlet's name and its desk: "Reuters Staff", "Al Jazeera Staff", "CNN Newsroom", "Times Now Digital". "Digital",
# "Online" and "Team" only after a name that is itself a newsroom's ("Going Digital" is a headline).
_OUTLET_DESK = re.compile(
    r"^(?P<outlet>(?-i:(?:[A-Z][\w&.'’-]*|of|the)(?:\s+(?:[A-Z][\w&.'’-]*|of|the)){0,3}))\s+"
    r"(?P<desk>staff|newsroom|bureau|digital|online|team|web\s+team|editorial(?:\s+(?:team|board|staff))?|"
    r"reporters?|correspondents?|report)"  # "Daily Star Reporter": only after a newsroom's name (is_agency)
    r"(?=\s*(?:[/|•·]|\s[–—-]\s|$))",
    re.IGNORECASE,
)


def desk_byline(line: str) -> Byline | None:
    """A desk's credit standing where the byline goes, alone or before the date."""
    if word_count(line) > _MAX_DESK_LINE_WORDS:
        return None
    match = _DESK.match(line.strip()) or _OUTLET_DESK.match(line.strip())
    if not match or ("outlet" in match.groupdict() and not _is_outlet_desk(match)):
        return None
    text = match.group(0)
    desk = _DESK_LEAD.sub("", text)
    return Byline(text, 0, len(text), [], [desk])


def _is_outlet_desk(match: re.Match) -> bool:
    outlet, desk = match["outlet"], match["desk"].lower()
    if desk.startswith("editorial"):
        return True  # "The Editorial Board"
    if outlet in ("Our", "The") or not outlet.split()[-1][:1].isupper():
        return False  # "Inside the Newsroom" is a title
    return desk in ("staff", "newsroom", "bureau") or is_agency(outlet)


def _read_once(reader):
    """``reader`` remembering its answer for each line: the metadata rules, the byline's candidates and the
    headline's ask about the same head lines. Each caller gets its own copy of the lists (it may keep them as
    an article's authors)."""
    remembered = lru_cache(maxsize=4096)(reader)

    @wraps(reader)
    def read(line: str) -> Byline | None:
        found = remembered(line)
        return replace(found, authors=list(found.authors), agencies=list(found.agencies)) if found else None

    read.cache_clear = remembered.cache_clear
    return read


@_read_once
def find_byline(line: str) -> Byline | None:
    """Find "By ..." / "Author: ..." / "Written by ..." in a line (alone or among dates)."""
    desk = desk_byline(line) if line[:1].isalpha() else None
    if desk:
        return desk
    posted = (
        _POSTED_ON_DATE_BY.match(line) or _date_then_by(line)
        if _DIGIT_EARLY.search(line, 0, _DATE_BEFORE_BY_CHARS) and _LOWER_BY_IN_LINE.search(line) else None
    )
    if posted:  # "Posted on March 14, 2024 by Jane Doe", "14 March 2024 by Jane Doe": a lower-case "by" after the date
        byline = _byline_from(line, posted.start("lead"), posted.end())
        if byline:
            return byline
    if "By" not in line and "BY" not in line and not _LEAD.match(line):
        return None  # past the line's start only "By"/"BY" may lead; most prose has neither (the quick answer)
    for lead in _LEAD.finditer(line):
        first_letter = line[lead.end() : lead.end() + 1]
        if not first_letter.isupper():
            continue
        word = lead["lead"]
        if lead.start() > 0 and word[:2] not in ("By", "BY"):
            continue
        if word.lower() == "from" and not _is_from_byline(line[lead.end():]):
            continue
        byline = _byline_from(line, lead.start(), lead.end())
        if byline:
            return byline
    return None


# "Posted on March 14, 2024 by Jane Doe", "Publié le 3 mars 2021 à 10h15 par Jean Dupont": the label, the date, then
# "by" in lower case, in the languages the leads are read in.
_POSTED_WORDS = (r"posted|published|written|updated|publiée?|mis\s+à\s+jour|publicad[oa]|actualizad[oa]|veröffentlicht|"
                 r"aktualisiert|pubblicato|aggiornato|gepubliceerd|publicerad|publisert|opublikowano")
_LOWER_BY = r"by|par|por|von|door|av|af|da|di|przez"
_POSTED_ON_DATE_BY = re.compile(
    rf"^\W*(?:{_POSTED_WORDS})\b[^|•·]{{4,60}}?\d[^|•·]{{0,20}}?\s(?P<lead>(?-i:{_LOWER_BY}))\s+(?=[A-Z])", re.IGNORECASE)
_LOWER_BY_IN_LINE = re.compile(rf"\s(?:{_LOWER_BY})\s")
# Both shapes print the date's first digit within this many characters: a quick test before the searches.
_DATE_BEFORE_BY_CHARS = 100
_DIGIT_EARLY = re.compile(r"\d")


_DATE_THEN_BY = re.compile(rf"^(?P<date>[^|•·]{{5,40}}?\d[^|•·]{{0,20}}?)\s*[,|•·–—-]?\s+(?P<lead>{_LOWER_BY})\s+(?=[A-Z])")


def _date_then_by(line: str) -> re.Match | None:
    """"14 March 2024 by Jane Doe": a date, and nothing else, before a lower-case "by"."""
    match = _DATE_THEN_BY.match(line)
    dates = find_dates(match["date"]) if match else []
    if not dates or dates[0].start > 2 or _WORD_LETTERS.search(strip_dates_and_times(match["date"])):
        return None  # "In 2021 by President ..." is prose
    return match


_WORD_LETTERS = re.compile(r"[^\W\d_]{3,}")
_IN_A_PLACE = re.compile(r"\sin\s+[A-Z]")


def _is_from_byline(names: str) -> bool:
    """"From Kola Ologbondiyan in Abuja, Ademola Adeyemo and Samuel Ajayi in Lagos": names, each group
    with its place; "From Monday, ..." is prose."""
    if word_count(names) > 30 or names.rstrip().endswith((".", "!", "?")) or not _IN_A_PLACE.search(names):
        return False
    pieces = [_PLACE_OR_EMPLOYER.sub("", piece.strip()) for piece in _NAME_SPLIT.split(names) if piece.strip()]
    return bool(pieces) and all(looks_like_name(piece) for piece in pieces)


_DIGIT = re.compile(r"\d")
_NAME_AND_ROLE_BREAK = re.compile(r"\s*[,|()•·∙]\s*|\s+[–—-]\s+")
_NAME_AND_HANDLE = re.compile(r"^(?P<name>[^@]+?)[\s,|•·∙–—-]+(?:\S+@\S+\.\w+|@\w+)$")


_NAMES_WITH_AGENCY = re.compile(r"^(?P<names>.+?)\s+(?:and|with|&|(?-i:mit|avec|con|met|med|und|et|y|e))\s+(?P<agency>.{2,40})$",
                               re.IGNORECASE)
_WITH_WORD = re.compile(r"^\s*(?:with|(?-i:mit|avec|con|met|med))\s+", re.IGNORECASE)
_AGENCY_LIST_BREAK = re.compile(r"\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


def _are_agencies(text: str) -> bool:
    """"Reuters", "Reuters, AP", "dpa/AFP": one agency or a list of them."""
    names = [name for name in _AGENCY_LIST_BREAK.split(text.strip(" ()")) if name]
    return bool(names) and all(is_agency(name) for name in names)


# A broadcaster's or a columnist's line under the headline: "Jane Doe reports from Lagos", "Jane Doe writes".
_NAME_REPORTS = re.compile(r"^(?P<name>[^,:;]+?)\s+(?:reports|writes)(?:\s+from\s+[A-Z][\w .'’-]{1,40})?$")
# "Jane Doe, HarbourNews24.com": the writer and the site she writes for, named by its web address.
_SITE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ca|news|info|tv|fm)(?:\.[a-z]{2})?$", re.IGNORECASE)
_SITE_AT_END = re.compile(r"[,|•·–—-]\s*[\w.-]+\.(?:com|net|org|ca|news|info|tv|fm)(?:\.[a-z]{2})?$", re.IGNORECASE)


@_read_once
def name_line_byline(line: str) -> Byline | None:
    """A line that is only a name with a role or agency: "Jane Doe, Senior Correspondent", "Jane Doe · Political
    correspondent"; or a name with the writer's handle or e-mail address: "Jane Doe @janedoe"."""
    if word_count(line) > 12 or line.endswith((".", "!", "?")):
        return None
    reports = _NAME_REPORTS.match(line) if " reports" in line or " writes" in line else None
    if reports and looks_like_name(reports["name"]) and word_count(reports["name"]) <= 4 \
            and not is_agency(reports["name"]) and not starts_with_title(reports["name"]):
        return Byline(line, 0, len(line), [tidy_name(reports["name"])])  # "Jane Doe reports from Lagos"
    handle = _NAME_AND_HANDLE.match(line) if "@" in line else None
    if handle:
        named = name_line_byline(handle["name"])
        if named:
            return Byline(line, 0, len(line), named.authors, named.agencies)
        name = handle["name"].strip()
        return Byline(line, 0, len(line), [tidy_name(name)]) if looks_like_name(name) and word_count(name) <= 4 \
            and not is_role_line(name) and not is_agency(name) and not starts_with_title(name) else None
    if _DIGIT.search(line) and ("." not in line or _DIGIT.search(_SITE_AT_END.sub("", line))):
        return None  # a date or a number, not a name ("Jane Doe, Harbour24.com" names the site)
    with_agency = _NAMES_WITH_AGENCY.match(line)
    if with_agency and _are_agencies(with_agency["agency"]):  # "Jane Doe and agencies", "Jane Doe with Reuters, AP"
        names = [piece for piece in _NAME_SPLIT.split(with_agency["names"]) if piece]
        if names and all(looks_like_name(n) and word_count(n) <= 4 and not is_agency(n) and not is_role_line(n)
                         and not starts_with_title(n) for n in names):
            return Byline(line, 0, len(line), [tidy_name(n) for n in names], [with_agency["agency"]])
    pieces = [piece for piece in _NAME_AND_ROLE_BREAK.split(line) if piece]  # "Jane Doe (Reuters)", "Jane Doe – AFP"
    if not pieces:  # a stray "|"
        return None
    if _LEAD.match(pieces[0]):
        return None  # "By Staff Reporter": a byline's lead, not a name
    if len(pieces) == 1:  # "Farirai Machivenyika Senior Reporter": the role follows the name unpunctuated
        name = _drop_trailing_roles(line)
        if name != line and looks_like_name(name) and is_role_line(line[len(name):]) and not starts_with_title(name) \
                and not is_role_line(name) and not is_picture_role(line[len(name):]):  # "Senior Political Reporter" is a role
            return Byline(line, 0, len(line), [tidy_name(name)])
        return None
    if not looks_like_name(pieces[0]) or starts_with_title(pieces[0]):
        return None
    if not all(is_role(p) or is_agency(_WITH_WORD.sub("", p)) or _SITE.match(p) for p in pieces[1:]) \
            or any(is_picture_role(p) for p in pieces[1:]):
        return None  # "Jane Doe, Photographer" credits the pictures
    authors, agencies = extract_authors(line)
    return Byline(line, 0, len(line), authors, agencies) if authors else None


# The Nordic wires' byline, the writer, a slash, the agency ("Oskar Lindqvist/TT", "Mikkel Dahl / Ritzau"), and a
# contributor's, "Jane Doe for The Daily Star". Under a caption the same lines are the picture's credit: the caller
# reads them so only where no caption stands above.
_NAME_SLASH_AGENCY = re.compile(r"^(?P<name>[^/]+?)\s*/\s*(?P<agency>[^/]{2,30})$")
_NAME_FOR_OUTLET = re.compile(r"^(?P<name>.+?)\s+for\s+(?P<agency>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})$")


def writer_with_outlet(line: str) -> Byline | None:
    """"Oskar Lindqvist/TT", "Jane Doe for The Daily Star": a writer's name and the wire or outlet she writes for."""
    if len(line) > 60:
        return None
    wire = _NAME_SLASH_AGENCY.match(line.strip()) if "/" in line else None
    if wire and not is_agency(wire["agency"]):
        return None
    found = wire or (_NAME_FOR_OUTLET.match(line.strip()) if " for " in line else None)
    name = found["name"] if found else ""
    if not found or not looks_like_name(name) or word_count(name) > 4 or is_agency(name) or is_role_line(name) \
            or starts_with_title(name):
        return None
    return Byline(line, 0, len(line), [tidy_name(name)], [found["agency"]])


# Titles that stand before a person named in a caption or a quote, never before a byline's name.
_TITLES = re.compile(
    r"^(?:president|prime\s+minister|minister|king|queen|prince|princess|pope|senator|governor|mayor|"
    r"general|gen\.|chancellor|premier|sheikh|emir|sultan|speaker|judge|justice|ambassador|"
    r"secretary|chairman|chairwoman|ceo|deputy|vice|"
    # ranks, in full or short, as captions print them: "CP Enanga Fred", "Lt Col Jane Doe", "Insp. John Roe"
    r"(?-i:CP|IGP|AIGP|DIG|SP|ASP|DSP|DCP|ACP|SSP)|lt|col|colonel|maj|capt|captain|sgt|sergeant|insp|"
    r"inspector|cpl|corporal|brig|brigadier|adm|admiral|cdr|commander|commissioner|rev|hon)\b\.?",
    re.IGNORECASE,
)


def starts_with_title(name: str) -> bool:
    return bool(_TITLES.match(name.strip()))


_FOOTNOTE_MARK = re.compile(r"(?<=\w)[*†‡¹²³]+")
_EMPTY_BRACKETS = re.compile(r"[\[(<]\s*[\])>]|[\[\]<>]")  # what an address in brackets leaves
_SUFFIX_BREAK = re.compile(r"\s*[|•·∙]\s*|\s+[–—-]\s+")
_IN_BRACKETS = re.compile(r"\(([^)]*)\)")


def extract_authors(names: str) -> tuple[list[str], list[str]]:
    """The people (Title-Cased when printed in capitals) and the agencies named in a byline."""
    text = _LEAD.sub("", names.strip(), count=1) if _LEAD.match(names.strip()) else names.strip()
    text = _EMPTY_BRACKETS.sub(" ", _EMAIL_OR_HANDLE.sub(" ", _ADDITIONAL.sub("", text)))  # "KIM MIN-JI [kim@x.kr]"
    text = _FOOTNOTE_MARK.sub("", text)  # "Por: Ana Ruiz y Pablo Gil*": the note under the story explains it
    text, *suffixes = _SUFFIX_BREAK.split(text)
    agencies = [s.strip() for s in suffixes if is_agency(s)]
    agencies += [a.strip() for a in _IN_BRACKETS.findall(text)]
    text = _IN_BRACKETS.sub(" ", text)
    authors: list[str] = []
    pieces = _NAME_SPLIT_KEEPING.split(text)
    after_role = False
    for index in range(0, len(pieces), 2):
        separator = pieces[index - 1].strip().lower() if index > 0 else ""
        piece = _PLACE_OR_EMPLOYER.sub("", pieces[index].strip(" .:;-"))
        if separator in (",", ";", "/") and _drop_trailing_roles(piece, first=0) != piece:
            after_role = True
            continue  # ", East Africa Correspondent", ", Malaysia Bureau Chief": a desk, not a person
        if after_role and separator == "with":
            continue  # ", senior justice correspondent with New Narratives": the employer
        piece = _LEAD.sub("", piece, count=1) if _LEAD.match(piece) else piece
        piece = _HONORIFIC.sub("", _OUTLETS_ROLE.sub("", piece))
        if not piece:
            continue
        piece, agency = _split_trailing_agency(piece)
        if agency:
            agencies.append(agency)  # "JIM GOMEZ Associated Press": the wire glued to the last name
        if index and piece.isupper() and not text.isupper() and separator in (",", "/", "|", "with"):
            agencies.append(piece)  # "By Jane Doe, USA TODAY": in capitals beside a name in normal case, the outlet
            continue
        if is_agency(piece) or piece.lower().startswith("the "):  # "By The Citizen": a paper, not a person
            agencies.append(piece)
            continue
        name = _drop_trailing_roles(piece)
        if name != piece and not _reads_as_role(piece[len(name):]):
            continue  # "Ahmad Doe As technology advances ...": the story run into the byline, not a role after it
        if name and looks_like_name(name) and not is_role(name):
            person = tidy_name(name)
            if person not in authors:
                authors.append(person)
    return authors, agencies


_TRAILING_AGENCY = re.compile(  # the wires, national ones too ("Jane Doe Kyodo News"), two credited together ("AFP-JIJI")
    r"^(?P<name>.+?)\s+(?P<agency>(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES | _NATIONAL_AGENCIES, key=len, reverse=True))
    + r")(?:-[A-Z]{2,6})?)$",
    re.IGNORECASE,
)


def _split_trailing_agency(piece: str) -> tuple[str, str]:
    """``(name, agency)`` for a name with a wire service's name after it and no comma; ``(piece, "")`` otherwise."""
    match = _TRAILING_AGENCY.match(piece)
    if match and not is_agency(match["agency"]):
        return piece, ""  # "Jane Doe AP-Smith": not two wires
    short = match and len(match["agency"]) <= 3  # "AP", "PTI": only in capitals after a name that is not
    if short and (not match["agency"].isupper() or match["name"].isupper()):
        return piece, ""
    if match and looks_like_name(match["name"]) and not is_agency(match["name"]):
        return match["name"], match["agency"]
    return piece, ""


def looks_like_name(text: str) -> bool:
    """Two to six capitalised words, initials or particles (van, de, al-, bin ...)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or not all(_is_name_token(token) for token in tokens):
        return False
    real = [t for t in tokens[:-1] if t.lower() not in _PARTICLES and t.lower().strip(".") not in _SUFFIXES]
    last = tokens[-1]  # a particle leads a surname, so a capitalised one ending the name is the surname itself:
    # the Vietnamese "Pham Du", "Tran Van Le"
    return len(real) + (last.lower().strip(".") not in _SUFFIXES and (last.lower() not in _PARTICLES or last[:1].isupper())) >= 2


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


def _byline_from(line: str, start: int, names_start: int) -> Byline | None:
    rest = line[names_start:]
    parts = _SEGMENT_BREAK.split(rest)
    breaks = list(_SEGMENT_BREAK.finditer(rest))
    names = _cut_at_dates(parts[0])
    if not names.strip():
        return None
    end = names_start + len(names)
    names_end = end
    if names != parts[0] and _PICTURES_BY.match(parts[0][len(names):].lstrip(" /.;,")):
        end = names_start + len(parts[0])  # "By Jane Doe. Photos by Sam Reid": the photographer's credit is the byline's
    elif names == parts[0]:
        # "By Jane Doe | AP" or "By Jane Doe • Political Editor": short, date-free suffixes belong to the byline;
        # so do the writer's e-mail address and the photographer's credit ("• Photos by Sam Reid"), named by no author.
        for index, part in enumerate(parts[1:]):
            aside = bool(_EMAIL_OR_HANDLE.fullmatch(part.strip()) or _PICTURES_BY.match(part) or _SPECIAL_TO.match(part))
            if not aside and (not part or word_count(part) > 4 or _DIGIT.search(part)
                              or not (is_agency(part) or is_role(part))):
                break
            end = names_start + breaks[index].end() + len(part)
            if not aside:
                names_end = end
    text = line[start:end].rstrip(" ,;:-–—•|·")
    authors, agencies = extract_authors(line[names_start:names_end])
    if not authors and not agencies:
        return None
    return Byline(text, start, start + len(text), authors, agencies)


# Beside the byline, credits of others, named by no author: the photographer's ("Photos by Sam Reid", "Foto: Sam
# Reid") and the editor's or translator's ("Edited by: Sam Reid").
_SPECIAL_TO = re.compile(r"^\s*special\s+to\s+(?:the\s+)?[A-Z]", re.IGNORECASE)  # "• Special to The Globe and Mail"
_PICTURES_BY = re.compile(
    r"^\s*(?:(?:photos?|photographs?|photography|pictures?|images?|video|graphics?|illustrations?|fotos?|bild(?:er)?)"
    r"\s*(?:by\b|:)|(?:edited|editing|curated|reviewed|fact-checked|translated)\s+by\b:?)\s*[A-Z]",
    re.IGNORECASE)


# A time or a number ends the names; a digit in a short word does not: "Por Ana Ruiz, g1 SP", "TV2" (but "Jo Roe0158").
_TIME_OR_DIGIT = re.compile(r"\s*,?\s*(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})(?<!\b[^\W\d_]{3})\d")


def _cut_at_dates(segment: str) -> str:
    cut = len(segment)
    dates = find_dates(segment)
    if dates:
        cut = min(cut, dates[0].start)
    stop = _STOP_WORDS_IN_BYLINE.search(segment)
    if stop:
        cut = min(cut, stop.start())
    time_or_digit = _TIME_OR_DIGIT.search(segment)
    if time_or_digit:
        cut = min(cut, time_or_digit.start())
    return segment[:cut].rstrip(" ,;:-–—/")


def is_agency(text: str) -> bool:
    cleaned = text.strip(" .()").lower()
    if "-" in cleaned and " " not in cleaned and all(_is_agency_name(part) for part in cleaned.split("-")):
        return True  # two wires credited together: "AFP-JIJI", "dpa-AFX"
    return _is_agency_name(cleaned) or (word_count(cleaned) <= 4 and bool(_AGENCY_WORDS.search(cleaned))
                                        and not _ROLE_WORDS.search(cleaned.replace("staff", "")))


def _is_agency_name(cleaned: str) -> bool:
    return cleaned in AGENCIES or cleaned in _NATIONAL_AGENCIES


def names_a_newsroom(text: str) -> bool:
    """A short line with a newsroom's or a role's word in it: "Herald Reporter", "Latest News", "Web Desk"."""
    return bool(_AGENCY_WORDS.search(text) or _ROLE_WORDS.search(text))


_ROLE_LINE_WORD = re.compile(r"[\w'’-]+")


def is_role_line(text: str) -> bool:
    """A line that is only a job title: "Political reporter", "Senior Correspondent"."""
    words = _ROLE_LINE_WORD.findall(text)
    return 0 < len(words) <= 4 and any(_ROLE_WORDS.fullmatch(w) for w in words) \
        and all(_ROLE_WORDS.fullmatch(w) or _ROLE_MODIFIER.match(w) or w.lower() in ("and", "of", "the", "for") for w in words)


def is_role(text: str) -> bool:
    return bool(_ROLE_WORDS.search(text)) and word_count(text) <= 6


_SMALL_WORDS_IN_ROLES = frozenset("and of the for on at in".split())


_PICTURE_ROLE = re.compile(r"\b(?:photograph(?:er|y)|photo\s*journalist|photo\s+editor|illustrat(?:or|ion)|"
                           r"camera(?:man|woman|\s+operator)?|videographer|video\s+journalist|graphics?|fot[oó]graf[oa]?|"
                           r"photographe|fotografin)s?\b", re.IGNORECASE)


def is_picture_role(text: str) -> bool:
    """A photographer's or illustrator's role: "Photographer", "Chief photographer", "Fotógrafo"."""
    return bool(_PICTURE_ROLE.search(text))


def is_others_credit(text: str) -> bool:
    """A photographer's, editor's or translator's credit printed beside the byline: "Photos: Sam Reid",
    "Edited by: Sam Reid"."""
    return bool(_PICTURES_BY.match(text))


def _reads_as_role(text: str) -> bool:
    """Role words, small words and capitalised words only: "Senior Reporter", "Chief Political Correspondent
    Kenya"; prose has other words in lower case."""
    return all(_ROLE_WORDS.fullmatch(word) or _ROLE_WORDS.fullmatch(word.rstrip("s")) or word in _SMALL_WORDS_IN_ROLES
               or word[:1].isupper() for word in _ROLE_LINE_WORD.findall(text))


# "Multi-skilled", "Award-winning", "London-based": a participle after a hyphen qualifies the role that follows; a
# name's hyphenated part is capitalised ("Jean-Luc") or a short syllable ("Min-ji", "Ka-shing").
_ROLE_MODIFIER = re.compile(r"^[\w'’]+-[a-z]{3,}(?:ed|ing)$")


def _drop_trailing_roles(piece: str, first: int = 2) -> str:
    """The piece without the role that follows the name ("Jane Doe Senior Reporter", "Jane Doe Multi-skilled
    Journalist"); the role may start at ``first`` words in at the earliest."""
    tokens = piece.split()
    for index, token in enumerate(tokens):
        if index >= first and _ROLE_WORDS.fullmatch(token.strip(",.")):
            while index > first and _ROLE_MODIFIER.match(tokens[index - 1]):
                index -= 1
            return " ".join(tokens[:index])
    return piece


_ACRONYM_JOINED = re.compile(r"^(?:[A-Z]{2,}-[A-Z][a-z]|[A-Z][a-z]+-[A-Z]{2,}$)")
_NAME_PREFIX = re.compile(r"^(?:al|el|bin|ibn|ben|abu)-", re.IGNORECASE)


def _is_name_token(token: str) -> bool:
    bare = token.strip(",")
    if bare.lower() in _PARTICLES or bare.lower() in _SUFFIXES or _INITIALS.match(bare):
        return True
    if "-" in bare and _ACRONYM_JOINED.match(bare):
        return False  # "ARD-Studio", "BBC-Korrespondentin": an outlet's acronym joined to a word, no name
    if _NAME_PREFIX.match(bare):
        bare = bare.split("-", 1)[1]
    if not bare or not bare[0].isupper():
        return False
    return all(c.isalpha() or c in "-'’." for c in bare)


def _capitalise_parts(word: str) -> str:
    """JEAN-LUC -> Jean-Luc, O'BRIEN -> O'Brien, MCDONALD -> McDonald."""
    pieces = re.split(r"([-'’])", word.lower())
    result = "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in pieces)
    if re.match(r"^Mc[a-z]", result):
        result = "Mc" + result[2].upper() + result[3:]
    return result


# Where wires and some sites name the reporter outside a "By" line.
_REPORTING_BY = re.compile(r"\(\s*reporting\s+by\s+(?P<names>[^;)]+)", re.IGNORECASE)  # "(Reporting by A; Editing by B)"
_CONTACT_REPORTER = re.compile(
    r"^to contact the reporters?(?: on this story)?\s*:\s*(?P<names>.+?)(?:\s+in\s+[A-Z][\w .'’-]*?)?\s+at\b",
    re.IGNORECASE,
)
_AUTHOR_BIO = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+(?:a|an|the)\s+[^.]{3,80}?\b(?:at|for|with)\s+(?:the\s+)?[A-Z][^.]{1,60}\.$"
)


# "Jane Doe is the paper's Brussels correspondent.": a biography that names the writer's trade.
_JOURNALIST_BIO = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+(?:a|an|the|our)\s+(?:[^.]{0,60}?\s)?"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|freelancer?|critic|commentator)\b[^.]{0,80}\.$"
)
# The same in other languages, the article often left out: "Lena Hofmann ist Korrespondentin in Wien.", "Claire
# Lemaire est journaliste au Monde.", "Lucía Romero es periodista."
_FOREIGN_JOURNALIST_BIO = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:ist|est|es|è|é|er|är|jest|is)\s+"
    r"(?:(?:ein|eine|un|une|una|uno|een|en|et|ett|um|uma|o|a|la|le|il)\s+)?(?:[^.]{0,40}?\s)?"
    r"(?i:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?|journaliste|correspondante?|"
    r"rédact(?:eur|rice)|chroniqueu(?:r|se)|periodista|corresponsal|redactora?|giornalista|corrispondente|"
    r"redatt(?:ore|rice)|jornalista|correspondente|verslaggever|correspondent|redacteur|dziennikar(?:z|ka)|"
    r"korespondent(?:ka)?|toimittaja|skribent|journalisti)\b[^.]{0,80}\.$"
)
_BIO_MARK = re.compile(r"^[—–*-]+\s*")  # "— Jane Doe is ...", "* Jane Doe is ...": the biography set apart
_CLOSING_LINES = 3  # paragraphs at the story's end where a closing byline or the writer's biography stands
_MAX_CLOSING_BYLINE_WORDS = 30


def credited_reporters(paragraphs: list[str]) -> tuple[Byline, int | None] | None:
    """A byline printed outside the head: a closing "(Reporting by ...)" or "To contact the reporter ..."
    line, a closing "Article by Jane Doe, published ..." line, or an author's one-line biography near the top
    or at the end. Returns it and, for a biography, its paragraph's index (the line is not prose of the article)."""
    closing_start = max(6, len(paragraphs) - _CLOSING_LINES)
    for index, paragraph in [*enumerate(paragraphs[:6]), *enumerate(paragraphs[closing_start:], start=closing_start)]:
        paragraph = _BIO_MARK.sub("", paragraph) if paragraph[:1] in "—–*-" else paragraph
        match = _AUTHOR_BIO.match(paragraph) or _JOURNALIST_BIO.match(paragraph) or _FOREIGN_JOURNALIST_BIO.match(paragraph)
        if match and looks_like_name(match["names"]):
            return Byline(match.group(0), 0, 0, [tidy_name(match["names"])]), index
    for position, paragraph in enumerate(reversed(paragraphs[-6:])):
        match = _CONTACT_REPORTER.match(paragraph) or _REPORTING_BY.search(paragraph)
        if match:
            authors, agencies = extract_authors(match["names"])
            if authors:
                return Byline(match.group(0).strip("( "), 0, 0, authors, agencies), None
        closing = find_byline(paragraph) if position < _CLOSING_LINES and _LEAD.match(paragraph) \
            and word_count(paragraph) <= _MAX_CLOSING_BYLINE_WORDS else None
        if closing and closing.start == 0 and closing.authors:  # "Article by Jane Doe, published May 6th, 2024, on ..."
            return closing, None
    return None
