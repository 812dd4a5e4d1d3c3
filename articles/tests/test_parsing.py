"""Tests for the raw-article parser (articles.ingest.parsing). Pure Python, no database."""

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from articles.ingest.parsed_article import ParseError, ParsedArticle
from articles.ingest.parsing import parse_file, parse_html, parse_json_record, parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "parsing"
UTC = timezone.utc
BODY = (
    "The government announced new measures on Tuesday to curb rising energy prices across the country.\n\n"
    "Officials said the package would cost about 2 billion euros over two years."
)


def text_with_head(*head_lines: str) -> str:
    return "Ministers unveil plan to curb energy prices\n\n" + "\n".join(head_lines) + "\n\n" + BODY


# --- the seed sample -------------------------------------------------------------------------

def test_seed_sample_is_parsed_completely():
    article = parse_text((FIXTURES / "seed-article.txt").read_text(encoding="utf-8"))

    assert article.headline == "Russia and China reach agreement on intensifying cooperation between the two countries"
    assert article.headline_proposed is True
    assert "No headline found; proposed one from the caption." in article.warnings
    assert article.published == datetime(2022, 12, 21, 9, 11, tzinfo=UTC)
    assert article.published_source == "parsed"
    assert article.byline == "By Matthew Roscoe"
    assert article.authors == ["Matthew Roscoe"]
    assert article.image_caption == "Russia and China reach agreement on intensifying cooperation between the two countries."
    assert article.image_credit == "Anton Veselov/Shutterstock.com"
    # The sample file holds 7 body paragraphs after its metadata and caption lines.
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("RUSSIA’S former president Dmitry Medvedev")
    assert article.paragraphs[-1].endswith("including the SCO, BRICS and The G20.")
    assert not any("Image:" in p or "Matthew Roscoe" in p for p in article.paragraphs)
    assert article.published.isoformat() == "2022-12-21T09:11:00+00:00"


def test_seed_sample_body_date_is_not_taken_as_publication_date_when_a_real_one_exists():
    article = parse_text((FIXTURES / "seed-article.txt").read_text(encoding="utf-8"))
    assert article.published_source == "parsed"
    assert not any("guessed" in w for w in article.warnings)


# --- headline and standfirst ------------------------------------------------------------------

def test_first_short_line_is_the_headline_and_the_line_before_the_byline_the_standfirst():
    article = parse_text(
        "Ministers unveil plan to curb energy prices\n\n"
        "Households will get help with bills from April, the finance minister says\n\n"
        "By Jane Doe\nPublished 3 March 2021\n\n" + BODY
    )
    assert article.headline == "Ministers unveil plan to curb energy prices"
    assert article.headline_proposed is False
    assert article.standfirst == "Households will get help with bills from April, the finance minister says"
    assert article.paragraphs == BODY.split("\n\n")


def test_a_section_label_above_the_headline_is_skipped():
    article = parse_text("WORLD\nMinisters unveil plan to curb energy prices\nBy Jane Doe\n\n" + BODY)
    assert article.headline == "Ministers unveil plan to curb energy prices"
    assert "WORLD" not in article.paragraphs


def test_headline_is_proposed_from_the_lead_paragraph_when_there_is_no_caption():
    article = parse_text("By Jane Doe\n3 March 2021\n\n" + BODY)
    assert article.headline_proposed is True
    assert article.headline == "The government announced new measures on Tuesday to curb rising energy prices across the country"
    assert "No headline found; proposed one from the lead paragraph." in article.warnings


def test_proposed_headline_is_trimmed_at_a_word_boundary():
    lead = ("ONE two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen. Second sentence.")
    article = parse_text("By Jane Doe\n\n" + lead)
    assert article.headline == "One two three four five six seven eight nine ten eleven twelve"
    assert article.headline_proposed


# --- bylines ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("BY JANE DOE", ["Jane Doe"]),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Ann Bell, Bob Cole and Cy Dunn", ["Ann Bell", "Bob Cole", "Cy Dunn"]),
        ("By Ann Bell & Bob Cole", ["Ann Bell", "Bob Cole"]),
        ("By Jane Doe, Reuters", ["Jane Doe"]),
        ("By Jane Doe, Political Editor", ["Jane Doe"]),
        ("By Jane Doe in Brussels", ["Jane Doe"]),
        ("By Jane Doe | AP", ["Jane Doe"]),
        ("Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("By José Álvarez and Zoë Ní Bhriain", ["José Álvarez", "Zoë Ní Bhriain"]),
        ("By Łukasz Żak", ["Łukasz Żak"]),
        ("By Pieter van der Berg", ["Pieter van der Berg"]),
        ("By Ahmed al-Sayed", ["Ahmed al-Sayed"]),
        ("By J. K. Rowling", ["J. K. Rowling"]),
        ("By Siobhan O'Brien and Anna Smith-Jones", ["Siobhan O'Brien", "Anna Smith-Jones"]),
        ("BY SEAN O'BRIEN AND ANNA VON STEIN", ["Sean O'Brien", "Anna von Stein"]),
        ("By Jane Doe with additional reporting by John Smith", ["Jane Doe"]),
        ("By Dr Grace Achieng and Prof. Peter Lual Deng", ["Grace Achieng", "Peter Lual Deng"]),
        ("By Professor Jane Doe, Political Editor", ["Jane Doe"]),
        ("Story by Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Smith, Associated Press", ["Jane Doe", "John Smith"]),
    ],
)
def test_byline_variants_give_person_names_and_keep_the_byline_as_printed(line, authors):
    article = parse_text(text_with_head(line, "3 March 2021"))
    assert article.byline == line
    assert article.authors == authors
    assert line not in article.paragraphs


@pytest.mark.parametrize("line", ["By Reuters", "By AFP", "By Associated Press", "By Reuters staff"])
def test_agency_only_byline_has_no_authors_and_says_so(line):
    article = parse_text(text_with_head(line, "3 March 2021"))
    assert article.byline == line
    assert article.authors == []
    assert any("names no person" in w for w in article.warnings)


def test_byline_and_date_sharing_one_line_are_both_read():
    article = parse_text(text_with_head("By Jane Doe | 3 March 2021 | 10:15 GMT"))
    assert article.byline == "By Jane Doe"
    assert article.published == datetime(2021, 3, 3, 10, 15, tzinfo=UTC)


def test_headline_containing_by_is_not_a_byline():
    article = parse_text("Man bitten By Police Dog in park\n\n" + BODY)
    assert article.headline == "Man bitten By Police Dog in park"
    assert article.byline == ""


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published 3 March 2021", datetime(2021, 3, 3, tzinfo=UTC)),
        ("Published: 03/03/2021 10:15", datetime(2021, 3, 3, 10, 15, tzinfo=UTC)),
        ("2021-03-03T10:15:00+01:00", datetime(2021, 3, 3, 9, 15, tzinfo=UTC)),
        ("March 3, 2021 10:15 am", datetime(2021, 3, 3, 10, 15, tzinfo=UTC)),
        ("March 3, 2021 at 9:30 p.m. GMT", datetime(2021, 3, 3, 21, 30, tzinfo=UTC)),
        ("3 Mar 2021, 22:05 GMT", datetime(2021, 3, 3, 22, 5, tzinfo=UTC)),
        ("Wednesday 3 March 2021 10.15 GMT", datetime(2021, 3, 3, 10, 15, tzinfo=UTC)),
        ("Fri 5 Jul 2024 06.12 BST", datetime(2024, 7, 5, 5, 12, tzinfo=UTC)),
        ("3 March 2021 10:15 CET", datetime(2021, 3, 3, 9, 15, tzinfo=UTC)),
        ("March 3, 2021 10:15 EST", datetime(2021, 3, 3, 15, 15, tzinfo=UTC)),
        ("July 3, 2021 10:15 ET", datetime(2021, 7, 3, 14, 15, tzinfo=UTC)),
        ("Published: 25/03/2021", datetime(2021, 3, 25, tzinfo=UTC)),
        ("Published: 03/25/2021", datetime(2021, 3, 25, tzinfo=UTC)),
        ("7 February 2023, 14:50 (GMT+3)", datetime(2023, 2, 7, 11, 50, tzinfo=UTC)),
        ("Last updated on 20 December 2023, 17:05 AEDT | Published on 20 December 2023, 14:30 AEDT",
         datetime(2023, 12, 20, 3, 30, tzinfo=UTC)),
        ("16.03.2023 08:15 CET", datetime(2023, 3, 16, 7, 15, tzinfo=UTC)),
        ("Nov 1, 2023, 6:00 AM EDT", datetime(2023, 11, 1, 10, 0, tzinfo=UTC)),
        ("2024-01-16 14:25:00", datetime(2024, 1, 16, 14, 25, tzinfo=UTC)),
    ],
)
def test_date_variants_in_the_head_are_parsed_as_aware_datetimes(line, expected):
    article = parse_text(text_with_head("By Jane Doe", line))
    assert article.published == expected
    assert article.published.tzinfo is not None
    assert article.published_source == "parsed"


def test_closing_reuters_credit_line_names_the_reporters_not_the_editors():
    text = (
        "Ministers unveil plan to curb energy prices\n\n3 March 2021\n\n" + BODY
        + "\n\nReporting by Ann Bell in Paris and Bob Cole; Editing by Cy Dunn"
    )
    article = parse_text(text)
    assert article.authors == ["Ann Bell", "Bob Cole"]
    assert not any("Editing by" in paragraph for paragraph in article.paragraphs)


def test_published_date_is_preferred_over_updated_date():
    article = parse_text(text_with_head("By Jane Doe", "Updated: 5 March 2021 09:00", "Published: 3 March 2021 10:15"))
    assert article.published == datetime(2021, 3, 3, 10, 15, tzinfo=UTC)


def test_ambiguous_numeric_date_without_hints_is_read_day_first_and_flagged():
    article = parse_text(text_with_head("By Jane Doe", "Published: 03/04/2021"))
    assert article.published == datetime(2021, 4, 3, tzinfo=UTC)
    assert article.published_source == "guessed"
    assert any("day/month" in w for w in article.warnings)


def test_us_word_dates_elsewhere_make_numeric_dates_month_first():
    article = parse_text(text_with_head("By Jane Doe", "Published: 03/04/2021") + "\n\nThe vote is on March 9, 2021.")
    assert article.published == datetime(2021, 3, 4, tzinfo=UTC)
    assert article.published_source == "parsed"


def test_a_date_in_the_body_is_only_a_guess_when_nothing_else_exists():
    article = parse_text("Ministers unveil plan\n\nBy Jane Doe\n\nThe plan was first discussed on 3 March 2021 in Paris.")
    assert article.published == datetime(2021, 3, 3, tzinfo=UTC)
    assert article.published_source == "guessed"
    assert any("guessed" in w for w in article.warnings)


def test_weekday_and_day_in_the_body_give_a_guessed_date():
    article = parse_text("Ministers meet\n\nBy Jane Doe\n\nMedvedev met Xi in Beijing on Wednesday, December 21, to talk.")
    assert article.published == datetime(2022, 12, 21, tzinfo=UTC)
    assert article.published_source == "guessed"


def test_date_in_the_source_url_is_a_guess():
    article = parse_text("Ministers meet\n\nBy Jane Doe\n\n" + BODY + "\n\nSource: https://news.example/2021/03/03/ministers-meet")
    assert article.source_url == "https://news.example/2021/03/03/ministers-meet"
    assert article.published == datetime(2021, 3, 3, tzinfo=UTC)
    assert article.published_source == "guessed"


# --- credits and captions --------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, caption, credit",
    [
        ("Farmers protest in Brussels. Image: Anton Veselov/Shutterstock.com", "Farmers protest in Brussels.", "Anton Veselov/Shutterstock.com"),
        ("Farmers protest in Brussels. Photo: Jean Dupont (AFP)", "Farmers protest in Brussels.", "Jean Dupont (AFP)"),
        ("Farmers protest in Brussels. Picture: PA", "Farmers protest in Brussels.", "PA"),
        ("Farmers protest in Brussels. Photograph: Sean Smith/The Guardian", "Farmers protest in Brussels.", "Sean Smith/The Guardian"),
        ("Farmers protest in Brussels. Credit: Reuters", "Farmers protest in Brussels.", "Reuters"),
        ("Farmers protest in Brussels (Getty Images)", "Farmers protest in Brussels", "Getty Images"),
        ("Farmers protest in Brussels (Photo: Reuters)", "Farmers protest in Brussels", "Reuters"),
        ("Farmers protest in Brussels. © Jean Dupont", "Farmers protest in Brussels.", "Jean Dupont"),
        ("Farmers protest in Brussels (c) AFP", "Farmers protest in Brussels", "AFP"),
        ("Farmers protest in Brussels | Photo: AP", "Farmers protest in Brussels", "AP"),
        ("Farmers protest in Brussels. File photo: Jeroen Bakker/ANP", "Farmers protest in Brussels.", "Jeroen Bakker/ANP"),
        ("Farmers protest in Brussels. (Photo by Ann Lee/AFP via Getty Images)", "Farmers protest in Brussels.",
         "Ann Lee/AFP via Getty Images"),
        ("Farmers protest in Brussels. Source: AP Photo/Tom Walsh", "Farmers protest in Brussels.", "AP Photo/Tom Walsh"),
    ],
)
def test_caption_line_after_the_byline_block_is_split_into_caption_and_credit(line, caption, credit):
    article = parse_text(text_with_head("By Jane Doe", "3 March 2021", "", line))
    assert (article.image_caption, article.image_credit) == (caption, credit)
    assert line not in article.paragraphs
    assert article.paragraphs == BODY.split("\n\n")


def test_caption_followed_by_a_credit_only_line():
    article = parse_text(text_with_head("By Jane Doe", "", "Farmers protest in Brussels.", "Photo: Reuters"))
    assert (article.image_caption, article.image_credit) == ("Farmers protest in Brussels.", "Reuters")


def test_paragraph_mentioning_reuters_is_not_a_caption():
    body = "The minister told Reuters the deal was done.\n\nTalks continue."
    article = parse_text("Deal done\n\nBy Jane Doe\n\n" + body)
    assert article.image_caption == "" and article.image_credit == ""
    assert article.paragraphs == ["The minister told Reuters the deal was done.", "Talks continue."]


# --- plain-text noise ------------------------------------------------------------------------

def test_noise_is_cleaned_but_curly_quotes_are_kept():
    raw = (
        "Ministers\u00a0unveil plan\r\n\r\n\r\n\r\nBy Jane\u200b Doe\r\n3 March 2021\r\n\r\n"
        "“We will act,” the minister said.\r\n\r\nAdvertisement\r\n\r\nRead more: Energy bills soar\r\n\r\n"
        "Talks continue.\r\n\r\nSource: https://news.example/plan\r\n\r\nShare this:\r\nFacebook\r\nTwitter\r\n"
        "Related articles\r\nEnergy bills soar\r\n"
    )
    article = parse_text(raw)
    assert article.headline == "Ministers unveil plan"
    assert article.authors == ["Jane Doe"]
    assert article.paragraphs == ["“We will act,” the minister said.", "Talks continue."]
    assert article.source_url == "https://news.example/plan"


@pytest.mark.parametrize("word", [
    "\u0645\u06cc\u200c\u0634\u0648\u062f",  # Persian: the non-joiner between the prefix and the verb
    "\u0c95\u0ccd\u200c\u0ca8",  # Kannada: a non-joiner after the virama keeps the consonants apart
    "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala "Sri": the joiner makes the conjunct
])
def test_a_joiner_inside_a_word_of_a_script_that_spells_with_it_is_kept(word):
    from articles.ingest.parsing_cleanup import normalise_text

    assert normalise_text(word) == word
    assert normalise_text(f"\u200c{word} Pol\u200dice") == f"{word} Police"  # at a word's edge, among Latin: noise


def test_a_headline_in_persian_keeps_its_non_joiners_and_stray_invisible_characters_still_go():
    headline = "\u0628\u0627\u0631\u0627\u0646 \u0645\u06cc\u200c\u0628\u0627\u0631\u062f"  # "rain falls"
    raw = (f"{headline}\n\nBy Jane\u200c Doe\n3 March 2021\n\n"
           "The harbour\u200d was closed on Tuesday after the storm reached the coast, officials said.\n")
    article = parse_text(raw)
    assert article.headline == headline
    assert article.authors == ["Jane Doe"]  # a non-joiner beside Latin letters is the scraper's noise
    assert article.paragraphs[0].startswith("The harbour was closed")


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    article = parse_text("Plan unveiled\n\nBy Jane Doe\n\nThe government announced new measures on Tuesday to\ncurb rising prices.")
    assert article.paragraphs == ["The government announced new measures on Tuesday to curb rising prices."]


# --- never invents ---------------------------------------------------------------------------

def test_missing_date_stays_empty_with_a_warning():
    article = parse_text("Plan unveiled\n\nBy Jane Doe\n\nThe government announced new measures.")
    assert article.published is None
    assert article.published_source == ""
    assert "No publication date found." in article.warnings


def test_missing_byline_stays_empty_with_a_warning():
    article = parse_text("Plan unveiled\n\n3 March 2021\n\nThe government announced new measures.")
    assert article.byline == "" and article.authors == []
    assert "No byline found." in article.warnings


def test_empty_text_produces_warnings_not_facts():
    article = parse_text("")
    assert article == ParsedArticle(warnings=article.warnings)
    assert {"No publication date found.", "No headline found.", "No byline found.", "No body paragraphs found."} <= set(article.warnings)


def test_a_byline_and_a_dated_line_under_the_headline_are_read():
    article = parse_text(text_with_head("By Jane Doe", "3 March 2021 10:15 GMT"))
    assert article.published.isoformat() == "2021-03-03T10:15:00+00:00"
    assert article.authors == ["Jane Doe"]
    assert article.body_text == BODY


# --- HTML ------------------------------------------------------------------------------------

def test_html_page_metadata_comes_first():
    article = parse_html((FIXTURES / "jsonld-article.html").read_text(encoding="utf-8"), url="https://ledger.example/x")
    assert article.headline == "Ministers agree grain deal after all-night talks"
    assert article.standfirst == "Farmers' groups say the compromise comes too late"
    assert article.published == datetime(2021, 3, 3, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.published_source == "given"
    assert article.authors == ["Jane Doe", "Łukasz Żak"]
    assert article.byline == "By Jane Doe and Łukasz Żak in Brussels"
    assert article.image_caption == "Farmers protest outside the Council building in Brussels."
    assert article.image_credit == "Jean Dupont/AFP"
    assert article.outlet == "The Continental Ledger"
    assert article.language == "en-GB"
    assert article.source_url == "https://ledger.example/europe/2021/03/03/grain-deal"
    assert article.paragraphs == [
        "EU agriculture ministers agreed early on Wednesday to extend duty-free grain imports, ending a dispute that had split the bloc for months.",
        "The compromise caps imports of wheat and maize at last year’s levels, a concession to Poland and Hungary.",
        "“It is a fair deal,” said one diplomat. Talks will continue in April.",
    ]
    assert not article.warnings


def test_html_with_only_meta_tags():
    page = """<html lang="fr"><head>
      <meta property="og:title" content="Storm hits coast">
      <meta property="og:description" content="Thousands without power">
      <meta property="og:url" content="https://news.example/storm">
      <meta property="og:site_name" content="News Example">
      <meta property="article:published_time" content="2021-03-03T22:05:00Z">
      <meta name="author" content="Jane Doe">
    </head><body><div><p>A storm hit the coast overnight.</p><p>Power was cut to thousands.</p></div></body></html>"""
    article = parse_html(page)
    assert article.headline == "Storm hits coast"
    assert article.standfirst == "Thousands without power"
    assert article.published == datetime(2021, 3, 3, 22, 5, tzinfo=UTC)
    assert article.published_source == "given"
    assert article.authors == ["Jane Doe"]
    assert (article.source_url, article.outlet, article.language) == ("https://news.example/storm", "News Example", "fr")
    assert article.paragraphs == ["A storm hit the coast overnight.", "Power was cut to thousands."]


def test_html_with_only_visible_text():
    page = """<html><body><nav>Home | World</nav><article><h1>Storm hits coast</h1>
      <p>By JANE DOE</p><p>Published 3 March 2021 22:05 GMT</p>
      <p>A storm hit the coast overnight.</p><p>Sign up for our newsletter</p>
      <p>Share this article</p><p>Power was cut to thousands.</p></article>
      <script>alert("x")</script><style>p{}</style></body></html>"""
    article = parse_html(page, url="https://news.example/storm")
    assert article.headline == "Storm hits coast"
    assert article.byline == "By JANE DOE" and article.authors == ["Jane Doe"]
    assert article.published == datetime(2021, 3, 3, 22, 5, tzinfo=UTC)
    assert article.published_source == "parsed"
    assert article.paragraphs == ["A storm hit the coast overnight.", "Power was cut to thousands."]
    assert article.source_url == "https://news.example/storm"


def test_html_time_element_is_given_and_figcaption_credit_is_split():
    page = """<html><body><article><h1>Storm hits coast</h1><time datetime="2021-03-03T10:15:00-05:00">March 3</time>
      <figure><figcaption>Waves hit the harbour wall. Photo: Ann Lee/AP</figcaption></figure>
      <p>A storm hit the coast overnight.</p></article></body></html>"""
    article = parse_html(page)
    assert article.published == datetime(2021, 3, 3, 15, 15, tzinfo=UTC)
    assert article.published_source == "given"
    assert (article.image_caption, article.image_credit) == ("Waves hit the harbour wall.", "Ann Lee/AP")


@pytest.mark.parametrize(
    "photo",
    [
        '<div class="photo"><img src="a.jpg"><div class="photo-caption">Waves hit the harbour wall. '
        "Credit: Ann Lee/AP</div></div>",
        '<p class="pic-caption">Waves hit the harbour wall. Photograph: Ann Lee/AP</p>',
        '<figure class="media"><img src="a.jpg"><div class="media-caption"><span class="media-caption__text">'
        'Waves hit the harbour wall.</span> <span class="media-credit">Photograph: Ann Lee/AP</span></div></figure>',
        '<figure><img src="a.jpg"><figcaption itemprop="caption">Waves hit the harbour wall.</figcaption>'
        '<span class="credit">Photo: Ann Lee/AP</span></figure>',
        '<div class="image-meta"><img src="a.jpg"><p class="caption">Waves hit the harbour wall.</p>'
        '<p class="credit">Photograph: Ann Lee/AP</p></div>',
        '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Waves hit the harbour wall. '
        "Photo: Ann Lee/AP</p></div>",
    ],
)
def test_html_captions_outside_figcaption_are_found_and_kept_out_of_the_body(photo):
    page = f"""<html><body><div class="story"><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
      {photo}<p>A storm hit the coast overnight.</p><p>Power was cut to thousands.</p></div></body></html>"""
    article = parse_html(page)
    assert (article.image_caption, article.image_credit) == ("Waves hit the harbour wall.", "Ann Lee/AP")
    assert article.paragraphs == ["A storm hit the coast overnight.", "Power was cut to thousands."]


def test_html_site_menus_tickers_and_sidebars_are_not_body_text():
    page = """<html><body>
      <table id="top-bar"><tr><td><a href="/ireland">Ireland</a> | <a href="/wales">Wales</a></td></tr></table>
      <div class="site-nav"><a href="/kenya">Kenya</a> <a href="/uganda">Uganda</a></div>
      <div class="nav-menu"><a href="/israel">Israel</a></div>
      <div class="breaking-bar">JUST IN: Fiji coach to stay on</div>
      <div class="story"><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
      <p>A storm hit the coast overnight.</p><p>Power was cut to thousands.</p></div>
      <div class="widget-latest"><a href="/ghana">Ghana cocoa farmers face losses</a></div>
      <div id="sidebar"><h3>Trending</h3><p><a href="/somalia">Somalia votes</a></p></div>
    </body></html>"""
    article = parse_html(page)
    assert article.paragraphs == ["A storm hit the coast overnight.", "Power was cut to thousands."]


def test_html_json_ld_author_as_string_and_list_of_strings():
    for author in ('"Jane Doe"', '["Jane Doe", "John Smith"]'):
        page = f"""<html><head><script type="application/ld+json">
          {{"@type": "ReportageNewsArticle", "headline": "H", "author": {author}}}</script></head>
          <body><p>Text.</p></body></html>"""
        assert parse_html(page).authors[0] == "Jane Doe"


def test_broken_json_ld_is_ignored():
    page = '<html><head><script type="application/ld+json">{not json</script><title>T</title></head><body><h1>Real headline</h1><p>Text.</p></body></html>'
    article = parse_html(page)
    assert article.headline == "Real headline"
    assert article.paragraphs == ["Text."]


# --- JSON records and files ------------------------------------------------------------------

def test_json_record_fields_are_given():
    article = parse_json_record({
        "title": "Parliament passes budget", "content": "The budget passed.\n\nOpposition voted against.",
        "date": "2021-03-03 10:15", "authors": [{"name": "Jane Doe"}, "JOHN SMITH"],
        "link": "https://example.org/budget", "source": "The Daily Example", "lang": "en",
        "image_caption": "MPs in the chamber.", "image_credit": "Jean Dupont/AFP",
    })
    assert article.headline == "Parliament passes budget"
    assert article.published == datetime(2021, 3, 3, 10, 15, tzinfo=UTC) and article.published_source == "given"
    assert article.authors == ["Jane Doe", "John Smith"]
    assert article.paragraphs == ["The budget passed.", "Opposition voted against."]
    assert (article.source_url, article.outlet, article.language) == ("https://example.org/budget", "The Daily Example", "en")
    assert (article.image_caption, article.image_credit) == ("MPs in the chamber.", "Jean Dupont/AFP")


def test_json_record_with_html_body_and_no_date():
    article = parse_json_record({"headline": "H", "body": "<p>One.</p><script>x()</script><p>Two &amp; three.</p>", "byline": "By Jane Doe"})
    assert article.paragraphs == ["One.", "Two & three."]
    assert article.byline == "By Jane Doe" and article.authors == ["Jane Doe"]
    assert article.published is None and "No publication date found." in article.warnings


def test_jsonl_file_gives_one_article_per_non_empty_line():
    articles = parse_file("batch.jsonl", (FIXTURES / "records.jsonl").read_bytes())
    assert [a.headline for a in articles] == ["Parliament passes budget", "Storm closes ports"]
    assert articles[1].authors == [] and articles[1].byline == "By Reuters"


def test_bad_jsonl_line_names_its_line_number():
    data = b'{"title": "ok", "body": "Text."}\n\n{"title": broken}\n'
    with pytest.raises(ParseError, match="Line 3"):
        parse_file("batch.jsonl", data)
    with pytest.raises(ParseError, match="Line 1"):
        parse_file("batch.jsonl", b"[1, 2]\n")


@pytest.mark.parametrize(
    "data",
    [
        "Plan unveiled\n\nBy José Álvarez\n\n“Café” prices rose.".encode("utf-8"),
        "Plan unveiled\n\nBy José Álvarez\n\n“Café” prices rose.".encode("utf-8-sig"),
        "Plan unveiled\n\nBy José Álvarez\n\n“Café” prices rose.".encode("cp1252"),
    ],
)
def test_text_files_decode_utf8_with_or_without_bom_and_fall_back_to_cp1252(data):
    [article] = parse_file("story.TXT", data)
    assert article.headline == "Plan unveiled"
    assert article.authors == ["José Álvarez"]
    assert article.paragraphs == ["“Café” prices rose."]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "latin-1"])
def test_utf16_with_a_bom_and_latin1_are_read_as_written(encoding):
    text = "Plan unveiled\n\nBy José Álvarez\n\nCafé prices rose by 4%, the région said."
    data = text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode("utf-16-be")
    [article] = parse_file("story.txt", data)
    assert article.authors == ["José Álvarez"]
    assert article.paragraphs == ["Café prices rose by 4%, the région said."]


@pytest.mark.parametrize(
    "data, reason",
    [
        (bytes(range(128, 256)) * 20, "byte 1 (0x81) cannot be read"),  # no NUL, nothing UTF-8 accepts
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "contains NUL characters: binary data"),
        ("éàüöñ¿¡ßøå".encode("cp1252") * 50, "most of its characters would be symbols"),
        (b"\xff\xfe" + "Plan".encode("utf-16-le") + b"\x00", "starts as UTF-16"),
    ],
)
def test_bytes_that_are_not_text_are_refused_with_the_reason(data, reason):
    with pytest.raises(ParseError, match="not text") as error:
        parse_file("junk.txt", data)
    assert reason in str(error.value)


def test_html_file_dispatch():
    [article] = parse_file("page.htm", (FIXTURES / "jsonld-article.html").read_bytes())
    assert article.headline == "Ministers agree grain deal after all-night talks"


@pytest.mark.parametrize("name, data", [("story.pdf", b"%PDF"), ("story", b"text"), ("empty.txt", b"  \n")])
def test_unreadable_files_raise_parse_error_with_a_reason(name, data):
    with pytest.raises(ParseError) as error:
        parse_file(name, data)
    assert str(error.value)


# --- the quick checks that skip slow patterns give the parser's own answers ---------------

from articles.ingest import boilerplate, date_order, date_patterns, dates, parsing_metadata_lines  # noqa: E402
from articles.ingest.scanning import matches_at, positions_of  # noqa: E402
from articles.tests.quick_checks import named, parsed_differently, some_labelled_articles  # noqa: E402


def test_quick_checks_change_no_parse_result(monkeypatch):
    """On a fifth of the labelled files, every script among them; `make bench-smoke` checks every file."""
    differing = parsed_differently(monkeypatch, some_labelled_articles())
    assert not differing, f"parsed differently without the quick checks: {named(differing)}"


_LINE_PIECES = [
    "By Jane Doe", "BY JANE DOE", "Published", "Updated:", "Monday,", "sat", "3", "21st", "March", "Mar.", "of",
    "2021", "2021-03-03T10:15Z", "03/04/2021", "10:15", "9.11", "am", "p.m.", "GMT", "ET", "(GMT+3)", "on", "at",
    "•", "|", ",", "-", "talks", "Reuters", "Political Editor", "said", "ſat", "Frİday", "\u212aST", "Image:",
]


def test_a_line_is_prose_only_where_the_full_check_says_it_is_no_metadata_line():
    import random

    rng = random.Random(3)
    for _ in range(20000):
        line = " ".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(1, 9)))
        if parsing_metadata_lines._reads_as_prose(line) and not parsing_metadata_lines.find_byline(line):
            assert parsing_metadata_lines.metadata_in(line, None, None) is None, line


@pytest.mark.parametrize("seed", range(3))
def test_patterns_tried_at_the_digits_only_find_what_a_scan_finds(seed):
    import random

    pieces = ["3", "12", "2021", "03/04/2021", "12.3.21", "1st", "of", "March", "Mar.", " ", ",", "/", "-", ".", "\n",
              "x", "\u0663", "\uff11", "\u00e9"]  # digits of other scripts, which a non-ASCII text may hold
    rng = random.Random(seed)
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        digits = date_order._digit_positions(text)
        assert digits == [match.start() for match in re.finditer(r"\d", text)], text
        for pattern in (date_patterns.NUMERIC, date_patterns.DAY_MONTH_YEAR_CORE, date_patterns.DAY_YEAR_CORE):
            assert [m.span() for m in matches_at(pattern, text, digits)] == [
                m.span() for m in pattern.finditer(text)
            ], text
        years = boilerplate.YEAR_RE  # a year starts with a "1" or a "2"
        assert [m.span() for m in matches_at(years, text, positions_of(text, "12"))] == [
            m.span() for m in years.finditer(text)
        ], text


@pytest.mark.parametrize("seed", range(3))
def test_counting_word_dates_the_fast_way_counts_the_same(seed):
    import random

    pieces = ["March", "march", "Mar.", "May", "Sept", "Monday,", " ", "  ", "\n", ",", "3", "12", "31st", "2021",
              "20211", "of", "x", "Mayday", "3rd", "-", "/", "\u00a0", "ſept"]
    rng = random.Random(seed)
    for _ in range(10000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert len(date_patterns.DAY_MONTH_YEAR_CORE.findall(text)) == len(date_patterns.DAY_MONTH_YEAR.findall(text)), text
        assert date_order._count_month_day_year(text) == len(date_patterns.MONTH_DAY_YEAR.findall(text)), text


def test_a_news_tickers_items_with_their_more_links_are_other_stories_not_the_body():
    text = ("Harbour board approves the new ferry timetable\n\n"
            "Últimas Noticias\n\n"
            "• Tribunal libera al alcalde de Villanueva tras dos años ver más\n\n"
            "• Court frees the mayor of Seaville after two years in jail read more\n\n"
            "The harbour board approved the new ferry timetable on Tuesday after a month of talks with the islands' "
            "councils, the board's chair said.\n\n"
            "Crossings will start half an hour earlier in summer and two late sailings will be added on Fridays.\n\n"
            "• The northern route will add a stop at the old pier, with music, food and more\n\n"
            "Councillors on the smaller islands said they would still press for a Sunday service in winter.")
    body = "\n".join(parse_text(text).paragraphs)
    assert "Tribunal" not in body and "Court frees" not in body
    assert "music, food and more" in body  # a list's item in the story, no link to another


@pytest.mark.parametrize("heading", [
    "14 responses to “Harbour board should publish the ferry accounts”",
    "3 comentarios en «Harbour board should publish the ferry accounts»",
])
def test_a_post_saved_without_its_title_takes_it_from_its_comments_heading(heading):
    text = ("The harbour board has yet to publish the accounts of the ferry service, three years after it promised "
            "to do so, and councillors say they are tired of waiting.\n\n"
            "The board's chair said the figures would be ready by the summer.\n\n"
            f"Related Link: Ferry fares rise again\n\n{heading}\n\n  1. @Miller\n\n    The accounts were due last year.")
    article = parse_text(text)
    assert article.headline == "Harbour board should publish the ferry accounts"
    assert not article.headline_proposed
    assert any(warning.startswith("The headline was read from the comments heading") for warning in article.warnings)


def test_a_picture_page_whose_only_text_is_the_caption_keeps_its_caption_and_credit():
    text = ("FILE - Ferry passengers board at the east pier in Seaville, Chile, on Monday, March 4, 2024. The harbour "
            "board approved a new timetable on Tuesday.(AP Photo/Lena Berg, File) Copyright 2024 The Associated Press. "
            "All rights reserved.")
    article = parse_text(text)
    assert article.image_credit == "AP Photo/Lena Berg, File"
    assert article.image_caption.startswith("FILE - Ferry passengers board")


def test_a_date_alone_over_the_lead_pictures_caption_is_the_mastheads_when_no_headline_is_printed():
    article = parse_text(
        "Sat. Apr 6th, 2024\n\n"
        "The harbour master at the new quay last week. AFP\n"
        "The port authority has said the quay will open to ferries in May, after two years of works, and that "
        "fishing boats will keep the old berths.\n"
        "Traders in the market welcomed the news and said the new ferries would bring more visitors.")
    assert article.image_credit == "AFP"
    assert any("stands above the headline" in warning for warning in article.warnings)


def test_a_datelines_place_before_a_bar_then_the_date_and_time_is_a_date_line():
    article = parse_text(
        "Night ferries return to the river crossing\n"
        "Lucknow (Uttar Pradesh) | March 4, 2025 8:05:10 AM IST\n"
        "The river authority brought back the night ferries on Monday after a month without them, officials said.\n\n"
        "Traders on both banks welcomed the news.")
    assert article.published.isoformat() == "2025-03-04T08:05:10+05:30"


def test_a_lower_case_byline_with_its_date_or_update_time_does_not_continue_the_headline():
    from articles.ingest.parsing_cleanup import split_units

    headline = "Harbour ferries return to the winter timetable next week"
    assert split_units(f"{headline}\nby Harbour TV 4 January 2016 Last updated at 08:34 AM") == [
        headline, "by Harbour TV 4 January 2016 Last updated at 08:34 AM"]
    # prose a scraper hard-wrapped still runs on: no date, no time on the line
    assert split_units("The council said the new timetable would be approved\nby Parliament before the summer.") == [
        "The council said the new timetable would be approved by Parliament before the summer."]


def test_a_blog_post_saved_as_one_line_splits_at_its_posted_on_date():
    line = ("Harbour ferries return to the winter timetable next week Posted on March 4, 2024 By harbourdesk "
            "VALLEYTOWN, March 3 — The ferry company said on Sunday that boats would run every hour from Monday, "
            "and that the evening crossings would stop at nine.")
    article = parse_text(line)
    assert article.headline == "Harbour ferries return to the winter timetable next week"
    assert not article.headline_proposed and article.published.date().isoformat() == "2024-03-04"
    # a sentence that mentions a posting date is no headline's end
    assert parse_text("The notice was posted on March 4, 2024 by the council and then removed. " * 3).headline_proposed


def test_a_wordpress_rest_answer_gives_the_text_of_its_rendered_fields():
    article = parse_json_record({
        "id": 52, "date": "2024-05-16T16:05:49", "date_gmt": "2024-05-16T13:05:49",
        "title": {"rendered": "Harbour ferries return to the winter timetable"},
        "content": {"rendered": "\n<p>Boats will run every hour from Monday.</p>\n\n<p>Evening crossings stop at nine.</p>"},
    })
    assert article.headline == "Harbour ferries return to the winter timetable"
    assert article.paragraphs == ["Boats will run every hour from Monday.", "Evening crossings stop at nine."]
    # a field that is some other object is left as it was
    assert parse_json_record({"title": "Ferries", "content": "Text.", "outlet": {"name": "Harbour Post"}}).outlet == \
        "Harbour Post"


def test_a_bulleted_post_by_line_is_a_byline_not_a_menu_item():
    body = ("The district council has agreed to rebuild the washed-out footbridge over the river before the rainy "
            "season, its chairman told residents on Saturday.\n\nWork is expected to take four months.")
    article = parse_text(f"Harbour ferries return to the winter timetable\n- Post By Ana Reyes\n- 10:24, 4 March, 2024\n{body}")
    assert article.authors == ["Ana Reyes"]
    # a bulleted menu's items are still dropped
    assert "Post Office" not in parse_text(f"Harbour ferries return\n- Home\n- Post Office\n{body}").paragraphs


def test_a_newsletter_promotion_in_french_or_under_a_dash_is_no_headline():
    body = ("The district council has agreed to rebuild the washed-out footbridge over the river before the rainy "
            "season, its chairman told residents on Saturday.\n\nWork is expected to take four months.")
    article = parse_text("Sorties à Valleyville – La newsletter\n"
                         "Vous cherchez des sorties ? Abonnez-vous gratuitement à la newsletter !\n" + body)
    assert article.headline_proposed
    assert not any("newsletter" in p for p in article.paragraphs)
    # a story about a newsletter keeps its headline
    assert parse_text("Council launches a newsletter for residents\n" + body).headline == \
        "Council launches a newsletter for residents"


@pytest.mark.parametrize("text", [
    "Posted on Tuesday, the third of March, by the harbour desk",
    "Updated March 3, 2021 at 10:15 GMT",
    "By Jane Doe • 03/04/2021 • 9:11",
    "Publié le 3 mars 2021 à 10h30",
    "2021年3月3日",
    "Sent \u0663/\u0664/\u0662\u0660\u0662\u0661",  # Arabic-Indic digits, which \d reads too
])
def test_find_dates_quick_digit_test_finds_what_the_full_scan_finds(monkeypatch, text):
    quick = dates.find_dates(text)
    # Patched: the quick digit test is an internal short-cut with no switch of its own; this is its equivalence test.
    monkeypatch.setattr(dates, "_ANY_DIGIT", re.compile(""))
    dates._dates_found.cache_clear()  # its answers were cached with the quick test on
    assert dates.find_dates(text) == quick
    assert bool(quick) == bool(re.search(r"\d", text))  # each with a digit holds a date


def test_find_dates_remembered_answer_is_a_new_list_each_time():
    line = "By Mara Quill • 14 February 2023 • 08:40"
    first = dates.find_dates(line)
    first.clear()  # a caller's own list: changing it leaves the next answer whole
    again = dates.find_dates(line)
    assert [found.value.date().isoformat() for found in again] == ["2023-02-14"]
    assert again is not dates.find_dates(line)
    numeric = "Filed 03/04/2021"  # the day order is part of what is remembered
    assert [found.value.month for found in dates.find_dates(numeric, True)] == [4]
    assert [found.value.month for found in dates.find_dates(numeric, False)] == [3]
    long_text = "The ferry timetable changed again. " * 60 + line  # longer than what is remembered
    remembered = dates._dates_found.cache_info().currsize
    assert [found.printed for found in dates.find_dates(long_text)] == [found.printed for found in again]
    assert dates._dates_found.cache_info().currsize == remembered



def test_a_date_read_from_a_page_without_a_headline_line_is_marked_guessed():
    from articles.ingest.parsed_article import GUESSED

    front = parse_text("Thursday, June 12, 2025\n\nLatest news\n\nHarbour board approves new ferry berth\n\n"
                       "The harbour board on Wednesday approved a second ferry berth for the island route, its chair "
                       "said...\n\nRail strike called off after late talks\n\nThe drivers' union called off Friday's "
                       "strike after talks ran past midnight with the operator...")
    headed = parse_text("Plan unveiled\n\n3 March 2021\n\nThe government announced new measures.")
    assert front.published.date().isoformat() == "2025-06-12" and front.published_source == GUESSED
    assert any(w.startswith("The date “Thursday, June 12, 2025” was read from a page where no headline") for w in front.warnings)
    signed = parse_text("12 June 2025 14:05 By Lena Okafor\n\nThe harbour board on Wednesday approved a second "
                        "ferry berth for the island route, its chair said, after two years of delays.")
    assert headed.published_source != GUESSED and not any("no headline line" in w for w in headed.warnings)
    assert signed.published_source != GUESSED  # a date beside a byline is the article's


def test_a_date_on_a_short_line_set_apart_with_a_label_run_into_it_is_a_flagged_guess():
    from articles.ingest.parsed_article import GUESSED
    from articles.ingest.parsing import _guess_date

    def guessed_from(*left_out: str) -> ParsedArticle:
        article = ParsedArticle(headline="Rowing club opens its boathouse", paragraphs=["The club opened its doors."],
                                left_out=list(left_out))
        _guess_date(article, None, UTC)
        return article

    glued = guessed_from("harbourlive", "SportsJune 4, 2019")
    labelled = guessed_from("COASTAL NEWS (4/6/2019)")
    assert (glued.published.date().isoformat(), glued.published_source) == ("2019-06-04", GUESSED)
    assert labelled.published.date().isoformat() in {"2019-06-04", "2019-04-06"}
    assert any("“SportsJune 4, 2019”, a short line set apart" in warning for warning in glued.warnings)
    # a teaser's sentence around a date is another story's, not a label beside the article's date
    teaser = guessed_from("Read how the harbour rowers won the cup on 4 June 2019")
    assert teaser.published is None and "No publication date found." in teaser.warnings


@pytest.mark.parametrize("line, expected", [
    ("Posted 22/05/2566 13:31", (2023, 5, 22)),                       # Thailand's Buddhist era, 543 years ahead
    ("วันจันทร์ที่ 22 พฤษภาคม พ.ศ. 2566 เวลา 13:31 น.", (2023, 5, 22)),  # ... its month's name and the era's mark
    ("1402/03/01 - 13:31", (2023, 5, 22)),                              # Iran's Solar Hijri year in digits
    ("\u06f1\u06f4\u06f0\u06f3/\u06f1\u06f2/\u06f3\u06f0", (2025, 3, 20)),  # ... in Persian digits, a leap year's last day
    ("۱ فروردین ۱۴۰۳ | ۰۹:۱۵", (2024, 3, 20)),                          # ... its month's name: "1 Farvardin 1403"
    ("۱۵ حمل ۱۳۹۹", (2020, 4, 3)),                                      # ... Afghanistan's zodiac name for it
])
def test_a_date_in_a_local_calendars_year_is_read_as_its_gregorian_day(line, expected):
    found = dates.find_dates(line)
    assert found and (found[0].value.year, found[0].value.month, found[0].value.day) == expected


def test_a_solar_hijri_months_name_beside_a_gregorian_year_is_no_date():
    assert dates.find_dates("12 تیر 2020") == []  # "tir" is also a word (an arrow): only that calendar's years


def test_a_spaced_dash_before_the_year_is_read():
    found = dates.find_dates("Published on: September 7 – 2018")
    assert [(f.value.year, f.value.month, f.value.day) for f in found] == [(2018, 9, 7)]


def test_a_digits_only_date_of_a_year_before_1900_is_no_news_date():
    assert dates.find_dates("1445/05/12") == []            # a lunar Hijri year: not a Gregorian 15th-century day
    assert dates.find_dates("12/05/1445") == []
    assert dates.find_dates("On 25 October 1415 the battle")  # a history's date in words stays a date


@pytest.mark.parametrize("line, printed, ago", [
    ("3 hours ago", "3 hours ago", timedelta(hours=3)),
    ("Mara Obinwe · 9h ago", "9h ago", timedelta(hours=9)),
    ("an hour ago", "an hour ago", timedelta(hours=1)),
    ("Aktualisiert vor 2 Tagen", "vor 2 Tagen", timedelta(days=2)),
    ("il y a 3 heures", "il y a 3 heures", timedelta(hours=3)),
    ("hace 5 minutos", "hace 5 minutos", timedelta(minutes=5)),
    ("2 uur geleden", "2 uur geleden", timedelta(hours=2)),
    ("3 saat önce", "3 saat önce", timedelta(hours=3)),
    ("5 jam yang lalu", "5 jam yang lalu", timedelta(hours=5)),
    ("3 часа назад", "3 часа назад", timedelta(hours=3)),
    ("3時間前", "3時間前", timedelta(hours=3)),
    ("2일 전", "2일 전", timedelta(days=2)),
])
def test_a_relative_time_is_read_in_the_common_languages(line, printed, ago):
    from articles.ingest.relative_times import relative_time

    assert relative_time(line) == (printed, ago)


@pytest.mark.parametrize("line", ["In 3 hours", "ha 3 anni", "Ferry crews return after 9 days",
                                  "The ferry crews went back to work on Monday after the union signed, 3 hours ago, "
                                  "a new pay deal with the operator"])
def test_no_relative_time_in_a_future_a_duration_or_a_sentence(line):
    from articles.ingest.relative_times import relative_time

    assert relative_time(line) is None


STORY = ("The ferry crews of Kestrel Bay went back to work on Monday morning after the union signed a new pay deal "
         "with the operator, ending a strike that had lasted nine days.\n\nThe operator said the first boats left on "
         "time.\n")


def test_a_page_dated_only_by_a_relative_time_keeps_it_to_be_counted_back_at_import_flagged():
    article = parse_text(f"Harbour News\n\nFerry crews return to work after strike\n\nBy Mara Obinwe\n\n3 hours ago\n\n{STORY}")
    assert article.published is None and article.published_ago == timedelta(hours=3)  # parsing reads no clock
    assert article.published_printed == "3 hours ago"
    assert any("estimated" in w and "3 hours ago" in w and "time of import" in w for w in article.warnings)


def test_an_absolute_date_wins_over_a_relative_time():
    article = parse_text(f"Ferry crews return to work after strike\n\nBy Mara Obinwe\n\n3 hours ago\n\n"
                         f"Published 4 March 2024\n\n{STORY}")
    assert article.published.date() == date(2024, 3, 4) and article.published_ago is None


def test_a_relative_time_in_the_story_is_narrative_not_the_pages_date():
    article = parse_text("Ferry crews return to work after strike\n\nThe ferry crews went back to work on Monday after "
                         "the union signed a new pay deal with the operator, 3 hours ago by their count.\n")
    assert article.published is None and "No publication date found." in article.warnings
