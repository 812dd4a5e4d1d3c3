"""The learned byline chooser: which lines are candidates, what describes them, and what it does with scores.

Small pages written for each behaviour (no real article's text). Tests of the choice itself use hand-set
weights, so they hold whatever the weights fitted by bench/train_byline.py; a few end-to-end tests use the
fitted weights on cases far from the boundary.
"""

import pytest

from articles.ingest import byline_choice
from articles.ingest.byline_choice import (
    NO_BYLINE, BylineCandidate, authors_in, byline_candidates, candidates_with_rules, choose, review_byline,
)
from articles.ingest.parsed_article import ParsedArticle
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_layout import TextLayout
from articles.ingest.parsing_metadata_lines import metadata_line
from articles.tests.invented_story import BODY

PROSE = ("The regional council voted on Tuesday to extend the night bus service to the outer districts after a "
         "year of complaints from shift workers and their unions.")


@pytest.mark.parametrize("line, authors, shape", [
    ("By Ana Ruiz", ["Ana Ruiz"], "by"),
    ("Ana Ruiz, Senior Correspondent", ["Ana Ruiz"], "name and role"),
    ("Ana Ruiz and Tom Lee", ["Ana Ruiz", "Tom Lee"], "names"),
    ("— Ana Ruiz", ["Ana Ruiz"], "dashed"),
    ("Ana Ruiz | Dec 06, 2025", ["Ana Ruiz"], "name beside"),
    ("ANA RUIZ", ["Ana Ruiz"], "name alone"),
    ("Ana Ruiz in Kampala", ["Ana Ruiz"], "name alone"),
    ("Night buses extended to the outer districts", [], ""),
    (PROSE, [], ""),
])
def test_the_shapes_a_byline_candidate_is_read_from(line, authors, shape):
    assert authors_in(line) == (authors, shape)


def _candidates(units: list[str], head_end: int = 1, body_start: int = 3) -> list[BylineCandidate]:
    return byline_candidates(units, [metadata_line(unit) for unit in units], head_end, body_start)


def test_a_byline_under_the_headline_is_described_by_where_it_stands_and_what_stands_beside_it():
    units = ["Night buses extended", "By Ana Ruiz", "14 March 2024", PROSE, PROSE]
    [candidate] = _candidates(units)
    assert (candidate.index, candidate.authors) == (1, ["Ana Ruiz"])
    for name in ("bias", "shape by", "lead word", "just under headline", "in head block", "date beside"):
        assert name in candidate.features, name
    for name in ("above headline", "at end", "chrome word", "named in story", "capitals", "prose after"):
        assert name not in candidate.features, name


def test_a_closing_name_after_the_story_stands_at_the_end_and_prose_naming_the_person_counts_against_it():
    units = ["Night buses extended", "14 March 2024", PROSE, PROSE, PROSE + " Lee said so.", PROSE, "— Tom Lee"]
    [candidate] = _candidates(units, head_end=1, body_start=2)
    assert candidate.index == 6 and candidate.shape == "dashed"
    assert "at end" in candidate.features and "named in story" in candidate.features


def test_page_controls_beside_a_name_carry_the_chrome_word_and_lines_deep_in_the_story_are_not_candidates():
    units = ["Night buses extended", "Ana Ruiz | Follow", "14 March 2024", PROSE] + [PROSE] * 10 + ["Tom Lee"] + [PROSE] * 7
    candidates = _candidates(units)
    assert [c.line for c in candidates] == ["Ana Ruiz | Follow"]
    assert "chrome word" in candidates[0].features


def test_page_controls_are_not_read_as_names_at_all():
    units = ["Night buses extended", "Save Story", "Print Article", "14 March 2024", PROSE]
    assert _candidates(units) == []


def test_the_rules_pick_is_marked_among_the_lines_or_added_when_no_line_gives_it():
    layout = TextLayout(units=["Night buses extended", "By Ana Ruiz", PROSE], head_end=1, body_start=2)
    layout.metadata = [metadata_line(unit) for unit in layout.units]
    [marked] = candidates_with_rules(layout, ["Ana Ruiz"])
    assert "rules' pick" in marked.features
    candidates = candidates_with_rules(layout, ["Tom Lee"])  # from a closing "(Reporting by Tom Lee)"
    assert [(c.authors, c.shape) for c in candidates] == [(["Ana Ruiz"], "by"), (["Tom Lee"], "rules")]
    assert "rules' pick" not in candidates[0].features and "rules' pick" in candidates[1].features


def _candidate(name: str, *features: str) -> BylineCandidate:
    return BylineCandidate(0, name, [name], "name alone", {"bias": 1.0, **{f: 1.0 for f in features}})


WEIGHTS = {"bias": -1.0, "lead word": 3.0, "chrome word": -2.0, "role beside": 1.5}


def test_the_best_candidate_above_zero_is_chosen_and_the_next_reading_kept_as_its_rival():
    by, role = _candidate("Ana Ruiz", "lead word"), _candidate("Tom Lee", "role beside")
    choice = choose([role, by], WEIGHTS)
    assert choice.chosen is by and choice.runner_up is role
    assert (choice.score, choice.runner_up_score) == (2.0, 0.5)
    assert not choice.unsure()  # 1.5 apart


def test_no_candidate_above_zero_means_no_byline_and_a_close_call_is_unsure():
    choice = choose([_candidate("Save Story", "chrome word")], WEIGHTS)
    assert choice.chosen is None and choice.runner_up_score == -3.0 and not choice.unsure()
    close = choose([_candidate("Tom Lee", "role beside")], WEIGHTS)  # 0.5 against "no byline" at 0
    assert close.chosen.line == "Tom Lee" and close.runner_up is NO_BYLINE and close.unsure()
    assert choose([], WEIGHTS).chosen is None


def _reviewed(page: str, monkeypatch, weights: dict) -> ParsedArticle:
    # Patched: the chooser's fitted weights (byline_weights.json) replaced by set ones, as a trained model's would be.
    monkeypatch.setattr(byline_choice, "WEIGHTS", weights)
    return parse_text(page)


def test_a_byline_the_chooser_scores_below_zero_is_dropped_and_the_editor_told(monkeypatch):
    article = _reviewed(f"Night buses extended\n\nAna Ruiz\n14 March 2024\n\n{BODY}", monkeypatch,
                        {"bias": -1.0, "rules' pick": 0.5})
    assert article.authors == [] and article.byline == ""
    assert any("“Ana Ruiz” does not read like a byline" in w for w in article.warnings)


def test_the_rules_byline_scored_just_below_zero_stays_and_the_editor_is_asked_to_check(monkeypatch):
    page = f"Night buses extended\n\nLaura Bennett | Energy Correspondent\n14 March 2024\n\n{BODY}"
    article = _reviewed(page, monkeypatch, {"bias": -1.0, "rules' pick": 0.9})  # -0.1: above VETO_BELOW
    assert article.authors == ["Laura Bennett"]
    # The rules' own warning about a byline without "By" already asks; the chooser adds none of its own.
    assert [w for w in article.warnings if "byline" in w.lower()] == [
        "Byline found only in a line holding a name and a role, without “By” (“Laura Bennett | Energy Correspondent”)"
        " — check it."
    ]


def test_with_the_fitted_weights_a_name_and_role_over_the_date_is_the_byline():
    article = parse_text(f"Night buses extended\n\nLaura Bennett | Energy Correspondent\nNov 1, 2023\n\n{BODY}")
    assert article.authors == ["Laura Bennett"]


def test_a_line_the_chooser_prefers_replaces_the_rules_byline_and_leaves_the_story(monkeypatch):
    page = f"Night buses extended\n\nBy Ana Ruiz\n14 March 2024\n\n{BODY}\n\nTom Lee and Sade Bello"
    article = _reviewed(page, monkeypatch, {"bias": -1.0, "shape names": 3.0, "shape by": 0.5})
    assert article.authors == ["Tom Lee", "Sade Bello"]
    assert "Tom Lee and Sade Bello" not in article.paragraphs and "Tom Lee and Sade Bello" in article.left_out
    assert any("Byline read from “Tom Lee and Sade Bello” rather than “By Ana Ruiz”" in w for w in article.warnings)


def test_two_readings_that_score_alike_are_both_shown(monkeypatch):
    page = f"Night buses extended\n\nBy Ana Ruiz\n14 March 2024\n\n{BODY}\n\nTom Lee and Sade Bello"
    article = _reviewed(page, monkeypatch, {"bias": 1.0, "shape names": 0.5, "shape by": 1.0})
    assert article.authors == ["Ana Ruiz"]
    assert any("could as well be “Tom Lee and Sade Bello”" in w for w in article.warnings)


def test_with_the_fitted_weights_a_by_line_stands_unflagged_and_a_page_control_is_no_byline():
    by = parse_text(f"Night buses extended\n\nBy Ana Ruiz\n14 March 2024\n\n{BODY}")
    assert by.authors == ["Ana Ruiz"] and not any("byline" in w.lower() for w in by.warnings)
    control = parse_text(f"Night buses extended\n\nSave Story\n14 March 2024\n\n{BODY}")
    assert control.authors == [] and "No byline found." in control.warnings


def test_the_fitted_weights_name_only_features_the_candidates_can_have():
    produced = {"bias", "rules' pick", "shape rules", "lead word", "above headline", "just under headline",
                "in head block", "in story", "at end", "first line", "date on line", "date beside", "role beside",
                "repeated", "authors", "words", "chrome word", "picture word", "capitals", "next starts with it",
                "prose after", "named in story"} | {f"shape {s}" for s in
                                                     ("by", "name and role", "names", "dashed", "name beside", "name alone", "desk")}
    assert set(byline_choice.WEIGHTS) <= produced


def test_a_byline_the_rules_missed_is_taken_with_a_warning_that_says_so_truly():
    # A comment counter glued to the name ("0158") hides it from the rules; the chooser reads the line, and the
    # warning must not claim the line has no "By".
    article = parse_text(f"Council approves harbour budget\nBy Maria Lopez0158\n12 March 2024\n\n{BODY}")
    assert article.authors == ["Maria Lopez"]
    assert "Byline read from “By Maria Lopez0158”, a line the parser's rules did not take for one. Please check it." \
        in article.warnings


def test_each_reading_of_a_byline_gets_its_own_lists():
    from articles.ingest.bylines import find_byline

    first = find_byline("By Jane Doe and Omar Haddad | Reuters")
    first.authors.append("Someone Else")
    first.agencies.clear()
    again = find_byline("By Jane Doe and Omar Haddad | Reuters")  # read once, remembered
    assert again.authors == ["Jane Doe", "Omar Haddad"] and again.agencies == ["Reuters"]

    from articles.ingest.byline_name_lines import name_line_byline

    name_line_byline("Jane Doe, Senior Correspondent").authors.clear()
    assert name_line_byline("Jane Doe, Senior Correspondent").authors == ["Jane Doe"]


def test_a_bracketed_by_closing_the_last_paragraph_names_the_writer():
    # "(By: Name)" at the end of the story's last paragraph, as some Pacific papers sign (s16k)
    from articles.ingest.credited_reporters import credited_reporters

    paragraphs = ["The harbour board met on Tuesday.", "It approved the new ferry timetable.",
                  "Fares will rise in March.", "The board meets again in May.", "Divers inspected the quay.",
                  "The quay reopens on Friday.", "Crews worked through the night.",
                  "The ferry will sail at dawn on Saturday.   (By: Mele Tonga)"]
    found = credited_reporters(paragraphs)
    assert found is not None and found[0].authors == ["Mele Tonga"]
    assert credited_reporters(paragraphs[:-1] + ["The mural (Photo by Sam Reid) was unveiled."]) is None


@pytest.mark.parametrize("opening, authors", [
    ("(記者林美玲/台北報導)港務局週一通過新的渡輪時刻表。", ["林美玲"]),
    ("作者/林美玲", ["林美玲"]),
    ("文/林美玲、王大明", ["林美玲", "王大明"]),
])
def test_a_chinese_reporter_credit_opening_the_story_names_the_writer(opening, authors):
    # "(記者Name/Place報導)" or "作者/Name" near the story's start (s16k)
    from articles.ingest.credited_reporters import credited_reporters

    paragraphs = ["新聞 / 港口", "A+", "A-", opening, "港務局週一通過新的渡輪時刻表。", "票價將在三月上漲。"]
    found = credited_reporters(paragraphs)
    assert found is not None and found[0].authors == authors


def test_a_chinese_bracket_without_the_reporter_word_names_no_writer():
    from articles.ingest.credited_reporters import credited_reporters

    assert credited_reporters(["(中央社/台北報導)港務局週一通過新的渡輪時刻表。", "票價將在三月上漲。"]) is None


@pytest.mark.parametrize("name, expected", [
    ("Ana Ruiz", True),
    ("Kofi Boateng", True),  # a given name the lists know from another part of the world
    ("Tomasz Wrześniewski", True),
    ("Muhamad Qorvanu", True),  # one letter from a listed name ("Muhammad"): names are spelt many ways
    ("Harbour Bizwire", False),
    ("Default Thumbnail", False),
    ("Weekly Roundups", False),
    ("Δείτε Επίσης", False),
    ("김서연", True),  # Korean: no space between surname and given name, so the list cannot judge it
])
def test_a_person_is_told_from_a_label_by_the_known_given_names_and_surnames(name, expected):
    from articles.ingest.person_names import may_be_a_person

    assert may_be_a_person(name) is expected


def test_a_lone_name_of_no_known_given_name_or_surname_is_no_byline_and_the_editor_told():
    article = parse_text(f"Night buses extended\n\nHarbour Bizwire\n\n{BODY}")
    assert article.authors == [] and article.byline == ""
    assert any("“Harbour Bizwire” stands where a byline might, but no word of it is a known given name or surname"
               in w for w in article.warnings)


def test_a_lone_known_name_stays_the_byline():
    article = parse_text(f"Night buses extended\n\nMarta Olsen\n\n{BODY}")
    assert article.authors == ["Marta Olsen"]


def test_an_unknown_name_with_a_newsroom_job_or_over_the_date_stays_the_byline():
    with_job = parse_text(f"Night buses extended\n\nQuorvanu Telemisa Senior Reporter\n\n{BODY}")
    assert with_job.authors == ["Quorvanu Telemisa"]
    over_date = parse_text(f"Night buses extended\n\nQuorvanu Telemisa\nWednesday, March 13, 2024\n\n{BODY}")
    assert over_date.authors == ["Quorvanu Telemisa"]


def test_a_name_of_known_words_over_the_headline_is_read_as_the_byline_with_a_warning():
    article = parse_text(f"Marta Olsen Lindqvist\nNight buses extended on three city routes\n\n{BODY}")
    assert article.authors == ["Marta Olsen Lindqvist"]
    assert any("“Marta Olsen Lindqvist”, a name printed beside the headline" in w for w in article.warnings)


def test_a_name_beside_the_headline_is_no_byline_when_the_story_names_it_or_a_word_is_unlisted():
    named = parse_text(f"Marta Olsen\nNight buses extended on three city routes\n\n{BODY}\n\nMarta Olsen, who runs "
                       "the depot, said the drivers had agreed to the new hours after a long talk with the council.")
    assert named.authors == []
    unlisted = parse_text(f"Quorvanu Telemisa\nNight buses extended on three city routes\n\n{BODY}")
    assert unlisted.authors == []


@pytest.mark.parametrize("words, expected", [
    (["Marta", "Olsen"], True),
    (["SARA", "LINDQVIST"], True),
    (["Marta", "Quorvanu"], False),  # one unlisted word: a label or a headline may hold one name
    (["Latest", "News"], False),
    ([], False),
])
def test_every_word_of_a_name_a_listed_given_name_or_surname(words, expected):
    from articles.ingest.person_names import every_word_a_known_name

    assert every_word_a_known_name(words) is expected


@pytest.mark.parametrize("line", ["Marta Olsen - BERGEN", "Marta Olsen / Harbour Post"])
def test_a_known_name_opening_a_short_line_beside_the_headline_before_a_place_an_outlet_or_a_date_is_the_byline(line):
    article = parse_text(f"Night buses extended on three city routes\n{line}\n\n{BODY}")
    assert article.authors == ["Marta Olsen"]
    assert f"Byline read from “{line}”, a name printed beside the headline without “By”. Please check it." \
        in article.warnings


def test_a_standfirst_opening_with_a_known_name_is_no_byline():
    article = parse_text(f"Night buses extended on three city routes\nMarta Olsen, the depot's manager, says the routes "
                         f"will stay open all winter and more drivers are on the way\n\n{BODY}")
    assert article.authors == []


def test_a_known_name_over_a_headline_proposed_from_a_longer_line_in_capitals_is_read():
    # The headline is the line's first sentence with its shouted first word calmed: no line is the headline as read.
    article = parse_text(f"Connect with us\nMarta Olsen\nLATE SERVICE: The regional council voted on Tuesday to extend "
                         f"the night bus service to the outer districts. Drivers agreed.\n\n{BODY}")
    assert article.authors == ["Marta Olsen"]
    assert "Byline read from “Marta Olsen”, a name printed beside the headline without “By”. Please check it." \
        in article.warnings


@pytest.mark.parametrize("headline, expected", [
    ("Night buses extended on three city routes", 1),
    ("Night BUSES extended on three city routes", 1),  # a headline in capitals, calmed
    ("“Night buses extended on three", 1),  # an unclosed quote, the opening of a longer line
    ("Night buses", None),  # too few words to tell one line opening so from another
    ("Ferries cancelled on the coast road", None),
])
def test_the_line_a_headline_was_read_from(headline, expected):
    from articles.ingest.byline_choice import _headline_line

    units = ["Marta Olsen", "NIGHT BUSES EXTENDED ON THREE CITY ROUTES after a vote", "Night buses were late again."]
    assert _headline_line(units, headline) == expected


@pytest.mark.parametrize("page, authors", [
    (f"Transport\n- Marta Olsen\n- Sara Lindqvist\nNight buses extended on three city routes\n\n{BODY}",
     ["Marta Olsen", "Sara Lindqvist"]),
    (f"Night buses extended on three city routes\nNight buses extended on three city routes\n• Marta Olsen\n"
     f"• Published 2024.03.13 10:24\n• Comments 0\n\n{BODY}", ["Marta Olsen"]),
])
def test_writers_listed_one_an_item_beside_the_headline_are_the_byline_with_a_warning(page, authors):
    article = parse_text(page)
    assert article.authors == authors
    assert any("names listed beside the headline without “By”" in w for w in article.warnings)


@pytest.mark.parametrize("items", [
    "• Marta Olsen\n• Sara Lindqvist\n• Tomas Berg\n• Anna Holm",  # a longer list: the story's, not its writers
    "• Night shifts\n• Marta Olsen",  # the item nearest the headline is no name
    "• Quorvanu Telemisa",  # no word of it a listed name
])
def test_a_list_beside_the_headline_that_is_no_writers_list_is_no_byline(items):
    article = parse_text(f"Night buses extended on three city routes\n{items}\n\n{BODY}")
    assert article.authors == []


def test_a_listed_name_the_story_gives_is_no_byline():
    article = parse_text(f"- Marta Olsen\nNight buses extended on three city routes\n\n{BODY}\n\nMarta Olsen, who runs "
                         "the depot, said the drivers had agreed to the new hours after a long talk with the council.")
    assert article.authors == []


def test_a_listed_given_name_with_an_unlisted_surname_beside_the_headline_is_read():
    article = parse_text(f"Marta Quorvanu\nNight buses extended on three city routes\n\n{BODY}")
    assert article.authors == ["Marta Quorvanu"]


def test_a_name_and_the_place_it_writes_from_run_into_the_date_is_the_byline_and_date_line():
    article = parse_text(f"Night buses extended on three city routes\nMarta Olsen in Bergen 13 March 2024\n\n{BODY}")
    assert article.authors == ["Marta Olsen"]
    assert article.published.date().isoformat() == "2024-03-13"


@pytest.mark.parametrize("line", ["Marta Olsen em Bergen"])
def test_a_known_name_before_the_place_it_writes_from_beside_the_headline_is_the_byline(line):
    article = parse_text(f"Night buses extended on three city routes\n{line}\n\n{BODY}")
    assert article.authors == ["Marta Olsen"]
    assert f"Byline read from “{line}”, a name printed beside the headline without “By”. Please check it." \
        in article.warnings


def test_an_unlisted_given_name_before_a_listed_surname_beside_the_headline_is_read_with_a_warning():
    article = parse_text(f"Quorvanu Olsen\nNight buses extended on three city routes\n\n{BODY}")
    assert article.authors == ["Quorvanu Olsen"]
    assert "Byline read from “Quorvanu Olsen”, a name printed beside the headline without “By”. Please check it." \
        in article.warnings


@pytest.mark.parametrize("line", ["Outer Winter", "Update May", "Quorvanu Telemisa Vanstad Olsen"])
def test_an_unlisted_first_word_before_a_surname_is_no_byline_in_lower_case_on_the_page_a_month_or_four_words(line):
    article = parse_text(f"{line}\nNight buses extended on three city routes\n\n{BODY}\n\nThe outer line opens first.")
    assert article.authors == []


@pytest.mark.parametrize("line", ["Marta Olsen.", "Marta Quorvanutelemisabergenharbour"])
def test_a_name_closing_a_sentence_or_of_words_run_together_beside_the_headline_is_no_byline(line):
    article = parse_text(f"{line}\nNight buses extended on three city routes\n\n{BODY}")
    assert article.authors == []


@pytest.mark.parametrize("line", ["Marta Olsen / Reuters", "Marta Olsen - Illustration"])
def test_a_known_name_before_a_pictures_credit_beside_the_headline_is_no_byline(line):
    article = parse_text(f"Night buses extended on three city routes\n{line}\n\n{BODY}")
    assert article.authors == []


def test_a_known_name_signed_among_the_furniture_after_the_story_is_the_byline_with_a_warning():
    article = parse_text(f"Night buses extended on three city routes\n\n{BODY}\n\nRelated Posts\n\nMarta Quorvanu\n\n"
                         "Leave a Reply")
    assert article.authors == ["Marta Quorvanu"]
    assert "Byline read from “Marta Quorvanu”, a name signed after the story without “By”. Please check it." \
        in article.warnings


def test_a_short_last_paragraph_signing_a_broadcasts_script_is_the_byline_and_leaves_the_story():
    article = parse_text(f"Night buses extended on three city routes\n\n{BODY}\n\nMarta Olsen, Harbour Radio.")
    assert article.authors == ["Marta Olsen"]
    assert article.paragraphs[-1].startswith("Residents' groups")


@pytest.mark.parametrize("closing", [
    "Marta Olsen\n\n12 March 2024",  # a listed story's author and its day
    "Harbour Times Business\n\nMarta Olsen\n\nThe Daily Post",  # a column of outlets' links
    "Grace Notes\n\nLeave a Reply",  # "notes" is written in lower case in the story: a common word
    "MARTA OLSEN\n\nLeave a Reply",  # capitals: a label or an agency more often than a signature
    "Marta Reads Posts\n\nLeave a Reply",  # three words: a heading's shape as much as a name's
])
def test_a_name_shaped_line_after_the_story_is_no_signature_in_a_listing_a_column_of_links_or_a_common_word(closing):
    article = parse_text(f"Night buses extended on three city routes\n\n{BODY} The council keeps notes of every "
                         f"complaint.\n\nRelated Posts\n\n{closing}")
    assert article.authors == []


def test_the_outlets_own_journalist_named_in_the_story_is_the_byline_with_a_warning():
    article = parse_text(f"Harbourline\n\nNight buses extended on three city routes\n\n{BODY}\n\n"
                         "Harbourline's Marta Olsen rode the last bus out of the depot on Friday night.\n\n"
                         "Drivers said the new timetable would start in March.")
    assert article.authors == ["Marta Olsen"]
    assert "Byline read from “Harbourline's Marta Olsen”, the outlet's own journalist named in the story. " \
        "Please check it." in article.warnings


def test_the_outlets_correspondents_named_in_the_story_are_its_writers():
    article = parse_text(f"Night buses extended on three city routes\n\nSource: Harbourline\n\n{BODY}\n\n"
                         "Harbourline special correspondent Marta Olsen and Jonas Berg rode the last bus on Friday.")
    assert article.authors == ["Marta Olsen", "Jonas Berg"]


@pytest.mark.parametrize("sentence", [
    "The Transit Council's Marta Olsen said the drivers had agreed to the new hours.",  # no outlet the page prints
    "Harbourline's Marta Olsen Depot Tours begin on Friday.",  # the name runs on into other capitalised words
])
def test_a_possessive_before_a_name_in_the_story_is_no_byline_unless_the_page_prints_the_outlet_and_the_name_ends(
        sentence):
    article = parse_text(f"Harbourline\n\nNight buses extended on three city routes\n\n{BODY}\n\n{sentence}\n\n"
                         "Drivers said the new timetable would start in March.")
    assert article.authors == []
