"""The parser on pages as crawlers save them: navigation, kickers, repeated captions, feeds.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import json
from datetime import datetime, timedelta, timezone

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.dates import find_dates
from articles.ingest.parsed_article import GUESSED, ParseError
from articles.ingest.parsing import parse_file, parse_text
from articles.tests.invented_story import BODY


# --- time zones -------------------------------------------------------------------------------

def test_a_time_without_a_zone_is_read_in_the_source_time_zone_and_kept_as_printed():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n14 March 2024, 17:20\n\n" + BODY,
                         source_tz="Africa/Kampala")
    assert article.published == datetime(2024, 3, 14, 14, 20, tzinfo=timezone.utc)
    assert article.published_printed == "14 March 2024, 17:20"
    assert article.unzoned_time  # the preview says "read in Africa/Kampala" beside the date
    assert not any("time zone" in warning for warning in article.warnings)  # the editor's choice is no doubt


def test_a_time_without_a_zone_and_no_source_time_zone_is_read_as_utc_with_a_warning():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n14 March 2024, 17:20\n\n" + BODY)
    assert article.published == datetime(2024, 3, 14, 17, 20, tzinfo=timezone.utc)
    assert any("has no time zone" in warning for warning in article.warnings)


def test_a_printed_zone_wins_over_the_source_time_zone():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n14 March 2024, 17:20 GMT\n\n" + BODY,
                         source_tz="Asia/Tokyo")
    assert article.published == datetime(2024, 3, 14, 17, 20, tzinfo=timezone.utc)
    assert not any("has no time zone" in warning for warning in article.warnings)


def test_an_unknown_source_time_zone_is_refused():
    with pytest.raises(ParseError):
        parse_file("story.txt", b"Headline\n\nBody text here.", source_tz="Mars/Olympus")


# --- the crawler's date and dates that are not the article's ---------------------------------

def test_the_crawlers_date_line_dates_the_article_and_is_not_the_headline():
    article = parse_text(" date 2023-05-11 Night buses extended to the outer districts\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published == datetime(2023, 5, 11, tzinfo=timezone.utc)


def test_a_crawlers_month_alone_is_taken_off_the_text_and_dates_nothing():
    article = parse_text(" date 2023-05 Archieffoto: Jo Lim\n\n" + BODY)
    assert article.image_credit == "Jo Lim"
    assert article.published is None or article.published_source == GUESSED
    assert not any("2023-05" in text for text in [article.headline, *article.paragraphs])


def test_the_crawlers_date_tells_which_way_round_a_numeric_date_is():
    article = parse_text(" date 2023-05-11 Night buses extended\n\nPosted 11/05/2023 09:10\n\n" + BODY)
    assert article.published.date().isoformat() == "2023-05-11"
    assert article.published_source != GUESSED


def test_a_masthead_date_above_the_headline_is_only_a_guess():
    article = parse_text("Thursday, February 13, 2025\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert article.published.date().isoformat() == "2025-02-13"
    assert article.published_source == GUESSED
    assert any("above the headline" in warning for warning in article.warnings)


def test_a_published_line_beats_a_masthead_date():
    article = parse_text("Saturday, December 6, 2025\n\nNight buses extended to the outer districts\n\n"
                         "Published: 24 February 2021 18:49 PM\n\n" + BODY)
    assert article.published == datetime(2021, 2, 24, 18, 49, tzinfo=timezone.utc)


def test_only_an_updated_date_is_a_guess():
    article = parse_text("Night buses extended to the outer districts\n\nUpdated 23 November 2023\n\n" + BODY)
    assert article.published_source == GUESSED
    assert any("last-updated" in warning for warning in article.warnings)


@pytest.mark.parametrize("text, expected", [
    ("11 декабря 2025 в 18:14", datetime(2025, 12, 11, 18, 14, tzinfo=timezone.utc)),
    ("3 mars 2024 à 09:05", datetime(2024, 3, 3, 9, 5, tzinfo=timezone.utc)),
    ("12. Oktober 2022", datetime(2022, 10, 12, tzinfo=timezone.utc)),
    ("Addis Ababa May 16/2021 (ENA)", datetime(2021, 5, 16, tzinfo=timezone.utc)),
])
def test_dates_in_other_languages_and_forms(text, expected):
    assert find_dates(text)[0].value == expected


def test_a_source_in_brackets_before_the_date_line_leaves_it_a_date_line():
    article = parse_text("Night buses extended to the outer districts\n\n(City Daily Online) 14:45, January 04, 2024\n\n"
                         + BODY, source_tz="Asia/Shanghai")
    assert article.published == datetime(2024, 1, 4, 6, 45, tzinfo=timezone.utc)
    assert article.published_source == "parsed"


# --- what is and is not the headline --------------------------------------------------------

def test_navigation_and_a_kicker_above_the_headline_are_left_out_and_listed():
    page = ("Skip to main content\n\nHome / News / Transport\n\n• Latest\n• Business\n• Sport\n\nTRANSPORT\n\n"
            "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert "Home / News / Transport" in article.left_out
    assert article.authors == ["Ana Ruiz"]


def test_a_headline_the_page_prints_twice_is_chosen_over_a_section_name():
    page = ("Metro\n\nNight buses extended to the outer districts\n\nCouncil acts after a year of complaints "
            "from shift workers across the region\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert parse_text(page).headline == "Night buses extended to the outer districts"


def test_alt_text_and_a_caption_printed_twice_are_not_the_headline():
    page = ("Thursday, February 13, 2025\n\nCouncil backs night buses\n\nBus depot in the east\n"
            "Bus depot in the east\n\n" + BODY)
    assert parse_text(page).headline == "Council backs night buses"


def test_a_headline_above_a_longer_standfirst_and_a_byline_beats_the_standfirst():
    page = ("Night buses extended\n\nShift workers in the outer districts will get services until two in the "
            "morning from April\n\nBy Ana Ruiz\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended"
    assert article.standfirst.startswith("Shift workers")


def test_a_template_line_the_crawler_did_not_render_is_furniture():
    article = parse_text("{{newsPoint.title}}\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert "{{newsPoint.title}}" in article.left_out


# --- the lead picture -------------------------------------------------------------------------

@pytest.mark.parametrize("line, caption, credit", [
    ("The new depot in Eastfield. PHOTO | CITY COUNCIL", "The new depot in Eastfield.", "CITY COUNCIL"),
    ("The new depot in Eastfield. (File photo: Metro/Jo Lim)", "The new depot in Eastfield.", "Metro/Jo Lim"),
    ("Council leader Mary Okafor - FILE", "Council leader Mary Okafor", "FILE"),
    ("A bus leaves the depot on 3 October 2019. Tom DUVAL / AFP", "A bus leaves the depot on 3 October 2019.",
     "Tom DUVAL / AFP"),
    ("Mary Okafor: Picture: Sam Reid", "Mary Okafor", "Sam Reid"),
])
def test_credits_of_several_families_are_split_from_the_caption(line, caption, credit):
    article = parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY)
    assert (article.image_caption, article.image_credit) == (caption, credit)


def test_a_credit_line_under_its_caption_in_the_story_is_the_lead_picture_and_not_body():
    page = ("Night buses extended to the outer districts\n\n" + BODY.split("\n\n")[0] + "\n\n"
            "A night bus at the Eastfield depot.\n\nDT PHOTO: LEE MIN\n\n" + BODY.split("\n\n", 1)[1])
    article = parse_text(page)
    assert (article.image_caption, article.image_credit) == ("A night bus at the Eastfield depot.", "LEE MIN")
    assert not any("LEE MIN" in paragraph for paragraph in article.paragraphs)


def test_a_caption_printed_first_without_and_then_with_its_credit_is_kept_once():
    page = ("Night buses extended to the outer districts\n\n" + BODY.split("\n\n")[0] + "\n\n"
            "A night bus at the depot.\n\nA night bus at the depot. Credit: Sam Reid\n\n" + BODY.split("\n\n", 1)[1])
    article = parse_text(page)
    assert article.image_credit == "Sam Reid"
    assert "A night bus at the depot." not in article.paragraphs


def test_a_captioned_line_printed_twice_deep_in_the_story_is_the_pictures_wherever_it_stands():
    # Alt text and caption, each with its credit, after the story's eighth paragraph: the page's only picture.
    paragraphs = [f"Paragraph {n} of the council's report on the night buses goes on for a while here." for n in range(9)]
    line = "A night bus waits at the Eastfield depot. Photo: Sam Reid"
    article = parse_text("Night buses extended to the outer districts\n\n" + "\n\n".join(paragraphs) +
                         f"\n\n{line}\n{line}\n\n" + BODY)
    assert (article.image_caption, article.image_credit) == ("A night bus waits at the Eastfield depot.", "Sam Reid")
    assert line not in article.paragraphs


def test_a_table_cells_bar_after_the_credit_is_not_the_credits():
    article = parse_text("Night buses extended to the outer districts\n\n"
                         "A night bus at the Eastfield depot. Photo: Sam Reid/City News |\n\n" + BODY)
    assert article.image_credit == "Sam Reid/City News"


def test_a_pages_copyright_line_is_not_a_picture_credit():
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY
                         + "\n\nMetro Daily © 2023. All rights reserved")
    assert article.image_credit == ""


# --- bylines printed elsewhere ----------------------------------------------------------------

@pytest.mark.parametrize("line, authors", [
    ("Ana Ruiz", ["Ana Ruiz"]),
    ("Ana Ruiz in Kampala", ["Ana Ruiz"]),
    ("- By ANA RUIZ", ["Ana Ruiz"]),
])
def test_a_name_under_the_headline_is_its_byline(line, authors):
    assert parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY).authors == authors


@pytest.mark.parametrize("line", ["Staff Reporter", "Associated Press", "CNN This Morning", "Embed Video"])
def test_a_desk_an_agency_or_a_show_under_the_headline_is_not_a_person(line):
    assert parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY).authors == []


def test_a_closing_reporting_credit_names_the_reporter():
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY
                         + " (Reporting by Ana Ruiz and Tom Duval; Editing by Lee Min)")
    assert article.authors == ["Ana Ruiz", "Tom Duval"]
    assert any("not from a “By” line" in warning for warning in article.warnings)


def test_to_contact_the_reporter_names_the_reporter():
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY
                         + "\n\nTo contact the reporter on this story: Ana Ruiz in Lima at\naruiz@example.org")
    assert article.authors == ["Ana Ruiz"]


def test_a_one_line_biography_names_the_author_and_is_not_prose():
    article = parse_text("Night buses extended to the outer districts\n\n"
                         "Ana Ruiz is a transport reporter at the Metro Daily.\n\n" + BODY)
    assert article.authors == ["Ana Ruiz"]
    assert not any(paragraph.startswith("Ana Ruiz is") for paragraph in article.paragraphs)


# --- feeds and saved JSON ---------------------------------------------------------------------

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Metro Daily</title><pubDate>Sat, 16 May 2026 10:56:09 -0400</pubDate>
<item><title>Night buses extended</title><link>https://metro.example/night-buses</link>
<pubDate>Tue, 28 Apr 2026 00:10:52 +0300</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description><![CDATA[<p>The council voted to extend the night bus service.</p>]]></description>
<media:content url="https://metro.example/bus.jpg"><media:credit>Sam Reid</media:credit></media:content></item>
<item><title>Second story</title><description>Another story.</description></item>
</channel></rss>"""


def test_a_saved_feed_is_read_item_by_item():
    first, second = parse_file("feed.txt", FEED)
    assert first.headline == "Night buses extended"
    assert first.published == datetime(2026, 4, 28, 0, 10, 52, tzinfo=timezone(timedelta(hours=3)))
    assert first.authors == ["Ana Ruiz"]
    assert first.source_url == "https://metro.example/night-buses"
    assert first.image_credit == "Sam Reid"
    assert second.headline == "Second story"


def test_a_feed_never_loads_external_entities():
    hostile = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               b"<rss><channel><item><title>&x;Night buses</title><description>Text.</description></item></channel></rss>")
    [article] = parse_file("feed.txt", hostile)
    assert "root:" not in article.headline


def test_a_saved_json_answer_is_read_as_records():
    data = b'[{"Title": "Night buses extended", "Text": "<p>The council voted.\nIt was late.</p>", "date": "2024-03-14"}]'
    [article] = parse_file("saved.txt", data)
    assert article.headline == "Night buses extended"
    assert article.published.date().isoformat() == "2024-03-14"


def test_a_clear_headline_is_not_flagged_and_a_doubtful_one_is():
    clear = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert not any("headline was chosen" in warning for warning in clear.warnings)
    doubtful = parse_text("Council news and views\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert any("headline was chosen" in warning for warning in doubtful.warnings)


def test_a_byline_glued_to_the_end_of_the_headline_is_split_from_it():
    article = parse_text("Night buses extended to the outer districts By ANA RUIZ, Transport Writer\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == ["Ana Ruiz"]


@pytest.mark.parametrize("line, authors", [
    ("Ana Ruiz Senior Reporter", ["Ana Ruiz"]),
    ("President Mary Okafor", []),
])
def test_a_role_after_a_name_without_a_comma_and_a_title_before_one(line, authors):
    assert parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY).authors == authors


@pytest.mark.parametrize("line, credit", [
    ("A bus at the depot, 16 February 2016. REUTERS/Jo Lim", "REUTERS/Jo Lim"),
    ("Council leader Mary Okafor (File Photo| PTI)", "PTI"),
    ("Picture courtesy: Eastfield Transport Board", "Eastfield Transport Board"),
    ("© Provided by The Metro Press", "The Metro Press"),
    ("Metro Daily illustration", "Metro Daily illustration"),
])
def test_more_credit_families(line, credit):
    assert parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY).image_credit == credit


@pytest.mark.parametrize("line", ["Council papers (4)", "Storm warning issued [01/11/2015]"])
def test_numbers_and_dates_in_brackets_are_no_credit(line):
    assert parse_text("Night buses extended to the outer districts\n\n" + line + "\n\n" + BODY).image_credit == ""


def test_a_time_on_the_line_under_its_date_dates_the_article():
    article = parse_text("Night buses extended to the outer districts\n\nSaturday August 26, 2017\n06:50 PM GMT+8\n\n" + BODY)
    assert article.published == datetime(2017, 8, 26, 10, 50, tzinfo=timezone.utc)


# --- date lines in many languages, zones and forms (issue 12: rules that carry to unseen outlets) ---

@pytest.mark.parametrize("line, expected", [
    ("Publié le 14 mars 2024 à 10h30", datetime(2024, 3, 14, 10, 30, tzinfo=timezone.utc)),
    ("Veröffentlicht am 14. März 2024, 10:30 Uhr", datetime(2024, 3, 14, 10, 30, tzinfo=timezone.utc)),
    ("20:19 horas - Miércoles, 14 Marzo 2024", datetime(2024, 3, 14, 20, 19, tzinfo=timezone.utc)),
    ("14 de marzo de 2024", datetime(2024, 3, 14, tzinfo=timezone.utc)),
    ("Senin, 14 Maret 2024 10:30 WIB", datetime(2024, 3, 14, 3, 30, tzinfo=timezone.utc)),
    ("14 March 2024 10:30 EAT", datetime(2024, 3, 14, 7, 30, tzinfo=timezone.utc)),
    ("March 14, 2024 9:15 PKT", datetime(2024, 3, 14, 4, 15, tzinfo=timezone.utc)),
    ("14 March 2024, 08:00 WAT", datetime(2024, 3, 14, 7, 0, tzinfo=timezone.utc)),
    ("March 14, 2024 / 10:30 AM / 2 years ago", datetime(2024, 3, 14, 10, 30, tzinfo=timezone.utc)),
])
def test_a_date_line_in_another_language_or_zone_dates_the_article(line, expected):
    article = parse_text(f"Night buses extended\n\nBy Ana Ruiz\n{line}\n\n" + BODY)
    assert article.published == expected
    assert article.published_source != GUESSED


@pytest.mark.parametrize("lines", [
    "Publicado: 14/03/2024 10:30\nActualizado: 15/03/2024 11:00",
    "Actualizado: 15/03/2024 11:00\nPublicado: 14/03/2024 10:30",
    "Mis à jour le 15 mars 2024\nPublié le 14 mars 2024",
    "Aggiornato 15 marzo 2024 | Pubblicato 14 marzo 2024",
])
def test_the_publication_date_beats_the_update_whatever_the_language_and_order(lines):
    article = parse_text(f"Night buses extended\n\n{lines}\n\n" + BODY)
    assert article.published.date().isoformat() == "2024-03-14"


def test_a_zone_of_africa_or_asia_is_no_longer_read_as_utc():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n14 March 2024 10:30 EAT\n\n" + BODY,
                         source_tz="Europe/London")
    assert article.published == datetime(2024, 3, 14, 7, 30, tzinfo=timezone.utc)
    assert not any("has no time zone" in warning for warning in article.warnings)


# --- bylines as outlets everywhere print them --------------------------------------------------

@pytest.mark.parametrize("lines, authors", [
    ("By\nAna Ruiz and Tom Lee", ["Ana Ruiz", "Tom Lee"]),
    ("By Ana Ruiz, East Africa Correspondent", ["Ana Ruiz"]),
    ("Ana Ruiz, Malaysia Bureau Chief", ["Ana Ruiz"]),
    ("By Ana Ruiz ana.ruiz@example.com", ["Ana Ruiz"]),
    ("By Ana Ruiz @anaruiz", ["Ana Ruiz"]),
    ("Por Ana Ruiz", ["Ana Ruiz"]),
    ("Par Jean Dupont | Publié le 14 mars 2024", ["Jean Dupont"]),
    ("Von Peter Müller", ["Peter Müller"]),
    ("Reporter: Ana Ruiz\nEditor: Tom Lee", ["Ana Ruiz"]),
    ("From Ana Ruiz in Abuja, Tom Lee and Sade Bello in Lagos", ["Ana Ruiz", "Tom Lee", "Sade Bello"]),
    ("ANA RUIZ", ["Ana Ruiz"]),
])
def test_bylines_in_the_shapes_outlets_print_them(lines, authors):
    article = parse_text(f"Night buses extended\n\n{lines}\n14 March 2024\n\n" + BODY)
    assert article.authors == authors


@pytest.mark.parametrize("line", [
    "From Monday, the council said, buses will run all night.",
    "Par for the course, the council said.",
    "Von der Leyen said the plan was sound.",
])
def test_prose_that_starts_like_a_foreign_or_from_byline_is_not_one(line):
    from articles.ingest.bylines import find_byline

    found = find_byline(line)
    assert not (found and found.authors)


def test_a_cookie_notice_above_the_headline_is_furniture():
    page = ("Our website uses cookies to improve your experience. By using the website, you consent to the use of "
            "cookies. We have updated our Privacy Policy.\nOk, I Agree\n\nNight buses extended to the outer districts\n\n"
            + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert not article.headline_proposed
    assert any("cookies" in line for line in article.left_out)


def test_alt_text_printed_again_as_the_caption_is_not_the_headline():
    page = (" date 2024-04-25 Commuters wait at the central depot\n\nNight buses extended\n\n"
            "Commuters wait at the central depot.\n\nBy Ana Ruiz\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended"


@pytest.mark.parametrize("zone, expected", [
    ("America/New_York", "2024-03-05"), ("Asia/Manila", "2024-03-05"), ("Africa/Nairobi", "2024-05-03"),
    ("Europe/London", "2024-05-03"),
])
def test_the_source_time_zone_decides_a_numeric_dates_order_when_the_page_does_not_and_it_stays_flagged(zone, expected):
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n03/05/2024\n\n" + BODY, source_tz=zone)
    assert article.published.date().isoformat() == expected
    assert article.published_source == GUESSED
    assert any("source's time zone" in warning for warning in article.warnings)


def test_the_pages_own_evidence_beats_the_source_time_zone_for_a_numeric_date():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n03/05/2024\n\nOn 25/04/2024 the council met.\n\n" + BODY,
                         source_tz="America/New_York")
    assert article.published.date().isoformat() == "2024-05-03"
    assert article.published_source != GUESSED


@pytest.mark.parametrize("box", ["Ana Ruiz\nAna Ruiz\nJournalist | news@example.com", "Ana Ruiz\nSenior Reporter"])
def test_an_author_box_after_the_story_is_its_byline_with_a_warning(box):
    article = parse_text("Night buses extended\n\n" + BODY + "\n\n" + box)
    assert article.authors == ["Ana Ruiz"]
    assert any("after the story" in warning for warning in article.warnings)
    assert not any("Ana Ruiz" in paragraph for paragraph in article.paragraphs)


def test_a_caption_printed_twice_inside_the_story_is_no_author_box():
    long_paragraph = ("The council's transport committee will now draw up a timetable for the new routes and publish it "
                      "for consultation before the service starts in the spring.")
    article = parse_text("Night buses extended\n\n" + BODY + "\n\nCouncillor Ana Ruiz\n\nCouncillor Ana Ruiz\n\n"
                         + long_paragraph)
    assert article.authors == []


def test_a_name_and_role_line_under_the_lead_picture_is_the_byline():
    caption = ("Councillors Ana Ruiz (left) and Tom Lee sign the agreement for the night buses at the depot in the "
               "city centre on Tuesday.")
    article = parse_text(f" date 2024-03-14 {caption}\n\nSade Bello Senior Reporter\n\n" + BODY)
    assert article.authors == ["Sade Bello"]


def test_a_role_alone_is_not_a_name_and_a_stray_bar_is_harmless():
    article = parse_text("Night buses extended\n\nSenior Political Reporter\n\n|\n\n" + BODY)
    assert article.authors == []


def test_a_relative_time_in_hours_and_minutes_is_furniture_not_the_headline():
    article = parse_text("Night buses extended to the outer districts\n2 hours, 34 minutes ago\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert "2 hours, 34 minutes ago" in article.left_out


def test_an_employer_after_a_role_is_not_a_second_author():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz, senior transport correspondent with City Voices\n"
                         "14 March 2024\n\n" + BODY)
    assert article.authors == ["Ana Ruiz"]


def test_a_date_label_glued_to_the_byline_is_set_apart():
    article = parse_text("Night buses extended\n\nBy YonhapPublished : 2024-03-14 10:30\n\n" + BODY,
                         source_tz="Asia/Seoul")
    assert article.authors == [] and article.byline == "By Yonhap"
    assert article.published == datetime(2024, 3, 14, 1, 30, tzinfo=timezone.utc)


def test_a_short_line_above_the_story_that_opens_with_a_date_is_a_date_line():
    article = parse_text("Night buses extended to the outer districts\n\n14 March 2024, 15:19 Comments 117 Views "
                         "Kampala, Uganda Transport Updates\n\n" + BODY, source_tz="Africa/Kampala")
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published == datetime(2024, 3, 14, 12, 19, tzinfo=timezone.utc)


def test_a_date_in_the_headline_dates_the_article_only_as_a_guess_and_only_without_a_clock_time():
    article = parse_text("Council press conference on April 1, 2016\n\n" + BODY)
    assert article.published == datetime(2016, 4, 1, tzinfo=timezone.utc)
    assert article.published_source == GUESSED
    assert any("from the headline" in warning for warning in article.warnings)
    feed_title = parse_text("City Voices feed Fri, 16 Jan 2026 08:39:12 +0000 hourly\n\n" + BODY)
    assert not any("from the headline" in warning for warning in feed_title.warnings)


@pytest.mark.parametrize("chrome", [
    "Your web browser is no longer supported. To improve your experience update it here",
    "Back To Homepage Subscribe To RSS Feed", "You are here", "Go to Contents Go to Navigation",
])
def test_the_sites_controls_and_notices_are_never_the_headline(chrome):
    article = parse_text(f"{chrome}\n\nNight buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"


def test_the_headline_printed_again_with_its_date_is_a_date_line():
    article = parse_text("Night buses extended\n\nNight buses extended 17:48 March 14, 2024\n\n" + BODY,
                         source_tz="Asia/Seoul")
    assert article.headline == "Night buses extended"
    assert article.published == datetime(2024, 3, 14, 8, 48, tzinfo=timezone.utc)


@pytest.mark.parametrize("headline", [
    "New browser promises faster pages for old phones", "Satellite navigation fails across the capital",
    "UN: Night buses extended", "WATCH: Night buses extended", "WATCH | Night buses extended",
    "Live updates: Night buses extended", "Analysis: Night buses extended",
])
def test_news_about_browsers_or_navigation_and_labels_that_are_the_headlines_own_words_stay(headline):
    # a medium's or a live page's label describes the piece: editors keep it
    article = parse_text(f"{headline}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == headline


@pytest.mark.parametrize("top", [
    "BREAKING: Night buses extended", "EXCLUSIVE | Night buses extended", "Breaking news: Night buses extended",
    "Opinion | Night buses extended", "EXCLUSIF - Night buses extended", "Eilmeldung: Night buses extended",
    "ÚLTIMA HORA: Night buses extended", "ANALYSIS: Night buses extended",
    "METRO BRIEFS: Night buses extended", "Ana Ruiz COMMENT: Night buses extended",
])
def test_a_kicker_glued_before_the_headline_is_not_part_of_it(top):
    article = parse_text(f"{top}\n\nBy Ana Ruiz\n14 March 2024\n\n" + BODY)
    assert article.headline == "Night buses extended"


@pytest.mark.parametrize("line, authors", [
    ("By Ana Ruiz / Reuters", ["Ana Ruiz"]), ("By Ana Ruiz / Tom Lee", ["Ana Ruiz", "Tom Lee"]),
    ("Compiled by Ana Ruiz", ["Ana Ruiz"]), ("Posted by Ana Ruiz", ["Ana Ruiz"]),
])
def test_more_byline_separators_and_leads(line, authors):
    article = parse_text(f"Night buses extended\n\n{line}\n14 March 2024\n\n" + BODY)
    assert article.authors == authors


def test_a_date_in_brackets_after_the_headline_dates_the_article_and_leaves_the_headline():
    article = parse_text("Tuesday, April 23, 2024\n\nNight buses extended to the outer districts [01/11/2015]\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published.date().isoformat() == "2015-01-11"


def test_a_headline_printed_twice_under_a_category_label_beats_the_label():
    headline = "Council extends the night bus service to the outer districts after a year of complaints"
    article = parse_text(f"City Transport\n\n{headline}\n\n{headline}\n\n" + BODY)
    assert article.headline == headline


def test_a_blogs_archive_line_and_category_line_are_not_the_headline_and_the_post_time_dates_it():
    article = parse_text("Archive for March 14th, 2024|Daily archive page\n\nNight buses extended to the outer districts\n\n"
                         "In Transport on March 14, 2024 at 6:20 pm\n\n" + BODY, source_tz="Asia/Ho_Chi_Minh")
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published == datetime(2024, 3, 14, 11, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize("page", [
    "\n-Ana Ruiz\nKampala, March 14: " + BODY,
    "Night buses extended\n\n" + BODY + "\n\n— Ana Ruiz",
])
def test_a_writers_name_led_by_a_dash_is_the_byline_and_not_a_menu_item(page):
    assert parse_text(page).authors == ["Ana Ruiz"]


def test_a_menu_of_dashed_sections_is_still_furniture():
    article = parse_text("Night buses extended\n\n" + BODY + "\n\n- Blogs\n- Editorial\n- Letters")
    assert article.authors == []
    assert "- Blogs" in article.left_out


# --- saying where the importer is unsure (issue 12, "never silently") ---------------------------

def _warnings_about(article, words: str) -> list[str]:
    return [warning for warning in article.warnings if words in warning]


def test_a_headline_like_line_nearer_the_story_is_named_in_a_warning():
    # A live blog: the blog's name and strap on top, then an entry's time and its headline.
    article = parse_text("City Live\n\nThe newsroom's running blog of the day\n\n14 March 2024, 17:20 GMT\n\n"
                         "Night buses extended to the outer districts\n\n" + BODY)
    assert _warnings_about(article, "The headline may be “Night buses extended to the outer districts”")


def test_the_only_headline_like_line_right_above_the_story_is_not_flagged():
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert not _warnings_about(article, "headline")


def test_a_plain_line_with_another_candidate_above_it_is_still_flagged():
    article = parse_text("City transport desk\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert _warnings_about(article, "The headline was chosen among several lines")


@pytest.mark.parametrize("line, where", [
    ("Ana Ruiz Senior Reporter", "a line holding a name and a role, without “By”"),
    ("Ana Ruiz", "a name standing alone near the headline, without “By”"),
])
def test_a_byline_found_by_its_shape_alone_says_so(line, where):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n14 March 2024, 17:20 GMT\n\n" + BODY)
    assert article.authors == ["Ana Ruiz"]
    assert _warnings_about(article, f"Byline found only in {where} (“{line}”) — check it.")


def test_a_by_line_is_trusted_without_a_warning():
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n" + BODY)
    assert article.authors == ["Ana Ruiz"]
    assert not _warnings_about(article, "yline")


def test_a_byline_running_into_the_first_sentence_says_so():
    record = '{"headline": "Night buses extended", "byline": "By Ana Ruiz As", "body": "The council voted on Tuesday."}'
    article = parse_file("feed.jsonl", record.encode())[0]
    assert _warnings_about(article, "The byline may run into the story's first sentence")
    assert "“Ana Ruiz As”" in _warnings_about(article, "The byline may")[0]


PARAGRAPHS = "\n\n".join(f"Paragraph {n} adds a detail about the night buses and the council's vote." for n in range(8))


@pytest.mark.parametrize("glued, credit", [
    ("Drivers at the depot on Tuesday.Credit: Jo Bloggs", "Credit: Jo Bloggs"),
    ("Drivers at the depot on Tuesday. (Yonhap)", "(Yonhap)"),
    ("Drivers at the depot on Tuesday. Jo Bloggs/AP", "Jo Bloggs/AP"),
    ("Harbour Times File Photo", "File Photo"),  # a file picture's credit printed as a title, alone on its line
    ("A depot in 2019. FILE PHOTO", "FILE PHOTO"),
])
def test_a_credit_glued_into_the_story_is_not_recorded_but_named_in_a_warning(glued, credit):
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n"
                         f"{BODY}\n\n{PARAGRAPHS}\n\n{glued}\n\nThe council meets again in May.")
    assert article.image_credit == ""
    assert _warnings_about(article, f"No image credit recorded, but the text holds what looks like one (“{credit}”)")


def test_an_agency_in_a_dateline_is_not_taken_for_a_credit():
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n"
                         "SEOUL (Yonhap) -- " + BODY)
    assert not _warnings_about(article, "credit")


# --- other stories' teasers, wire names after bylines, site chrome -----------------------------

def test_the_other_stories_under_an_also_on_heading_lend_the_page_no_date_byline_or_headline():
    page = ("October 12, 2020\n\n0 Comments · Make a comment\n\nALSO ON METRO TIMES\n\nLatest News, Regional\n\n"
            "January 21, 2026\n\nHARBOURTOWN (CMC) — The island's council says any future link with the regional (C...\n\n"
            "Latest News, News\n\nDANA ROE, Online reporter, roe@metro.example\n\nJanuary 21, 2026\n\n"
            "With the new year come new resolutions and, for some people, burnout and...\n\n"
            "We welcome reader comments on the top stories of the day.")
    article = parse_text(page)
    assert article.published == datetime(2020, 10, 12, tzinfo=timezone.utc)
    assert article.authors == []
    assert "Comment" not in article.headline


def test_a_byline_among_cut_off_teasers_after_the_story_is_not_the_storys():
    page = ("Night buses extended to the outer districts\n\n" + BODY + "\n\nHot this week\n\n"
            "Depot strike case suffers setback in court\n\n"
            "...Court to hear the case in November.By Ola Ade, HarbourtownThe...\n\n"
            "By Ben Eze, RivertownThe minister of transport, Engr....")
    article = parse_text(page)
    assert article.authors == []
    assert "Depot strike" not in article.body_text


def test_teasers_under_a_popular_heading_after_the_story_are_left_out_but_the_story_goes_on():
    page = ("Night buses extended to the outer districts\n\n" + BODY + "\n\nPopular\n\n"
            "Depot strike case suffers setback in court\n\n"
            "Ferry fares frozen for a year as the council cuts...\n\n"
            "The council will publish the new timetable next week, officials said.")
    article = parse_text(page)
    assert "Ferry fares" not in article.body_text and "Depot strike" not in article.body_text
    assert article.body_text.endswith("officials said.")


@pytest.mark.parametrize("line, authors", [
    ("By LYNN ROE and JIM DOE Associated Press", ["Lynn Roe", "Jim Doe"]),
    ("By Ana Ruiz and Sam Reid Reuters", ["Ana Ruiz", "Sam Reid"]),
    ("By Ana Ruiz AP", ["Ana Ruiz"]),
    ("By John Paul Ani", ["John Paul Ani"]),  # a surname that spells a short agency's name stays a surname
])
def test_a_wire_services_name_glued_to_the_last_author_is_not_part_of_the_name(line, authors):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n" + BODY)
    assert article.authors == authors


@pytest.mark.parametrize("chrome", [
    'Press "Enter" to skip to content', "Main Menu", "Hi, what are you looking for?", "Connect with us",
])
def test_site_chrome_above_the_headline_is_not_the_headline(chrome):
    article = parse_text(f"{chrome}\n\nNight buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"


@pytest.mark.parametrize("chrome", [
    "All posts in the NEWS category", "Category Archives: Transport", 'Posts published in "Metro"', "Browsing Tag",
])
def test_a_blogs_archive_heading_is_not_the_headline(chrome):
    article = parse_text(f"{chrome}\n\nNight buses extended to the outer districts\n\nPublished April 20, 2015 by admin\n\n"
                         + BODY)
    assert article.headline == "Night buses extended to the outer districts"


def test_a_date_line_with_a_lost_author_name_and_a_comment_count_is_still_a_date_line():
    article = parse_text("Night buses extended to the outer districts\n\n"
                         "Written By: - Date published: 3:00 pm, July 29th, 2009 - 57 comments\n\n" + BODY,
                         source_tz="Pacific/Auckland")
    assert article.published == datetime(2009, 7, 29, 3, 0, tzinfo=timezone.utc)
    assert article.authors == []


def test_a_byline_run_into_the_first_sentence_is_split_off_and_flagged():
    article = parse_text("By Ada Obi Police officers attached to the harbour command are questioning two men "
                         "over the theft of a ferry's engine, a spokesman said on Monday.\n\n" + BODY)
    assert article.authors == ["Ada Obi"]
    assert article.paragraphs[0].startswith("Police officers attached")
    assert _warnings_about(article, "run on into the story's first sentence")


def test_a_first_sentence_that_opens_with_by_and_a_place_is_not_a_byline():
    article = parse_text("Night buses extended\n\nBy Tuesday Evening Council officials said the buses would run "
                         "until midnight from next month onwards.\n\n" + BODY)
    assert article.authors == []


@pytest.mark.parametrize("source_tz, printed, offset", [
    ("Asia/Jerusalem", "Mar 6, 2023 2:32 pm IST", timedelta(hours=2)),  # Israel Standard Time
    ("Europe/Dublin", "Jul 6, 2023 2:32 pm IST", timedelta(hours=1)),  # Irish Standard Time (summer)
    ("Asia/Kolkata", "Mar 6, 2023 2:32 pm IST", timedelta(hours=5, minutes=30)),
    ("Asia/Shanghai", "Mar 6, 2023 2:32 pm CST", timedelta(hours=8)),  # China Standard Time
    ("Asia/Jerusalem", "Mar 6, 2023 2:32 pm GMT", timedelta(0)),  # an abbreviation only one zone prints
])
def test_an_abbreviation_several_zones_print_is_read_as_the_sources_own(source_tz, printed, offset):
    article = parse_text(f"Night buses extended\n\nBy Ana Ruiz\n\n{printed}\n\n" + BODY, source_tz=source_tz)
    assert article.published.utcoffset() == offset
    assert article.published.hour == 14 and article.published.minute == 32


def test_a_month_day_year_date_without_a_space_after_the_comma():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz - Mar 06,2023 - Last updated at Mar 07,2023\n\n" + BODY)
    assert article.published == datetime(2023, 3, 6, tzinfo=timezone.utc)
    assert article.authors == ["Ana Ruiz"]


@pytest.mark.parametrize("line", [
    "Staff writer, with CNA", "Our Correspondent", "TOI News Desk / Updated: Mar 6, 2023, 14:32 IST", "Web Desk",
])
def test_a_desk_credited_where_the_byline_goes_is_no_person_and_no_headline(line):
    article = parse_text(f"Night buses extended\n\n{line}\n\nMon, Mar 06, 2023\n\n" + BODY)
    assert article.headline == "Night buses extended"
    assert article.authors == []
    assert article.byline  # the desk is recorded as printed


@pytest.mark.parametrize("line, authors", [
    ("By Global Times Published: Mar 06, 2023 02:32 PM", []),  # a paper, not a person
    ("Ana Ruiz, Samoa Observer", ["Ana Ruiz"]),
    ("Ana Ruiz (Reuters)", ["Ana Ruiz"]),  # the writer and the wire, not a picture of Ana Ruiz
    ("Ana Ruiz and Sam Reid", ["Ana Ruiz", "Sam Reid"]),
    ("Ana Ruiz & Sam Reid\n\n6 March 2023", ["Ana Ruiz", "Sam Reid"]),
])
def test_names_under_the_headline_without_by_and_papers_named_as_the_byline(line, authors):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == authors


def test_a_headline_listing_places_after_a_comma_is_not_a_list_of_names():
    article = parse_text("Police Detain Eight Men in Port Town, East Harbour\n\n14 March 2024\n\n" + BODY)
    assert article.headline == "Police Detain Eight Men in Port Town, East Harbour"
    assert article.authors == []


@pytest.mark.parametrize("printed, expected", [
    ("06.03.2023 14:32", datetime(2023, 3, 6, 12, 32, tzinfo=timezone.utc)),  # dotted: day-first, not a guess
    ("6.3.2023 klo 14.32", datetime(2023, 3, 6, 12, 32, tzinfo=timezone.utc)),  # Finnish "klo" before the time
])
def test_dotted_dates_are_day_first_and_a_clock_word_joins_a_dotted_time(printed, expected):
    article = parse_text(f"Night buses extended\n\nBy Ana Ruiz\n\n{printed}\n\n" + BODY, source_tz="Europe/Helsinki")
    assert article.published == expected
    assert not _warnings_about(article, "day/month or month/day")


@pytest.mark.parametrize("line, authors", [
    ("Ana Ruiz | Sam Reid\n\nPublished March 6, 2023", ["Ana Ruiz", "Sam Reid"]),
    ("Ana Ruiz – Reuters\n\n6 March 2023", ["Ana Ruiz"]),
])
def test_names_split_by_a_bar_and_a_wire_after_a_dash_under_the_headline(line, authors):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == authors


@pytest.mark.parametrize("top, headline", [
    ("Night buses extended to the outer districts | Metro News", "Night buses extended to the outer districts"),
    ("Night buses extended to the outer districts - Harbourtown Times", "Night buses extended to the outer districts"),
    ("Night buses extended - the council's reply", "Night buses extended - the council's reply"),  # no outlet after the dash
])
def test_the_outlets_name_after_a_page_title_is_not_part_of_the_headline(top, headline):
    article = parse_text(f"{top}\n\nBy Ana Ruiz\n\n6 March 2023\n\n" + BODY)
    assert article.headline == headline


def test_a_feed_items_title_line_with_its_iso_timestamp_dates_the_item_not_the_next_one():
    page = ("NEWS http://feed.example/ Night buses extended to the outer districts http://feed.example/u/1 "
            "2025-03-28T17:14:00+09:00\n\nMETRO WIRE\n\n" + BODY + "\n\n]]>\nSecond story http://feed.example/u/2 "
            "2025-03-28T16:48:00+09:00\n\nMETRO WIRE")
    article = parse_text(page)
    assert article.published == datetime(2025, 3, 28, 8, 14, tzinfo=timezone.utc)
    # the stripped item line is split into its title and its timestamp, the feed's own date for the item
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published_source == "parsed"


# --- the headline among lines that look alike (session 9) -------------------------------------

def test_the_page_title_with_the_outlets_name_yields_to_the_headline_it_repeats():
    # the plain line is the headline even above a picture's credit, which would make it read as a caption
    page = ("Night buses extended to the outer districts | Harbour Daily\n\n"
            "Night buses extended to the outer districts\n\nPicture courtesy: City Council\n\n" + BODY)
    assert parse_text(page).headline == "Night buses extended to the outer districts"


def test_a_cut_copy_of_the_headline_with_a_breadcrumb_glued_on_is_not_the_headline():
    page = ("HomeTransportNight buses extended to the outer districts after a year of...\n\n"
            "Night buses extended to the outer districts after a year of complaints\n\n" + BODY)
    assert parse_text(page).headline == "Night buses extended to the outer districts after a year of complaints"


@pytest.mark.parametrize("line", ["2 years agoon", "Updated at 9pm with the council's reply", "5 hours ago"])
def test_a_relative_time_or_an_update_note_is_not_the_headline(line):
    page = f"Night buses extended to the outer districts\n\n{line}\n\n" + BODY
    assert parse_text(page).headline == "Night buses extended to the outer districts"


def test_a_tag_in_brackets_opens_the_headline():
    page = "[WATCH] Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY
    assert parse_text(page).headline == "[WATCH] Night buses extended to the outer districts"


def test_the_headline_printed_again_with_its_date_is_not_taken_for_alt_text():
    page = "Go to Contents\n\nCouncil News Summary\n\nCouncil News Summary 17:48 August 07, 2019\n\n" + BODY
    article = parse_text(page)
    assert article.headline == "Council News Summary"
    assert not article.headline_proposed


def test_a_two_word_line_just_above_the_story_is_named_beside_a_proposal_and_a_desk_is_not_taken():
    # (on outlets never seen such lines were mostly a label or a name: the blind replays of session 17)
    article = parse_text("Metro\n\nNight buses\n\n" + BODY)
    assert article.headline_proposed
    assert any(w.startswith("The line “Night buses”") for w in article.warnings)
    desk = parse_text("Metro\n\nHerald Reporter\n\n" + BODY)
    assert desk.headline_proposed  # a desk's name is not taken for the headline


@pytest.mark.parametrize("top, flagged", [
    ("METRO NOTES: NIGHT BUSES EXTENDED TO THE OUTER DISTRICTS", True),  # a column's label in capitals
    ("Ana Ruiz NOTEBOOK: Night buses extended to the outer districts", True),
    ("Harbour TimesSat, 14 Mar 2024 night buses extended", True),  # a site name run into the line
    ("Night buses extended to the outer districts", False),
    ("Council: Night buses extended to the outer districts", False),  # a speaker's attribution is the headline's
    ("Night buses extended Shift workers in the outer districts will get services until two in the morning "
     "from April after years of complaints", True),  # a headline run on into its standfirst
])
def test_a_headline_with_a_label_words_run_together_or_an_unusual_length_is_flagged(top, flagged):
    article = parse_text(f"{top}\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY)
    assert article.headline == top
    assert any(w.startswith("The headline") for w in article.warnings) == flagged


def test_a_picture_printed_as_alt_text_and_caption_without_a_credit_is_flagged():
    page = ("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\nA night bus at the east depot\n"
            "A night bus at the east depot\n\n" + BODY)
    article = parse_text(page)
    assert article.image_credit == ""
    assert any("No image credit found, though the page shows a picture" in w for w in article.warnings)
    plain = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY)
    assert not any("image credit" in w for w in plain.warnings)


def test_a_sentence_with_a_full_stop_above_the_picture_loses_to_the_headline_above_it():
    page = ("Night Buses Extended To The Outer Districts\n\nIndependent local news matters more now than ever.\n"
            "A night bus at the east depot (Photo by Harbour Times)\n\n" + BODY)
    assert parse_text(page).headline == "Night Buses Extended To The Outer Districts"


def test_other_stories_listed_with_their_dates_above_the_headline_and_byline_are_not_the_headline():
    page = ("Mayor resigns after budget row\n\n13 March 2024\n\nFloods close the coastal road\n\n12 March 2024\n\n"
            "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published == datetime(2024, 3, 14, tzinfo=timezone.utc)
    assert any(w.startswith("The headline") for w in article.warnings)  # a list above the story: worth a look


def test_one_line_between_the_dated_headline_and_the_byline_stays_below_the_headline():
    page = ("Night buses extended to the outer districts\n\n14 March 2024\n\nThe Harbour Citizen (Harbourtown)\n\n"
            "By Ana Ruiz\n\n" + BODY)
    assert parse_text(page).headline == "Night buses extended to the outer districts"


@pytest.mark.parametrize("line, author", [("Ana Ruiz, Harbourtown", "Ana Ruiz"), ("Ana Ruiz in Harbourtown", "Ana Ruiz")])
def test_a_place_after_a_name_alone_under_the_headline_is_not_part_of_the_name(line, author):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n14 March 2024\n\n" + BODY)
    assert article.authors == [author]


def test_a_credit_in_capitals_printed_before_the_caption_is_split_from_it():
    found = split_credit("PHOTO: SAM REID A night bus at the east depot.")
    assert (found.credit, found.caption) == ("SAM REID", "A night bus at the east depot")
    assert split_credit("Photo: SAM REID").credit == "SAM REID"


@pytest.mark.parametrize("credit_line, flagged", [
    ("A night bus at the east depot. Photo: Sam Reid", False),
    ("A night bus at the east depot. Photo: Sam Reid | Harbour Media logo (13)", True),  # a counter
    ("Photo: Sam Reid buses waiting at the east depot", True),  # the caption's words
])
def test_a_credit_holding_a_counter_or_a_captions_words_is_flagged(credit_line, flagged):
    article = parse_text(f"Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n{credit_line}\n\n"
                         + BODY)
    assert article.image_credit.startswith("Sam Reid")
    assert any(w.startswith("The image credit") for w in article.warnings) == flagged


@pytest.mark.parametrize("line", [
    "By Ana Ruiz | ana.ruiz@harbour.example",  # the writer's address
    "Story by Ana Ruiz • Photos by Sam Reid",  # the photographer is no author
    "Published on March 14, 2024 by Ana Ruiz",  # a blog's lower-case "by" after the date
])
def test_a_byline_with_an_address_a_photographer_or_after_the_date_names_the_writer_only(line):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n14 March 2024\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == ["Ana Ruiz"]


@pytest.mark.parametrize("line", ["2024年3月14日 10:30", "2024년 3월 14일 10:30"])
def test_chinese_japanese_and_korean_dates(line):
    article = parse_text(f"Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n{line}\n\n" + BODY,
                         source_tz="Asia/Seoul")
    assert article.published == datetime(2024, 3, 14, 1, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("link", ["Related: Mayor resigns after budget row", "READ MORE: Mayor resigns after budget row",
                                  "Also read | Mayor resigns after budget row"])


def test_a_labelled_link_to_another_story_is_not_the_headline(link):
    page = f"{link}\n\nNight buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY
    assert parse_text(page).headline == "Night buses extended to the outer districts"
    below = parse_text(f"Night buses extended to the outer districts\n\n{link}\n\nBy Ana Ruiz\n\n" + BODY)
    assert below.headline == "Night buses extended to the outer districts"


def test_a_saved_json_answer_cut_short_is_read_as_a_record_and_flagged():
    data = ('[\n {\n  "Source": "https://harbour.example/news/1",\n  "title": "Night buses extended to the outer '
            'districts",\n  "Text": "<p>14 March 2024</p><p>The regional council voted on Tuesday to extend the night '
            'bus service to the outer districts, after a year of complaints.</p><p>Officials said the extension')
    article = parse_file("answer.txt", data.encode())[0]
    assert article.headline == "Night buses extended to the outer districts"
    assert article.paragraphs[0].startswith("The regional council voted")
    assert any("cut short" in warning for warning in article.warnings)


def test_a_json_answer_cut_short_with_no_article_in_it_is_still_read_as_text():
    data = '{"status": "ok", "data": {"items": [1, 2, 3], "note": "The regional council voted'
    article = parse_file("answer.txt", data.encode())[0]
    assert not any("cut short" in warning for warning in article.warnings)


@pytest.mark.parametrize("data", [
    {"status": "ok", "data": {"article": {"title": "Night buses extended to the outer districts", "body": BODY}}},
    {"results": [{"headline": "Night buses extended to the outer districts", "content": BODY}], "count": 1},
])
def test_an_article_nested_in_a_json_answers_envelope_is_found(data):
    article = parse_file("answer.json.txt", json.dumps(data).encode())[0]
    assert article.headline == "Night buses extended to the outer districts"
    assert article.paragraphs[0].startswith("The regional council voted")


@pytest.mark.parametrize("line, desk", [
    ("By Staff Reporter", "Staff Reporter"),
    ("By HT Correspondent", "HT Correspondent"),  # the outlet's initials and a role
    ("From our correspondent in Harbourtown", "our correspondent in Harbourtown"),
])
def test_a_desk_after_by_or_from_is_a_desk_not_a_person(line, desk):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n14 March 2024\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == []
    assert any(desk in w and "names no person" in w for w in article.warnings)


def test_names_with_the_wire_after_a_comma_under_the_headline_are_the_byline():
    article = parse_text("Night buses extended to the outer districts\n\nAna Ruiz and Sam Reid, Reuters\n\n"
                         "14 March 2024\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == ["Ana Ruiz", "Sam Reid"]


@pytest.mark.parametrize("line, caption, credit", [
    ("A night bus at the east depot. | Sam Reid", "A night bus at the east depot.", "Sam Reid"),
    ("A night bus at the east depot. — Reuters pic", "A night bus at the east depot.", "Reuters pic"),
    ("A night bus at the east depot. Harbour Times file photo", "A night bus at the east depot.", "Harbour Times file photo"),
    ("A night bus at the east depot. EPA-EFE/SAM REID", "A night bus at the east depot.", "EPA-EFE/SAM REID"),
    ("A night bus at the east depot. (Photo courtesy of Harbour Council)", "A night bus at the east depot.",
     "Harbour Council"),
    ("Image source, Getty Images", "", "Getty Images"),
])
def test_more_credit_families_are_split_from_the_caption(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Officials said the depots already stand nearby. — Bernama",  # a wire's sign-off closing a paragraph
    "Night buses extended | Harbour",  # a page title's one-word site
])
def test_a_wires_sign_off_or_a_one_word_tag_after_a_bar_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("middle", [
    "Image source, Getty Images\n\nImage caption, A night bus at the east depot",
    "Image source, Getty Images\nImage caption,\nA night bus at the east depot",
])
def test_a_broadcasters_image_source_and_image_caption_lines(middle):
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n"
                         f"{middle}\n\n" + BODY)
    assert (article.image_credit, article.image_caption) == ("Getty Images", "A night bus at the east depot")
    assert not any("Image caption" in paragraph for paragraph in article.paragraphs)


def test_a_syndicated_head_run_together_on_one_line_is_split_into_headline_byline_and_dates():
    page = ("Night buses extended to the outer districts ANA RUIZ and SAM REID, Associated Press March 14, 2024 "
            "Updated: March 15, 2024 9:10 a.m.\n\n"
            "1 of12 A night bus waits at the east depot on Monday. Li Wei/AP Show More Show Less\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.authors == ["Ana Ruiz", "Sam Reid"]
    assert article.published.date() == datetime(2024, 3, 14).date()
    assert (article.image_caption, article.image_credit) == ("A night bus waits at the east depot on Monday.", "Li Wei/AP")


def test_a_headline_with_capitals_and_no_wire_after_them_is_left_whole():
    article = parse_text("Night buses extended to the outer districts NATO SUMMIT, Harbourtown\n\n14 March 2024\n\n" + BODY)
    assert article.headline == "Night buses extended to the outer districts NATO SUMMIT, Harbourtown"
    assert article.authors == []


def test_a_first_line_taken_with_no_story_to_steer_by_is_flagged_unless_a_byline_or_date_follows():
    short = parse_text("Night buses extended to the outer districts\n\nSubscribe to read the full story")
    assert short.headline == "Night buses extended to the outer districts"
    assert any(w.startswith("The headline") for w in short.warnings)
    dated = parse_text("Night buses extended to the outer districts\n\n14 March 2024\n\nSubscribe to read the full story")
    assert dated.headline == "Night buses extended to the outer districts"
    assert not any(w.startswith("The headline") for w in dated.warnings)


def test_a_headline_printed_twice_below_a_notice_is_found_and_flagged_and_the_notice_is_left_out():
    notice = "This article is free to read if you register or sign in with your account on our website today."
    page = (f"{notice}\n\nNight buses extended to the outer districts\n\n2 min read\n\n"
            "Night buses extended to the outer districts\n\n" + BODY)
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    # the notice is dropped as the site's before the headline is chosen: what is left is a headline printed twice,
    # one copy over the other, no longer flagged for its copy (_sure_as_printed_twice)
    assert not any(w.startswith("The headline") for w in article.warnings)
    assert notice not in article.paragraphs and notice in article.left_out


def test_a_crosshead_over_a_picture_does_not_cut_the_first_paragraph_of_a_story_without_headline():
    page = ("The regional council voted on Tuesday to extend the night bus service to the outer districts, "
            "after a year of complaints.\n\nDepots and drivers ready for the longer nights\n\nA night bus at the east depot. (Photo: Sam Reid)\n\n"
            "Officials said the extension would cost far less than expected because two large depots already stand nearby.")
    article = parse_text(page)
    assert article.paragraphs[0].startswith("The regional council voted")


def test_a_page_cut_short_under_a_notice_takes_the_line_over_the_standfirst_as_its_headline():
    page = ("Opera Mini does not support this feature with data savings turned on. Please disable.\n\n"
            "Go back to Homepage\n\nNight buses extended to the outer districts\n\n"
            "The council says shift workers in the outer districts will get services until two in the morning\n\n"
            "The regional council voted on Tuesday to extend ...")
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert any(w.startswith("The headline") for w in article.warnings)


def test_a_page_cut_short_under_a_sentence_long_browser_notice_takes_the_line_over_the_standfirst():
    page = ("Opera Mini does not support this functionality with data savings turned on in the browser. Please disable.\n\n"
            "Go back to Homepage\n\nNight buses extended to the outer districts\n\n"
            "The council says shift workers in the outer districts will get services until two in the morning\n\n"
            "The regional council voted on Tuesday to extend ...")
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"
    assert any(w.startswith("The headline") for w in article.warnings)


@pytest.mark.parametrize("line", [
    "Source: Harbour Radio News", "Category: Transport", "Tags: buses, council", "Site Search powered by Ajax",
    "Read full article on original website", "Profile picture for user ana.ruiz",
])
def test_labelled_source_section_and_site_lines_and_alt_texts_are_not_the_headline(line):
    page = f"{line}\n\nNight buses extended to the outer districts\n\n" + BODY
    assert parse_text(page).headline == "Night buses extended to the outer districts"


def test_a_bare_ampersand_in_a_feed_does_not_cut_the_items_title():
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><item>'
            "<title>Council has 'Plan A & Plan B' for night buses</title><description>" + BODY.replace("'", "")
            + "</description><pubDate>Thu, 14 Mar 2024 10:30:00 +0000</pubDate></item></channel></rss>")
    article = parse_file("feed.txt", feed.encode())[0]
    assert article.headline == "Council has 'Plan A & Plan B' for night buses"


@pytest.mark.parametrize("line, caption, credit", [
    ("A night bus at the depot. Photo courtesy of Ana Ruiz's Facebook", "A night bus at the depot.",
     "Ana Ruiz's Facebook"),
    ("Source: PRNewsfoto/Harbour Buses", "", "PRNewsfoto/Harbour Buses"),  # a release's picture, not a provenance line
])
def test_photo_courtesy_of_and_a_wire_photo_after_source(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)
    assert split_credit("Source: Harbour Buses") is None


@pytest.mark.parametrize("line, credit", [
    ("Sursa foto: Radio Nord", "Radio Nord"), ("Source photo : Ville de Port", "Ville de Port"),
    ("Fonte foto: Comune di Porto", "Comune di Porto"), ("Źródło zdjęcia: Urząd Miasta", "Urząd Miasta"),
])
def test_a_source_label_that_names_the_picture_is_a_credit_alone(line, credit):
    # "Source:" alone is where the story comes from; "Source photo :" says whose the picture is
    assert split_credit(line).credit == credit
    assert split_credit(line.replace(line.split(":")[0], line.split()[0])) is None  # "Sursa: Radio Nord"
    article = parse_text(f"{line}\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert (article.headline, article.image_credit) == ("Night buses extended to the outer districts", credit)


def test_a_credit_left_in_the_story_in_a_pictures_words_is_pointed_out():
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY
                         + "\n\nThe east depot, seen in a file photo from 2019, opens for the night buses in April.")
    assert article.image_credit == ""
    assert any("No image credit recorded" in w and "file photo" in w for w in article.warnings)


# --- a copy's source named before its date ------------------------------------------------------

def test_a_month_glued_to_the_word_before_it_is_read():
    found = find_dates("The HarbourNovember 22, 2022 · 12:30 PM EST")
    assert [f.value for f in found] == [datetime(2022, 11, 22, 17, 30, tzinfo=timezone.utc)]
    assert find_dates("Remember 22, 2022") == []  # no change of case: a word ending in a month's letters


@pytest.mark.parametrize("line, published", [
    ("The Harbour 2024-09-15 12:13:19", datetime(2024, 9, 15, 11, 13, 19, tzinfo=timezone.utc)),
    ("The HarbourNovember 22, 2022 · 12:30 PM EST", datetime(2022, 11, 22, 17, 30, tzinfo=timezone.utc)),
])
def test_a_source_named_the_something_before_the_date_is_a_date_line(line, published):
    article = parse_text(f"Night buses extended\n\n{line}\n\n" + BODY, source_tz="Europe/London")
    assert article.published == published
    assert article.published_source != GUESSED


def test_a_headline_with_words_after_its_date_is_no_date_line():
    article = parse_text("The Budget 2024-09-15 explained in ten charts\n\n" + BODY)
    assert article.headline == "The Budget 2024-09-15 explained in ten charts"


# --- Central European dates closed by a full stop, and their clock words -------------------------

@pytest.mark.parametrize("printed, expected", [
    ("29.7.2020.", datetime(2020, 7, 29, tzinfo=timezone.utc)),  # Croatian, Serbian, Slovene, Hungarian: a closing stop
    ("29.7.2020. 22:00", datetime(2020, 7, 29, 22, 0, tzinfo=timezone.utc)),
    ("03. 11. 2021. u 12:37", datetime(2021, 11, 3, 12, 37, tzinfo=timezone.utc)),  # "u": at
    ("14. 3. 2024 ob 10.05", datetime(2024, 3, 14, 10, 5, tzinfo=timezone.utc)),  # Slovene "ob"
    ("The deal was signed on 12.03.2020.", datetime(2020, 3, 12, tzinfo=timezone.utc)),  # a sentence's full stop
])
def test_a_dotted_date_closed_by_a_full_stop_is_read_with_its_time(printed, expected):
    assert [f.value for f in find_dates(printed, True)] == [expected]
    assert find_dates("version 1.2.2020.3", True) == []  # a number goes on after the stop: no date


def test_a_caption_with_an_empty_credit_after_its_slash_is_not_the_headline():
    page = ("A night bus at the east depot /\n\nNight buses extended to the outer districts\n\n"
            + BODY + "\n\n14.3.2024.\n09:30")
    article = parse_text(page)
    assert article.headline == "Night buses extended to the outer districts"


@pytest.mark.parametrize("credit", [
    "Jo Lim/Ritzau Scanpix", "Ana Ruiz/Getty Images", "Jo Lim/picture alliance", "Ana Ruiz/Lehtikuva",
])
def test_a_name_and_a_picture_agency_alone_under_the_headline_is_the_credit(credit):
    # an agency that sells only pictures: the name before it took the picture, it wrote nothing
    article = parse_text(f"Night buses extended to the outer districts\n\n{credit}\n\n" + BODY)
    assert (article.image_credit, article.authors) == (credit, [])


def test_a_name_and_a_news_agency_alone_under_the_headline_is_not_taken_for_a_credit():
    article = parse_text("Night buses extended to the outer districts\n\nJo Lim/TT\n\n" + BODY)
    assert article.image_credit == ""


@pytest.mark.parametrize("line, caption, credit", [
    ("Der Bürgermeister vor dem Rathaus | dpa", "Der Bürgermeister vor dem Rathaus", "dpa"),
    ("Agentes en el centro de la ciudad - Efe", "Agentes en el centro de la ciudad", "Efe"),
    ("Officers at the east gate – Reuters", "Officers at the east gate", "Reuters"),
])
def test_a_caption_without_its_stop_then_a_bar_or_dash_and_an_agency(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)
    assert split_credit("Home | News") is None and split_credit("Night buses | Harbour Times") is None
    article = parse_text(f"{line}\n\nNight buses extended to the outer districts\n\n" + BODY)
    assert (article.headline, article.image_credit) == ("Night buses extended to the outer districts", credit)


@pytest.mark.parametrize("closing", [
    "Text: Anna Berg\nFoto: Jo Lim", "Journalist: Anna Berg\nFoto: Lehtikuva", "Tekst: Anna Berg\n\nFoto: ANP",
])
def test_a_picture_credit_in_the_credits_closing_the_story_is_taken(closing):
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY + "\n\n" + closing)
    assert article.image_credit == closing.split("Foto: ")[1]
    assert any(w.startswith("Image credit read from the credits closing") for w in article.warnings)


# --- numeric dates and times on lines of their own ----------------------------------------------

def test_a_time_on_its_own_bullet_line_under_the_date_belongs_to_it():
    article = parse_text("Night buses extended\n\n  • Martes 12 de marzo de 2024\n  • 09:05 hrs\n\n" + BODY,
                         source_tz="America/Santiago")
    assert article.published.isoformat() == "2024-03-12T09:05:00-03:00"


@pytest.mark.parametrize("printed, zone, expected", [
    ("Mon, 04/03/2023", "Europe/London", "2023-04-03"),  # only 3 April is a Monday: month-first, on a day-first site
    ("Sat, 04/03/2023", "America/New_York", "2023-03-04"),  # only 4 March is a Saturday: day-first
])
def test_the_weekday_before_a_numeric_date_tells_its_order(printed, zone, expected):
    article = parse_text(f"Night buses extended\n\n{printed}\n\n" + BODY, source_tz=zone)
    assert article.published.date().isoformat() == expected


def test_drupals_default_date_format_is_month_first_when_the_weekday_fits_both_readings():
    # 12/03/2008: 3 December and 12 March 2008 were both Wednesdays; Drupal's "D, m/d/Y - H:i" is month-first
    article = parse_text("ID :\n33759\nWed, 12/03/2008 - 19:48\n\nNight buses extended\n\n" + BODY,
                         source_tz="Asia/Seoul")
    assert article.published.isoformat() == "2008-12-03T19:48:00+09:00"


# --- a feed saved with its tags stripped ----------------------------------------------------------

@pytest.mark.parametrize("icon", [
    "",
    "https://harbour.example/wp-content/uploads/icon-32x32.png Harbour Weekly https://harbour.example 32 32 ",
])
def test_a_stripped_wordpress_feeds_first_item_gives_the_headline_and_its_date_not_the_channels(icon):
    text = ("Harbour Weekly https://harbour.example News from the harbour towns Sun, 03 Mar 2024 09:00:00 +0000 "
            f"en-US hourly 1 {icon}Night buses extended to the outer districts https://harbour.example/night-buses/ "
            "https://harbour.example/night-buses/#respond Fri, 01 Mar 2024 18:30:00 +0000 https://harbour.example/?p=123 "
            + BODY)
    article = parse_text(text)
    assert article.headline == "Night buses extended to the outer districts"
    assert article.published == datetime(2024, 3, 1, 18, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("tail", ["June 25, 2011\n\nSource: harbournews.example", "25 June 2011\n\nSource: Harbour Wire"])
def test_a_date_alone_under_the_last_sentence_before_a_source_line_is_the_storys(tail):
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY + "\n\n" + tail)
    assert article.published == datetime(2011, 6, 25, tzinfo=timezone.utc)
    assert article.body_text.endswith("weekend services too.")


def test_dates_in_a_list_of_other_stories_after_the_text_are_not_the_storys():
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY
                         + "\n\nJune 25, 2011\n\nFerry fares rise\n\nJune 24, 2011")
    assert article.published is None or article.published_source == GUESSED


@pytest.mark.parametrize("head", [
    # the page's title, then its heading, one over the other
    "Ferry crews walk out over rosters\n\nFerry crews walk out over rosters\n\n",
    "Harbour\n\nFerry crews walk out over rosters\n\nFerry crews walk out over rosters\n\n",  # under a section's name
])
def test_a_headline_the_page_prints_twice_is_not_flagged_for_its_copy(head):
    article = parse_text(head + BODY)
    assert article.headline == "Ferry crews walk out over rosters"
    assert not _warnings_about(article, "The headline was chosen among several lines")


def test_a_headline_printed_twice_with_another_line_scoring_as_well_is_still_flagged():
    # the twin is no rival, but a teaser's headline over its date is
    article = parse_text("Ferry crews walk out over rosters\n\nFerry crews walk out over rosters\n\n"
                         "Tram line to the north opens next spring\n\n14 March 2024\n\n" + BODY)
    assert _warnings_about(article, "The headline")


def test_dates_under_a_related_heading_inside_the_story_are_the_related_stories_and_only_guessed():
    article = parse_text(
        "Museum works stall for a second year\n\nThe wall was too much for us […]\n\n"
        "Regional\nRelacionadas\nRegional\n\n27/11/2025\n\nHarbour front works go on this summer\n\nRegional\n\n"
        "23/11/2025\n\nPupils show paintings at the mining school\n\n"
        "The rebuilding of the village museum has stalled again, and the council blames the contractor for the delay.\n\n"
        "The contractor says the plans changed three times after the work began, which no one has denied so far.")
    assert article.published_source == GUESSED


@pytest.mark.parametrize("lines", ["Lese-Ansicht\n\nEs gibt neue verfügbare Artikel. Klicken Sie, um die Seite zu aktualisieren.",
                                   "Reading view\n\nThere are new available articles. Click to refresh the page."])


def test_a_feed_readers_view_switch_and_its_notice_are_furniture(lines):
    article = parse_text(f"{lines}\n\nHarbour ferries return after the strike\n\nThe ferries sailed again on Monday "
                         "after the crews accepted the new pay offer, the port authority said.\n\nThe first boat left at "
                         "dawn with about forty passengers on board, and the timetable is back to normal.")
    assert article.headline == "Harbour ferries return after the strike"


@pytest.mark.parametrize("source_tz, printed, offset", [
    ("Australia/Sydney", "Monday January 11, 2016 - 18:46 EDT", timedelta(hours=11)),  # AEDT, printed without its A
    ("Australia/Brisbane", "Mar 6, 2023 2:32 pm EST", timedelta(hours=10)),  # AEST
    ("Australia/Adelaide", "Jul 6, 2023 2:32 pm CST", timedelta(hours=9, minutes=30)),  # ACST
    ("America/New_York", "Mar 6, 2023 2:32 pm EST", timedelta(hours=-5)),
    ("Australia/Sydney", "Jul 6, 2023 2:32 pm EDT", timedelta(hours=-4)),  # Sydney prints no EDT in July: New York's
])
def test_an_australian_site_prints_its_eastern_and_central_zones_without_their_a(source_tz, printed, offset):
    article = parse_text(f"Night buses extended\n\nBy Ana Ruiz\n\n{printed}\n\n" + BODY, source_tz=source_tz)
    assert article.published.utcoffset() == offset
    assert (article.published.hour, article.published.minute) in ((18, 46), (14, 32))


def test_other_stories_each_set_off_by_a_lone_dash_under_the_story_are_left_out():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY
                         + "\n\nMore from the region\n\n-\n\nFerry crews in Norway walk outCrews said rosters were unfair.\n\n-\n\n"
                         "Tram line opens in Portugal next spring\n")
    assert "Norway" not in article.body_text and "Portugal" not in article.body_text
    assert "More from the region" not in article.body_text
    assert article.body_text.rstrip().endswith(BODY.rstrip()[-30:])


def test_one_dash_between_two_parts_of_the_story_is_no_list():
    article = parse_text("Night buses extended\n\nBy Ana Ruiz\n\n14 March 2024\n\n" + BODY
                         + "\n\n-\n\nThe council will review the night buses in a year, officials said on Monday.\n")
    assert "review the night buses" in article.body_text


@pytest.mark.parametrize("seed", range(3))
def test_the_newsletter_quick_test_changes_no_furniture_answer(monkeypatch, seed):
    import random
    import re

    from articles.ingest import parsing_cleanup

    pieces = ["Sign up", "SIGN UP", "signup", "to", "our", "Newsletter", "newsletters", "NEWSLETTER", "newſletter",
              "get", "Receive", "it", "into", "in", "your", "inbox", "INBOX", "ınbox", "İnbox", "the", "harbour",
              "subscribe", "register", "delivered", "news", "letter", "•", "."]
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    quick = [parsing_cleanup.is_furniture(line) for line in lines]
    # Patched: the quick test is an internal short-cut with no switch of its own; this is its equivalence test.
    monkeypatch.setattr(parsing_cleanup, "_NEWSLETTER_WORDS", re.compile(""))
    assert [parsing_cleanup.is_furniture(line) for line in lines] == quick
    assert any(quick) and not all(quick)


def test_a_strip_of_links_ends_at_a_byline_or_a_date_line_whichever_test_comes_first():
    from articles.ingest.parsing_units import _link_strip

    links = ["Home", "World", "Business", "Sport", "Harbour life", "Weather", "Opinion", "Culture", "Podcasts"]
    story = "The harbour board voted on Tuesday to close the northern quay for repairs after divers found cracks."
    for head in (["By Jane Doe • 3 March 2021"], ["3 March 2021 10:15"], ["Jane Doe"]):
        units = links + head + [story]
        dated_or_signed = head[0][0] in "B3"
        # the strip closes over the byline or the date; a bare name is one more link, the strip closes at the story
        assert _link_strip(units) == ((0, len(links) - 1) if dated_or_signed else (0, len(links) + 1)), head


def test_a_korean_news_systems_bulleted_meta_block_dates_the_story():
    # "• 승인 YYYY.MM.DD HH:MM" (approved: published) and "• 수정 ..." (modified) as bullets under the headline (s16k)
    from articles.ingest.parsing_cleanup import is_furniture

    assert not is_furniture("  • 승인 2019.03.04 08:15".strip()) and is_furniture("• 오피니언")
    text = ("Harbour board approves new ferry timetable\n\n  • Min Ji-woo\n  • 승인 2019.03.04 08:15\n"
            "  • 수정 2019.03.04 17:40\n  • 댓글 0\n\n"
            "The harbour board approved the new ferry timetable on Monday after a long debate.\n\n"
            "Fares will rise by five percent in March, the board said in a statement.\n\n"
            "Divers inspected the northern quay and found no new cracks in the wall.")
    article = parse_text(text, source_tz="Asia/Seoul")
    assert (article.published.month, article.published.day, article.published.hour) == (3, 4, 8)
