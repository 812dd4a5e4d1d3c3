"""What is refused as not article text: a run of one character longer than any writing has."""

import pytest

from articles.ingest.screening import not_article_reason

PROSE = "The council met on Tuesday to discuss the budget. " * 20


@pytest.mark.parametrize("offset", range(0, 200, 7))
def test_a_run_of_501_is_filler_wherever_it_starts_and_500_is_not(offset):
    before = PROSE[:offset]
    assert not_article_reason(before + "z" * 501 + PROSE) == "'z' repeated 501 times: filler, not article text"
    assert not_article_reason(before + "z" * 500 + PROSE) == ""


def test_the_longest_run_is_reported_whole():
    assert not_article_reason(PROSE + "-" * 12_345 + PROSE) == "'-' repeated 12,345 times: filler, not article text"


def test_runs_of_spaces_and_repeated_pairs_are_not_filler():
    assert not_article_reason(PROSE + " " * 2_000 + PROSE) == ""
    assert not_article_reason(PROSE + "ab" * 1_000 + PROSE) == ""
