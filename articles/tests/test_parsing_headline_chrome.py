"""The headline among what unseen sites print around it: mastheads, site names after the title, kickers,
cookie banners and paywalls in the languages editors paste, the title printed twice.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.parsed_article import ParsedArticle
from articles.ingest.parsing import _propose_headline, parse_html, parse_text
from articles.ingest.parsing_page_chrome import (
    headline_above_the_story, headline_nearer_the_story, headline_printed_twice, headline_run_into_dateline, is_site_name, lead_line_is_the_headline, opens_with_dateline, printed_alone_nearby, site_name_after, without_kicker,
    without_section_labels,
    words_run_together,
)
from articles.ingest.parsing_site_controls import is_site_control
from articles.ingest.site_notices import is_site_notice
from articles.tests.invented_story import BODY, HEADLINE


def _headline_warned(article) -> bool:
    return any(w.startswith(("The headline", "No headline")) for w in article.warnings)


@pytest.mark.parametrize("title", [
    f"{HEADLINE} | Harbour Times", f"{HEADLINE} - harbourcourier.fr", f"{HEADLINE} – Le Courrier",
    f"{HEADLINE} - Radio Nord", f"{HEADLINE} | Nordzeitung", f"{HEADLINE} - El Diario",
])
def test_the_sites_name_after_the_page_title_is_not_part_of_the_headline(title):
    article = parse_text(f"{title}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == HEADLINE


@pytest.mark.parametrize("title", [
    "Night buses extended - what it means for shift workers", "Council votes 7 - 2 to extend night buses",
    "Night buses extended – again",
    "Night buses extended – media silent?",  # a question after the dash, with a newsroom word in it
])
def test_a_dash_inside_the_headline_is_not_taken_for_a_sites_name(title):
    assert site_name_after(title) == (title, False)


def test_a_short_name_after_a_bar_is_kept_but_flagged():
    # the site's name or the source an aggregator credits: the editor decides
    article = parse_text(f"{HEADLINE} | NKB\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == f"{HEADLINE} | NKB"
    assert _headline_warned(article)


@pytest.mark.parametrize("line, kept", [
    ("EXCLUSIVE | Mayor quits after vote", "Mayor quits after vote"), ("Exclusif : Le maire démissionne", "Le maire démissionne"),
    ("EXKLUSIV: Bürgermeister tritt zurück", "Bürgermeister tritt zurück"),
    ("Opinion | Why the buses matter", "Why the buses matter"),
    ("Opinion: Why the buses matter", "Opinion: Why the buses matter"),  # title case and a colon: maybe its own
    ("Live updates: Mayor quits", "Live updates: Mayor quits"), ("Breaking", "Breaking"),
    ("EXCLUSIF. Le maire démissionne", "Le maire démissionne"), ("ENQUÊTE. Le maire démissionne", "Le maire démissionne"),
    ("Analyse. Le maire démissionne", "Analyse. Le maire démissionne"),
    ("VIDÉO. Le maire démissionne", "VIDÉO. Le maire démissionne"),  # a medium's label stays, as editors keep it
    ("LIVE: Mayor quits", "LIVE: Mayor quits"),
])
def test_kickers_are_cut_only_when_printed_as_labels(line, kept):
    assert without_kicker(line) == kept


@pytest.mark.parametrize("notice", [
    "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez "
    "notre politique de confidentialité et l'utilisation des cookies.",
    "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit einem Klick auf Zustimmen akzeptieren Sie die "
    "Verwendung von Cookies und unsere Datenschutzerklärung.",
    "Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso según "
    "nuestra política de privacidad.",
    "Se hai scelto di non accettare i cookie, puoi sottoscrivere un abbonamento a un prezzo contenuto e "
    "continuare a leggere tutti i contenuti del sito.",
    "Abonnez-vous pour lire la suite de cet article et accéder à tous nos contenus en illimité sur le site.",
    "To continue reading this story and all our coverage without limits, subscribe today for just $1 a week.",
])
def test_a_cookie_banner_or_paywall_in_another_language_is_not_the_story(notice):
    assert is_site_notice(notice)
    article = parse_text(f"{notice}\n\nMenu\n\n{HEADLINE}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == HEADLINE
    assert not article.headline_proposed


def test_a_story_about_cookies_is_no_notice():
    assert not is_site_notice("Bakers in the old town sold twice as many cookies as last year, the guild said on "
                              "Monday, after a mild winter brought visitors back.")


def test_a_cookie_consent_panel_saved_at_the_top_is_left_out_whole():
    # Its categories' prose would otherwise pass for the story, and the story under it for a list of teasers.
    panel = (
        "Customize Consent Preferences\n\n"
        "We use cookies to help you move around the site and to remember your choices. Each category is below.\n\n"
        "Necessary cookies are needed for the basic features of this site, such as signing in, and hold no data "
        "that identifies you.\n\nAlways Active\n\n"
        "Functional cookies let the site share its pages on social networks and collect your feedback on them.\n\n"
        "No cookies to display.\n\n"
        "Analytical cookies show us how visitors use the site: how many come, from where, and how quickly they "
        "leave.\n\nNo cookies to display.\n\n"
        "Advertisement cookies show visitors adverts chosen from the pages they read before and measure the "
        "campaigns.\n\nNo cookies to display.\n\n"
    )
    body = BODY.rsplit("\n\n", 1)[0]  # a short story: less prose than the panel's
    article = parse_text(panel + f"{HEADLINE}\n\nHome News {HEADLINE}\n{HEADLINE}\n\nAna Ruiz\n\n" + body)
    assert article.headline == HEADLINE
    assert article.authors == ["Ana Ruiz"]
    assert article.paragraphs[0].startswith("The regional council voted")
    assert not any("cookie" in paragraph.casefold() for paragraph in article.paragraphs)


def test_a_story_about_cookies_keeps_its_paragraphs():
    story = ("Regulator fines retailer over cookies\n\nThe data regulator fined a retailer on Tuesday for setting "
             "marketing cookies before visitors agreed to them.\n\nThe retailer said its analytics cookies had been "
             "set by a supplier's script.\n\nThe regulator said consent must come first.")
    article = parse_text(story)
    assert article.headline == "Regulator fines retailer over cookies"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("label", ["Latest Posts", "Recent Posts", "Photo Release", "Press Release",
                                   "HARBOURLAND, March 4 - Press Release"])


def test_a_widgets_heading_or_the_pages_kind_is_not_the_headline_nor_the_proposals_source(label):
    # A statement page with no title: the label above the story is the site's; the proposal comes from the story.
    article = parse_text(f"{label}\n\n" + BODY)
    assert article.headline_proposed
    assert article.headline.startswith("The regional council voted")


def test_a_caption_printed_twice_over_the_writers_name_is_not_the_headline():
    page = (f"Harbour Courier\n\n{HEADLINE}\n\nA night bus leaves the east depot\n\nA night bus leaves the east depot"
            "\n\nAna Ruiz\n\nAna Ruiz\n\nUpdated: 14 March 2024\n\n" + BODY)
    assert parse_text(page).headline == HEADLINE


def test_the_title_printed_twice_over_a_subtitle_and_the_date_beats_the_subtitle():
    page = (f"{HEADLINE}\n\n{HEADLINE}\n\nCouncil acts on shift workers' complaints\n\n"
            "Harbour, 14 March 2024, 09:30\n\n" + BODY)
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("masthead", ["Harbour Valley News Paper", "The Evening Courier Online", "Radio Nord TV"])
def test_the_sites_masthead_above_a_headline_printed_twice_is_not_the_headline(masthead):
    page = f"{masthead}\n\nBlog\n\n{HEADLINE}\n\n{HEADLINE}\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("line, site", [
    ("Harbour Valley Daily News", True), ("lemonde.fr", True), ("Morning News Briefs", False),
    ("Harbour News Digest 14 March", False), ("Night buses extended", False),
    ("Police search for missing hiker near the pass", False),
])
def test_a_masthead_is_told_from_a_digests_title_and_a_headline(line, site):
    assert is_site_name(line) == site


@pytest.mark.parametrize("control", [
    "Se connecter", "Article réservé aux abonnés", "Temps de lecture : 3 min", "Alle akzeptieren",
    "Accept all cookies", "Écouter cet article", "Jetzt abonnieren", "Iniciar sesión", "Ads by Google",
    "Home Blog Page 6023", "TE RECOMENDAMOS: Activan el operativo por lluvias", "Lire aussi : Le maire démissionne",
    "Lesen Sie auch: Der Bürgermeister tritt zurück",
])
def test_the_sites_controls_in_other_languages_are_never_the_headline(control):
    article = parse_text(f"{control}\n\n{HEADLINE}\n\n" + BODY)
    assert article.headline == HEADLINE
    assert is_site_control(control)


@pytest.mark.parametrize("headline", ["Accept defeat, coach tells his players", "Aceptar la derrota no es fácil"])
def test_a_headline_that_opens_with_accept_is_no_control(headline):
    assert not is_site_control(headline)


@pytest.mark.parametrize("headline", ["مجلس المدينة يمدد خدمة الحافلات الليلية", "מועצת העיר מאריכה את קווי הלילה"])
def test_a_headline_in_a_script_without_capitals_is_still_a_headline(headline):
    page = f"Menu\n\n{headline}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY
    assert parse_text(page).headline == headline


def test_a_language_menu_is_not_the_headline():
    page = f"English Français Español Русский 中文\n\n{HEADLINE}\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


def test_a_writers_name_beside_a_job_title_is_not_the_headline():
    page = (f"Profile picture for user ana.ruiz\n\nAna Ruiz\n\nSenior Editor\n\n{HEADLINE}\n\n14 March 2024\n\n"
            + BODY)
    assert parse_text(page).headline == HEADLINE


def test_a_headline_run_into_the_wire_dateline_is_split_from_the_story_and_flagged():
    page = ("Journalist\n\nAna Ruiz\n\n-\n\nNight buses extended to the outer districts HARBOUR CITY, March 14 (ANP) - "
            "The regional council voted on Tuesday to extend the night bus service to the outer districts, after a "
            "year of complaints from shift workers.\n\nOfficials said the extension would cost less than expected.")
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert article.paragraphs[0].startswith("HARBOUR CITY, March 14 (ANP) - The regional council")
    assert any(w.startswith("The headline") for w in article.warnings)


@pytest.mark.parametrize("paragraph", [
    "The council met on Tuesday. HARBOUR CITY - Officials said the plan would go ahead.",  # a sentence first
    "Officials in HARBOUR CITY said the plan would go ahead, despite objections from residents.",
])
def test_a_paragraph_without_a_glued_headline_is_left_whole(paragraph):
    assert headline_run_into_dateline(paragraph) is None


def test_a_sites_blurb_above_the_menu_is_passed_over_for_the_headline_over_the_dated_story():
    page = ("Harbour Wire brings readers the news that matters to their region, quickly and accurately, every day of "
            "the year.\n\nProducts\n\nSupport\n\n+1 555 0100\n\n" + HEADLINE + "\n\nHARBOUR CITY (ANP) — " + BODY)
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert article.paragraphs[0].startswith("HARBOUR CITY (ANP) — The regional council")
    assert any(w.startswith("The headline") for w in article.warnings)


@pytest.mark.parametrize("paragraph, dated", [
    ("HARBOUR CITY (ANP) — The council voted.", True), ("SEAVILLE, Norway — The council voted.", True),
    ("Oct. 14 (ANP) -- The council voted.", True), ("READ ALSO: Council votes on buses", False),
    ("CIUDAD DE MÉXICO.- El consejo votó.", True),
    ("The council voted on Tuesday - after a long debate.", False),
])
def test_a_wire_dateline_opening_a_paragraph(paragraph, dated):
    assert opens_with_dateline(paragraph) == dated


@pytest.mark.parametrize("og_title, site_name, h1, expected", [
    ("Storm hits coast | Harbour Gazette", "Harbour Gazette", "Storm hits coast", "Storm hits coast"),
    ("Storm hits coast - Nordavis", "Nordavis", "", "Storm hits coast"),  # og:site_name names the suffix
    ("Storm hits coast - lemonde.fr", "", "", "Storm hits coast"),
    ("Storm hits coast – what we know", "", "Storm hits coast – what we know", "Storm hits coast – what we know"),
    ("EXCLUSIVE | Storm hits coast | Harbour Gazette", "Harbour Gazette", "", "Storm hits coast"),
])
def test_an_html_pages_title_loses_the_sites_name(og_title, site_name, h1, expected):
    page = (f'<html><head><meta property="og:title" content="{og_title}">'
            f'<meta property="og:site_name" content="{site_name}"></head><body><article>'
            + (f"<h1>{h1}</h1>" if h1 else "") + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</article></body></html>")
    assert parse_html(page).headline == expected


def test_a_line_over_a_headline_chosen_on_weak_evidence_makes_it_unsure():
    # the headline over a line that a picture's caption follows: which is the headline, the shapes cannot tell
    page = ("Night buses extended to the outer districts\n\nCouncil answers the shift workers\n\n"
            "A night bus leaves the east depot on Monday. (Photo: Ana Ruiz/Harbour Times)\n\n" + BODY)
    article = parse_text(page)
    assert _headline_warned(article)


@pytest.mark.parametrize("skip", ["Aller au contenu principal", "Zum Inhalt springen", "Saltar al contenido",
                                  "Vai al contenuto", "Ir para o conteúdo"])


def test_a_skip_link_in_another_language_is_not_the_headline(skip):
    page = f"{skip}\n\nHarbour Courier\n\nPolitique\n\n{HEADLINE}\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


def test_a_headline_in_capitals_over_a_subtitle_and_the_byline_beats_the_subtitle():
    page = (f"{HEADLINE.upper()}\n\nCouncil acts after a year of complaints from shift workers\n\nBy Ana Ruiz\n\n"
            "14 March 2024\n\n" + BODY)
    assert parse_text(page).headline == HEADLINE.upper()


def test_a_line_over_a_headline_chosen_over_its_byline_makes_it_unsure():
    # a kicker-led headline over a short subtitle that the byline follows: the subtitle wins on the byline, flagged
    page = (f"BREAKING: {HEADLINE}\n\nFollow our coverage of the council meeting\n\nBy Ana Ruiz\n\n" + BODY)
    assert _headline_warned(parse_text(page))


def test_a_headline_broken_over_two_lines_is_joined():
    page = "Harbour 24 News\nNight buses extended\nto the outer districts\n14 March 2024\n" + BODY
    assert parse_text(page).headline == HEADLINE


def test_hard_wrapped_prose_under_a_short_line_is_not_joined_to_it():
    page = ("Harbour 24 News\n\n14 March 2024\n\nOnly pilots\n\nand flight attendants with two jabs may work on "
            "board from September under the new rules of the aviation\n\n" + BODY)
    assert parse_text(page).headline != "Only pilots and flight attendants with two jabs may work on board from " \
                                        "September under the new rules of the aviation"


def test_a_headline_the_lead_picture_repeats_as_its_caption_under_the_standfirst_is_the_headline():
    page = (f"{HEADLINE}\n\nShift workers in the outer districts will get services until two in the morning.\n\n"
            f"{HEADLINE}\n\n©ANP\n\nAna Ruiz, correspondent in Harbour\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert not article.headline_proposed


def test_a_page_that_opens_with_its_standfirst_proposes_the_headline_under_it():
    page = ("Shift workers in the outer districts will get night services until two in the morning from April, the "
            "council said.\n\n" + HEADLINE + "\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert article.headline_proposed
    assert article.standfirst.startswith("Shift workers")
    assert any(w.startswith("No headline found; proposed the line under") for w in article.warnings)


def test_a_page_that_opens_with_its_lead_only_proposes_the_crosshead_under_it():
    # a page saved without its headline: the story's first paragraph, then a crosshead, then the story again
    page = ("The harbour board met on Tuesday evening and voted to close the old ferry terminal at the end of the "
            "summer, after two years of falling passenger numbers.\n\nWhat happens to the ferry staff now\n\n"
            "Twelve workers will be offered jobs at the new terminal across the bay, the board said in a statement "
            "after the meeting.\n\nThe union said it would study the offer before the vote next month.")
    article = parse_text(page)
    assert article.headline_proposed
    assert "The headline was chosen among several lines" not in " ".join(article.warnings)


def test_a_wire_story_opening_the_page_keeps_its_next_line_out_of_the_headline():
    page = "HARBOUR CITY (ANP) — " + BODY.replace("\n\nOfficials", "\n\nNight buses extended to the outer districts\n\nOfficials", 1)
    assert parse_text(page).headline_proposed


def test_a_label_run_into_its_date_above_the_headline_is_not_the_headline():
    page = f"EVENING NEWS BULLETINposted: Monday 14 March 2024 13:31\n\n{HEADLINE}\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("line, glued", [
    ("PoliticsBusinessSport", True), ("NEWS BULLETINposted: Monday", True), ("Night buses extended", False),
    ("NATO summit opens in Vilnius", False), ("McDonald's opens in Harbour", False),
])
def test_words_run_together_by_the_markup(line, glued):
    assert words_run_together(line) == glued


def test_a_headline_printed_again_at_the_start_of_the_story_is_the_headline_and_leaves_the_story():
    page = (f"14 March 2024\n\n{HEADLINE}\n\n{HEADLINE} " + BODY)
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert article.paragraphs[0].startswith("The regional council voted")


def test_a_share_prompt_is_not_the_headline():
    assert is_site_control("Share the News")


def test_a_page_title_with_the_sites_name_first_is_not_the_headline_it_repeats():
    page = f"Harbour Times - {HEADLINE}\n\nNews\n\nTransport\n\n{HEADLINE}\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


def _no_wrong_headline(article) -> bool:
    """The page prints no headline: right to leave it empty, or to propose one and say so."""
    return not article.headline or article.headline_proposed


def test_an_aggregators_source_tag_is_not_the_headline():
    page = "(NEWSWIRE- Harbour Times) Harbour Times\n\n" + BODY
    assert _no_wrong_headline(parse_text(page))


def test_a_site_name_after_a_bullet_is_not_part_of_the_headline():
    article = parse_text(f"{HEADLINE} • Harbour Newspaper\n\n" + BODY)
    assert article.headline == HEADLINE


def test_a_headline_over_a_caption_printed_once_as_a_bullet_point_is_the_headline():
    # the name-and-role reading of the headline leaves out its words before the comma
    headline = "Harbour FM Hires In US, UK Presenters After Wave of Exits"
    caption = "Station owner Jane Doe in the studio"
    article = parse_text(f"{headline}\n\n• {caption}\n{caption}\n\n• " + BODY)
    assert article.headline == headline


def test_a_date_and_place_line_under_a_breaking_news_label_is_not_the_headline():
    article = parse_text("Breaking News\n\n14 March,2024 | Harbour City\n\n" + BODY)
    assert _no_wrong_headline(article)
    assert article.published.date().isoformat() == "2024-03-14"


def test_a_writers_name_beside_the_sites_is_not_the_headline():
    article = parse_text("Jane Doe, HarbourNews24.com\n\n" + BODY)
    assert _no_wrong_headline(article)


def test_social_buttons_run_together_are_page_furniture():
    from articles.ingest.parsing_cleanup import is_furniture

    assert is_furniture("LinkedIN IconTwitter Icon")
    assert not is_furniture("Twitter bans the mayor's account")


def test_a_standfirst_that_the_story_repeats_as_its_sentence_does_not_beat_the_headline_above_it():
    standfirst = "Shift workers in the outer districts will get services until two in the morning from April"
    page = (f"{HEADLINE}\n\n{standfirst}\n\nHarbour Press Agency Mumbai\n\n2 min read Last Updated : Mar 14 2024 | "
            f"2:54 PM IST\n\nThe regional council voted on Tuesday to extend the night bus service to the outer "
            f"districts, after a year of complaints from shift workers.\n\n{standfirst}.\n\n" + BODY)
    assert parse_text(page).headline == HEADLINE


def test_a_columnists_name_before_the_headline_is_left_out():
    page = f"Doe / {HEADLINE}\n\n" + BODY + "\n\nJane Doe\n\nJane Doe is a columnist."
    assert parse_text(page).headline == HEADLINE


def test_a_slash_between_two_places_in_a_headline_stays():
    headline = "Harbour / Seaville ferry returns after the storm"
    assert parse_text(f"{headline}\n\n" + BODY + "\n\nJane Doe").headline == headline


def test_a_caption_with_its_credits_label_is_not_the_headline():
    page = ("A MAN was hurt in a crash last night.\n\n1 Crews are at the scene this morning Credit: HP:Harbour Press"
            "\n\n" + BODY)
    assert _no_wrong_headline(parse_text(page))


def test_a_digests_title_over_its_items_is_the_headline_flagged():
    page = ("Harbour briefs\n\nNight buses extended to the outer districts\n\n" + BODY.split("\n\n")[0] + "\n\n"
            "Ferry fares rise in April\n\nThe harbour board said on Monday that fares on all ferry routes would rise by "
            "four per cent from April to pay for new boats.")
    article = parse_text(page)
    assert article.headline == "Harbour briefs"
    assert _headline_warned(article)


def test_a_section_label_over_a_single_story_is_not_taken_for_a_digests_title():
    article = parse_text(f"Top Headlines\n\n{HEADLINE}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == HEADLINE


@pytest.mark.parametrize("line, headline", [
    (f"1. {HEADLINE}", HEADLINE), ("1. FC Harbour beat Seaville in the cup final", "1. FC Harbour beat Seaville in the cup final"),
])
def test_a_lists_number_before_the_headline_is_left_out(line, headline):
    assert parse_text(f"{line}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY).headline == headline


@pytest.mark.parametrize("headline", [
    "„Night buses will run to the outer districts“",   # German, Polish, Czech, Icelandic quotation marks
    "„Night buses will run“, says the mayor",
])
def test_a_headline_that_opens_with_a_low_quotation_mark_is_the_headline(headline):
    article = parse_text(f"{headline}\n\nA night bus waits at the depot.\n\n{BODY}")
    assert article.headline == headline and not article.headline_proposed


@pytest.mark.parametrize("above", ["", "Home » News\n\n"])
def test_a_headline_quoting_with_guillemets_is_no_breadcrumb(above):
    # "»" closing a «…» quotation is the quote's, not a breadcrumb's separator ("Home » News" is)
    page = (f"{above}Night buses: the «outer districts» plan\n\n"
            "The council agreed to run night buses to the outer districts from next month\n\n" + BODY)
    assert parse_text(page).headline == "Night buses: the «outer districts» plan"


@pytest.mark.parametrize("above", ["", "Transport\n\n", "City hall\n\n"])
def test_the_headline_over_a_shorter_subtitle_that_the_byline_follows_is_the_headline(above):
    # headline, then a deck line, then the byline: the deck is no headline, a short kicker above is none either
    page = f"{above}{HEADLINE}\n\nNew routes from next month\n\nBy Ana Ruiz\n\n14 March 2024\n\n{BODY}"
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("first_line", [
    "Lima, Perú",                                         # where the story was filed: a known place, its country
    "NTB utenriks",                                       # a wire's name and its desk
    "The council wants to explain how the buses will run. The last attempt two months ago caused an outcry",
])
def test_a_place_line_a_wires_desk_or_a_two_sentence_standfirst_is_no_headline(first_line):
    article = parse_text(f"{first_line}\n\n{BODY}")
    assert article.headline != first_line or article.headline_proposed


def test_a_headline_whose_words_open_the_first_paragraph_is_flagged():
    # a kicker over a headline that repeats its first words, or the headline run into the story: a guess
    page = (f"{HEADLINE}\n\n{HEADLINE}! Why the council waited a whole year before it agreed to run them at night "
            f"to the outer districts?\n\n{BODY}")
    assert _headline_warned(parse_text(page))


@pytest.mark.parametrize("credit, expected", [
    ("fot. PAP", "PAP"), ("Foto: Jan Kowalski", "Jan Kowalski"), ("Photo : AFP", "AFP"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_credit_line_under_the_headline_stays_out_of_it(credit, expected, gap):
    # the page's first line over its picture's credit, with no caption: the headline, whole, and the credit apart
    article = parse_text(f"Strażacy gasili pożar hali w nocy na przedmieściach Opola{gap}{credit}{gap}" + BODY)
    assert article.headline == "Strażacy gasili pożar hali w nocy na przedmieściach Opola"
    assert not article.headline_proposed
    assert article.image_credit == expected


def test_a_headline_printed_twice_is_not_taken_for_the_subtitle_of_a_longer_line_above_it():
    # a news ticker's other story over the headline, the headline over its date, then printed again
    page = ("14.03.2024 | 08:15\nLong queues on the ring road from the harbour to the airport after roadworks overnight\n"
            f"{HEADLINE}\n14 March 2024, 10:30\n\n{HEADLINE}\n\n" + BODY)
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("line", [
    "Listen Live: Radio Harbour", "Listen to live sports coverage and more on Harbour FM", "Jetzt live hören",
    "Écouter le direct", "Escucha en directo", "Ascolta la diretta", "Lyssna live",
])
def test_a_stations_player_controls_are_not_the_headline(line):
    article = parse_text(f"{line}\n{line}\n\n{HEADLINE}\n\nAll Harbour FM News\n\n" + BODY)
    assert is_site_control(line)
    assert article.headline == HEADLINE
    assert not is_site_control("Listen to the mayor explain the plan")


@pytest.mark.parametrize("strip", [
    "Pondělí 25. srpna Venku je 11 °C, Zataženo", "Samstag, 12. März | 8 °C Wien", "Lundi 3 mars 12°C Nantes",
])
def test_a_mastheads_weekday_date_and_weather_are_site_chrome(strip):
    assert is_site_control(strip)
    assert not is_site_control("Heatwave brings 40°C to Seville on Sunday")
    assert not is_site_control("Sunday 40°C heat grips the south")


@pytest.mark.parametrize("when", [
    "vor 9 Stunden", "il y a 2 heures", "hace 3 horas", "9 ore fa", "2 uur geleden", "Před 9 hodinami",
    "2 timmar sedan", "acum 2 ore", "prije 2 sata", "2 tuntia sitten",
])
def test_a_source_and_a_relative_time_in_other_languages_are_not_the_headline(when):
    page = f"{HEADLINE}\n\nHarbour Times {when}\n" + BODY
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("line", ["Politics - 13 dec, 18:57", "Sport · 3. März 10:30", "14 mars 09:15"])
def test_a_section_and_a_day_and_month_with_a_time_is_no_headline(line):
    # the stamp of a story whose page prints no year: metadata, and the page here has no headline
    article = parse_text(f"{line}\n" + BODY)
    assert article.headline_proposed or article.headline != line
    assert parse_text(f"{line}\n\n{HEADLINE}\n\n" + BODY).headline == HEADLINE


@pytest.mark.parametrize("title", [f"{HEADLINE} - Harbour24|7", f"{HEADLINE} | HB:7", f"{HEADLINE} - Nord 24"])
def test_a_page_title_over_the_headline_printed_alone_gives_way_to_it(title):
    # whatever name follows the bar, the line below repeating the title's words alone is the headline
    article = parse_text(f"{title}\n\n{HEADLINE}\n\n" + BODY)
    assert article.headline == HEADLINE


@pytest.mark.parametrize("chrome", [
    "Click acá para ir directamente al contenido",
    "Haga clic aquí para ir al contenido",
    "Cliquez ici pour aller au contenu",
])
def test_a_skip_link_in_spanish_or_french_is_not_the_headline(chrome):
    article = parse_text(f"{chrome}\n\n{HEADLINE}\n\n14 March 2024\n\n" + BODY)
    assert article.headline == HEADLINE


def test_a_sign_up_dialogs_lines_and_an_editions_label_are_not_the_headline():
    dialog = ("Already have an account?Sign in to Harbour Weekly\n\nAlmost there!\n\nPlease confirm your email "
              "address by clicking the link in the email we sent.\n\nCheck Mail Now\n\nForgot your password?\n\n")
    assert parse_text(dialog + f"{HEADLINE}\n\n14 March 2024\n\n" + BODY).headline == HEADLINE
    masthead = "News Videos\nInternational Edition\n\nAbout Us\nContact Us\n\n"
    assert parse_text(masthead + f"{HEADLINE}\n\n" + BODY).headline == HEADLINE


@pytest.mark.parametrize("between", ["File Photo", "", "Photo: Harbour Times"])
def test_the_headline_printed_twice_on_one_line_is_taken_once(between):
    line = f"{HEADLINE} {between} {HEADLINE}".replace("  ", " ")
    article = parse_text(f"{line}\n\n14 March 2024\n\n" + BODY)
    assert article.headline == HEADLINE


def test_a_line_repeating_a_short_phrase_is_no_headline_printed_twice():
    from articles.ingest.parsing_page_chrome import printed_twice_in_one_line

    assert printed_twice_in_one_line("Bus bus bus: the council votes on night buses") == ("", "")
    assert printed_twice_in_one_line("New York, New York") == ("", "")


def test_a_credit_between_the_headlines_two_copies_on_one_line_is_the_pictures():
    article = parse_text(f"{HEADLINE} File Photo {HEADLINE}\n\n14 March 2024\n\n" + BODY)
    assert (article.headline, article.image_credit) == (HEADLINE, "File Photo")


def test_a_latest_updates_label_and_an_image_placeholder_above_the_date_and_headline_are_chrome():
    article = parse_text(f"Latest News Updates\n\nimg\n14 March 2024\n{HEADLINE.upper()}\n\n{BODY}")
    assert article.headline == HEADLINE.upper()
    assert "img" not in article.body_text.split()


def test_a_cms_badge_printed_after_the_headline_is_not_part_of_it():
    assert parse_text(f"{HEADLINE} Featured\n\n14 March 2024\n\n{BODY}").headline == HEADLINE
    # too short to be a badge's: the line is left whole (and, doubted at two words, named beside a proposal)
    assert any("“Two Featured”" in w for w in parse_text(f"Two Featured\n\n14 March 2024\n\n{BODY}").warnings)


def test_a_donation_banner_printed_whole_and_again_over_two_lines_is_not_the_headline():
    banner = "Don't pay to read this. Pay so all of us can!\n\nDon't pay to read this.\nPay so all of us can!\n\n"
    article = parse_text(banner + f"{HEADLINE}\n\nby Ana Ruiz | 14 March 2024 | Comment, Latest Posts\n\n" + BODY)
    assert article.headline == HEADLINE


def test_a_newsrooms_tip_line_strip_is_never_the_headline():
    from articles.ingest.parsing import parse_text
    from articles.ingest.parsing_site_controls import is_site_control

    assert is_site_control("Tip Line: 555-0100")
    assert is_site_control("News tips: 555-0100")
    assert not is_site_control("Tip of the iceberg: council finds more lead pipes")
    article = parse_text("Tip Line: 555-0100 | news@harbourtv.example\n\n"
                         "Council backs tram extension to the north\n\n"
                         "HARBOUR CITY (HTV) -- The city council approved a new plan on Tuesday to extend the tram line "
                         "to the northern districts by 2027.\n\nCouncil members said the extension would cost about "
                         "300 million euros and be paid for partly by the region.")
    assert article.headline == "Council backs tram extension to the north"


def test_a_date_under_the_site_name_is_the_mastheads_when_the_headline_below_has_its_own():
    page = ("Harbour Online\n\n3/9/2024\n\nNight buses extended to the outer districts\n\nMonday, May 6, 2019\n\n"
            + BODY)
    article = parse_text(page)
    assert article.headline == HEADLINE
    assert article.published.date().isoformat() == "2019-05-06"


@pytest.mark.parametrize("trail", ["Home Reports", "Accueil › Société", "Home » World"])
def test_a_breadcrumb_run_into_the_headline_over_the_headline_alone_is_left_out(trail):
    from articles.ingest.parsing_page_chrome import breadcrumb_over_its_headline

    assert breadcrumb_over_its_headline(f"{trail} {HEADLINE}", HEADLINE)
    assert not breadcrumb_over_its_headline(f"Council says {HEADLINE}", HEADLINE)  # no trail: a longer headline
    article = parse_text(f"{trail} {HEADLINE}\n\n{HEADLINE}\n\n" + BODY)
    assert article.headline == HEADLINE


@pytest.mark.parametrize("line", [
    "71°", "23 °C", "Mostly Cloudy. H 71° L 54°", "Soleado Máx. 31° Mín. 22°", "High 76° Low 63°", "00:00 | 00:00",
    "0:00 / 3:45",
])
def test_a_weather_widgets_forecast_and_a_players_clock_are_site_controls(line):
    assert is_site_control(line)


@pytest.mark.parametrize("line", ["Heatwave brings 40°C to the valley towns", "Schools close as temperatures hit 45°C"])
def test_a_headline_giving_a_temperature_is_no_forecast(line):
    assert not is_site_control(line)


def test_a_station_pages_weather_widget_and_player_titles_are_not_the_headline():
    text = ("Weather\n\nsunny-day\n71°\nMostly Sunny\nH 74° L 58°\n\n"
            "LISTEN\nPAUSE\nThe latest top stories\n00:00 | 00:00\n\nLISTEN\nPAUSE\nThe latest traffic report\n00:00 | 00:00\n\n"
            "Local\nHarbour board approves new ferry timetable\n\nHarbour board approves new ferry timetable\n\n" + BODY)
    assert parse_text(text).headline == "Harbour board approves new ferry timetable"


def test_a_breadcrumb_glued_to_the_headline_over_the_headline_alone_is_not_the_headline():
    text = "Wednesday, March 6, 2024\nHomeNewsNight buses extended to the outer districts\n\n" + HEADLINE + "\n\n" + BODY
    assert parse_text(text).headline == HEADLINE


def test_the_title_under_a_breadcrumb_glued_to_it_is_the_headline_over_an_items_heading():
    # a briefs column: the breadcrumb run together ends with the column's title, printed again under it
    text = ("HomeNewsThe week on the islands\n\nThe week on the islands\n\nArchives\n\n"
            "Ferry timetable approved for the islands\n\n" + BODY)
    assert parse_text(text).headline == "The week on the islands"


def test_a_short_name_over_the_time_the_page_was_served_is_the_sites_masthead():
    # a radio's page cut before its story: its name, the city with today's date and time, a ticker, the headline
    text = ("Radio Costa Norte\nCochabamba 28 de Noviembre de 2024, 20:54\nEscuchar la RADIO\nÚltimas Noticias\n"
            "• Tribunal libera al alcalde de Villanueva tras dos años ver más\n\n"
            "Gobierno anuncia obras en el puerto por el aniversario de la ciudad\n\n"
            "\"Son obras que los vecinos esperan hace diez años y que por fin llegan al puerto, aunque con un año de "
            "retraso y a un costo mayor\", dijo el ministro de Obras del gobierno regional")
    article = parse_text(text, source_tz="America/La_Paz")
    assert article.headline == "Gobierno anuncia obras en el puerto por el aniversario de la ciudad"
    assert article.authors == []
    assert article.published_source == "guessed"  # the served time stands above the headline: not the article's


def test_a_chain_of_section_labels_in_capitals_before_the_headline_is_the_sites():
    article = parse_text("REGIONAL: HARBOURS / FERRIES &TRANSPORT: New Ferry Links Three Islands To The Port\n\n"
                         "The island council opened a ferry link on Monday that joins three islands to the main port, "
                         "cutting the trip to market by two hours for most families.\n\nThe boats run twice a day.")
    assert article.headline == "New Ferry Links Three Islands To The Port"
    assert without_section_labels("NATO: Allies agree new air patrols over the sea") == \
        "NATO: Allies agree new air patrols over the sea"  # one label may be the headline's own first word


def test_a_digests_date_after_the_headline_is_the_items_date_not_the_headlines():
    article = parse_text("12 boats lost in one week on the northern coast – 03 Mar 2024\n\n"
                         "Fishermen's union calls for patrols\n\n"
                         "Twelve fishing boats were lost in the storms that hit the northern coast last week, the "
                         "fishermen's union said, and three crews are still missing.\n\nThe union wants patrols.")
    assert article.headline == "12 boats lost in one week on the northern coast"
    assert article.published.date().isoformat() == "2024-03-03"


def test_a_category_run_into_the_headline_over_the_headline_alone_gives_the_headline():
    article = parse_text("Harbour NewsFerry company adds night crossings to the islands\n\n"
                         "Ferry company adds night crossings to the islands\n\n"
                         "The ferry company said on Friday it would add two night crossings to the islands from June, "
                         "after a summer of full boats and long queues at the quay.\n\nTickets go on sale next week.")
    assert article.headline == "Ferry company adds night crossings to the islands"


@pytest.mark.parametrize("line", ["Dhivehi Edition", "Urdu Edition", "English Version", "| Bangla Edition |"])
def test_the_link_to_the_sites_edition_in_another_language_is_site_chrome(line):
    assert is_site_control(line)


def test_an_edition_switch_over_the_menu_is_not_the_headline():
    article = parse_text("Tuesday 5th Mar 2024\nTamil Edition\nNews Reports Sports Business\n\n"
                         "Harbour board approves a second ferry quay for the islands\n\n"
                         "The harbour board approved a second ferry quay on Monday, saying the islands' traffic had "
                         "doubled in five years.\n\nWork starts in June.")
    assert article.headline == "Harbour board approves a second ferry quay for the islands"
    assert not is_site_control("Prague Edition of the festival opens")  # a headline's words


@pytest.mark.parametrize("line", [
    "Harbour Trending English News - Latest international news headlines, pictures, and video",
    "Valley Times: Latest News, Breaking News Headlines & Videos",
])
def test_a_sites_slogan_is_site_chrome(line):
    assert is_site_control(line)


def test_a_headline_about_the_latest_figures_is_no_slogan():
    assert not is_site_control("Latest jobless figures show the harbour towns recovering")


def test_teased_stories_above_the_article_give_way_to_its_own_title():
    page = (
        "Why the port board should elect its chair unanimously\n\n"
        "Reports say the port board is divided over whom to elect as its next chair this spring.\n\n"
        "Fog or sun? Notes from a week at the lighthouse\n\n"
        "It was during my first winter on the headland that I understood how little the lamp keepers\n\n"
        "An open letter to the mayor of Eastharbour\n\n"
        "Dear Mayor, On the happy occasion of the town's two hundredth market day and the opening of\n\n"
        "Ferry landslide: Inquiry team begins its work\n\n"
        "Portville: An inquiry team set up by the transport office to look into the loss of a ferry ramp "
        "began work on Monday.\n\n"
        "The ramp was carried away by a landslide at the north quay last Friday night.\n\n"
        "The team has ten days to report."
    )
    article = parse_text(page)
    assert article.headline == "Ferry landslide: Inquiry team begins its work"
    assert any(warning.startswith("The headline") for warning in article.warnings)


@pytest.mark.parametrize("label", ["Grand format", "Long read", "Récit", "Big read"])
def test_a_label_naming_the_pieces_format_alone_on_its_line_is_never_the_headline(label):
    article = parse_text(f"{label}\n\nNight buses reach the outer districts after a year of complaints\n\n"
                         f"Clara Vidal le mercredi 12 mars 2025\n\n" + BODY)
    assert article.headline == "Night buses reach the outer districts after a year of complaints"


def test_a_caption_printed_again_without_the_credit_it_carries_nearby_is_never_the_headline():
    caption = "Officers wait at the depot gate. The picture was taken on Monday."
    article = parse_text(f"Torstai 6.3.2025 klo 14.32\n\n{caption} (HARBOUR POLICE)\n\n{caption}\n\n" + BODY)
    assert article.headline != caption
    assert article.image_credit == "HARBOUR POLICE"


def test_skip_links_run_together_are_never_the_headline():
    article = parse_text(f"Skip to playerSkip to main contentSkip to footer\n  • 3/14/2024\n{BODY}")
    assert article.headline != "Skip to playerSkip to main contentSkip to footer"
    article = parse_text(f"Skip to navigationSkip to content\n\n{HEADLINE}\n\n{BODY}")
    assert article.headline == HEADLINE


def test_a_pop_ups_close_button_before_the_headline_is_left_out():
    article = parse_text(f"Latest news\n× {HEADLINE}\n\n{BODY}")
    assert article.headline == HEADLINE
    assert parse_text(f"× Two\n\n{BODY}").headline != "Two"  # too short to be a headline without its button


def test_a_date_after_a_bar_stays_in_a_digests_title():
    article = parse_text("Harbour islands daily news digest | 3 March 2024\n\n"
                         "The ferry union and the port authority settled their pay dispute overnight, reads the "
                         "headline across the front of today's Harbour Post, and the boats sail again at noon.\n\n"
                         "The council meets on Friday.")
    assert article.headline == "Harbour islands daily news digest | 3 March 2024"


def test_the_headline_printed_again_under_its_standfirst_as_the_pictures_alt_text_is_the_first_copy():
    article = parse_text("feature: harbour city\n\nTide Turns Home\n\n"
                         "Against every forecast, a cleaner and busier waterfront gets ready to welcome the regatta\n\n"
                         "Tide Turns Home\nMara Quist\nTide Turns Home\nharbourweekly.com\n\n" + BODY)
    assert article.headline == "Tide Turns Home"


def test_a_lead_closed_by_a_danda_is_the_story_not_the_headline():
    lead = ("নদীর তীরে নতুন বাঁধ নির্মাণের কাজ শুরু হয়েছে বলে জানিয়েছেন উপজেলা প্রশাসনের কর্মকর্তারা এবং স্থানীয় "
            "কৃষকেরা এতে খুশি বলে জানা গেছে।")
    article = parse_text(lead + "\n\nআগামী বর্ষার আগেই কাজ শেষ হবে বলে আশা করা হচ্ছে এবং এতে কয়েকটি গ্রাম বন্যা থেকে "
                         "রক্ষা পাবে বলে মনে করছেন তাঁরা।")
    assert article.headline_proposed


def test_a_speaker_and_a_media_tag_after_a_dash_stay_in_the_headline():
    title = "Life in Harbourtown will certainly change – Ana Reyes (video)"
    assert site_name_after(title) == (title, False)
    assert site_name_after("Night buses return to the old timetable – Harbour Post")[0] == \
        "Night buses return to the old timetable"


def test_a_masthead_date_the_date_reader_leaves_is_not_the_headline():
    from articles.ingest.parsing_headline_features import _date_words_only

    assert _date_words_only("Thursday, 28, March, 2024") and _date_words_only("28, March, 2024")
    assert not _date_words_only("May 2024 in review") and not _date_words_only("March 28")
    page = parse_text("Thursday, 28, March, 2024\nCouncil rebuilds the footbridge over the river\n"
                      "The district council has agreed to rebuild the washed-out footbridge before the rainy season, "
                      "its chairman told residents on Saturday.")
    assert page.headline == "Council rebuilds the footbridge over the river"


def test_a_papers_name_with_its_small_words_is_a_masthead():
    assert is_site_name("Giornale di Valle") and is_site_name("Corriere della Baia")
    assert not is_site_name("Giornale di Valle chiude la sede")  # a sentence about it


@pytest.mark.parametrize("dateline", ["VALLEGRANDE 10 Mar. (PRENSA SUR) -", "VALLEGRANDE, 3 (PRENSA SUR) –",
                                      "VALLEGRANDE, 17 (PRENSA SUR)"])


def test_a_dateline_alone_on_its_line_is_never_the_headline(dateline):
    article = parse_text(f"Una plaza del centro al mediodía - PRENSA SUR - Archivo\n\n{dateline}\n\nEl ayuntamiento ha "
                         "anunciado este martes nuevas medidas para el tráfico en el centro de la ciudad, que entrarán en "
                         "vigor el mes que viene tras meses de quejas de los vecinos.\n\nLas obras empezarán en abril y "
                         "durarán tres meses, según ha informado el consistorio en un comunicado.")
    assert article.headline != dateline and article.headline_proposed


@pytest.mark.parametrize("subhead", ["¿Qué pasó?", "¿Qué se sabe?", "What happened?"])
def test_an_explainers_stock_question_is_no_headline_and_the_date_above_it_is_read(subhead):
    article = parse_text(f"11 mar. 2026 - 12:42 hrs.\n\n{subhead}\n\nLa policía detuvo este miércoles a un hombre tras "
                         "el ataque contra un guardia en el puerto.\n\nLa investigación sigue abierta, dijo la fiscalía.")
    assert article.headline != subhead or article.headline_proposed  # at most proposed, flagged
    assert (article.published.date().isoformat(), article.published.hour, article.published.minute) == ("2026-03-11", 12, 42)


@pytest.mark.parametrize("widget", ["Frase do dia", "Quote of the day", "BANNER B - LOJA DO PORTO"])
def test_a_quote_widgets_heading_and_a_themes_ad_slot_are_never_the_headline(widget):
    article = parse_text(f"{widget}\n\nUm fogo que começou na serra mobiliza esta manhã 500 operacionais e oito meios "
                         "aéreos.\n\nNão há vítimas a registar, disse a Proteção Civil.")
    assert article.headline != widget


def test_a_teaser_closed_by_its_read_more_link_is_never_the_headline():
    teaser = "HARBOURTOWN, March 9. The mayor opened the new ferry pier on Monday, the first in a decade Read more"
    article = parse_text(f"HARBOURTOWN, March 10 The council met on Friday to set the budget Read more\n\n{teaser}\n\n"
                         "HARBOURTOWN, March 8 The ferries sailed again after the strike ended on Sunday night, the port "
                         "authority said in a statement. Read more")
    assert article.headline != teaser


@pytest.mark.parametrize("line", ["0 SHARES Share Tweet", "12 Shares Facebook Twitter WhatsApp", "3 shares Share Email"])
def test_a_share_counter_with_its_buttons_is_site_chrome(line):
    assert is_site_control(line)


def test_get_involved_under_a_slogan_is_no_writer():
    article = parse_text("Harbour Party: Together, Forward\n\nGet Involved\n\nVolunteer days in the valley\n\n"
                         "By Ruth Okafor\n\nThe party's volunteers will clean the riverbank on Saturday, the "
                         "organisers said, and residents are invited to join them with their own tools.")
    assert "Get Involved" not in (article.byline or "")


@pytest.mark.parametrize("line", ["Sign Up Donate Networking Have Your Say", "Get Involved | Donate | Volunteer"])
def test_a_row_of_call_to_action_buttons_is_site_chrome(line):
    assert is_site_control(line)


def test_a_headline_asking_readers_to_do_one_thing_is_no_button_row():
    assert not is_site_control("Donate blood this weekend, the valley hospital asks residents")


@pytest.mark.parametrize("temperature", ["-16.2 C", "23 C", "71°"])
def test_a_weather_widgets_town_under_its_temperature_is_no_headline(temperature):
    # the widget's temperature (with or without its degree sign), then its town, over the masthead's date
    article = parse_text(f"{temperature}\n\nPort Elwood\n\nWednesday, December 26, 2018\n\n"
                         "Ferry crews walk out over new rosters\n\n" + BODY)
    assert article.headline == "Ferry crews walk out over new rosters"


def test_a_headline_giving_a_temperature_without_its_degree_sign_is_no_forecast():
    assert not is_site_control("Heatwave brings 40 C to the valley towns")


@pytest.mark.parametrize("line", ["Harbour Council Reporting - Latest News [Page 2]", "Politics | Page 3 of 40",
                                  "Noticias - Página 2"])


def test_a_listings_heading_with_its_page_number_is_a_site_control(line):
    assert is_site_control(line)


def test_a_headline_about_a_page_is_no_listing_heading():
    assert not is_site_control("Council to print the ferry timetable on page 2 of its newsletter")


@pytest.mark.parametrize("opening", [
    "€5m Plan To Rebuild The Harbour Wall Across Two Winters",  # opening with a currency sign, no letter
    "£2bn Night bus plan for the outer districts",
])
def test_a_text_opening_with_one_headline_line_takes_it_flagged_not_proposed(opening):
    # a pasted story: its headline line, then the story; nothing above it to judge it by, so flagged
    article = parse_text(f"{opening}\n\n" + BODY)
    assert article.headline == opening and not article.headline_proposed
    assert _headline_warned(article)


@pytest.mark.parametrize("opening", ["A part of the completed harbour wall.", "Photo: Jane Roe/Harbour Times",
                                     "Thursday, 28, March, 2024"])


def test_a_text_opening_with_a_caption_a_credit_or_a_date_takes_no_headline_from_it(opening):
    article = parse_text(f"{opening}\n\n" + BODY)
    assert article.headline != opening or article.headline_proposed


def test_a_text_opening_with_its_headline_in_two_cases_takes_the_first():
    article = parse_text("Night Buses Extended To The Outer Districts\n\n"
                         "Night buses extended to the outer districts\n\n" + BODY)
    assert article.headline == "Night Buses Extended To The Outer Districts" and not article.headline_proposed


def test_a_status_stamp_run_into_the_headline_is_left_out():
    from articles.ingest.parsing_page_chrome import without_status_stamp
    assert without_status_stamp("Stand: 04.03.2023 18:45 Uhr Ferry crews walk out over new rosters") \
        == "Ferry crews walk out over new rosters"
    assert without_status_stamp("Stand: 04.03.2023 Ferry crews walk out") == "Ferry crews walk out"
    # a headline that merely starts with the word is kept
    assert without_status_stamp("Stand your ground, ferry crews told") == "Stand your ground, ferry crews told"


UNSPACED_HEADLINE = "港灣夜間巴士延長服務至郊區"  # a headline of one "word": it scores below the page's title
UNSPACED_BODY = ("港灣市議會週二投票決定將夜間巴士服務延長至郊區,以回應輪班工人一年來的投訴。\n\n"
                 "官員表示,由於附近已有兩個車廠,延長服務的成本低於預期。\n\n居民團體歡迎這項決定,但要求週末也提供服務。")


@pytest.mark.parametrize("title", [
    f"{UNSPACED_HEADLINE} - 港灣日報 Harbour Daily",  # the site's name after a dash
    f"港灣日報 Harbour Daily - {UNSPACED_HEADLINE}",  # or before it
])
def test_the_page_title_holding_the_heading_printed_alone_further_down_gives_the_heading(title):
    page = f"{title}\n\n新聞 / 交通\n\n{UNSPACED_HEADLINE}\n\n2024-03-14 09:30:00\n\nA+\n\nA-\n\n" + UNSPACED_BODY
    assert parse_text(page).headline == UNSPACED_HEADLINE


@pytest.mark.parametrize("headline, lines", [
    (f"{HEADLINE} at last", [HEADLINE]),  # no bar nor dash: the headline goes on
    (f"{HEADLINE} - what it means for shift workers, their families and the depots at night",
     [HEADLINE]),  # more words than a site's name or a trail
    ("Transport: Night buses extended", ["Transport"]),  # a label alone is shorter than a heading
])
def test_a_headline_is_not_cut_to_a_shorter_line_without_a_title_shape(headline, lines):
    assert printed_alone_nearby(headline, lines) == headline


STORY_LINES = [*BODY.split("\n\n"), "Drivers' unions said they would need twenty more drivers before the winter "
               "timetable starts, and the council promised to advertise the posts next month."]


def _nearer(lines: list[str], chosen: str, dated: tuple[str, ...] = ()):
    units = [*lines, *STORY_LINES]
    metadata = [unit in dated for unit in units]
    found = headline_nearer_the_story(units, metadata, chosen, units.index(chosen), len(lines))
    return None if found is None else units[found]


@pytest.mark.parametrize("chosen", ["Harbour Gazette Online", "Mostly cloudy, high 12°", "Morning Programme"])
def test_a_line_sharing_no_word_with_the_story_gives_way_to_the_headline_line_above_the_story(chosen):
    # the site's name, a weather widget or a programme's name taken for the headline: the line just above the
    # story (its date between) speaks of the story
    lines = [chosen, "Home", "Sport", HEADLINE, "Friday, March 14, 2024"]
    assert _nearer(lines, chosen, dated=("Friday, March 14, 2024",)) == HEADLINE


@pytest.mark.parametrize("chosen, lines", [
    ("Outer districts at night", ["Outer districts at night", HEADLINE]),  # the chosen line speaks of the story
    ("Goats graze by the harbour wall", ["Goats graze by the harbour wall",  # a caption between speaks of it
                                         "Two goats graze on the grass by the harbour wall each evening", HEADLINE]),
    ("Harbour news in brief", ["Harbour news in brief", HEADLINE]),  # a digest's title over its first item
    ("Harbour News - 14 March", ["Harbour News - 14 March", HEADLINE]),  # a dated bulletin's
    ("Harbour Gazette Online", ["Harbour Gazette Online", "02:22 Night bus service across the outer districts"]),
    ("Harbour Gazette Online", ["Harbour Gazette Online", "• Night bus service to the outer districts"]),
    ("Harbour Gazette Online", ["Harbour Gazette Online", "The council extended the night bus service."]),
])
def test_no_line_nearer_the_story_is_taken_when_the_chosen_one_is_the_storys_or_none_reads_as_a_headline(chosen, lines):
    # (a clock or a video's length, a list's item, a sentence: no headline's shape)
    assert _nearer(lines, chosen) is None


def test_a_sites_name_sharing_only_the_storys_place_gives_way_to_a_line_sharing_more():
    # "District Courier" shares "district" with the story; the line above the story shares three words and more
    lines = ["District Courier", "Home", "Night buses extended to outer districts"]
    assert _nearer(lines, "District Courier") == lines[-1]


def test_a_chosen_line_the_page_prints_twice_is_kept():
    lines = ["Harbour Gazette Online", "Sport", "Harbour Gazette Online", HEADLINE]
    assert _nearer(lines, "Harbour Gazette Online") is None


def _above(lines: list[str]):
    units = [*lines, *STORY_LINES]
    found = headline_above_the_story(units, [False] * len(units), len(lines))
    return None if found is None else units[found]


def test_with_no_line_chosen_a_headline_line_just_above_the_story_sharing_its_words_is_the_headline():
    assert _above(["Harbour Gazette", "Share this page", HEADLINE, "Listen to this article"]) == HEADLINE


@pytest.mark.parametrize("line", [
    "Night Outer Districts",  # three words: a section's or a menu's label
    "Night buses in the outer districts Credit: Jo Lim",  # a caption with its credit
    "https://harbour.example/night-buses-extended-outer-districts",  # an address
    "The council extended the night bus service to the outer districts.",  # a sentence
])
def test_with_no_line_chosen_no_caption_label_address_or_sentence_above_the_story_is_taken(line):
    assert _above(["Harbour Gazette", line]) is None


def test_a_sites_motto_over_the_headline_gives_way_to_the_headline_flagged():
    page = "Harbour Gazette\n\nThe Voice of the Coast Since 1901\n\nMenu\n\n" + HEADLINE + "\n\n" \
        + "\n\n".join(STORY_LINES)
    article = parse_text(page)
    assert article.headline == HEADLINE and not article.headline_proposed
    assert any(w.startswith("The headline was chosen among several lines") for w in article.warnings)


LEAD_STORY = ("The regional council voted on Tuesday to extend the night bus service to the outer districts, after a "
              "year of complaints from shift workers who said the last buses left before their shifts ended.")


def test_a_headline_printed_as_the_storys_first_paragraph_is_the_headline():
    assert lead_line_is_the_headline([HEADLINE, LEAD_STORY])
    assert lead_line_is_the_headline(["Will night buses reach the outer districts?", LEAD_STORY])


@pytest.mark.parametrize("first", [
    "The council extended the night bus service to the outer districts.",  # a sentence: the story's own lead
    "Night buses extended. Outer districts cheer",  # two sentences
    "Night buses to the outer districts:",  # a label over what follows
    "Buses",  # too short for a headline
    "Harbour weather for the weekend ahead",  # the paragraph below does not speak of it
    "Night buses 22:30 to the outer districts",  # a timetable's line
])
def test_a_first_paragraph_that_is_no_headline_stays_the_storys(first):
    assert not lead_line_is_the_headline([first, LEAD_STORY])


def test_a_headline_line_over_a_paragraph_no_longer_than_itself_stays_the_storys():
    assert not lead_line_is_the_headline([HEADLINE, "Night buses run to the outer districts from May."])


def test_with_no_headline_found_the_first_paragraph_shaped_as_one_is_taken_flagged_not_proposed():
    # what the page's reading left when a long caption above stood for the story's start: no headline, the
    # headline as the first paragraph
    article = ParsedArticle(paragraphs=[HEADLINE, LEAD_STORY, *STORY_LINES[1:]])
    _propose_headline(article)
    assert article.headline == HEADLINE and not article.headline_proposed
    assert article.paragraphs[0] == LEAD_STORY
    assert any(w.startswith("The headline was read from the story's first line") for w in article.warnings)


def test_with_no_headline_found_a_lead_sentence_still_gives_a_proposal():
    article = ParsedArticle(paragraphs=[LEAD_STORY, *STORY_LINES[1:]])
    _propose_headline(article)
    assert article.headline_proposed and article.paragraphs[0] == LEAD_STORY


def test_a_papers_name_sharing_two_of_the_storys_words_gives_way_to_the_headline_under_its_standfirst():
    # "Outer Districts Gazette" names the story's place, and so does the standfirst under it
    lines = ["Outer Districts Gazette", "Shift workers in the outer districts waited a year for this change.",
             HEADLINE]
    assert _nearer(lines, "Outer Districts Gazette") == HEADLINE


def test_a_line_of_no_papers_shape_sharing_two_of_the_storys_words_is_kept():
    lines = ["Outer districts: what the council decided", "Shift workers waited a year for this change", HEADLINE]
    assert _nearer(lines, "Outer districts: what the council decided") is None


def _twice(lines: list[str], chosen: str):
    units = [*lines, *STORY_LINES]
    found = headline_printed_twice(units, [False] * len(units), chosen, units.index(chosen), len(lines))
    return None if found is None else (units[found], found)


def test_a_line_printed_twice_above_the_story_beats_a_chosen_line_printed_once_that_shares_no_word_with_it():
    # the page's title then its heading, the chosen line (a programme's name) between
    lines = [HEADLINE, "Morning Programme", "Weekdays from six", HEADLINE]
    assert _twice(lines, "Morning Programme") == (HEADLINE, 3)
    # printed twice below the chosen line: its first printing, so that the lines between are read under the headline
    lines = ["Morning Programme", HEADLINE, "Friday, March 14, 2024", HEADLINE]
    assert _twice(lines, "Morning Programme") == (HEADLINE, 1)


@pytest.mark.parametrize("chosen, lines", [
    # the chosen line speaks of the story: kept
    ("Outer districts get night buses", [HEADLINE, "Outer districts get night buses", HEADLINE]),
    # the chosen line is printed twice too
    ("Morning Programme", ["Morning Programme", HEADLINE, "Morning Programme", HEADLINE]),
    # a picture's caption of two sentences, its alt text printed over it
    ("Morning Programme", ["Morning Programme", "A night bus at the depot. The council voted on Tuesday.",
                           "A night bus at the depot. The council voted on Tuesday."]),
    # a line printed twice that speaks of another story (a menu's or a teaser's)
    ("Morning Programme", ["Morning Programme", "Football club signs a new goalkeeper",
                           "Football club signs a new goalkeeper"]),
    # a line printed three times is a menu's or a list's
    ("Morning Programme", ["Morning Programme", HEADLINE, HEADLINE, HEADLINE]),
])
def test_no_line_printed_twice_is_taken_over_a_chosen_line_that_speaks_of_the_story_or_is_printed_twice(chosen, lines):
    assert _twice(lines, chosen) is None


@pytest.mark.parametrize("under", [
    "harbourdaily",  # the site's name run together, in lower case, under the headline
    "nightbus_depot",  # a picture's file name
])
def test_a_lone_word_with_no_closing_mark_under_the_headline_is_not_the_headlines_end(under):
    article = parse_text(f"{HEADLINE}\n{under}\n{BODY}")
    assert article.headline == HEADLINE
    # the same headline the page broke into two lines, with a blank line between
    article = parse_text(f"{HEADLINE}\n\n{under}\n\n{BODY}")
    assert article.headline == HEADLINE


def test_a_wrapped_sentence_still_ends_on_a_lone_word_with_its_full_stop():
    from articles.ingest.parsing_cleanup import split_units

    assert split_units("The council said the extension would be approved before the end of the\nyear.") == [
        "The council said the extension would be approved before the end of the year."]
    assert split_units(f"{HEADLINE}\nharbourdaily") == [HEADLINE, "harbourdaily"]


def test_a_pictures_lower_case_alt_text_is_not_joined_to_the_headline_over_it():
    page = (f"{HEADLINE}\n\nmaria lopez depot visit\n\nMaria Lopez visits the night bus depot on Tuesday\n\n{BODY}")
    assert parse_text(page).headline == HEADLINE
    # a headline's second half in lower case is still joined: the line under it prints none of its words as names
    page = "Night buses extended\n\nto the outer districts\n\n" + BODY
    assert parse_text(page).headline == HEADLINE


# Chinese and Japanese print no spaces: a page's lines read as one "word" each unless their characters are counted.
JA_HEADLINE = "港湾都市で大雨、住民三百人が避難"
JA_STORY = (
    "港湾都市では三日未明から激しい雨が降り続き、市は沿岸部の住民およそ三百人に避難を指示した。市によると、けが人の報告は今のところない。\n\n"
    "気象台は、今後も局地的に雷を伴った非常に激しい雨が降るおそれがあるとして、土砂災害や低い土地の浸水に警戒するよう呼びかけている。"
)


def test_chinese_and_japanese_lines_are_counted_by_their_characters_and_a_glued_masthead_stays_one_word():
    from articles.ingest.scanning import reading_words

    assert reading_words(HEADLINE) == 7  # spaced scripts: as word_count
    assert reading_words(JA_HEADLINE) == 6  # runs of 7 and 8 characters either side of "、": 3 and 4 words
    assert reading_words("港湾新報Harbour Daily港湾") == 2  # a masthead glued to Latin letters: as word_count
    assert reading_words("G7サミットで首脳宣言") == 4


def test_a_japanese_headline_over_a_story_of_sentences_is_taken():
    article = parse_text(f"{JA_HEADLINE}\n\n{JA_STORY}")
    assert article.headline == JA_HEADLINE and not article.headline_proposed


def test_a_japanese_page_opening_with_its_first_sentence_gets_a_proposal_not_a_headline():
    # the story's first sentence, closed by "。", is prose: the page prints no headline
    article = parse_text(JA_STORY)
    assert article.headline_proposed or not article.headline


def test_a_japanese_headline_chosen_among_other_candidate_lines_is_flagged():
    # the shapes' weights were set on spaced scripts: a choice among several lines is shown to the editor
    article = parse_text(f"港湾新報 地域ニュース一覧\n\n{JA_HEADLINE}\n\n{JA_STORY}")
    assert article.headline in ("港湾新報 地域ニュース一覧", JA_HEADLINE)
    assert _headline_warned(article)


def test_a_caption_opening_with_the_pictures_date_and_closing_with_its_credit_is_no_date_line():
    page = (f"{HEADLINE}\n\nCommuters wait for the last night bus of the season\n\n"
            "12 March 2024: Commuters wait at the depot. (Photo: Jane Doe)\n\n{BODY}").replace("{BODY}", BODY)
    article = parse_text(page)
    assert article.published is None or article.published_source == "guessed"
