"""The learned line-role score for the headline (articles/ingest/line_roles.py): a claimed headline whose line looks
nothing like one gives way to a line that plainly does, flagged.

Each test uses a small page written for it (no real article's text).
"""

from articles.ingest.line_roles import (
    FEATURE_NAMES, MAX_HEADLINE_WORDS, NEIGHBOUR, PageLines, _model, headline_score, likelier_headline_line, line_shape,
    page_lines,
    prefer_a_likelier_headline_line,
)
from articles.ingest.parsed_article import ParsedArticle

HEADLINE = "Harbour ferry sails again after winter storms"
BODY = (
    "The harbour ferry carried its first passengers in four months on Monday morning, after engineers finished "
    "repairs to the pier that winter storms had torn apart in November, the port authority said.\n"
    "Commuters queued from six o'clock, and several said the long detour by road had added an hour to each "
    "journey since the closure, which the council had first expected to last only a few weeks.\n"
)
DATE_AND_PAPER = "March 3, 2024 The Harbour Times"


def test_weights_describe_the_features_the_product_computes():
    model = _model()
    assert tuple(model["features"]) == FEATURE_NAMES
    assert len(model["coef"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURE_NAMES)


def test_page_lines_are_the_non_empty_lines_with_spaces_collapsed():
    assert page_lines("  Title  here \n\n\tBy  Ana Lopez\n") == ["Title here", "By Ana Lopez"]


def test_a_short_line_above_the_story_scores_as_a_headline_and_a_date_line_does_not():
    page = PageLines(page_lines(f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}"))
    assert headline_score(page, 0) > 0.8
    assert headline_score(page, 1) < 0.05
    assert headline_score(page, 2) < 0.05  # story prose


def test_a_claimed_date_line_gives_way_to_the_headline_line():
    text = f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}"
    assert likelier_headline_line(text, DATE_AND_PAPER) == HEADLINE


def test_a_claimed_headline_that_looks_like_one_stays():
    assert likelier_headline_line(f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}", HEADLINE) is None


def test_a_headline_not_printed_as_a_line_of_its_own_is_left_to_the_rules():
    assert likelier_headline_line(f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}", "Ferry sails again") is None


def test_a_line_longer_than_a_headline_is_never_offered():
    long_title = " ".join(["Harbour ferry sails again after the winter storms closed the pier"] * 2)
    assert len(long_title.split()) > MAX_HEADLINE_WORDS
    assert likelier_headline_line(f"{long_title}\n{DATE_AND_PAPER}\n{BODY}", DATE_AND_PAPER) is None


def test_the_replaced_headline_is_named_in_a_warning():
    article = ParsedArticle(headline=DATE_AND_PAPER)
    prefer_a_likelier_headline_line(article, f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}")
    assert article.headline == HEADLINE
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith("The headline") and DATE_AND_PAPER in article.warnings[0]


def test_a_proposed_headline_is_left_as_proposed():
    article = ParsedArticle(headline=DATE_AND_PAPER, headline_proposed=True)
    prefer_a_likelier_headline_line(article, f"{HEADLINE}\n{DATE_AND_PAPER}\n{BODY}")
    assert article.headline == DATE_AND_PAPER and not article.warnings


def test_a_neighbour_read_without_its_known_names_gives_the_features_the_whole_shapes_give():
    lines = page_lines(f"Talks in Lagos\nBy Jane Doe and Omar Haddad • {DATE_AND_PAPER}\n{HEADLINE}\n{BODY}")
    page = PageLines(lines)
    scored = page.features(1)  # its neighbours, the lines 0 and 2, are read without their known names
    assert not page._shapes.keys() & {0, 2}
    whole = [line_shape(line) for line in lines]
    assert scored == whole[1] + [whole[0][k] for k in NEIGHBOUR] + [whole[2][k] for k in NEIGHBOUR] + scored[-8:]
    assert page.features(0) == PageLines(lines).features(0)  # the same whichever line was read first
