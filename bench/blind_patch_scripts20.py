"""Session 20's countries in other scripts (issue 12, branch scripts20) put into a probe commit's code, for
``bench/blind_replay.py --patch``: today's ``articles/ingest/script_names.py`` (a page's language told by its script
-- Indic, Thai, Lao, Khmer, Burmese, Georgian, Armenian, Ethiopic, Kazakh, Urdu -- and the countries' names in it,
Arabic's and Persian's too, matched where a word starts and ends or before the language's endings) and today's
``page_language`` that consults it. Each country it finds on such a page and the probe did not is added to the
probe's entities, unless all its mentions stand on a label line (or a short line of an unspaced script) or after
the article's end, as today's ``Matcher.tag`` keeps them.

Runs ``blind_patch_people19.py`` first (the recall and people chain; its baseline: blind countries 619/700 and
619/735) on the probes that lack session 19's rules; s20c's and s20d's probe (65f9d3c) has them, and the chain's
patches do not apply to it."""

import importlib.util
import sys
from pathlib import Path

from blind_patching import run_patches

from articles.ingest import candidates, tagging  # noqa: E402

if not hasattr(candidates, "_names_in_a_long_run"):  # a probe before session 19's rules (65f9d3c, s20's, has them)
    run_patches("blind_patch_people19.py")

EntityMatch = tagging.EntityMatch  # tagged_text.py's in later probes, tagging.py's in earlier ones
Mention = getattr(tagging, "Mention", None)

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"


def _load_today(module: str, as_name: str):
    spec = importlib.util.spec_from_file_location(as_name, TODAY / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[as_name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


_load_today("country_name_sources", "articles.ingest.country_name_sources")  # script_names' source of names
script_names = _load_today("script_names", "articles.ingest.script_names")
today_languages = _load_today("languages", "articles.ingest.scripts20_languages")
today_languages.DATA_DIR = TODAY.parent / "data"

previous_tag = tagging.Matcher.tag


def _kept(text: str, start: int, end: int, language: str) -> bool:
    if hasattr(tagging, "article_end") and start >= tagging.article_end(text):
        return False
    if language in script_names.UNSPACED_SCRIPT_LANGUAGES:
        return script_names.unspaced_script_prose(text, start)
    return not (hasattr(tagging, "in_a_label_line") and tagging.in_a_label_line(text, start, end))


def tag(self, text, *args, **kwargs):
    result = previous_tag(self, text, *args, **kwargs)
    index_of = getattr(self, "_country_index", None)
    if not index_of:
        return result
    words = tagging.tokens(text)[0]
    lowered = " ".join(words).lower().split(" ") if words else []
    declared = kwargs.get("language", args[0] if args else "") or ""
    language = today_languages.page_language(lowered, declared)
    if language not in script_names.SCRIPT_NAME_LANGUAGES:
        return result
    have = {entity.iso_code for entity in result.entities if entity.kind == "country"}
    added: dict[str, EntityMatch] = {}
    for start, end, name, code in script_names.script_country_mentions(text, language):
        index = index_of.get(code)
        if code in have or index is None or not _kept(text, start, end, language):
            continue
        match = added.get(code)
        if match is None:
            entry = self.entries[index]
            added[code] = match = EntityMatch(
                key=entry.key, name=entry.name, kind=entry.kind, iso_code=entry.iso_code, country=entry.country,
                mentions=0, first_offset=start, matched_text=name)
        match.mentions += 1
        if Mention is not None and hasattr(match, "spans"):
            match.spans.append(Mention(*(start, end, name, False, False)[: len(Mention._fields)]))
    if added:
        result.entities[:] = sorted([*result.entities, *added.values()], key=lambda m: m.first_offset)
    return result


tagging.Matcher.tag = tag
