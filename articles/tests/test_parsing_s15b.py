"""Layouts of southern European, Baltic, Balkan, Maltese, Cypriot and British and Irish local pages (batch s15b of the
real-world set): picture labels in capitals with no colon, the BBC's "Image copyright" label glued to its credit,
Greek and Turkish Cypriots, an Italian broadcaster's "Servizio di", a masthead's name days, a gallery's counter and a
bulletin's timetable over the headline.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_site_controls import is_site_control

BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a month of consultation with the islands' "
    "councils, the board's chair said.\n\n"
    "Crossings will start half an hour earlier in summer and two late sailings will be added on Fridays.\n\n"
    "Councillors on the smaller islands said they would still press for a Sunday service in winter."
)


@pytest.mark.parametrize("line, credit", [
    ("FOTO DR", "DR"), ("FOTO LUSA", "LUSA"), ("PHOTO AFP", "AFP"), ("Foto DR", "DR"),
])
def test_a_picture_label_in_capitals_before_an_agency_in_capitals_needs_no_colon(line, credit):
    assert split_credit(line).credit == credit


def test_a_title_in_capitals_after_the_picture_word_is_no_credit():
    assert split_credit("FOTO DE LA SEMANA") is None


@pytest.mark.parametrize("line, caption, credit", [
    ("Harbour cranes: Image copyrightPORT AUTHORITY", "Harbour cranes", "PORT AUTHORITY"),
    ("Harbour cranes Image copyright Jo Lim", "Harbour cranes", "Jo Lim"),
    ("Image copyright Reuters", "", "Reuters"),
])
def test_the_image_copyright_label_is_removed_even_glued_to_its_credit(line, caption, credit):
    split = split_credit(line)
    assert (split.caption, split.credit) == (caption, credit)


def test_a_credit_in_capitals_over_the_story_is_the_lead_pictures():
    article = parse_text(f"Ferry crossings to start earlier in summer\n\nFOTO DR\n{BODY}")
    assert article.image_credit == "DR"
    assert "FOTO DR" not in "\n".join(article.paragraphs)


@pytest.fixture(scope="module")
def matcher():
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary
    return Matcher(country_vocabulary() + starter_vocabulary())


@pytest.mark.parametrize("text", [
    "Greek Cypriot officials said the crossing point would open on Monday after talks at the buffer zone.",
    "The Turkish Cypriot leader met the envoy and said the crossing point would open on Monday.",
    "Turkish Cypriots and Greek Cypriots queued together at the crossing point on its first morning.",
])
def test_greek_and_turkish_cypriots_are_cyprus_not_greece_or_turkey(matcher, text):
    assert matcher.tag(text).countries == ["CY"]


def test_greek_and_turkish_alone_still_name_their_countries(matcher):
    text = "The Greek and Turkish foreign ministers met in Brussels on Monday to talk about the sea border."
    assert sorted(matcher.tag(text).countries) == ["GR", "TR"]


def test_an_italian_broadcasters_report_by_line_is_a_byline():
    page = ("Nuovi orari dei traghetti per le isole\n\n"
            "Le corse partiranno mezz'ora prima in estate e il venerdì ci saranno due partenze in più.\n"
            "Servizio di Giulia Ferraresi\n\n"
            "Il consiglio del porto ha approvato martedì il nuovo orario dopo un mese di consultazioni con i comuni "
            "delle isole, ha detto la presidente.\n\n"
            "I consiglieri delle isole minori chiedono ancora una corsa la domenica anche in inverno.")
    assert parse_text(page).authors == ["Giulia Ferraresi"]


@pytest.mark.parametrize("line", [
    "Monday 19.08.2019 | Name days: Anna, Ilze", "Poniedziałek 3 marca | Imieniny: Kingi, Tycjana",
    "Photo 2 of 4", "Poza 2 / 4", "Foto 3/10", "Imagen 1 de 5",
    "Monday-Saturday: 8.30, 12, 14.55, 18.30 and 20.45. Sunday: 18.30 and 20.45",
])
def test_masthead_strips_gallery_counters_and_timetables_are_the_sites(line):
    assert is_site_control(line)


@pytest.mark.parametrize("line", [
    "Monday 12 firefighters fight blaze near the harbour", "Photo finish decides the regatta",
    "Ferry to leave at 6.30 from next week", "Name days are a Baltic tradition, say historians",
])
def test_headlines_with_a_weekday_a_picture_word_or_a_time_are_not(line):
    assert not is_site_control(line)


def test_a_gallery_counter_over_a_gallery_headline_is_not_the_headline():
    page = "Poza 2 / 4\n\nFerry crossings to start earlier: „Islanders have waited long enough!“\n\nA related story"
    assert parse_text(page).headline == "Ferry crossings to start earlier: „Islanders have waited long enough!“"


def test_a_masthead_with_name_days_is_not_the_headline():
    page = f"Monday 19.08.2019 | Name days: Anna, Ilze\n\nFerry crossings to start earlier in summer\n\n{BODY}"
    article = parse_text(page)
    assert article.headline == "Ferry crossings to start earlier in summer"
    assert article.published is None  # today's date in the masthead is no publication date


def test_a_short_spanish_page_full_of_la_is_spanish_not_french(matcher):
    text = ("La Guardia Civil detiene a tres personas en la localidad de Teruel dentro de la operación contra la red.\n\n"
            "Según las mismas fuentes, en España participan en la operación la Policía Nacional y la Ertzaintza.\n\n"
            "En Aragón, la policía arrestó la pasada noche a tres personas en la comarca y habrá registros en la zona.")
    from articles.ingest.languages import page_language
    assert page_language([word.strip(",.").lower() for word in text.split()]) == "es"
    assert matcher.tag(text).countries == ["ES"]


def test_a_strip_of_trending_topics_over_the_headline_is_the_sites():
    strip = "\n".join(["Harbour strike", "Budget 2027", "Island ferries", "Mayor Lind", "Storm warning", "Derby day",
                       "Rail works", "Port tolls", "Festival guide", "Cup final"])
    article = parse_text(f"{strip}\n\nFerry crossings to start earlier in summer\n\n{BODY}")
    assert article.headline == "Ferry crossings to start earlier in summer"
    assert article.authors == []
    assert article.paragraphs[0].startswith("The harbour board approved")
    assert "Cup final" in article.left_out


def test_a_few_short_lines_over_the_story_are_not_a_strip():
    page = f"Harbour\nFerries\n\nFerry crossings to start earlier in summer\nBy Jo Lim\n\n{BODY}"
    article = parse_text(page)
    assert article.headline == "Ferry crossings to start earlier in summer"
    assert article.authors == ["Jo Lim"]


def test_a_date_alone_at_the_foot_of_a_page_with_no_other_date_is_a_flagged_guess():
    page = ("Ferry crossings to start earlier in summer\n\n"
            "Crossings will start half an hour earlier in summer and two late sailings will be added on Fridays.\n"
            "Report by Jo Lim\n\nThis content is not available because of your cookie settings\n\n26 Maggio 2025")
    article = parse_text(page)
    assert (article.published.date().isoformat(), article.published_source) == ("2025-05-26", "guessed")
    assert any("alone on the page" in warning for warning in article.warnings)


@pytest.mark.parametrize("label", ["Today's Suggestion", "Editor’s Pick"])
def test_a_possessive_is_no_name(label):
    from articles.ingest.byline_names import looks_like_name
    assert not looks_like_name(label)


def test_a_sites_suggestion_label_near_the_headline_is_no_byline():
    page = f"Today's Suggestion\nRead the island's history\n\nFerry crossings to start earlier in summer\n\n{BODY}"
    article = parse_text(page)
    assert article.authors == []
    assert article.headline == "Ferry crossings to start earlier in summer"


def test_a_short_headline_closing_a_strip_over_its_byline_stays_the_headline():
    strip = "\n".join(["Harbour strike", "Budget 2027", "Island ferries", "Mayor Lind", "Storm warning", "Derby day",
                       "Rail works", "Port tolls", "Festival guide", "Cup final"])
    article = parse_text(f"{strip}\nFerries to sail earlier\nBy Jo Lim\n\n{BODY}")
    assert article.headline == "Ferries to sail earlier"
    assert article.authors == ["Jo Lim"]


def test_a_translate_bars_languages_named_in_english_are_a_site_control():
    # "English French German Italian ..." under "Translate page": a language menu, never the headline (s16k)
    assert is_site_control("English French German Italian Portuguese Russian Spanish")
    assert is_site_control("English | French | Spanish | Chinese")
    assert not is_site_control("French German talks")  # a headline's words, not a menu
