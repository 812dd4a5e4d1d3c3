"""Layouts of Asian and Oceanian section, tag and author pages (batch s15d of the real-world set): an outlet's
"photo by" credit closing a caption, an author or archive page's own labels over the first card, the dates of
the teasers listed under a story that prints none, a list whose every item stands under its date, a tag page of
title-and-summary cards, a writer's name run into the dateline, a list page's bullet before its first story.

Each test states one general rule, with a small page written for it (no real article's text).
"""

from datetime import date

import pytest

from articles.ingest.boilerplate import teaser_pairs_start
from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text

BODY = (
    "The district council has agreed to rebuild the washed-out footbridge over the river before the rainy season, "
    "its chairman told residents at a meeting in the market hall on Saturday.\n\n"
    "Work is expected to take four months and will be paid for from the council's emergency fund.\n\n"
    "Traders on the far bank said the closure had halved the number of customers reaching their stalls."
)


@pytest.mark.parametrize("line, caption, credit", [
    ("Pupils plant mangroves on the shore at Lakeside, Friday (3 May 2024). Harbour Times photo by JO LIM",
     "Pupils plant mangroves on the shore at Lakeside, Friday (3 May 2024).", "JO LIM"),
    ("A ferry leaves the old pier on Monday. Valley Post photos by Ana Reyes", "A ferry leaves the old pier on Monday.",
     "Ana Reyes"),
])
def test_an_outlets_photo_by_closing_the_caption_credits_the_photographer(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_a_photo_by_inside_a_sentence_is_no_credit():
    found = split_credit("The mayor said the photo by the river was taken in June last year")
    assert found is None or found.credit == ""


@pytest.mark.parametrize("label", ["About Author", "About the Author", "Articles by Author",
                                   "Main news on Lakeland", "All stories from Lakeland"])
def test_an_author_or_archive_pages_own_label_is_not_the_headline(label):
    article = parse_text(f"{label}\n\nCouncil agrees to rebuild the river footbridge\n\n{BODY}")
    assert article.headline == "Council agrees to rebuild the river footbridge"


def test_the_dates_of_the_teasers_under_a_story_with_none_are_only_a_guess():
    teasers = (
        "12 Mar 2019 - 8:10pm | Bureau\nA two day session of the district assembly opens today in the "
        "assembly house with its speaker in the chair. The...\n\n"
        "17 Jun 2016 - 11:49am | Bureau\nThe chief minister is set to reshuffle his council of ministers in a "
        "day or two, after talks in the capital. The...\n\n"
        "25 Aug 2020 - 8:32pm | Valley Bureau\nA singer today visited the flooded villages near the border and "
        "promised to hold a concert for the"
    )
    article = parse_text(f"Council agrees to rebuild the river footbridge\n\n{BODY}\n\n{teasers}")
    assert article.published_source == "guessed"
    assert any("list of other stories" in warning for warning in article.warnings)


def test_a_story_dated_at_its_foot_keeps_its_date():
    article = parse_text(f"Council agrees to rebuild the river footbridge\n\n{BODY}\n\n12 Mar 2019 - 8:10pm | Bureau")
    assert article.published.date() == date(2019, 3, 12)
    assert article.published_source != "guessed"


def test_in_a_list_of_items_each_under_its_date_the_date_over_the_headline_is_the_first_items():
    page = (
        "14 MARCH 2022\n\nCouncil agrees to rebuild the river footbridge\n\n"
        "The district council agreed on Saturday to rebuild the washed-out footbridge over the river before the "
        "rains, its chairman told residents at a meeting in the market hall.\n\n"
        "2 FEBRUARY 2022\n\nMarket traders ask for longer opening hours\n\n"
        "Stall holders want the covered market to stay open until nine in the evening in the dry season, when "
        "most of their customers come after work, their association said.\n\n"
        "20 JANUARY 2022\n\nSchool buses to run on the lake road again\n\n"
        "The education office said the buses would return once the road had been resurfaced, probably next month."
    )
    article = parse_text(page)
    assert article.headline == "Council agrees to rebuild the river footbridge"
    assert article.published.date() == date(2022, 3, 14)
    assert article.published_source != "guessed"


def test_a_date_of_the_day_over_the_headline_still_yields_to_the_articles_date():
    page = f"Tuesday, 14 March 2022\n\nCouncil agrees to rebuild the river footbridge\n\n2 March 2022\n\n{BODY}"
    assert parse_text(page).published.date() == date(2022, 3, 2)


CARDS = (
    "Council agrees to rebuild the river footbridge\n\n"
    "The district council has agreed to rebuild the washed-out footbridge before the rainy season, its chairman "
    "told residents, after traders on the far bank said the closure had halved their customers and\n\n"
    "Market traders ask the council for longer opening hours\n\n"
    "Stall holders want the covered market to stay open until nine in the evening in the dry season, when most of "
    "their customers come after work, their association said in a letter to the\n\n"
    "School buses will run on the lake road again next month\n\n"
    "The education office said the buses would return once the road had been resurfaced, which the contractor "
    "expects to finish before the end of the month if the weather holds and"
)


def test_on_a_page_of_title_and_summary_cards_from_its_first_line_the_first_card_is_the_article():
    assert CARDS[teaser_pairs_start(CARDS):].startswith("Market traders ask the council")


def test_an_article_with_a_long_story_under_its_headline_is_not_cut_after_its_first_paragraph():
    text = "Council agrees to rebuild the river footbridge\n\n" + BODY
    assert teaser_pairs_start(text) == len(text)


@pytest.mark.parametrize("lead, author", [
    ("Amina Siddiqui Karachi: The port city's buses will run through the night from Monday, the transport "
     "authority said, after a month of complaints from shift workers.", ["Amina Siddiqui"]),
    ("Rashid ul Haq Qureshi Islamabad: Schools in the capital will open an hour later through the winter, the "
     "education department said on Friday after parents asked for the change.", ["Rashid ul Haq Qureshi"]),
])
def test_a_writers_name_run_into_the_dateline_is_the_byline(lead, author):
    article = parse_text(f"Night buses for the port city\n\n{lead}\n\n{BODY}")
    assert article.authors == author
    assert article.paragraphs[0].startswith(("Karachi:", "Islamabad:"))
    assert any("dateline" in warning for warning in article.warnings)


@pytest.mark.parametrize("lead", [
    "Transport Authority Karachi: The port city's buses will run through the night from Monday, the authority said.",
    "New Delhi: The capital's buses will run through the night from Monday, the transport authority said today.",
])
def test_a_dateline_without_a_persons_name_before_it_gives_no_byline(lead):
    assert parse_text(f"Night buses for the port city\n\n{lead}\n\n{BODY}").authors == []


def test_a_list_pages_bullet_before_its_first_story_is_not_part_of_the_headline():
    page = (f"• Council agrees to rebuild the river footbridge\n    {BODY.split(chr(10))[0]}\n"
            "  • Market traders ask the council for longer opening hours\n    Stall holders want the covered market "
            "to stay open until nine in the evening in the dry season, their association said.")
    assert parse_text(page).headline == "Council agrees to rebuild the river footbridge"
