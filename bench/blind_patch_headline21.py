"""The headline rules of session 21 (issue 12, branch headline21) put into a probe commit's code, for
``bench/blind_replay.py --patch``, on their own (no earlier patch chained): to see which blind misses of batches
they were not written from they fix, and which right headlines they break.

Each rule is today's definition, executed among the probe's own helpers and wrapped around the probe's function:
- a desk credited with its paper in brackets, and a region of the world alone ("South Asia"), are no headline
  candidates (``_desk_and_outlet``, ``starts_with_region`` in ``headline_features``; the region where the probe has
  ``starts_with_region``);
- a line opening with a dateline is not a short text's first-line headline (``_is_headline_like``);
- a section's one-word tag before a slash is left out of the headline (``without_columnist``);
- a standfirst the story's first sentence repeats is not a headline printed again (``_story_sentence_again``).
Not replayed: ``person_alone`` (a name alone over the story), whose helpers (the known-names list's
``every_word_a_known_name``, ``lead_line_is_the_headline``) most probe commits do not have.

    .venv/bin/python bench/blind_replay.py --field headline --misses --patch bench/blind_patch_headline21.py \\
        --batch s13a ... --batch s21d"""

import ast
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"


def _today(path: Path, names: set[str]) -> str:
    """The source of today's definitions of ``names`` in ``path``."""
    source = path.read_text(encoding="utf-8")
    return "\n\n".join(ast.get_source_segment(source, node) for node in ast.parse(source).body
                       if (getattr(node, "name", None) in names)
                       or {getattr(t, "id", None) for t in getattr(node, "targets", [])} & names)


def _modules():
    return [module for name, module in list(sys.modules.items()) if name.startswith("articles.") and module]


def _probe(name: str):
    """The probe's object of that name, from the module that defines it (or any that holds it)."""
    holders = [module for module in _modules() if name in vars(module)]
    for module in holders:
        value = vars(module)[name]
        if getattr(value, "__module__", None) == module.__name__:
            return value, module
    return (vars(holders[0])[name], holders[0]) if holders else (None, None)


def _rebind(old, new) -> None:
    for module in _modules():
        for key, value in list(vars(module).items()):
            if value is old:
                setattr(module, key, new)


namespace = {"re": __import__("re")}
for helper in ("names_a_newsroom", "is_agency", "word_count", "opens_with_dateline", "SECTION_NAMES", "_reads_as_headline",
               "starts_with_region"):
    namespace[helper] = _probe(helper)[0] if _probe(helper)[0] is not None else frozenset()
exec(_today(TODAY / "parsing_headline_features.py", {"_MAX_REGION_WORDS"}), namespace)
exec(_today(TODAY / "parsing_headline_features.py", {"_DESK_AND_OUTLET", "_MAX_DESK_WORDS", "_desk_and_outlet"}),
     namespace)
exec(_today(TODAY / "parsing_page_chrome.py", {"_COLUMNIST_TAG", "_MIN_WORDS_AFTER_A_LONE_TAG", "_SECTION_TAGS"}),
     namespace)

probe_features, _ = _probe("headline_features")


def _region_alone(unit):
    region = namespace["starts_with_region"]
    return callable(region) and namespace["word_count"](unit) <= namespace["_MAX_REGION_WORDS"] and region(unit)


def headline_features(units, metadata, index, *args, **kwargs):
    if namespace["_desk_and_outlet"](units[index]) or _region_alone(units[index]):
        return None
    return probe_features(units, metadata, index, *args, **kwargs)


_rebind(probe_features, headline_features)

probe_like, _ = _probe("_is_headline_like")


def _is_headline_like(unit):
    return probe_like(unit) and not namespace["opens_with_dateline"](unit)


_rebind(probe_like, _is_headline_like)

probe_columnist, _ = _probe("without_columnist")


def without_columnist(headline, below):
    headline = probe_columnist(headline, below)
    match = namespace["_COLUMNIST_TAG"].match(headline) if " / " in headline else None
    if match and namespace["_reads_as_headline"](match["rest"]) and match["name"].casefold() in namespace["_SECTION_TAGS"] \
            and namespace["word_count"](match["rest"]) >= namespace["_MIN_WORDS_AFTER_A_LONE_TAG"] \
            and " / " not in match["rest"]:
        return match["rest"]
    return headline


_rebind(probe_columnist, without_columnist)

_, sentence_module = _probe("_story_sentence_again")
exec(_today(TODAY / "parsing_headline_features.py", {"_story_sentence_again"}), sentence_module.__dict__)
