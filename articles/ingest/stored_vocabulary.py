"""The vocabulary editors keep in the admin (the ``Entity`` and ``EntityAlias`` tables), which is what production
tags with, with the generated country names, demonyms, capitals and rules merged into the country rows."""

from __future__ import annotations

from .countries import country_vocabulary
from .vocabulary import VocabularyEntry, fold_diacritics


def _split_person_aliases(name: str, aliases: list[str]) -> tuple[list[str], list[str]]:
    """Single-word aliases that are a person's first or last name word are short names.

    The admin stores one flat list of aliases; "Putin" for "Vladimir Putin" or
    "Xi" for "Xi Jinping" should only count once the person has been named in
    full, while "Lula" (a middle word of "Luiz Inácio Lula da Silva") or "MBS" stand on their own.
    """
    name_words = [fold_diacritics(word).casefold() for word in name.replace("-", " ").split()]
    ends = {name_words[0], name_words[-1]} if len(name_words) > 1 else set()
    full, short = [], []
    for alias in aliases:
        word = fold_diacritics(alias).casefold()
        if " " not in alias.strip() and word in ends:
            short.append(alias)
        else:
            full.append(alias)
    return full, short


def vocabulary_from_database() -> list[VocabularyEntry]:
    """Every ``Entity`` with its aliases, as entries keyed by slug (two queries).

    Country rows get the generated country names, demonyms, capitals and rules
    merged in by ISO code, so editors only manage the extra aliases.
    """
    from articles.models import Entity, EntityAlias  # needs Django's app registry: the tagger runs without Django

    generated = {entry.iso_code: entry for entry in country_vocabulary()}
    rows = list(
        Entity.objects.select_related("country").values_list(
            "pk", "slug", "name", "kind", "iso_code", "country__iso_code", "wikidata_id"
        )
    )
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in EntityAlias.objects.values_list("entity_id", "name"):
        aliases.setdefault(entity_id, []).append(alias)

    entries = []
    for pk, slug, name, kind, iso_code, country_iso, wikidata_id in rows:
        own = aliases.get(pk, [])
        if kind == "country":
            base = generated.get(iso_code)
            extra = [a for a in own if not base or a not in base.all_names()]
            entries.append(
                VocabularyEntry(
                    key=slug,
                    name=name,
                    kind=kind,
                    iso_code=iso_code,
                    aliases=tuple(a for a in dict.fromkeys([*(base.all_names() if base else ()), *extra]) if a != name),
                    case_sensitive_aliases=base.case_sensitive_aliases if base else (),
                    rules=base.rules if base else (),
                    wikidata_id=wikidata_id,
                )
            )
            continue
        full, short = _split_person_aliases(name, own) if kind == "person" else (own, [])
        entries.append(
            VocabularyEntry(
                key=slug,
                name=name,
                kind=kind,
                country=country_iso or "",
                aliases=tuple(full),
                short_names=tuple(short),
                wikidata_id=wikidata_id,
            )
        )
    return entries
