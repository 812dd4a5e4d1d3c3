"""Session 18's recall rules (issue 12, branch recall18) put into a probe commit's code, for ``bench/blind_replay.py
--patch``. ``BLIND_RULES`` (comma-separated, default all):

* ``nominative``: today's ``articles/ingest/name_cases.py`` (a person candidate given back its nominative on a page
  in a language that declines names), run after the probe's ``Matcher.tag`` on the page language the probe's own
  ``page_language`` tells;
* ``scripts``: the languages told by their script (Chinese, Japanese, Korean, Hebrew, Arabic, Persian): today's
  ``script_language`` where the probe's small words tell no language, the country names of Chinese, Japanese and
  Hebrew (today's ``_names_in``, with Hebrew's prefixed forms) added to the probe's, and the Chinese and Japanese names found
  inside runs of characters on a line of prose (today's ``unspaced_prose``), not opening an organisation's name;
* ``titles``: today's ``candidates.a_surname_that_is_a_title`` ("Theresa May": a month's or a title's word after a
  given name kept as the surname when both words are on the known-names list), wrapped round the probe's ``_trim``.

Today's modules are loaded from today's tree; nothing else of today's code is."""

import ast
import importlib.util
import os
import sys
from pathlib import Path

from articles.ingest import candidates, languages, tagging

RULES = set((os.environ.get("BLIND_RULES") or "nominative,scripts,titles").split(","))
TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def load_name_cases():
    """Today's ``name_cases``, whose one import (today's known-names list and its folding, from ``person_names``)
    is put in from today's source: a probe's own ``person_names`` is older or missing."""
    import types

    module = types.ModuleType("recall18_name_cases")
    sys.modules[module.__name__] = module
    module.__file__ = str(TODAY / "name_cases.py")
    exec("import unicodedata\nfrom functools import cache\nfrom pathlib import Path", module.__dict__)
    module.__dict__["__file__"] = str(TODAY / "person_names.py")  # _KNOWN_NAMES lies beside it
    for node in ast.parse((TODAY / "person_names.py").read_text(encoding="utf-8")).body:
        names = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & {"_KNOWN_NAMES", "fold_name_word", "known_name_words"}:
            exec(compile(ast.Module([node], []), str(TODAY / "person_names.py"), "exec"), module.__dict__)
    source = (TODAY / "name_cases.py").read_text(encoding="utf-8")
    source = source.replace("from .person_names import fold_name_word, known_name_words\n", "")
    exec(compile(source, str(TODAY / "name_cases.py"), "exec"), module.__dict__)
    return module


name_cases = load_name_cases()
# today's languages.py imports today's country_name_sources and script_names (session 20), which older probes' packages
# lack
for _module in ("country_name_sources", "script_names"):
    if not (Path(languages.__file__).parent / f"{_module}.py").exists():
        load(f"articles.ingest.{_module}", TODAY / f"{_module}.py")
# in the probe's package, so that its relative import (.vocabulary) is the probe's
today_languages = load("articles.ingest.recall18_languages", TODAY / "languages.py")
SCRIPTS = today_languages.SCRIPT_NAMES_LANGUAGES  # the ones whose country names are read
tokens = tagging.tokens  # tagged_text.py in later probes, tagging.py in earlier ones
old_page_language = languages.page_language
old_foreign_names = languages.foreign_country_names


def page_language(lowered, declared=""):
    """The probe's, then today's script rule where the probe's small words tell nothing."""
    told = old_page_language(lowered, "")
    return told or today_languages.script_language(lowered) or old_page_language(lowered, declared)


def foreign_country_names():
    extra = []
    for language in sorted(SCRIPTS):
        for code, names in today_languages._names_in(language).items():
            for name in names:
                extra.append(languages.ForeignName(code, name, frozenset({language}), False))
                extra += [languages.ForeignName(code, form, frozenset({language}), True)
                          for form in today_languages._case_forms(name, language)]
    return tuple(old_foreign_names()) + tuple(extra)


if "scripts" in RULES:
    tagging.page_language = page_language
    tagging.foreign_country_names = foreign_country_names
    tagging.FOREIGN_NAMES_LANGUAGES = frozenset(tagging.FOREIGN_NAMES_LANGUAGES) | SCRIPTS


def unspaced_countries(matcher, text, result) -> None:
    """Today's ``_add_unspaced_names``, on the probe's result: each country named on a line of prose."""
    import ahocorasick

    automaton = getattr(matcher, "_recall18_unspaced", None)
    if automaton is None:
        automaton = ahocorasick.Automaton()
        index_of = {e.iso_code: i for i, e in enumerate(matcher.entries) if e.kind == "country" and e.iso_code}
        for foreign in foreign_country_names():
            if foreign.iso_code in index_of and foreign.languages & today_languages.UNSPACED_LANGUAGES:
                automaton.add_word(foreign.name, (len(foreign.name), index_of[foreign.iso_code], foreign.name))
        automaton.make_automaton()
        matcher._recall18_unspaced = automaton
    have = {e.iso_code for e in result.entities if e.kind == "country"}
    hits = sorted(((end + 1 - length, end + 1, index, name) for end, (length, index, name) in automaton.iter(text)),
                  key=lambda hit: (hit[0], -hit[1]))
    taken_until = 0
    for start, end, index, name in hits:
        if start < taken_until:
            continue
        taken_until = end
        if text.startswith(CHINESE_NAME_ENDINGS, end):
            continue
        entry = matcher.entries[index]
        if entry.iso_code in have or not today_tagging_prose(text, start):
            continue
        have.add(entry.iso_code)
        result.entities.append(tagging.EntityMatch(
            key=entry.key, name=entry.name, kind=entry.kind, iso_code=entry.iso_code, country=entry.country,
            mentions=1, first_offset=start, matched_text=name))


# today's tagging.py cannot be loaded into the probe's package (its own imports are today's): its two pieces the
# rule needs, unspaced_prose and CHINESE_NAME_ENDINGS, are read from its source
_TAGGING = ast.parse((TODAY / "tagging.py").read_text(encoding="utf-8"))
_today_tagging: dict = {}
for node in _TAGGING.body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & {"_UNSPACED_PROSE_MARKS", "UNSPACED_PROSE_MIN_CHARS", "unspaced_prose", "CHINESE_NAME_ENDINGS"}:
        exec(compile(ast.Module([node], []), "tagging.py", "exec"), _today_tagging)
today_tagging_prose = _today_tagging["unspaced_prose"]
CHINESE_NAME_ENDINGS = _today_tagging["CHINESE_NAME_ENDINGS"]


original = tagging.Matcher.tag


def tag(self, text, *args, **kwargs):
    result = original(self, text, *args, **kwargs)
    words = tokens(text)[0]
    lowered = " ".join(words).lower().split(" ") if words else []
    declared = kwargs.get("language", args[0] if args else "") or ""
    language = (page_language if "scripts" in RULES else old_page_language)(lowered, declared)
    if "nominative" in RULES and language in name_cases.NAME_CASE_LANGUAGES:
        result.candidates[:] = name_cases.in_the_nominative(list(result.candidates), language, lowered)
    if "scripts" in RULES and language in today_languages.UNSPACED_LANGUAGES:
        unspaced_countries(self, text, result)
    return result


tagging.Matcher.tag = tag


old_trim = candidates._trim


def trim(run, lowered):
    """The probe's trim, but for a two-word run whose last word is a month's or a title's and both words known
    names (today's ``a_surname_that_is_a_title``)."""
    trimmed = old_trim(run, lowered)
    known = name_cases.known_name_words()
    if len(run) == 2 and len(trimmed) == 1 and trimmed[0] == run[0] and lowered[run[-1]] in candidates.NOISE \
            and lowered[run[0]] not in candidates.NOISE and lowered[run[0]] in known and lowered[run[1]] in known:
        return run
    return trimmed


if "titles" in RULES:
    candidates._trim = trim
