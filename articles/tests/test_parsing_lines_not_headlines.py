"""The headline on outlets never seen (session 21): lines that are not a headline taken for one, and tags kept on it.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.parsing import parse_text
from articles.ingest.parsing_page_chrome import without_columnist
from articles.tests.invented_story import BODY, HEADLINE


def _no_headline_claimed(article) -> bool:
    """Right on a page that prints no headline: none, or one proposed and flagged."""
    return not article.headline or article.headline_proposed


@pytest.mark.parametrize("desk", [
    "Staff Reporter (The Harbour Post)", "Dewan Redaksi (Harbour Daily)", "Redacción (Diario del Puerto)",
])
def test_a_desk_credited_with_its_paper_in_brackets_is_not_the_headline(desk):
    assert _no_headline_claimed(parse_text(f"{desk}\nPREMIUM\n14 March 2024\n{BODY}"))


def test_a_headline_ending_with_a_bracket_is_still_the_headline():
    headline = "Night buses extended to the outer districts (update)"
    assert parse_text(f"{headline}\n14 March 2024\n{BODY}").headline == headline


def test_a_hard_wrapped_story_opening_with_its_dateline_gives_no_headline():
    wrapped = (
        "SEAVILLE — The regional council has begun talks with the bus operators over a\n\n"
        "new contract for the night service, the council's press office said on\n\n"
        "Tuesday.\n\n"
        "The talks are the latest attempt to settle a dispute that has kept the depots\n\n"
        "closed since the spring, when the operators asked for a higher fare.\n\n"
        "Officials did not say when the talks would end.\n"
    )
    article = parse_text(wrapped)
    assert not article.headline.startswith("SEAVILLE")
    assert _no_headline_claimed(article)


@pytest.mark.parametrize("tag", ["Afrique", "Sport", "Économie", "Mundo"])
def test_one_word_and_a_slash_before_a_whole_headline_is_a_tag(tag):
    assert without_columnist(f"{tag} / {HEADLINE}", []) == HEADLINE
    assert parse_text(f"{tag} / {HEADLINE}\n14 March 2024\n{BODY}").headline == HEADLINE


@pytest.mark.parametrize("headline", [
    "Harbour / Seaville bus deal signed",  # too short after the slash to be a whole headline
    "Ferries / Night buses extended to the outer districts / Trams",  # more slashes: a list, not a tag
    "Jane Roe / Night buses extended to the outer districts",  # two words: a columnist only with her name below
    "Moore / Night buses extended to the outer districts",  # ... and a surname too
])
def test_a_slash_that_does_not_tag_the_headline_is_kept(headline):
    assert without_columnist(headline, []) == headline


def test_a_standfirst_the_story_opens_with_again_is_not_taken_for_a_headline_printed_twice():
    standfirst = "The council voted to extend the night bus service to the outer districts"
    page = (f"Harbour Focus\nTransport\n{HEADLINE}\n{standfirst}\n\n"
            "This short guide explains to new councillors, the press and every resident what the vote changes "
            "and when the first buses will run.\n\n"
            f"{standfirst}. The decision follows a year of complaints from shift workers who finish late.\n\n"
            "Officials said the extension would cost less than expected.")
    assert parse_text(page).headline == HEADLINE


@pytest.mark.parametrize("name", ["President Jane Doe", "Lt Col Jane Doe", "JANE DOE", "Maria Lopez"])
def test_a_name_alone_over_the_story_is_the_pictures_caption_not_the_headline(name):
    article = parse_text(f"{name}\n{BODY}")
    assert article.headline != name  # nor proposed from it: the proposal is the lead's
    assert _no_headline_claimed(article)


@pytest.mark.parametrize("headline", ["President Visits Flood Zone", "Mayor Opens Harbour Depot"])
def test_a_title_case_headline_opening_with_a_title_is_still_the_headline(headline):
    from articles.ingest.parsing_lines import person_alone

    story = ["The president visits the flood zone and the harbour depot that the mayor opens on Tuesday, "
             "after a year of storms."]
    assert person_alone("President Jane Tinubo", story)
    assert not person_alone(headline, story)


def test_without_titles():
    from articles.ingest.byline_vocabulary import without_titles

    assert without_titles("President Jane Doe") == "Jane Doe"
    assert without_titles("Lt Col Jane Doe") == "Jane Doe"
    assert without_titles("Jane Doe") == "Jane Doe"
    assert without_titles("President") == "President"


@pytest.mark.parametrize("region", ["South Asia", "Middle East", "Latin America"])
def test_a_region_of_the_world_alone_is_a_sections_label_not_a_headline_candidate(region):
    from articles.ingest.parsing_headline_features import headline_score

    units = [region, "Harbour-Seaville Relations", "Jane Doe", "Published", "on", BODY.split("\n\n")[0]]
    assert headline_score(units, [None] * len(units), 0, 5, set()) == 0.0
    assert headline_score(units, [None] * len(units), 1, 5, set()) > 0.0
