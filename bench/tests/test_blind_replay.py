"""bench/blind_replay.py refuses to print figures from a replay in which pages failed to parse (invented rows)."""

from bench.blind_replay import unreadable_pages


def _row(batch, parse_errors, misses=()):
    return {"batch": batch, "parse_errors": parse_errors, "misses": [list(miss) for miss in misses]}


def test_a_replay_where_every_page_parsed_is_scored():
    assert unreadable_pages([_row("s13a", 0), _row("s16j", 0)]) == ""


def test_a_replay_with_pages_that_failed_to_parse_names_the_first_failure():
    rows = [_row("s13a", 0), _row("s16j", 2, [("harbour-01.txt", "parse", "an article", "NameError: name 'x'"),
                                              ("harbour-01.txt", "headline", "Night buses extended", "")])]
    message = unreadable_pages(rows)
    assert message.startswith("Blind pages that could not be parsed: 2;")
    assert "harbour-01.txt: NameError: name 'x'" in message


def test_a_held_out_batchs_failures_are_counted_but_never_named():
    message = unreadable_pages([_row("s17a", 1, [("secret-01.txt", "parse", "an article", "NameError")])])
    assert message.startswith("Blind pages that could not be parsed: 1;") and "secret-01.txt" not in message
