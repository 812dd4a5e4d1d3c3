"""What the tagger knows: vocabulary entries, their matching rules, and where they come from.

Three sources feed the tagger, all as :class:`VocabularyEntry` objects:

* :func:`articles.ingest.countries.country_vocabulary` -- every ISO 3166-1 country,
  generated from pycountry and countryinfo plus ``data/country_supplement.json``;
* :func:`starter_vocabulary` -- the curated seed in ``data/starter_entities.json``;
* :func:`articles.ingest.stored_vocabulary.vocabulary_from_database` -- what editors
  keep in the admin (the ``Entity`` and ``EntityAlias`` tables), which is what
  production tags with.

Matching rules an alias can carry (see :class:`AliasRule`) are data, not code:
the tagger applies them uniformly, so a new awkward name needs a line in a data
file rather than a branch in the matcher.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

KINDS = ("country", "person", "organization", "place")


@dataclass(frozen=True)
class AliasRule:
    """Context that stops one surface form from counting.

    ``alias`` names the surface form the rule is about (any case). ``not_before``
    holds lower-case words that must not directly follow it ("Georgia State",
    "Washington Post"); ``not_after`` words that must not directly precede it
    ("Atlanta, Georgia", "Latin America"). ``given_name`` marks names that are
    also first names or surnames ("Chad", "Jordan", "Sofia"): they do not count
    when a capitalised name word stands right next to them ("Chad Smith",
    "Michael Jordan"). ``place`` marks a city standing for a country (a capital
    such as "Beijing", "Washington"): it counts as a metonym ("Beijing said",
    "talks between Moscow and Kyiv") but not where the text uses it as a
    location -- "in Nairobi", "near Paris", "Nairobi-based", a "LONDON --"
    dateline -- because a city alone does not put its country in the story.
    ``one_sense`` marks a name with a second meaning that holds for the whole
    text once it shows up: after "Atlanta, Georgia" (rejected by the rule), a
    later bare "Georgia" is the state too, so the country then needs another of
    its names ("Georgian", "Tbilisi") in the text to count. ``shared_with``
    lists other countries (alpha-2) the name may mean ("Congo"): the entry's
    own country is the default, and the name goes to one of the others when
    only that one has other evidence in the text (another of its names, its
    capital, a city of it).
    """

    alias: str
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    given_name: bool = False
    place: bool = False
    one_sense: bool = False
    shared_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class VocabularyEntry:
    """One thing the tagger can find, with every name it goes by.

    Case handling, in short: an alias matches whatever case the text uses as
    long as every word the alias capitalises is capitalised in the text too
    ("China", "CHINA'S" but not "china plates"; "People's Republic of China").
    Aliases listed in ``case_sensitive_aliases`` -- and any all-capitals alias
    such as "UN", "WHO", "US", which is treated the same way automatically --
    match only exactly as written, so "who" and "Who" never mean the WHO.
    """

    key: str
    name: str
    kind: str
    iso_code: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    case_sensitive_aliases: tuple[str, ...] = ()
    rules: tuple[AliasRule, ...] = ()
    wikidata_id: str = ""

    def all_names(self) -> tuple[str, ...]:
        """The canonical name, then the aliases, without duplicates (short names excluded)."""
        seen, names = set(), []
        for name in (self.name, *self.aliases, *self.case_sensitive_aliases):
            if name and name not in seen:
                seen.add(name)
                names.append(name)
        return tuple(names)


def fold_diacritics(text: str) -> str:
    """``"Erdoğan"`` -> ``"Erdogan"``; ``"São Paulo"`` -> ``"Sao Paulo"``."""
    if text.isascii():
        return text  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", folded.replace("ı", "i"))


def place_key(name: str) -> str:
    """The lookup form: diacritics folded, lower case, words joined by single spaces."""
    if name.isalpha() and name.isascii():
        return name.lower()  # one word of plain letters: nothing to fold, cut or join
    if not name.isascii():
        name = fold_diacritics(name)
    return " ".join(name.replace("-", " ").lower().split())


def is_acronym(alias: str) -> bool:
    """All-capitals aliases ("UN", "WHO", "G20", "U.S.") only match as written."""
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and len(alias) <= 8


# --- the starter set ------------------------------------------------------------------


def _rules_from_json(raw) -> tuple[AliasRule, ...]:
    return tuple(
        AliasRule(
            alias=item["alias"],
            not_before=tuple(word.lower() for word in item.get("not_before", ())),
            not_after=tuple(word.lower() for word in item.get("not_after", ())),
            given_name=bool(item.get("given_name", False)),
            place=bool(item.get("place", False)),
            one_sense=bool(item.get("one_sense", False)),
            shared_with=tuple(code.upper() for code in item.get("shared_with", ())),
        )
        for item in raw or ()
    )


def entry_from_json(item: dict) -> VocabularyEntry:
    """One ``starter_entities.json`` record as an entry (``key`` is the entity slug)."""
    return VocabularyEntry(
        key=item["key"],
        name=item["name"],
        kind=item["kind"],
        country=item.get("country", ""),
        aliases=tuple(item.get("aliases", ())),
        short_names=tuple(item.get("short_names", ())),
        case_sensitive_aliases=tuple(item.get("case_sensitive_aliases", ())),
        rules=_rules_from_json(item.get("rules")),
        wikidata_id=item.get("wikidata_id", ""),
    )


@lru_cache(maxsize=1)
def _starter_records() -> tuple[dict, ...]:
    with open(DATA_DIR / "starter_entities.json", encoding="utf-8") as handle:
        data = json.load(handle)
    return tuple(data["entities"])


def starter_vocabulary() -> list[VocabularyEntry]:
    """The curated seed of organizations, places and people shipped in ``articles/data/``."""
    return [entry_from_json(item) for item in _starter_records()]
