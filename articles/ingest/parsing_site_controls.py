"""The site's own controls and strips near a headline, in the languages editors paste: sign-in, subscription,
cookie and listening controls, paywall and reading-time labels, a listing's or a gallery's counter, a timetable, the
masthead's strip of today's date with the weather or the name days, a language menu. None of them is a headline.
"""

import re

from .date_patterns import FOREIGN_WEEKDAYS
from .person_names import is_section_row
from .scanning import word_count

# The site's controls and labels near the headline, in the languages editors paste ("Se connecter",
# "Article réservé aux abonnés", "Temps de lecture : 3 min", "Alle akzeptieren"); English ones are in
# parsing_headline_features' SITE_CHROME.
# At the line's start (matched there only, which is quick):
_CONTROL = re.compile(
    r"(?:aller\s+au\s+contenu|zum\s+inhalt|saltar\s+al\s+contenido|vai\s+al\s+contenuto|ir\s+(?:para|al)\s+(?:o\s+)?"
    r"conte[úu]do|naar\s+de\s+inhoud|hoppa\s+till|przejd[źz]\s+do|перейти\s+к|"  # "skip to content" in other languages
    r"(?:haga\s+|haz\s+)?cli(?:c|ck|que)\s+(?:ac[áa]|aqu[íi]|ici)\s+(?:para\s+ir|pour\s+aller)\s+(?:directamente\s+|directement\s+)?"
    r"(?:al\s+contenido|au\s+contenu)|"
    r"se\s+connecter|connexion|s['’]abonner|abonnez-vous|mon\s+compte|anmelden|einloggen|abonnieren|"
    r"jetzt\s+abonnieren|mein\s+konto|iniciar\s+sesi[óo]n|suscr[íi]bete|reg[íi]strate|mi\s+cuenta|accedi|abbonati|"
    r"registrati|entrar|assine|inloggen|abonneren|zaloguj|войти|подписаться|"
    r"(?:accept(?:er)?|aceptar|accetta|aceitar)\s+(?:all|tout|todas?|todos|tutti|cookies)\b.{0,20}$|"
    r"(?:tout\s+accepter|alle\s+akzeptieren)\W*$|"
    r"(?:manage|g[ée]rer|param[ée]trer)\s+(?:the\s+|les\s+)?(?:cookies|preferences|pr[ée]f[ée]rences)|"
    r"cookie-?(?:einstellungen|settings|policy|richtlinie)|"
    r"[ée]couter\s+(?:cet\s+)?article|artikel\s+(?:anh[öo]ren|vorlesen)|escuchar\s+(?:la\s+)?noticia|"
    r"ascolta\s+l['’]articolo|ou[çc]a\s+(?:a\s+)?(?:mat[ée]ria|not[íi]cia)|"
    r"share\s+(?:the\s+news|this|on|via|article|story)\b|"
    # a listing's sorting control, alone on its line: "Sort by", "Ordenar por", "Trier par"
    r"(?:sort(?:ed)?\s+by|order\s+by|ordenar\s+por|ordenado\s+por|trier\s+par|sortieren\s+nach|ordina\s+per)\s*:?\s*$|"
    # a newsroom's contact strip: "Tip Line: 555-0100 | news@…", "News tips: 555-0100", "Got a news tip?"
    r"(?:news\s+)?tip\s*line\s*:|news\s+tips?\s*:|got\s+a\s+(?:news\s+)?tip\b|"
    # a station's player: "Listen Live: Radio Nord", "Listen to live sports coverage ...", "Jetzt live hören"
    r"listen\s+(?:live|now|to\s+(?:us\s+)?live)\b|watch\s+live\s*:|(?:jetzt\s+)?live\s+h[öo]ren\b|"
    r"[ée]couter\s+(?:le\s+)?direct\b|escuchar?\s+en\s+directo\b|ascolta\s+(?:la\s+)?diretta\b|ou[çc]a\s+ao\s+vivo\b|"
    r"luister\s+live\b|lyssna\s+live\b|"
    # a link to another story, with its label: "Lire aussi : ...", "TE RECOMENDAMOS: ..."
    r"(?:(?:[àa]\s+)?lire\s+aussi|lesen\s+sie\s+auch|mehr\s+zum\s+thema|auch\s+interessant|te\s+recomendamos|"
    r"lee\s+tambi[ée]n|ver\s+tambi[ée]n|leia\s+tamb[ée]m|veja\s+tamb[ée]m|leggi\s+anche|zobacz\s+te[żz]|"
    r"l[äa]s\s+[oä]ven|l[äa]s\s+ocks[åa]|les\s+ogs[åa]|l[æa]s\s+ogs[åa]|lees\s+ook|διαβ[άα]στε\s+επ[ίι]σης)\b\s*[:|»›-]|"
    # an author's archive page, headed by its writer or desk: "Author Archives: Staff Reporter", "Articles Posted by
    # Jane Doe", "Auteurs Articles de La Rédaction", "Tous les articles de", "Artikel von", "Artículos de"
    r"(?:author\s+archives?|(?:articles|posts|stories)\s+(?:posted|written)\s+by|all\s+(?:articles|posts|stories)\s+by|"
    r"auteurs?\s+articles\s+de|tous\s+les\s+articles\s+(?:de|par)|articles\s+(?:publi[ée]s\s+)?par|"
    r"archives\s+de\s+l['’]auteur|(?:alle\s+)?(?:artikel|beitr[äa]ge)\s+von|todos\s+los\s+art[íi]culos\s+de|"
    r"art[íi]culos\s+(?:publicados\s+)?por|todos\s+os\s+artigos\s+de|artigos\s+(?:publicados\s+)?por|"
    r"tutti\s+gli\s+articoli\s+di|articoli\s+(?:pubblicati\s+)?da)\b.{0,40}$)",
    re.IGNORECASE,
)
# A theme's counters beside the headline, with nothing else on the line: "10 views 6 mins 0 comments",
# "1,204 vues · 3 commentaires", "5 min read". A headline may give a number, never only numbers and their units.
_COUNTER = (
    r"\d[\d,.]*\s*(?:[kKM]\s*)?(?:views?|reads?|articles?|posts?|mins?(?:\s+read)?|minutes?(?:\s+read)?|comments?|shares?|likes?|"
    r"replies|vues?|lectures?|commentaires?|partages?|min(?:utes?)?\s+de\s+lecture|visitas|vistas|lecturas|"
    r"comentarios?|coment[áa]rios?|visualiza(?:ciones|[çc][õo]es)|aufrufe|kommentare?|views?\s+today)"
)
# A share counter with its buttons' words after it: "0 SHARES Share Tweet", "12 Shares Facebook Twitter WhatsApp".
_SHARE_BUTTONS = r"(?:\s+(?:share|tweet|pin|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|partager|compartir))*"
_COUNTERS_ONLY = re.compile(rf"(?:{_COUNTER})(?:\s*[|•·,/-]?\s*(?:{_COUNTER}))*{_SHARE_BUTTONS}\W*", re.IGNORECASE)
# Anywhere in a short line: a paywall's label, a reading time, an ad's label, a listing's page number.
_LABEL = re.compile(
    r"\b(?:r[ée]serv[ée]\s+aux\s+abonn[ée]s|f[üu]r\s+abonnenten|exclusivo\s+para\s+(?:suscriptores|assinantes)|"
    r"riservato\s+agli\s+abbonati|subscribers?\s+only|for\s+subscribers|ads?\s+by\s+\w+|"
    r"temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|leestijd|reading\s+time)\b|"
    r"\b(?:page|seite|p[áa]gina)\s+\d+(?:\s+(?:of|de|von|di)\s+\d+)?$|"
    # an author's or a desk's archive with its count: "Posts by Jane Doe (214)", "Publicaciones de Redacción (334)"
    r"^(?:(?:blog\s+)?posts|articles|stories|publicaciones|art[íi]culos|publica[çc][õo]es|artigos|beitr[äa]ge)\s+"
    r"(?:by|from|de|da|do|del|par|von)\s+[^()]{2,40}\(\d+\)$|"
    # a gallery's counter: "Photo 2 of 4", "Poza 2 / 4" (Romanian), "Foto 3/10", "Bild 2 von 8", "Imagen 1 de 5"
    r"^(?:photo|picture|image|slide|poza|foto|fotografia|bild|imagen|imagem|immagine|kuva|zdj[eę]cie)\s+\d+\s*"
    r"(?:/|of|de|di|von|din|z|из)\s*\d+$|"
    # a search page's count: "974 results found", "12 résultats pour", "3 Treffer für"
    r"^\d[\d,.]*\s+(?:results?|r[ée]sultats?|resultados?|risultati|ergebnisse|treffer)\s+"
    r"(?:found|for|trouv[ée]s?|pour|encontrados?|para|trovati|per|gefunden|f[üu]r)\b|"
    r"^(?:search\s+results?|r[ée]sultats\s+de\s+(?:la\s+)?recherche|suchergebnisse|resultados\s+de\s+(?:la\s+)?b[úu]squeda|"
    # a site builder's link back up the page: "top of page", "Back to top"
    r"top\s+of\s+(?:the\s+)?page|back\s+to\s+top|scroll\s+to\s+top|retour\s+en\s+haut|nach\s+oben|volver\s+arriba)$",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 8


# A timetable: a bulletin's or an office's hours, three clock times or more in a short line ("Lunedì-sabato: 8.30,
# 12, 14.55, 18.30 e 20.45. Domenica: 18.30 e 20.45"); a headline gives one time, if any.
_CLOCK_TIME = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:h][0-5]\d(?![\d.:]\d)")
_MAX_TIMETABLE_WORDS = 24


# A weather widget's forecast: a temperature alone ("69°", "23 °C"), or the day's high and low beside the sky's
# state ("Mostly Cloudy. H 69° L 56°", "Soleado Máx. 31° Mín. 22°"). A headline gives one temperature, if any.
_FORECAST = re.compile(
    r"-?\d{1,3}\s?°\s?[CF]?|.{0,30}?\b(?:H|Hi|High|Máx?|Max)\.?:?\s?-?\d{1,3}\s?°\s?[CF]?\s*[/|,·]?\s*"
    r"(?:L|Lo|Low|Mín?|Min)\.?:?\s?-?\d{1,3}\s?°\s?[CF]?", re.IGNORECASE)
_MAX_FORECAST_WORDS = 10


# An audio or video player's clock, elapsed and total: "00:00 | 00:00", "0:00 / 3:45". The line over it names the
# recording ("The latest traffic report"), not the story.
PLAYER_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s?[|/]\s?\d{1,2}:\d{2}(?::\d{2})?")


def is_forecast(unit: str) -> bool:
    return ("°" in unit and word_count(unit) <= _MAX_FORECAST_WORDS and _FORECAST.fullmatch(unit.strip()) is not None) \
        or _BARE_TEMPERATURE.fullmatch(unit.strip()) is not None


# A widget's temperature alone with no degree sign ("-16.2 C", "23 C"): the scale's letter after a number, nothing else.
_BARE_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s?[CF]")
# The town a weather widget names under its temperature ("-16.2 C" / "Fort St. John"): capitalised words, no sentence.
_WIDGET_TOWN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def is_forecast_town(units: list[str], index: int) -> bool:
    """A short place name right under a weather widget's temperature: the widget's, not a headline."""
    return index > 0 and is_forecast(units[index - 1]) and _WIDGET_TOWN.fullmatch(units[index].strip()) is not None


# A listing's heading with its page number: "Local Democracy Reporting - Latest News [Page 2]", "Politics | Page 3 of
# 40", "Noticias - Página 2": a section's or tag's page of cards, never one story's headline.
_PAGED_LISTING = re.compile(
    r".{3,80}?(?:\s*\[\s*|\s+[|–—-]\s+)(?i:page|p[áa]gina|seite|strona|pagina)\s+\d{1,4}(?:\s+(?i:of|de|von|z|di)\s+\d{1,5})?\s*\]?")


def is_site_control(unit: str) -> bool:
    """A sign-in, subscription, cookie or listening control, a paywall's or reading time's label, an author archive's
    heading, a listing's, a gallery's or a theme's counter, a timetable, a row of the post's sections."""
    return bool(_CONTROL.match(unit) or (word_count(unit) <= _MAX_LABEL_WORDS and _LABEL.search(unit))
                or _COUNTERS_ONLY.fullmatch(unit)) \
        or is_language_menu(unit) or is_english_named_language_menu(unit) or is_edition_switch(unit) or is_masthead_strip(unit) or is_section_row(unit) \
        or is_site_tagline(unit) or is_forecast(unit) or (len(unit) <= 19 and PLAYER_CLOCK.fullmatch(unit) is not None) \
        or _PAGED_LISTING.fullmatch(unit.strip()) is not None \
        or (word_count(unit) <= _MAX_TIMETABLE_WORDS and len(_CLOCK_TIME.findall(unit)) >= 3) \
        or is_call_to_action_row(unit)


# A row of a campaign's or a party's buttons: "Sign Up Donate Networking Have Your Say", "Get Involved Donate
# Volunteer Contact Us". A headline asks readers to do one thing, in a sentence, not to pick among buttons.
_CALL_TO_ACTION = re.compile(
    r"(?:sign\s+up|donate|volunteer|networking|have\s+your\s+say|get\s+involved|join\s+us|contact\s+us|"
    r"subscribe|log\s*in|register)", re.IGNORECASE)
_MAX_CALL_TO_ACTION_WORDS = 10


def is_call_to_action_row(unit: str) -> bool:
    """Three or more of a site's call-to-action buttons and nothing else on the line."""
    if word_count(unit) > _MAX_CALL_TO_ACTION_WORDS:
        return False
    rest, found = _CALL_TO_ACTION.subn("", unit)
    return found >= 3 and not rest.strip(" |•·/-")


# A masthead's strip: today's weekday and date, the weather or the day's name days ("Pondělí 25. srpna Venku je
# 11 °C, Zataženo", "Samstag, 12. März | 8 °C Wien", "Monday 19.08.2019 | Name days: Anna, Ilze"). A headline may give
# a temperature ("Heatwave brings 40°C"), not beside a weekday.
_NAME_DAYS = re.compile(r"\b(?:name\s?days?|imieniny|svátek|meniny|névnap|vārda\s+dienas?|vardo\s+dienos|nimipäivä)\b",
                        re.IGNORECASE)
_TEMPERATURE = re.compile(r"-?\d+(?:[.,]\d)?\s?°\s?[CF]?\b|\d+\s?℃")
_MASTHEAD_WEEKDAY = re.compile(  # opening the strip, before the day of the month
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + "|".join(FOREIGN_WEEKDAYS) +
    # and the languages whose weekdays date_patterns.py does not list: Czech, Slovak, Hungarian, Romanian, Croatian, Finnish
    r"|pondělí|úterý|středa|čtvrtek|pátek|neděle|pondelok|utorok|streda|štvrtok|piatok|nedeľa|hétfő|kedd|szerda|"
    r"csütörtök|péntek|szombat|vasárnap|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|ponedjeljak|utorak|srijeda|"
    r"četvrtak|petak|subota|nedjelja|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai),?\s+\d{1,2}\b(?!\s?°)",
    re.IGNORECASE,
)
_MAX_STRIP_WORDS = 16


def is_masthead_strip(unit: str) -> bool:
    return word_count(unit) <= _MAX_STRIP_WORDS and bool(_MASTHEAD_WEEKDAY.match(unit)) and bool(
        (("°" in unit or "℃" in unit) and _TEMPERATURE.search(unit)) or _NAME_DAYS.search(unit))


# Languages by their own names, as a site's language menu lists them.
_LANGUAGE_NAMES = frozenset("""english français francais español espanol deutsch русский عربي العربية 中文 简体中文
    繁體中文 português portugues italiano 日本語 한국어 türkçe nederlands polski हिन्दी हिंदी فارسی kiswahili українська
    ελληνικά svenska dansk norsk suomi čeština magyar română tiếng bahasa indonesia melayu اردو বাংলা""".split())


# Languages' names in English, as a translate bar lists them: "English French German Italian Portuguese Russian".
_ENGLISH_LANGUAGE_NAMES = frozenset("""english french german italian portuguese russian spanish chinese japanese korean
    arabic dutch turkish polish greek hindi urdu persian swedish danish norwegian finnish czech hungarian romanian
    ukrainian vietnamese thai indonesian malay hebrew bengali swahili""".split())
_MIN_ENGLISH_MENU_NAMES = 4


def is_english_named_language_menu(unit: str) -> bool:
    """A translate bar's row of four languages or more named in English and nothing else ("English French German
    Italian Portuguese Russian Spanish"): no headline, no story's line."""
    words = [word.strip("|•·/,") for word in unit.split()]
    words = [word for word in words if word]
    return len(words) >= _MIN_ENGLISH_MENU_NAMES and all(
        word[:1].isupper() and word.casefold() in _ENGLISH_LANGUAGE_NAMES for word in words)


# The link to the site's edition in another language, alone on its line: "Dhivehi Edition", "Urdu Edition",
# "English Version".
_EDITION_SWITCH = re.compile(
    r"(?:English|Arabic|French|Spanish|Urdu|Hindi|Bangla|Bengali|Tamil|Sinhala|Dhivehi|Nepali|Pashto|Dari|Farsi|"
    r"Persian|Turkish|Kurdish|Hebrew|Malayalam|Telugu|Kannada|Marathi|Gujarati|Punjabi|Odia|Assamese|Chinese|"
    r"Japanese|Korean|German|Portuguese|Russian|Swahili|Indonesian|Malay|Amharic|Somali|Hausa)\s+(?:Edition|Version)")


def is_edition_switch(unit: str) -> bool:
    return bool(_EDITION_SWITCH.fullmatch(unit.strip(" |•")))


# The site's slogan, as its page title or masthead prints it: "Harbour Trending News - Latest international news
# headlines, pictures, and video", "Latest News, Breaking News Headlines & Videos".
_TAGLINE = re.compile(r"\blatest\b(?:\s+\w+){0,3}\s+news\b[\w\s,&]{0,30}?\b(?:headlines|videos?|pictures|photos)\b",
                      re.IGNORECASE)
_MAX_TAGLINE_WORDS = 20


def is_site_tagline(unit: str) -> bool:
    return word_count(unit) <= _MAX_TAGLINE_WORDS and "latest" in unit.casefold() and bool(_TAGLINE.search(unit))


_MAX_LANGUAGE_MENU_WORDS = 16


def is_language_menu(unit: str) -> bool:
    """A site's language menu: "English Français Español 中文"."""
    if not 3 <= word_count(unit) <= _MAX_LANGUAGE_MENU_WORDS:
        return False
    words = [word.strip("|•·/,").casefold() for word in unit.split()]
    words = [word for word in words if word]
    named = sum(word in _LANGUAGE_NAMES for word in words)
    return named >= 3 and named >= len(words) - 1
