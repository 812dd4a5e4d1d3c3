"""Session 18's country rules (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: which
blind false countries they would have removed, and which right ones they would have lost.

Today's definitions are read from articles/ingest/ (context_names.py, languages.py, tagging.py, boilerplate.py) and
run against the probe's own modules. Each of the first three rules makes a country's mention weak (a
name inside another name); in a probe commit's code the patch drops a country the tagging returned when every mention
that counted there (not weak, not a city, before the article's end, not on a label line) is one a rule calls weak,
as today's tagger does. ``BLIND_RULES`` (comma-separated, default all) picks them: ``run``
(``a_surname_closing_a_run_of_names``: "before Senior Magistrate Jane Kenya in court"), ``placecity``
(``a_place_in_a_city_abroad``: "Grønland i Oslo"), ``romance`` (``after_a_foreign_name`` for every country's name
on a page in a Romance language: "colonia Flor de Cuba"; its new exception, "Gobierno de Cuba", is not replayed),
``cards`` (``boilerplate.dated_cards_start``: a page of cards, each a title, a date line and a summary, ends the
article at the second card, in the probe's ``article_end``)."""

import ast
import functools
import os
import sys
import unicodedata
from pathlib import Path

from blind_patching import drop_countries_where

from articles.ingest import context, gazetteer, languages, tagging

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "context_names.py"
TODAY_LANGUAGES = TODAY.with_name("languages.py")
RULES = set((os.environ.get("BLIND_RULES") or "run,placecity,romance,cards").split(","))
NEEDED = {
    "run": ["RUN_OF_NAMES_MAX", "TITLE_CASE_MAX_WORDS", "a_surname_closing_a_run_of_names"],
    "placecity": ["IN_A_PLACE", "AT_A_PLACE", "a_place_in_a_city_abroad"],
    "romance": ["NAME_OF", "STATE_OF", "after_a_foreign_name", "ROMANCE_LANGUAGES"],
}
KNOWN_NAMES = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "known_names.txt"  # today's list
known = frozenset(line for line in KNOWN_NAMES.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")


def is_a_known_name(word: str) -> bool:
    decomposed = unicodedata.normalize("NFKD", word.strip(".,;:()'’").casefold())  # as person_names folds it
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))) in known


rules = {"NOT_A_NAME": context.NOT_A_NAME, "COUNTRY_QUALIFIERS": context.COUNTRY_QUALIFIERS,
         "WORD_RE": context.WORD_RE, "gazetteer": gazetteer, "is_a_known_name": is_a_known_name}
rules["_LANGUAGES_OF"] = vars(languages)["_LANGUAGES_OF"]
wanted = {name for rule in RULES for name in NEEDED.get(rule, ())}
for source in (TODAY, TODAY_LANGUAGES, TODAY.with_name("tagging.py")):
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        names = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & wanted:
            exec(compile(ast.Module([node], []), str(source), "exec"), rules)

demonyms = tagging.demonym_forms()


def weak_today(text, words, starts, ends, first, last, form, iso_code, language) -> bool:
    if "romance" in RULES and language in rules["ROMANCE_LANGUAGES"] and rules["after_a_foreign_name"](
            text, words, starts, ends, first):
        return True
    if "run" in RULES and rules["a_surname_closing_a_run_of_names"](text, words, starts, ends, first, last):
        return True
    return "placecity" in RULES and form not in demonyms and rules["a_place_in_a_city_abroad"](
        text, words, starts, ends, first, last, iso_code)


@functools.lru_cache(maxsize=4)
def page_language(words, language):
    return languages.page_language(" ".join(words).lower().split(" ") if words else [], language)


def weak_on_its_page(text, words, starts, ends, first, last, span, entity, language):
    return weak_today(text, words, starts, ends, first, last, span.form, entity.iso_code,
                      page_language(tuple(words), language))


drop_countries_where(weak_on_its_page)


# --- the article's end: a page of dated cards (articles/ingest/boilerplate.py) ----------------------------------------
if "cards" in RULES:
    import re
    from typing import NamedTuple

    from articles.ingest import boilerplate, dates

    BOILERPLATE = TODAY.with_name("boilerplate.py")
    cards = {"re": re, "NamedTuple": NamedTuple, "WORD_RE": context.WORD_RE, "find_dates": dates.find_dates,
             "strip_dates_and_times": dates.strip_dates_and_times, "word_count": lambda line: len(line.split())}
    wanted_cards = {"SENTENCE_END_RE", "HEADING_MAX_WORDS", "TextLine", "_ends_with_a_quoted_word", "text_lines",
                    "CARD_DATE_MAX_WORDS", "CARD_DATE_OTHER_WORDS", "CARD_TITLE_MAX_WORDS", "CARD_SUMMARY_MIN_WORDS",
                    "_LONG_NUMBER", "_a_cards_date", "dated_cards_start"}
    for node in ast.parse(BOILERPLATE.read_text(encoding="utf-8")).body:
        names = {node.name} if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & wanted_cards:
            exec(compile(ast.Module([node], []), str(BOILERPLATE), "exec"), cards)
    original_end = boilerplate.article_end

    def article_end(text: str) -> int:
        return min(original_end(text), cards["dated_cards_start"](text))

    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "article_end", None) is original_end:
            module.article_end = article_end
