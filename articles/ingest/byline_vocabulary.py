"""The words bylines are read with: the leads before a writer's name ("By", "Written by", "Von", "Author:"), the
agencies and newsrooms credited instead of a person ("Reuters", "Web Desk"), the roles printed after a name
("Political Editor") and the titles that stand before a name in a caption, never in a byline ("President").
bylines.py and the modules that read bylines without a lead build on them.
"""

import re
from functools import cache

from . import byline_leads
from .regex_prefixes import ascii_openings, may_match_at_start
from .scanning import word_count

# "By" starts a byline at the start of a line; mid-line only in capitals ("... 2022 By Jane Doe").
# Past a line's start only "By"/"BY" may lead; the other languages' words and the labels only at its start.
# The words for "by" (Spanish, French, German, Dutch, Swedish/Norwegian, Danish, Polish), the phrases that end
# in one ("Written by", "Analysis by", "Escrito por", "Geschrieben von"), and the labels read with a colon
# ("Author:", "Autorin:", "Texte:", "Reportage:", "Redacción:").
# Croatian "Piše" (writes) stands before the name with or without its colon.
_BY_WORDS = r"por|par|von|door|av|af|przez|piše"
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
    # ... and in the Nordic, Dutch, Polish, Czech languages, or with a semicolon: "Tekst i foto:", "Tekst; foto:"
    r"(?:tekst|text)\s*(?:\s(?:i|og|och|en|a)\s|[;,/]\s*)(?:foto|fotos|zdjęcia|bilder|billeder)|"
    r"(?:escrito|redactado|reportaje|texto)\s+(?:por|de)|(?:écrit|rédigé|texte)\s+par|texte\s+de|"
    # a broadcaster's report: "Reportage de Name, correspondant ...", Italian "Servizio di Name"
    r"reportage\s+(?:de|par)|reportagem\s+(?:de|por)|servizio\s+di|"
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
    r"von\s+unsere[mr]\s+(?:korrespondent(?:en|in)?|reporter(?:in)?|redakteur(?:in)?|mitarbeiter(?:in)?|"
    r"redaktionsmitglied|autor(?:in)?|volontär(?:in)?)"
)
# The place a correspondent writes from, between the lead and the name, closed by a comma: "De notre envoyée spéciale à
# Bruxelles, Claire Dubois", "Dal nostro corrispondente a Roma, Marco Rossi".
_PLACE_AFTER_LEAD = r"(?:\s+(?:à|au|aux|en|in|a|da|em|no|na|aus)\s+[A-ZÀ-Þ][^,()]{1,40},\s*)?"
_BY_LABELS = (
    r"about\s+the\s+author|o\s+autorze|über\s+den\s+autor|sobre\s+el\s+autor|sobre\s+o\s+autor|"
    r"à\s+propos\s+de\s+l['’]auteur|over\s+de\s+auteur|az\s+szerzőről|o\s+autorovi|"
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
_ABOUT_THE_AUTHOR = (  # an author box's heading over the name: "About the author" / "Jane Doe"
    r"about\s+the\s+author|o\s+autorze|über\s+den\s+autor|sobre\s+el\s+autor|sobre\s+o\s+autor|"
    r"à\s+propos\s+de\s+l['’]auteur|over\s+de\s+auteur|az\s+szerzőről|o\s+autorovi"
)
_PERSON_LABELS = (
    _ABOUT_THE_AUTHOR + r"|authors?|reporters?|writers?|journalists?|correspondents?|autor(?:a|as|es|en|in|innen|ka|zy|i)?|"
    r"auteur(?:e|s|es)?|autore|autrice|periodista|giornalista|journaliste|dziennikarz|szerző|yazar|forfatter|"
    r"författare|skribent|toimittaja"
)
# ... and the leads of byline_leads.py, written once for each language of the set.
_BY_WORDS += "|" + byline_leads.BY_WORDS
_BY_PHRASES = byline_leads.PHRASES + "|" + _BY_PHRASES
_BY_LABELS += "|" + byline_leads.LABELS
_PERSON_LABELS += "|" + byline_leads.PERSON_LABELS
LEAD = re.compile(  # at the line's start or after a space, a bullet, a bar or a colon (one test, not two tried in turn)
    rf"(?<![^\s•|·:])(?P<lead>(?:{_BY_PHRASES}){_PLACE_AFTER_LEAD}(?:\b|(?<=\.)):?|by\b(?::|\s?[:–—-](?=\s))?|(?:{_BY_LABELS})\s*:|(?:{_BY_WORDS})\b(?:\s?:)?|from\b|"
    r"(?-i:d[aei])\s(?=[A-Z]))\s*",  # Italian, Spanish, Portuguese, Romanian "di"/"de"/"da" only in lower case
    re.IGNORECASE,
)
LONE_LEAD = re.compile(rf"^(?:(?P<by>(?:{_BY_PHRASES})|by|{_BY_WORDS})|(?P<label>{_PERSON_LABELS}))\s*(?P<colon>:?)$",
                        re.IGNORECASE)


@cache
def lead_openings() -> frozenset[str] | None:
    """Read from LEAD's parse tree on first use, not when the module is imported (every process that imports the
    ingest package would pay for it, importing or not)."""
    return ascii_openings(LEAD)


def lead_at_start(line: str) -> re.Match | None:
    """``LEAD.match(line)``, with most lines turned away by their first three letters: the alternation of some 30
    languages' leads is tried branch by branch, and a byline is sought at the start of every line several times."""
    return LEAD.match(line) if may_match_at_start(lead_openings(), line) else None


def starts_with_lead(line: str) -> bool:
    """The line opens with a byline's lead: "By", "Written by", "Von", "Author:" ..."""
    return bool(lead_at_start(line.lstrip(" -–—•|")))

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
NATIONAL_AGENCIES = {
    "ansa", "apa", "sda", "keystone-sda", "ats", "belga", "anp", "tt", "ntb", "ritzau", "stt", "pap", "čtk", "ctk",
    "tasr", "mti", "hina", "tanjug", "sta", "bta", "agerpres", "mediafax", "ana-mpa", "lusa", "europa press",
    "agencia efe", "epa", "kna", "kyodo news", "jiji", "jiji press", "yonhap news", "bernama", "antara", "vna",
    "pna", "nan", "apa-ots", "dpa-afx", "epd", "kathpress", "ukrinform", "rtl", "nos", "orf", "rte", "rai", "ard",
    "zdf", "svt", "yle", "nrk",
    # ... and the other national agencies of the public lists of news agencies, country by country (those whose name
    # is also a common word or a given name, "Map", "Trend", "Petra", "Sana", left out)
    "prensa latina", "notimex", "télam", "telam", "agência brasil", "andina", "noticias argentinas", "kuna", "wam",
    "qna", "bna", "nna", "irna", "isna", "fars", "tasnim", "wafa", "gna", "angop", "apanews", "pana", "aa", "iha",
    "dha", "anadolu ajansı", "haber merkezi", "tt nyhetsbyrån", "fena", "fonet", "belta", "kazinform", "azertag",
    "armenpress", "moldpres", "unian", "interfax-ukraine", "bns", "leta", "elta", "adnkronos", "agi", "askanews",
    "lapresse", "colpisa", "servimedia", "ddp", "sputnik", "itar-tass", "newsis", "news1", "cna", "kcna", "bss",
    "tna", "mna", "kpl", "akp", "chinanews", "nzpa",
    # ... and the international broadcasters credited beside their reporters whose names take a person's shape ("Jane
    # Doe, Al Jazeera": "Al" is a particle) or hold no newsroom word
    "al jazeera", "al jazeera english", "al arabiya", "euronews", "voice of america", "rfe/rl",
}
_AGENCY_WORDS = re.compile(
    r"\b(?:agenturen|agences?|agencias?|agenzie|agencje|agentschappen|"  # "mit Agenturen", "avec agences"
    r"agentur|agenzia|ag[êe]ncia|agencja|agentuur|ajans\w*|"  # "Anadolu Ajansı", "Agência Brasil", "Agenzia Nova"
    r"redac\w+|rédac\w+|redak\w+|redaz\w+|reda[cç]\w+|redaktion|"  # the newsroom: "Redacción", "la rédaction", "Redaktion"
    r"press|prensa|imprensa|presse|nyhetsbyr\w+|news|agency|agencies|staff|wires?|media|newsroom|desk|service|team|reporters?|correspondents?|editors?|bureau|"
    r"times|post|herald|tribune|journal|gazette|observer|chronicle|telegraph|mirror|express|standard|monitor|review|"
    r"daily|weekly|online|tv|radio|channel|network|video|"  # papers and broadcasters: "By Global Times", "Samoa Observer"
    r"examiner|independent|guardian|courier|dispatch|mail|globe|bulletin|inquirer|nation|outlook|journalism|"
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


def without_titles(name: str) -> str:
    """The name without the titles before it: "President Jane Doe", "Lt Col Jane Doe" -> "Jane Doe"."""
    name = name.strip()
    while (title := _TITLES.match(name)) and name[title.end():].strip():
        name = name[title.end():].strip()
    return name


def is_agency(text: str) -> bool:
    cleaned = text.strip(" .()").lower()
    if "-" in cleaned and " " not in cleaned and all(_is_agency_name(part) for part in cleaned.split("-")):
        return True  # two wires credited together: "AFP-JIJI", "dpa-AFX"
    return _is_agency_name(cleaned) or (word_count(cleaned) <= 4 and bool(_AGENCY_WORDS.search(cleaned))
                                        and not _ROLE_WORDS.search(cleaned.replace("staff", "")))


def is_listed_agency(text: str) -> bool:
    """A wire's or a national agency's name, as the lists hold it ("AFP", "Kyodo News"), not any newsroom's."""
    return _is_agency_name(text.strip(" .()").lower())


def _is_agency_name(cleaned: str) -> bool:
    return cleaned in AGENCIES or cleaned in NATIONAL_AGENCIES


def names_a_newsroom(text: str) -> bool:
    """A short line with a newsroom's or a role's word in it: "Herald Reporter", "Latest News", "Web Desk"."""
    return bool(_AGENCY_WORDS.search(text) or _ROLE_WORDS.search(text))


_ROLE_LINE_WORD = re.compile(r"[\w'’-]+")


def is_role_line(text: str) -> bool:
    """A line that is only a job title: "Political reporter", "Senior Correspondent"."""
    words = _ROLE_LINE_WORD.findall(text)
    return 0 < len(words) <= 4 and any(_ROLE_WORDS.fullmatch(w) for w in words) \
        and all(_ROLE_WORDS.fullmatch(w) or _ROLE_MODIFIER.match(w) or w.lower() in ("and", "of", "the", "for") for w in words)


# The signatory's office under a statement's closing name: "Deputy Police Public Relations Officer", "Spokesperson",
# "Secretary General", "Chief Executive Officer" ("Jane Doe" / office: the statement's author, as an author box).
_SIGNATORY_OFFICE = re.compile(
    r"\b(?:officer|spokes(?:person|man|woman)|secretary|director|commissioner|manager|chair(?:person|man|woman)?|"
    r"coordinator|registrar|clerk)\b", re.IGNORECASE)
_MAX_OFFICE_WORDS = 7


def is_signatory_office(text: str) -> bool:
    return 0 < word_count(text) <= _MAX_OFFICE_WORDS and text[:1].isupper() \
        and not text.rstrip().endswith((".", ":", "?", "!")) and bool(_SIGNATORY_OFFICE.search(text))


def is_role(text: str) -> bool:
    return bool(_ROLE_WORDS.search(text)) and word_count(text) <= 6


_SMALL_WORDS_IN_ROLES = frozenset("and of the for on at in".split())


_PICTURE_ROLE = re.compile(r"\b(?:photograph(?:er|y)|photo\s*journalist|photo\s+editor|illustrat(?:or|ion)|"
                           r"camera(?:man|woman|\s+operator)?|videographer|video\s+journalist|graphics?|fot[oó]graf[oa]?|"
                           r"photographe|fotografin)s?\b", re.IGNORECASE)


# A picture's word in Cyrillic and Greek, as it opens a credit with no colon: "Фото Иван Петров" (Russian, Ukrainian,
# Bulgarian, Serbian, Kazakh), "Снимка", "Світлина", "Φωτό", "Φωτογραφία".
PICTURE_WORD_CYRILLIC_GREEK = r"(?:Фото|ФОТО|Снимка|Фотография|Світлина|Φωτό|ΦΩΤΟ|Φωτογραφία)"
_PICTURE_WORD_FIRST = re.compile(rf"{PICTURE_WORD_CYRILLIC_GREEK}\s")


def opens_with_a_picture_word(line: str) -> bool:
    """A line that a picture's word in Cyrillic or Greek opens: a credit ("Фото Иван Петров"), no writer's name."""
    return bool(_PICTURE_WORD_FIRST.match(line))


def is_picture_role(text: str) -> bool:
    """A photographer's or illustrator's role: "Photographer", "Chief photographer", "Fotógrafo"."""
    return bool(_PICTURE_ROLE.search(text))


def reads_as_role(text: str) -> bool:
    """Role words, small words and capitalised words only: "Senior Reporter", "Chief Political Correspondent
    Kenya"; prose has other words in lower case."""
    return all(_ROLE_WORDS.fullmatch(word) or _ROLE_WORDS.fullmatch(word.rstrip("s")) or word in _SMALL_WORDS_IN_ROLES
               or word[:1].isupper() for word in _ROLE_LINE_WORD.findall(text))


# "Multi-skilled", "Award-winning", "London-based": a participle after a hyphen qualifies the role that follows; a
# name's hyphenated part is capitalised ("Jean-Luc") or a short syllable ("Min-ji", "Ka-shing").
_ROLE_MODIFIER = re.compile(r"^[\w'’]+-[a-z]{3,}(?:ed|ing)$")


def drop_trailing_roles(piece: str, first: int = 2) -> str:
    """The piece without the role that follows the name ("Jane Doe Senior Reporter", "Jane Doe Multi-skilled
    Journalist"); the role may start at ``first`` words in at the earliest."""
    tokens = piece.split()
    for index, token in enumerate(tokens):
        if index >= first and _ROLE_WORDS.fullmatch(token.strip(",.")):
            while index > first and _ROLE_MODIFIER.match(tokens[index - 1]):
                index -= 1
            return " ".join(tokens[:index])
    return piece
