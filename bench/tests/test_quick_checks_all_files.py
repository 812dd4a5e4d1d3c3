"""The parser's quick checks change no parse result on any labelled file (``make test`` checks every sixth)."""

from articles.tests.quick_checks import every_labelled_article, named, parsed_differently


def test_quick_checks_change_no_parse_result_on_every_labelled_file(monkeypatch):
    differing = parsed_differently(monkeypatch, every_labelled_article())
    assert not differing, f"parsed differently without the quick checks: {named(differing)}"
