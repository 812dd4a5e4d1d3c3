"""Every ISO 3166-1 country as a vocabulary entry.

Sources, merged by alpha-2 code:

* pycountry (LGPL-2.1): the list of countries, official and common names;
* countryinfo (MIT): the everyday English name, alternative spellings, capital
  and demonym;
* ``data/country_supplement.json``: names both miss ("the UK", "Burma"),
  plural demonyms, names and capitals to skip because they are ordinary words
  or belong to several places ("Victoria", "Kingston", "Santiago"), and the
  few context rules (see :class:`articles.ingest.vocabulary.AliasRule`).

Generated automatically and then filtered: capitals shared by two countries,
demonyms shared by several (unless the supplement names an owner), ISO codes,
names in non-Latin scripts and anything with a comma ("Korea, Republic of").
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .us_states import us_state_codes, us_town_words
from .vocabulary import DATA_DIR, AliasRule, VocabularyEntry, is_acronym, place_key


SUB_NATIONAL = {"Wales", "Scotland"}


def _load_supplement() -> dict:
    with open(DATA_DIR / "country_supplement.json", encoding="utf-8") as handle:
        return json.load(handle)


def _countryinfo_by_alpha2() -> dict[str, dict]:
    from countryinfo._cache import load_countries  # on first use, as pycountry below: a slow import

    def richness(data: dict) -> tuple[bool, int]:
        return (data.get("name") not in SUB_NATIONAL, len(data.get("altSpellings") or ()))

    by_code: dict[str, dict] = {}
    for _key, data in sorted(load_countries()["countries"].items()):
        code = (data.get("ISO") or {}).get("alpha2")
        # A few codes have two records (GB also has "Wales"); keep the fuller national one.
        if code and (code not in by_code or richness(data) > richness(by_code[code])):
            by_code[code] = data
    return by_code


def _is_latin(text: str) -> bool:
    return all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha()
    )


def _usable(name: str, skip: set[str]) -> bool:
    name = (name or "").strip()
    if len(name) < 3 or "," in name or "(" in name or name.lower() in skip:
        return False
    if name.isupper() and len(name) <= 3:  # bare ISO codes: "RU", "RUS"
        return False
    return _is_latin(name)


def _plural(demonym: str) -> str | None:
    """Russian -> Russians, Pakistani -> Pakistanis, South African -> South Africans, New Zealander ->
    New Zealanders; not Chinese, Swiss."""
    if demonym[-1:] in ("n", "i", "o", "r"):
        return demonym + "s"
    return None


def _saint_abbreviations(name: str) -> list[str]:
    """"Saint Kitts and Nevis" is usually printed "St Kitts and Nevis" or "St. Kitts and Nevis"."""
    if not name.startswith("Saint "):
        return []
    rest = name[len("Saint "):]
    return [f"St {rest}", f"St. {rest}"]


def _capitals(data: dict) -> list[str]:
    capital = data.get("capital")
    if isinstance(capital, list):
        return [c for c in capital if isinstance(c, str)]
    return [capital] if isinstance(capital, str) and capital else []


def _demonyms(data: dict) -> list[str]:
    demonym = data.get("demonym") or ""
    return [d.strip() for d in demonym.split(",") if d.strip()]


@lru_cache(maxsize=1)
def _country_entries() -> tuple[VocabularyEntry, ...]:
    import pycountry  # on first use: a slow import, which parsing and the public pages never need

    supplement = _load_supplement()
    skip = {s.lower() for s in supplement["skip_aliases"]}
    info = _countryinfo_by_alpha2()

    # Capitals and demonyms that point at more than one country are ambiguous.
    capital_count = Counter(c.lower() for data in info.values() for c in _capitals(data))
    demonym_count = Counter(d for data in info.values() for d in _demonyms(data))
    owners = supplement["demonym_owner"]

    rules_by_code: dict[str, dict[str, AliasRule]] = {}
    for raw in supplement["rules"]:
        rules_by_code.setdefault(raw["iso"], {})[raw["alias"].lower()] = AliasRule(
            alias=raw["alias"],
            not_before=tuple(raw.get("not_before", ())),
            not_after=tuple(raw.get("not_after", ())),
            given_name=raw.get("given_name", False),
            place=raw.get("place", False),
            one_sense=raw.get("one_sense", False),
            shared_with=tuple(raw.get("shared_with", ())),
        )
    hand_cities = {city.lower() for city in supplement["city_aliases"]}
    us_states = us_state_codes()

    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        data = info.get(code, {})
        name = supplement["names"].get(code) or data.get("name") or getattr(country, "common_name", None) or country.name
        candidates = [
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
            data.get("name", ""),
            *data.get("altSpellings", ()),
        ]
        capitals = [c for c in _capitals(data) if capital_count[c.lower()] == 1]
        candidates += capitals
        for demonym in _demonyms(data):
            if demonym_count[demonym] == 1 or owners.get(demonym) == code:
                candidates += [demonym, _plural(demonym) or ""]
        aliases = [c.strip() for c in candidates if _usable(c, skip)]
        aliases += supplement["aliases"].get(code, [])  # hand-written: trusted as is
        aliases += [short for alias in [name, *aliases] for short in _saint_abbreviations(alias)]
        aliases = [a for a in dict.fromkeys(aliases) if a != name]
        # A capital that is also the country's name ("Singapore", "Kuwait") is not only a city.
        country_names = {n.lower() for n in (name, country.name, getattr(country, "common_name", ""))}
        cities = {c.lower() for c in capitals} | hand_cities
        rules = rules_by_code.get(code, {})
        for alias in [name, *aliases]:
            state = us_states.get(place_key(alias)) if code != "US" else None
            if state:  # "Athens, Georgia", "Macon, Georgia": the US state's towns before its name
                rule = rules.get(alias.lower()) or AliasRule(alias=alias)
                towns = sorted(us_town_words(state) - set(rule.not_after))
                rules[alias.lower()] = replace(rule, not_after=rule.not_after + tuple(towns))
        for alias in aliases:
            if alias.lower() in cities and alias.lower() not in country_names:
                rule = rules.get(alias.lower()) or AliasRule(alias=alias)
                rules[alias.lower()] = replace(rule, place=True)
        entries.append(
            VocabularyEntry(
                key=f"country:{code}",
                name=name,
                kind="country",
                iso_code=code,
                aliases=tuple(aliases),
                case_sensitive_aliases=tuple(a for a in aliases if is_acronym(a)),
                rules=tuple(rules.values()),
            )
        )
    return tuple(entries)


DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "er", "ers", "ite", "ites")


@lru_cache(maxsize=1)
def demonym_forms() -> frozenset[str]:
    """Lower-case demonyms of every country ("russian", "russians", "brits", "sahrawi"): words that describe,
    where a country's name names."""
    forms = set()
    for data in _countryinfo_by_alpha2().values():
        for demonym in _demonyms(data):
            forms.update(d.lower() for d in (demonym, _plural(demonym) or "") if d)
    names = {n.lower() for entry in _country_entries() for n in (entry.name,)}
    for entry in _country_entries():
        for alias in entry.aliases:
            lower = alias.lower()
            if " " not in lower and lower not in names and lower.endswith(DEMONYM_ENDINGS):
                forms.add(lower)  # hand-written ones: "brits", "emirati"
    return frozenset(forms)


def country_vocabulary() -> list[VocabularyEntry]:
    """One entry per ISO 3166-1 country, keyed ``country:XX``, with names, demonyms and capitals."""
    return list(_country_entries())


def country_official_names(code: str) -> list[str]:
    """pycountry's formal names for a country, for the aliases ``load_countries`` stores."""
    import pycountry  # on first use (see _country_entries)

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    names = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
    return [n for n in dict.fromkeys(names) if n and "," not in n and "(" not in n]
