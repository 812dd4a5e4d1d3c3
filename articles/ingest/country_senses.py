"""A country's name another country shares ("Congo") or a US state has ("Georgia"): which one the text
means, from the other evidence it gives (another of a country's names, its capital as a location, a
gazetteer city of it, the other country's provinces or states beside it). :class:`CountrySenses` is the part of
:class:`~articles.ingest.tagging.Matcher` that knows these names."""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .tagged_text import WORD_RE, EntityMatch
from .us_states import us_state_codes
from .vocabulary import place_key


class CountrySenses:
    """Built from the matcher's ``entries``; used by its ``tag``."""

    def _build_senses(self) -> None:
        """Countries with a name another country shares ("Congo") or a US state has ("Georgia")."""
        self._country_index = {e.iso_code: i for i, e in enumerate(self.entries) if e.kind == "country" and e.iso_code}
        self._shared_forms: dict[int, set[str]] = {}
        self._senses: dict[int, tuple[tuple[str, ...], tuple[str, str] | None]] = {}
        states = us_state_codes() if self._country_index else {}
        for index in self._country_index.values():
            entry = self.entries[index]
            shared = tuple(dict.fromkeys(code for rule in entry.rules for code in rule.shared_with))
            self._shared_forms[index] = {
                " ".join(WORD_RE.findall(rule.alias)).lower() for rule in entry.rules if rule.shared_with
            }
            state = next(((place_key(n), states[place_key(n)]) for n in entry.all_names()
                          if place_key(n) in states), None)
            if shared or state:
                self._senses[index] = (shared, state)
        # "Niger" is a state of Nigeria, "Luxembourg" a province of Belgium, "Mali" a prefecture of Guinea
        self._subdivision_senses: dict[int, tuple[tuple[str, frozenset[str]], ...]] = {}
        for index in self._country_index.values():
            forms = {place_key(n) for n in self.entries[index].all_names()}
            senses = tuple(
                (name, others)
                for name, others in subdivisions_named_like_countries().get(self.entries[index].iso_code, ())
                if name in forms
            )
            if senses:
                self._subdivision_senses[index] = senses
                self._senses.setdefault(index, ((), None))

    def _tell_senses_apart(self, found, forms_used, strong, located, other_sense, text, words) -> None:
        """"Congo" is the Republic when only the Republic has other evidence; "Georgia" the US state near "Atlanta".

        Evidence for a country: another of its names found in the text, its
        capital named as a location, or a gazetteer city of it in the text.
        """
        places = places_in(words)
        evidence = {self.entries[i].iso_code for i in strong if i in found and not self._only_shared(i, forms_used)}
        evidence |= {self.entries[i].iso_code for i in located}
        evidence |= {p.country for p in places}
        us_regions = {p.region for p in places if p.country == "US" and p.kind == "city"}
        for index in [i for i in found if i in self._senses]:
            for name, others in self._subdivision_senses.get(index, ()):
                if forms_used[index] <= {name} and index not in located and all(
                    listed_among(text, span.start, span.end, others) for span in found[index].spans
                ):
                    other_sense.add((index, name))  # "Bago (Niger) and Ojo (Oyo)": among Nigeria's states
            shared, state = self._senses[index]
            if state and state[1] in us_regions:
                other_sense.add((index, state[0]))  # "Georgia" near Atlanta or Savannah
            if not shared or not self._only_shared(index, forms_used):
                continue
            own = self.entries[index].iso_code
            other = next((code for code in shared if code in evidence and code in self._country_index), None)
            if own in evidence or other is None:
                continue
            match = found.pop(index)
            target = self._country_index[other]
            entry = self.entries[target]
            if target in found:
                found[target].mentions += match.mentions
                found[target].first_offset = min(found[target].first_offset, match.first_offset)
                found[target].spans = sorted(found[target].spans + match.spans)
            else:
                found[target] = EntityMatch(
                    key=entry.key, name=entry.name, kind=entry.kind, iso_code=entry.iso_code, country="",
                    mentions=match.mentions, first_offset=match.first_offset, matched_text=match.matched_text,
                    spans=match.spans,
                )
            forms_used[target] = forms_used.get(target, set()) | forms_used.pop(index)
            if index in strong:
                strong.add(target)

    def _only_shared(self, index, forms_used) -> bool:
        shared_forms = self._shared_forms.get(index, ())
        return all(form in shared_forms for form in forms_used.get(index, ()))


def places_in(words) -> list[gazetteer.Place]:
    """Gazetteer places named in the text (names of one to three capitalised words)."""
    found, n = [], len(words)
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        for size in (3, 2, 1):
            if i + size <= n and all(w[0].isupper() for w in words[i : i + size]):
                place = gazetteer.lookup(" ".join(words[i : i + size]))
                if place is not None:
                    found.append(place)
                    break
    return found


# One item of a list: a bracket's words after a name ("Bago (Niger)"), or a list's words between its joins.
_BRACKETED_RE = re.compile(r"\(([^()\n]{2,40})\)")
_LIST_JOIN = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
LIST_ITEM_MAX_WORDS = 3  # "Akwa Ibom", "Cross River": a province's name, not a clause
_LIST_ITEM = rf"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){{0,{LIST_ITEM_MAX_WORDS - 1}}}"
_ITEM_BEFORE_RE = re.compile(rf"({_LIST_ITEM}){_LIST_JOIN}$")
_ITEM_AFTER_RE = re.compile(rf"{_LIST_JOIN}({_LIST_ITEM})")


def listed_among(text, start, end, names) -> bool:
    """The name at ``start``-``end`` is one item of a list whose next or previous item is one of ``names``
    (folded): "Umaru Bago (Niger) and Dapo Ojo (Oyo)", "Kano, Kaduna and Niger states"."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return any(place_key(item) in names for item in _BRACKETED_RE.findall(text, line_start, line_end))
    before = _ITEM_BEFORE_RE.search(text, line_start, start)
    if before and _ends_with_a_name(before.group(1), names):
        return True
    after = _ITEM_AFTER_RE.match(text, end, line_end)
    return bool(after) and _starts_with_a_name(after.group(1), names)


def _ends_with_a_name(words_before: str, names) -> bool:
    words = words_before.split()
    return any(words[-size][:1].isupper() and place_key(" ".join(words[-size:])) in names
               for size in range(1, len(words) + 1))


def _starts_with_a_name(words_after: str, names) -> bool:
    words = words_after.split()
    return any(words[0][:1].isupper() and place_key(" ".join(words[:size])) in names
               for size in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def subdivisions_named_like_countries() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Country code -> (the name, the other subdivisions' names) for each subdivision of another country
    (ISO 3166-2, through pycountry) that bears the country's name: "NE" -> ("niger", {"kano", "kwara", …}). US
    outlying areas and the Netherlands' and France's overseas parts, which ISO lists as countries too, are left out:
    they are named as the places they are."""
    import pycountry  # on first use: a slow import, which parsing and the public pages never need

    country_names = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            country_names[place_key(name)] = country.alpha_2
    by_country: dict[str, list] = {}
    for subdivision in pycountry.subdivisions:
        by_country.setdefault(subdivision.country_code, []).append(place_key(subdivision.name))
    found: dict[str, list] = {}
    for owner, names in by_country.items():
        for name in names:
            code = country_names.get(name)
            if code and code != owner and code not in DEPENDENCIES_AS_SUBDIVISIONS:
                found.setdefault(code, []).append((name, frozenset(n for n in names if n != name)))
    return {code: tuple(senses) for code, senses in found.items()}


# Territories ISO 3166-2 lists under the state they depend on as well as ISO 3166-1 countries of their own.
DEPENDENCIES_AS_SUBDIVISIONS = frozenset({"AS", "GU", "MP", "PR", "UM", "VI", "AW", "CW", "SX", "GP", "MQ", "YT",
                                          "RE", "GF", "BL", "MF", "PM", "WF", "PF", "NC", "TF"})
