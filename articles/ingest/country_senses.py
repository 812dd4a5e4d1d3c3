"""A country's name another country shares ("Congo") or a US state has ("Georgia"): which one the text
means, from the other evidence it gives (another of a country's names, its capital as a location, a
gazetteer city of it). :class:`CountrySenses` is the part of :class:`~articles.ingest.tagging.Matcher`
that knows these names."""

from __future__ import annotations

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

    def _tell_senses_apart(self, found, forms_used, strong, located, other_sense, words) -> None:
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
