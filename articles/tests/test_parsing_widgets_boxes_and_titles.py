"""Layouts met on Middle Eastern and African pages (batch s14a of the real-world set), each rule on an invented
page: a clock closed by a bare "p", a live page's time-stamped entries, a weather widget's town, an author box
that counts the writer's stories, "(rights reserved)" after a caption, a royal or state title in another language
before a name."""

from datetime import datetime, timezone

import pytest

from articles.ingest.dates import find_dates
from articles.ingest.parsing import parse_text
from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary
from articles.tests.invented_story import BODY, HEADLINE


@pytest.mark.parametrize("clock, hour", [("9:15 p", 21), ("9:15 P", 21), ("9:15 a", 9), ("12:05 a", 0), ("21:15 p", 21)])
def test_a_clock_closed_by_a_bare_a_or_p_at_the_lines_end_is_morning_or_afternoon(clock, hour):
    article = parse_text(f"{HEADLINE}\n\n2019-03-04 - {clock}\n\n{BODY}")
    assert article.published == datetime(2019, 3, 4, hour, int(clock.split(":")[1][:2]), tzinfo=timezone.utc)


def test_a_bare_a_after_a_time_inside_a_sentence_is_a_word_not_the_morning():
    found = find_dates("Updated 2019-03-04 at 9:15 a bus left the depot")
    assert [f.value.hour for f in found] == [9]


def test_a_live_pages_time_stamped_entries_are_not_its_headline():
    page = (f"{HEADLINE}\n\n{HEADLINE}\n\n21h40. End of this live.\n\n20h05. Council confirms the depots will stay open"
            "\n\n>> Read more: Depots at the heart of the plan\n\n18h12. Alert. The mayor says buses will run all winter"
            f"\n\n{BODY}")
    assert parse_text(page).headline == HEADLINE


def test_a_weather_widgets_town_above_the_mastheads_date_is_neither_headline_nor_writer():
    article = parse_text(f"14.5 C\nCape Town\nsexta-feira, março 7, 2025\n\n{HEADLINE}\n\n{BODY}")
    assert article.headline == HEADLINE
    assert "Cape Town" not in article.authors
    assert any(w.startswith("The only date stands above the headline") for w in article.warnings)


def test_a_headline_naming_a_town_is_still_a_headline():
    assert parse_text(f"Cape Town night buses extended to the outer districts\n\n{BODY}").headline \
        == "Cape Town night buses extended to the outer districts"


def test_an_author_box_counting_the_writers_stories_names_the_writer_and_its_biography_is_left_out():
    page = (f"{HEADLINE}\n\n{BODY}\n\nAbout Marta Quell 812 Articles\n"
            "Marta Quell : Born in Portugal and raised in Spain, Marta Quell covers transport and city hall.")
    article = parse_text(page)
    assert article.authors == ["Marta Quell"]
    assert not any("Portugal" in paragraph for paragraph in article.paragraphs)


def test_about_a_place_and_a_number_is_no_author_box():
    article = parse_text(f"{HEADLINE}\n\n{BODY}\n\nAbout Cape Town 40 Stories")
    assert article.authors == []


def test_rights_reserved_in_brackets_closing_a_caption_is_that_pictures_credit():
    page = (f"{HEADLINE}\n\nBy Jo Fenn\nPosted on Monday, 4 March 2024 10:10\n\nThe mayor at the new depot\n"
            f"The mayor at the new depot (rights reserved)\n\n{BODY}")
    article = parse_text(page)
    assert (article.image_credit, article.image_caption) == ("rights reserved", "The mayor at the new depot")


@pytest.mark.parametrize("line", ["© 2024 Harbour Media. All rights reserved.", "Harbour Media (All rights reserved) © 2024"])
def test_a_pages_own_rights_reserved_line_is_still_no_pictures_credit(line):
    article = parse_text(f"{HEADLINE}\n\nBy Jo Fenn\n\n{BODY}\n\n{line}")
    assert article.image_credit == ""


@pytest.mark.parametrize("text, name", [
    ("La ministre a salué le Roi Jean Dupré hier soir.", "Jean Dupré"),
    ("Der Besuch bei Königin Ana Ruiz endete am Abend.", "Ana Ruiz"),
    ("Franziska König sprach am Abend.", "Franziska König"),  # a surname that is a title elsewhere
    ("Le Président Jean Dupré a parlé devant les élus.", "Jean Dupré"),
    ("O encontro com a Rainha Ana Ruiz terminou cedo.", "Ana Ruiz"),
])
def test_a_royal_or_state_title_in_another_language_is_not_part_of_the_name(text, name):
    found = [candidate.name for candidate in Matcher(country_vocabulary() + starter_vocabulary()).tag(text).candidates]
    assert name in found


@pytest.mark.parametrize("office", ["Deputy Police Public Relations Officer", "Spokesperson", "Secretary General"])
def test_a_statements_closing_name_over_its_signatorys_office_is_the_author(office):
    from articles.ingest.byline_vocabulary import is_signatory_office

    assert is_signatory_office(office)
    assert not is_signatory_office("The officer said the road would reopen.")  # a sentence, not an office
    article = parse_text(f"{HEADLINE}\n\n{BODY}\n\nMaria Tembo\n\n{office}")
    assert article.authors == ["Maria Tembo"]
    assert "Maria Tembo" not in article.body_text
    assert any("Byline" in warning for warning in article.warnings)  # taken from after the story: flagged
