"""Warnings where the importer is unsure: each says what to check; only a credit closing a caption line is also taken."""

import html
import json
from datetime import datetime, timezone

import pytest

from articles.ingest.parsing import parse_file, parse_text

from .import_helpers import rendered_form_data

BODY = (
    "The regional council voted on Tuesday to extend the night bus service to the outer districts, "
    "after a year of complaints from shift workers.\n\n"
    "Officials said the extension would cost less than expected because two depots already stand nearby.\n\n"
    "Drivers' unions welcomed the decision but asked for more staff on the late routes.\n\n"
    "The first extended routes start running in May, the council said."
)
PARAGRAPHS = "\n\n".join(f"Paragraph {n} adds a detail about the night buses and the council's vote." for n in range(8))
HEAD = "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n"


def _warnings_about(article, words: str) -> list[str]:
    return [warning for warning in article.warnings if words in warning]


# --- a credit the reading did not place -------------------------------------------------------------------


@pytest.mark.parametrize("line, credit", [
    ("Drivers at the depot on Tuesday. Metro Daily photo by Jo Lim", "photo by Jo Lim"),
    ("Night buses at the depot File Photo Night buses at the depot", "File Photo"),
    ("Drivers at the depot on Tuesday. | \U0001F4F7 Jo Lim", "\U0001F4F7 Jo Lim"),
    ("(Source: Presidential Press Bureau)", "(Source: Presidential Press Bureau)"),
    ("JO LIM/METRO DAILY @jolimfoto", "JO LIM/METRO DAILY @jolimfoto"),
    ("Drivers at the Eastfield depot after the vote (Jo Lim)", "(Jo Lim)"),
    ("Jo Lim - Lusa", "Jo Lim - Lusa"),
    ("Jo Lim / ANP", "Jo Lim / ANP"),
    ("Водители у депо во вторник. Фото: Иван Петров", "Фото: Иван Петров"),
    ("운전사들이 화요일 차고에 모였다. 사진=연합뉴스", "사진=연합뉴스"),
    ("Tài xế tại bến xe hôm thứ Ba. Ảnh: TTXVN", "Ảnh: TTXVN"),
    ("Kierowcy w zajezdni we wtorek. Zdjęcie: PAP", "Zdjęcie: PAP"),
])
def test_a_credit_in_a_shape_the_reading_does_not_take_is_named_in_a_warning(line, credit):
    # below the lead picture's place, where a credit is not taken, only named
    article = parse_text(HEAD + f"{BODY}\n\n{PARAGRAPHS}\n\n{line}\n\nThe council meets again in May.")
    assert article.image_credit == ""
    assert _warnings_about(article, f"No image credit recorded, but the text holds what looks like one (“{credit}”)")


def test_a_credit_shaped_line_dropped_with_the_page_furniture_is_still_named():
    # a line in capitals either side of a slash, under the headline: read as nothing, yet a picture's credit
    article = parse_text("Night buses extended to the outer districts\n\nFACEBOOK.COM/METRODAILY\n\n"
                         "By Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n" + BODY)
    assert article.image_credit == ""
    assert _warnings_about(article, "(“FACEBOOK.COM/METRODAILY”)")


def test_the_bylines_name_beside_an_agency_is_no_credit():
    article = parse_text("Night buses extended to the outer districts\n\nAna Ruiz - Lusa\n\n"
                         "14 March 2024, 17:20 GMT\n\n" + BODY)
    assert article.authors == ["Ana Ruiz"]
    assert not _warnings_about(article, "credit")


@pytest.mark.parametrize("line", [
    "NEWS / POLITICS and more of the council's plans for the late routes",  # capitals and a slash, in prose
    "Sources: the council's budget papers",
    "The vote was proposed by the transport committee's chair. (Jo Lim)",  # after a full stop: the story's
    "The vote was backed by the regulator (Ministry of Transport)",  # not a person's name
])
def test_prose_or_a_source_note_is_no_credit(line):
    article = parse_text(HEAD + BODY + f"\n\n{line}")
    assert not _warnings_about(article, "credit")


@pytest.mark.parametrize("line", [
    "Illustration / Photo / Crédit Jo Lim",  # a credit's label in a form no rule reads
    "Foto de archivo del depósito de autobuses",
    "Photo Release",
])
def test_a_line_near_the_top_speaking_of_a_picture_with_no_credit_read_is_named(line):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n{BODY}")
    assert article.image_credit == ""
    assert _warnings_about(article, f"No image credit found, though a line near the top speaks of a picture (“{line}”)")


@pytest.mark.parametrize("line", [
    "© Metro Daily. All rights reserved.",  # the site's own notice
    "The depot's picture of the future: a fleet of electric buses serving the outer districts by next spring.",
])
def test_a_rights_notice_or_a_sentence_is_no_picture(line):
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n{BODY}")
    assert not _warnings_about(article, "speaks of a picture")


@pytest.mark.parametrize("line", ["Reuters", "Xinhua", "ANP", "harbourpost.com", "Harbour.GOV", "www.harbourpost.com"])
def test_a_wire_or_a_site_alone_near_the_top_with_no_byline_or_credit_read_is_named(line):
    # the story's source as often as the lead picture's credit: neither is taken, the line is named for both
    article = parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n{BODY}")
    assert (article.authors, article.image_credit) == ([], "")
    warning = _warnings_about(article, f"“{line}” stands alone near the top of the page")
    assert warning and "byline" in warning[0] and "credit" in warning[0]


@pytest.mark.parametrize("page", [
    f"Night buses extended to the outer districts\n\nBy Ana Ruiz\n\nReuters\n\n{BODY}",  # a byline was read
    f"Night buses extended to the outer districts\n\nReuters\n\nPhoto: Jo Lim\n\n{BODY}",  # a credit was read
    f"Night buses extended to the outer districts\n\n{BODY}\n\n{PARAGRAPHS}\n\nReuters",  # far into the story
    f"Night buses extended to the outer districts\n\nHarbour news today\n\n{BODY}",  # words, no address
])
def test_a_wire_alone_beside_a_byline_or_a_credit_or_deep_in_the_story_is_no_doubt(page):
    assert not _warnings_about(parse_text(page), "stands alone near the top")


def test_a_picture_word_deep_in_the_story_is_no_doubt():
    article = parse_text(HEAD + BODY + "\n\nPhoto gallery")
    assert not _warnings_about(article, "speaks of a picture")


# --- a date far from the headline ---------------------------------------------------------------------------


def test_an_unlabelled_date_read_deep_in_the_story_is_flagged_and_kept():
    article = parse_text("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY
                         + "\n\n14 March 2024, 17:20 GMT\n\nThe mayor did not comment.")
    assert article.published.isoformat() == "2024-03-14T17:20:00+00:00"  # the value is kept: only a warning
    assert _warnings_about(article, "The publication date was read from “14 March 2024, 17:20 GMT”, printed with "
                                    "no label several lines into the story")


def test_a_date_under_the_byline_is_no_doubt():
    article = parse_text(HEAD + BODY)
    assert article.published.isoformat() == "2024-03-14T17:20:00+00:00"
    assert not _warnings_about(article, "date")


# --- a headline shaped like something else ----------------------------------------------------------------


def _record(headline: str):
    """A feed's record: its headline is given, so only the headline's shape can raise a doubt."""
    record = {"headline": headline, "byline": "By Ana Ruiz", "published": "2024-03-14T17:20:00Z", "body": BODY}
    return parse_file("feed.jsonl", json.dumps(record).encode())[0]


@pytest.mark.parametrize("headline, why", [
    ("Six parties look set to enter the new National Assembly.", "ends with a full stop"),
    ("Metro Daily", "has only one or two words"),
    ("Support quality, independent, local journalism", "holds “journalism”, as a site's name or motto does"),
])
def test_a_headline_shaped_like_a_sentence_or_a_label_is_flagged_and_kept(headline, why):
    article = _record(headline)
    assert article.headline == headline
    assert _warnings_about(article, f"The headline {why}")


@pytest.mark.parametrize("headline", [
    "Khan's hearings in state secrets case put off until Nov.",  # an abbreviation's full stop
    "Night buses extended to the outer districts",
    "夜行バス、郊外へ延長",  # a script without spaces: one "word" is a whole headline
    "Night bus news: the council extends the service",  # a site's word, but the story's words too
])
def test_a_headline_of_ordinary_shape_is_no_doubt(headline):
    article = _record(headline)
    assert article.headline == headline
    assert not _warnings_about(article, "headline")


# --- an author that does not read as a name ---------------------------------------------------------------


@pytest.mark.parametrize("author, why", [
    ("Ana Ruiz Metro Desk", "holds a role's or a newsroom's word"),
    ("Ana Ruiz Senior Reporter", "holds a role's or a newsroom's word"),
    ("Ana Ruiz in the council chamber", "does not have a name's shape"),
])
def test_an_author_holding_a_role_or_words_of_the_story_is_flagged_and_kept(author, why):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import warn_about_author_shape

    article = warn_about_author_shape(ParsedArticle(byline=f"By {author}", authors=["Li Wei", author]))
    assert article.authors == ["Li Wei", author]
    assert article.warnings == [f"The author “{author}” read from the byline {why}; the byline may hold a role, a "
                                "desk, a place or words of the story. Please check it."]


@pytest.mark.parametrize("author", ["Ana Ruiz", "Caroline van der Plas", "Kim Min-ji", "J. R. Smith Jr.", "Suharto",
                                    "남상현"])


def test_a_name_of_any_usual_shape_is_no_doubt(author):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import warn_about_author_shape

    assert not warn_about_author_shape(ParsedArticle(byline=f"By {author}", authors=[author])).warnings


# --- where the editor sees them ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_preview_shows_the_doubts(editor_client):
    page = ("Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n" + BODY
            + "\n\n14 March 2024, 17:20\n\nJO LIM/METRO DAILY\n\nThe mayor did not comment.")
    form = editor_client.get("/admin/articles/article/import/")
    text = editor_client.post("/admin/articles/article/import/",
                              rendered_form_data(form, "text", text=page)).content.decode()
    assert "The publication date was read from “14 March 2024, 17:20”, printed with no label several lines into " \
           "the story" in text
    assert "No image credit recorded, but the text holds what looks like one (“JO LIM/METRO DAILY”)" in text


# --- a headline foreign to its story ----------------------------------------------------------------------


_HARBOUR_STORY = ("The harbour authority closed the northern quay on Tuesday after divers found cracks in its "
                  "concrete piles. Ferries to the islands will sail from the southern pier until engineers finish "
                  "their survey, which the authority expects to take three weeks. Fishermen said the closure "
                  "would cost them their busiest season, and asked the council for help with mooring fees. The "
                  "authority's director told reporters that repairs could begin before winter if the budget allows, "
                  "and that the southern pier would stay open through the night for freight.")


@pytest.mark.parametrize("headline", [
    "Opening hours: Monday-Friday 8.30 and 17.45",  # a schedule of the site's
    "12 views 4 mins 0 comments",  # a theme's counters
    "Weekend markets return to the old town square",  # another story's headline
])
def test_a_headline_sharing_no_word_with_its_story_is_flagged_and_kept(headline):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import warn_about_headline_shape

    article = ParsedArticle(headline=headline, paragraphs=[_HARBOUR_STORY])
    warn_about_headline_shape(article)
    assert article.headline == headline
    assert article.warnings and article.warnings[0].startswith("The headline shares no word with the standfirst")


@pytest.mark.parametrize("headline, standfirst, story", [
    ("Northern quay shut as divers find cracks", "", _HARBOUR_STORY),  # its words come back in the story
    ("Seabed inspection worries officials", "A seabed inspection worried officials on Monday.", _HARBOUR_STORY),
    ("Weekend markets return to the old town square", "", _HARBOUR_STORY[:150]),  # too short a story to tell
    ("港の北岸壁を閉鎖", "", _HARBOUR_STORY),  # a script without spaces
])
def test_a_headline_whose_words_the_story_repeats_or_a_short_story_is_no_doubt(headline, standfirst, story):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import warn_about_headline_shape

    article = ParsedArticle(headline=headline, standfirst=standfirst, paragraphs=[story])
    warn_about_headline_shape(article)
    assert not article.warnings


# --- a page of several stories, each with its own "By" line -----------------------------------------------


_DIGEST = (
    "Harbour Weekly: the week in brief\n\n"
    "Ferry timetable changes for the winter\n\nBy Lena Ostrova\n\n"
    "QUAYSIDE (HW) – The ferry company will run fewer crossings from November, it said on Monday.\n\n"
    "New fish market opens on the north pier\n\nBy Tomas Bergqvist\n\n"
    "NORTH PIER (HW) – Traders moved into the new market hall on Tuesday after two years of building work.\n\n"
    "Lighthouse keepers' cottages up for rent\n\nBy Mira Castellanos\n\n"
    "CAPE HOLM (HW) – The council will let the three cottages to walkers from the spring, its housing office said."
)


def test_a_byline_among_other_stories_bylines_is_flagged_and_kept():
    article = parse_text(_DIGEST)
    assert article.authors  # the first story's, kept as read
    assert _warnings_about(article, "other stories' bylines")


def test_a_byline_with_one_other_by_line_or_its_own_repeated_is_no_doubt():
    one_other = parse_text(HEAD + BODY + "\n\nRelated: Tram fares frozen for a year\n\nBy Tomas Bergqvist")
    repeated = parse_text(HEAD + BODY + "\n\nBy Ana Ruiz")
    assert one_other.authors == ["Ana Ruiz"] and not _warnings_about(one_other, "other stories' bylines")
    assert repeated.authors == ["Ana Ruiz"] and not _warnings_about(repeated, "other stories' bylines")


@pytest.mark.parametrize("seed", range(3))
def test_a_headline_foreign_to_the_story_is_told_as_reading_every_paragraph_tells_it(seed):
    import random

    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import _CONTENT_WORD, _MIN_STORY_WORDS, _STORY_PARAGRAPHS, _foreign_to_the_story

    def every_paragraph_read(headline, article):  # the check as it was: every paragraph's words, then compared
        words = {word.casefold()[:5] for word in _CONTENT_WORD.findall(headline)}
        story = [word.casefold()[:5] for text in [article.standfirst, *article.paragraphs[:_STORY_PARAGRAPHS]]
                 for word in _CONTENT_WORD.findall(text or "")]
        return bool(words) and len(story) >= _MIN_STORY_WORDS and not words.intersection(story)

    pieces = "quay divers cracks harbour council ferry tides storm inspection BOARD Hafen 2021 of the a".split()
    rng = random.Random(seed)
    for _ in range(400):
        headline = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        paragraphs = [" ".join(rng.choice(pieces[4:]) for _ in range(rng.randint(0, 40))) for _ in range(rng.randint(0, 7))]
        article = ParsedArticle(headline=headline, standfirst=rng.choice(["", None, "Storm tides"]), paragraphs=paragraphs)
        assert _foreign_to_the_story(headline, article) == every_paragraph_read(headline, article), (headline, paragraphs)



# --- a credit read beside another on its line (session 16) ------------------------------------------------------

@pytest.mark.parametrize("line, credit, other", [
    # an agency's credit in brackets, then a photographer's: which one the picture's is, the editor decides
    ("A night bus waits at the east depot on Monday. (Photo: Harbour Wire) Photo: Tomas Rieger", "Tomas Rieger",
     "Photo: Harbour Wire"),
])
def test_a_credit_read_beside_another_credit_on_its_line_is_named_in_a_warning(line, credit, other):
    article = parse_text(f"{HEAD}{line}\n\n{BODY}")
    assert article.image_credit == credit
    assert _warnings_about(article, f"was read, but its line holds another (“{other}")


@pytest.mark.parametrize("line", [
    "A night bus waits at the east depot on Monday. Photo: Tomas Rieger",  # one credit
    "A night bus in a file photo taken at the east depot. Photo: Tomas Rieger",  # "file photo" says what it is
])
def test_a_credit_alone_on_its_line_draws_no_second_credit_warning(line):
    article = parse_text(f"{HEAD}{line}\n\n{BODY}")
    assert article.image_credit == "Tomas Rieger"
    assert not _warnings_about(article, "its line holds another")


def test_an_unlabelled_date_deep_in_the_story_is_marked_guessed():
    from articles.ingest.parsed_article import GUESSED

    deep = parse_text("Ferry timetable changes for the islands\n\nBy Lena Okafor\n\n" + BODY
                      + "\n\n2 September 2023, 08:15 GMT\n\nThe harbour master was not available.")
    under_byline = parse_text(HEAD + BODY)
    assert deep.published.date().isoformat() == "2023-09-02" and deep.published_source == GUESSED
    assert under_byline.published_source != GUESSED


# --- the page's shape against a sure field (session 17) -----------------------------------------------------------


@pytest.mark.parametrize("headline, printed", [
    ("Transport - 14 mar, 18:40", "18:40"),  # a section's date line
    ("That was Monday, 3 June 2024", "Monday, 3 June 2024"),  # a page's day
    ("Ana Ruiz le mardi 14 mars 2023", "mardi 14 mars 2023"),  # a byline's line with its date
    ("Monday to Saturday: 8.30, 14.55 and 20.45", "8.30"),  # a schedule
])
def test_a_headline_holding_a_date_or_a_time_is_doubted(headline, printed):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_headline_date_or_credit

    article = ParsedArticle(headline=headline)
    warn_about_headline_date_or_credit(article)
    assert article.warnings == [f"The headline holds a date or a time (“{printed}”), as a page's date line, a "
                                "schedule or a byline's line does; it may not be the article's. Please check it."]


@pytest.mark.parametrize("headline", [
    "Harbour News Digest: March 2, 2023",  # a digest dates its own title
    "Ferry fares rise by 12.50 euros from May",  # a sum, not a time
    "Storm closes the port for 3 days",
    "Fares must fall, says the council – Harbour Council",  # a speaker named after a dash is no credit
    "Returning the ferries is the mayor's duty, says Dr. Ana Ruiz",
])
def test_a_headline_with_a_number_a_digest_date_or_a_speaker_is_not_doubted(headline):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_headline_date_or_credit

    article = ParsedArticle(headline=headline)
    warn_about_headline_date_or_credit(article)
    assert article.warnings == []


@pytest.mark.parametrize("line, credit", [
    ("Fishermen mend their nets at the old quay last week. HPA", "HPA"),
    ("Divers inspect the quay (left). — Harbour Board", "Harbour Board"),
    ("The east depot after the storm - Harbourpix/Jo Lim", "Harbourpix/Jo Lim"),
    ("The east depot after the storm (HARBOURPIX)", "HARBOURPIX"),
    ("fot. HPA", "HPA"),
    ("Photographer Jo Lim", "Jo Lim"),
])
def test_a_caption_closing_with_a_credit_is_read_as_one(line, credit):
    from articles.ingest.parsing_unsure import credit_closing

    assert credit_closing(line) == credit


def test_a_caption_taken_for_the_headline_is_doubted_by_its_credit():
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_a_credit_closing_a_line, warn_about_headline_date_or_credit

    article = ParsedArticle(headline="Fishermen mend their nets at the old quay last week. HPA")
    warn_about_headline_date_or_credit(article)
    take_a_credit_closing_a_line(article, [])
    assert article.image_credit == "HPA"
    assert article.warnings == [
        "The headline closes with what reads as a picture's credit (“HPA”), as a caption does; it may not be the "
        "article's. Please check it.",
        "The image credit “HPA” was read from “Fishermen mend their nets at the old quay last week. HPA”, which "
        "closes with it as a caption does; check it is the picture's."]


def test_a_credit_closing_a_caption_no_rule_read_is_taken_and_named_in_a_warning():
    article = parse_text(f"{HEAD}Drivers wait at the depot on Monday night. — Metro Transit\n\n{BODY}")
    assert article.image_credit == "Metro Transit"
    assert _warnings_about(article, "The image credit “Metro Transit” was read from “Drivers wait at the depot on "
                                    "Monday night. — Metro Transit”, which closes with it as a caption does")


@pytest.mark.parametrize("line, credit, whole", [
    ("Drivers wait at the depot. Courtesy Photo/HPU", "HPU", "Courtesy Photo/HPU"),
    ("Drivers wait at the depot. HARBOUR PRESS - Archivo", "Archivo", "HARBOUR PRESS - Archivo"),
])
def test_a_credit_read_as_the_second_half_of_a_longer_one_is_taken_whole(line, credit, whole):
    article = parse_text(f"{HEAD}{line}\n\n{BODY}")
    assert article.image_credit == whole
    assert _warnings_about(article, f"The image credit “{whole}” was taken whole, where the rules read only its "
                                    f"end (“{credit}”)")


@pytest.mark.parametrize("line, credit", [
    ("Drivers gather at the depot in Kingsport - Reuters", "Reuters"),  # a caption, then its agency
    ("Drivers gather at the depot. Photo: Jo Lim", "Jo Lim"),
])
def test_a_credit_after_a_caption_is_not_doubted_as_cut(line, credit):
    article = parse_text(f"{HEAD}{line}\n\n{BODY}")
    assert article.image_credit == credit
    assert not _warnings_about(article, "was read from the end of")


@pytest.mark.django_db
def test_the_preview_shows_the_doubts_from_the_pages_shape(editor_client):
    form = editor_client.get("/admin/articles/article/import/")
    for page, shown in [
        (f"{HEAD}Drivers wait at the depot on Monday night. — Metro Transit\n\n{BODY}",
         "The image credit “Metro Transit” was read from “Drivers wait at the depot on Monday night. — Metro "
         "Transit”, which closes with it as a caption does"),
        (f"{HEAD}Drivers wait at the depot. Courtesy Photo/HPU\n\n{BODY}",
         "The image credit “Courtesy Photo/HPU” was taken whole, where the rules read only its end (“HPU”)"),
        (f"Metro desk - 14 Mar, 18:40\n\n{BODY}",
         "The headline holds a date or a time (“18:40”), as a page's date line, a schedule or a byline's line does"),
        (f"Drivers wait at the depot on Monday night. HPA\n\nBy Ana Ruiz\n\n14 March 2024\n\n{BODY}",
         "The headline closes with what reads as a picture's credit (“HPA”), as a caption does"),
    ]:
        text = editor_client.post("/admin/articles/article/import/",
                                  rendered_form_data(form, "text", text=page)).content.decode()
        assert html.unescape(shown) in html.unescape(text)


@pytest.mark.parametrize("headline, why", [
    ("HARBOURTON 14 Mar. (HARBOUR PRESS) -", "ends open"),  # a dateline cut from its story
    ("Quay: 12 views, 4 shares, 0 comments", "ends open (a dash, a colon, a bracket) or is mostly numbers"),
])
def test_a_headline_shaped_like_a_cut_dateline_or_a_counter_is_flagged_and_kept(headline, why):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_headline_date_or_credit

    article = ParsedArticle(headline=headline, paragraphs=[_HARBOUR_STORY])
    warn_about_headline_date_or_credit(article)
    assert article.headline == headline
    assert article.warnings and article.warnings[0].startswith(f"The headline {why}")


@pytest.mark.parametrize("headline", [
    "Harbour news summary for 14 March 2024",  # a digest's title names its day
    "Harbour authority closes the northern quay after 2 divers find 3 cracks",
    "Quay repairs to cost 2.5 million",
])
def test_a_digests_title_or_a_headline_with_figures_is_no_doubt(headline):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_headline_date_or_credit

    article = ParsedArticle(headline=headline, paragraphs=[_HARBOUR_STORY])
    warn_about_headline_date_or_credit(article)
    assert not article.warnings


def test_a_doubted_headline_of_one_or_two_words_gives_way_to_a_proposal_and_is_named():
    article = parse_text("Evening Edition\n\n14 March 2024\n\n" + BODY)  # a programme's name over a dated story
    assert article.headline_proposed and article.headline.startswith("The regional council voted")
    assert "The line “Evening Edition” at the top of the page is too short to be sure it is the headline; it was " \
           "not taken." in article.warnings


def test_a_short_headline_no_warning_doubts_a_place_or_in_a_script_without_spaces_is_kept():
    article = parse_text("Harbour Courier\n\nNight buses extended\n\n14 March 2024\n\n" + BODY)  # three words
    assert article.headline == "Night buses extended" and not article.headline_proposed
    article = parse_text("夜行バス延長\n\n2024年3月14日\n\n夜行バスの運行が郊外まで延長された。市議会が火曜日に決定した。")
    assert article.headline == "夜行バス延長" and not article.headline_proposed
    article = parse_text("Harbourton, Northland\n\n14 March 2024\n\n" + BODY)  # a place's line: the tagger reads it
    assert article.headline == "Harbourton, Northland" and not article.headline_proposed


@pytest.mark.parametrize("line", [
    "Filed: 14/03/2024 | - AFP",  # a date line: the agency is the story's source
    "Drivers wait at the depot on Monday night. Foto Referencial",  # an illustrative picture has no credit
    "The council will vote again next month on the late routes. Read More",  # a link's words, no credit
])
def test_a_closing_credit_on_a_date_line_or_in_a_pages_own_words_is_not_taken(line):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_a_credit_closing_a_line

    article = ParsedArticle(headline="Night buses extended to the outer districts", paragraphs=[BODY])
    take_a_credit_closing_a_line(article, [line])
    assert article.image_credit == ""
    assert article.warnings[0].startswith(f"No image credit found, though “{line}” closes with what reads as one")


def test_a_headline_proposed_from_the_lead_gives_no_credit_but_its_closing_one_is_named():
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_a_credit_closing_a_line

    article = ParsedArticle(headline="The council met the Harbour Workers Union (HWU)", headline_proposed=True)
    take_a_credit_closing_a_line(article, [])
    assert article.image_credit == "" and article.warnings == [
        "No image credit found, though “The council met the Harbour Workers Union (HWU)” closes with what reads as "
        "one (“HWU”): if the page shows a picture, check its credit."]


def test_a_date_read_beside_another_days_date_line_near_the_top_is_flagged_and_kept():
    article = parse_text("Night buses extended to the outer districts\n\n2 May 2019\n\nBy Ana Ruiz\n\n"
                         "14 March 2024, 17:20 GMT\n\n" + BODY)  # an archive's date line and the story's own
    assert article.published is not None and article.published.date().isoformat() == "2024-03-14"  # kept
    assert "The publication date was read from “14 March 2024, 17:20 GMT”, but “2 May 2019” near the top of the " \
           "page prints another day; either may be the article's. Please check it." in article.warnings


@pytest.mark.parametrize("other_line", [
    "Friday 6 December 2030",  # a masthead's day, years after the story: the day the page was saved
    "Updated: 15 March 2024",  # an update's later day
    "The council first discussed the routes on 2 February 2019 and again in the autumn of that year",  # a sentence
])
def test_a_masthead_day_an_update_or_a_sentence_naming_a_day_is_no_rival_date(other_line):
    article = parse_text(f"{other_line}\n\nNight buses extended to the outer districts\n\nBy Ana Ruiz\n\n"
                         f"14 March 2024, 17:20 GMT\n\n" + BODY)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-14"
    assert not any("prints another day" in warning for warning in article.warnings)


def test_a_credit_of_two_parts_after_a_third_name_is_kept_and_only_doubted():
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_the_whole_of_a_cut_credit

    line = "The week's five stories from Harbour Post Weekly - HARBOUR PRESS - Archivo"
    article = ParsedArticle(headline="Ferry fares rise", image_credit="HARBOUR PRESS - Archivo")
    take_the_whole_of_a_cut_credit(article, [line])
    assert article.image_credit == "HARBOUR PRESS - Archivo"  # the name before it is the caption's
    assert any("may be the whole" in warning for warning in article.warnings)


def test_two_photographers_slashed_after_a_label_are_taken_together():
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_the_whole_of_a_cut_credit

    line = "Crowds filled the quay until dusk. Photos: Marta Olsen Vik / Tomas Reyes Lind"
    article = ParsedArticle(headline="Ferry fares rise", image_credit="Tomas Reyes Lind")
    take_the_whole_of_a_cut_credit(article, [line])
    assert article.image_credit == "Marta Olsen Vik / Tomas Reyes Lind"
    assert any("taken whole" in warning for warning in article.warnings)


# --- a date read without the time printed beside it ------------------------------------------------------------

_DATE_HEAD = "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n"


def test_a_date_read_without_the_time_printed_beside_it_is_flagged_and_kept():
    time = "17.20"
    article = parse_text(f"{_DATE_HEAD}Thursday 14 March 2024\n\n17.20 Uhr\n\n{BODY}")  # the time's line not joined
    assert article.published is not None and article.published.isoformat() == "2024-03-14T00:00:00+00:00"  # kept
    assert (f"The publication date was read from “Thursday 14 March 2024” without a time, but a time (“{time}”) is "
            "printed beside it; the article's time may be missing. Please check it.") in article.warnings


def test_a_time_on_the_date_line_not_read_with_it_is_flagged():
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_a_time_beside_the_date

    article = ParsedArticle(headline="Ferry fares rise", published=datetime(2024, 3, 14, tzinfo=timezone.utc),
                            published_printed="14 March 2024", published_source="parsed")
    warn_about_a_time_beside_the_date(article, ["Ferry fares rise", "Harbour Post | 14 March 2024 | 17h20", "Story"])
    assert article.published.hour == 0 and len(article.warnings) == 1 and "(“17h20”)" in article.warnings[0]
    article.warnings.clear()
    warn_about_a_time_beside_the_date(article, ["Ferry fares rise", "• 14 March 2024", "• 17:20 hrs", "Story"])
    assert len(article.warnings) == 1 and "(“17:20”)" in article.warnings[0]  # on a short line of its own


@pytest.mark.parametrize("lines", [
    ["14 March 2024", "Updated: 15 March 2024 09:10"],  # an update's time, on the next line
    ["14 March 2024", "Harbour Top Ten Stories (17:20)"],  # a line of words: another story's time
    ["14 March 2024", "The council met at 17:20 on the same day and voted on the routes"],  # the story's sentence
    ["14 March 2024, 17:20"],  # the time already read with the date (printed holds it)
])
def test_an_updates_time_a_line_of_words_or_a_time_already_read_is_no_missing_time(lines):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_a_time_beside_the_date

    printed = lines[0] if len(lines) > 1 else "14 March 2024, 17:20"
    article = ParsedArticle(headline="Ferry fares rise", published=datetime(2024, 3, 14, tzinfo=timezone.utc),
                            published_printed=printed, published_source="parsed")
    warn_about_a_time_beside_the_date(article, ["Ferry fares rise", *lines, "The story."])
    assert article.warnings == []


@pytest.mark.django_db
def test_the_preview_shows_a_time_beside_the_date(editor_client):
    form = editor_client.get("/admin/articles/article/import/")
    text = editor_client.post("/admin/articles/article/import/", rendered_form_data(
        form, "text", text=f"{_DATE_HEAD}Thursday 14 March 2024\n\n17.20 Uhr\n\n{BODY}")).content.decode()
    assert html.unescape("The publication date was read from “Thursday 14 March 2024” without a time, but a time "
                         "(“17.20”) is printed beside it") in html.unescape(text)


# --- a picture's source in words the credit rules do not read; a credit of the story's words ----------------------


def test_a_source_label_near_the_top_with_no_credit_read_is_named():
    article = parse_text(f"{HEAD}Sumber :\n\n- Kolase Harbour\n\n{BODY}")  # Indonesian: "Source :", the credit below
    assert article.image_credit == ""
    assert "No image credit found, though a line near the top speaks of a picture (“Sumber :”): if the page shows " \
           "one, check its credit." in article.warnings


@pytest.mark.parametrize("line", [
    "Captura de pantalla del vídeo del ayuntamiento",  # a screen's still
    "Screenshot from the council's stream",
    "Fuente: archivo del puerto",
    "夜間巴士在車站等候。林小明攝",  # "photographed by", closing a Chinese caption
    "사진 항구신문 제공",
])
def test_a_picture_source_word_on_a_short_line_near_the_top_is_a_picture_word(line):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_warnings import warn_about_picture_without_credit

    article = ParsedArticle(headline="Night buses extended to the outer districts")
    warn_about_picture_without_credit(article, [article.headline, line])
    assert article.image_credit == "" and len(article.warnings) == 1 and f"(“{line}”)" in article.warnings[0]


_DEPOT_STORY = ("Harbour mayor Jo Lim opened the new night bus depot on Tuesday, after a year of complaints from shift "
                "workers.\n\n" + BODY)


def test_a_credit_read_from_a_caption_of_the_storys_words_is_flagged_and_kept():
    article = parse_text("Harbour mayor opens night bus depot\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n"
                         f"Photo: Harbour Mayor Jo Lim Opens Night Bus Depot\n\n{_DEPOT_STORY}")
    assert article.image_credit == "Harbour Mayor Jo Lim Opens Night Bus Depot"  # kept
    assert "The image credit “Harbour Mayor Jo Lim Opens Night Bus Depot” is mostly the story's words (bus, depot, " \
           "harbour, lim), as a caption or a headline is; it may not be the picture's credit. Please check it." \
           in article.warnings


@pytest.mark.parametrize("credit", [
    "Jo Lim / Harbour Night Bus Depot",  # joined: a photographer's and a body's
    "Harbour City Council via Night Bus Depot",
    "Ana Ruiz, Harbour Depot News Desk",
    "Harbour Mayor Jo Lim",  # four words: a name and a role, as credits are
    "Eastfield Port Authority Press Office",  # five words, none of the story's
])
def test_a_joined_short_or_unrelated_credit_is_not_the_storys_words(credit):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import warn_about_a_credit_of_the_storys_words

    article = ParsedArticle(headline="Harbour mayor opens night bus depot", image_credit=credit,
                            paragraphs=_DEPOT_STORY.split("\n\n"))
    warn_about_a_credit_of_the_storys_words(article)
    assert article.warnings == []


@pytest.mark.django_db
def test_the_preview_shows_a_picture_source_and_a_credit_of_the_storys_words(editor_client):
    form = editor_client.get("/admin/articles/article/import/")
    for page, shown in [
        (f"{HEAD}Sumber :\n\n- Kolase Harbour\n\n{BODY}",
         "No image credit found, though a line near the top speaks of a picture (“Sumber :”)"),
        ("Harbour mayor opens night bus depot\n\nBy Ana Ruiz\n\n14 March 2024, 17:20 GMT\n\n"
         f"Photo: Harbour Mayor Jo Lim Opens Night Bus Depot\n\n{_DEPOT_STORY}",
         "The image credit “Harbour Mayor Jo Lim Opens Night Bus Depot” is mostly the story's words"),
    ]:
        text = editor_client.post("/admin/articles/article/import/",
                                  rendered_form_data(form, "text", text=page)).content.decode()
        assert html.unescape(shown) in html.unescape(text)
