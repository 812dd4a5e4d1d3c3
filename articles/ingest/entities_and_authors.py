"""The archive's entities and authors an import links an article to: the vocabulary's entity ids and search
names, remembered while the vocabulary is unchanged; a candidate name an editor accepted, found or made an
entity; authors found or created by name."""

from django.db.models import Q

from articles.models import Author, Entity, EntityAlias
from articles.querysets import search_names_by_entity

from .current_matcher import get_matcher

CANDIDATE_KINDS = (Entity.Kind.PERSON, Entity.Kind.ORGANIZATION, Entity.Kind.PLACE)


_ids_for_matcher = {"matcher": None, "ids": {}, "names": {}}


def _memo():
    matcher = get_matcher()
    if _ids_for_matcher["matcher"] is not matcher:
        _ids_for_matcher.update(matcher=matcher, ids={}, names={})
    return _ids_for_matcher


def entity_ids(keys):
    """``{slug: pk}`` for the tagger's entity keys, remembered while the matcher (the vocabulary) is unchanged.

    The matcher is rebuilt after any entity or alias edit, which empties this
    memo too, so a bulk import asks the database once per new entity, not once per article.
    """
    known = _memo()["ids"]
    missing = [key for key in keys if key not in known]
    if missing:
        known.update(Entity.objects.filter(slug__in=missing).values_list("slug", "pk"))
    return {key: known[key] for key in keys if key in known}


def entity_search_names(entity_ids):
    """``{pk: [name, *aliases]}`` (see ``search_names_by_entity``), remembered like ``entity_ids``.

    Only the vocabulary's entities are remembered: one an editor accepted just now may yet be rolled back.
    """
    memo = _memo()
    known, vocabulary = memo["names"], set(memo["ids"].values())
    missing = [pk for pk in entity_ids if pk not in known]
    if not missing:
        return known
    found = search_names_by_entity(Entity.objects.filter(pk__in=missing).values_list("pk", "name", "kind"))
    known.update((pk, names) for pk, names in found.items() if pk in vocabulary)
    return {**known, **found}


def accept_candidate(name, kind, country="") -> Entity:
    """The entity an editor accepted from a candidate name: an existing one of that kind and name, or a new one.

    A new person also gets their surname as an alias, which the tagger counts
    once the full name has appeared ("Medvedev" after "Dmitry Medvedev"). A
    new place gets ``country`` (the gazetteer's, alpha-2) when that country is
    in the archive.
    """
    name = " ".join(name.split())
    if kind not in CANDIDATE_KINDS:
        raise ValueError(f"cannot accept a candidate as {kind!r}")
    normalized = EntityAlias.normalize(name)
    existing = (
        Entity.objects.filter(kind=kind)
        .filter(Q(name__iexact=name) | Q(aliases__normalized=normalized))
        .order_by("pk")
        .first()
    )
    if existing is not None:
        return existing
    parent = None
    if kind == Entity.Kind.PLACE and country:
        parent = Entity.objects.filter(kind=Entity.Kind.COUNTRY, iso_code=country.upper()).first()
    entity = Entity.objects.create(name=name, kind=kind, country=parent)
    aliases = [name]
    words = name.split()
    if kind == Entity.Kind.PERSON and len(words) > 1 and len(words[-1]) > 2:
        aliases.append(words[-1])
    for alias in aliases:
        EntityAlias.objects.create(entity=entity, name=alias)
    return entity


def author_names(names):
    """The distinct names of ``names`` as authors are stored (spaces folded, 200 characters at most)."""
    return list(dict.fromkeys(" ".join(n.split())[:200] for n in names if n and n.strip()))


def authors_named(names, memo=None):
    """Authors by exact name, in byline order, creating the missing ones (one query when all exist).

    ``memo`` (a dict kept for one bulk import) remembers authors found in the
    database, so a batch by the same reporters asks once; authors created here
    are not remembered until a later article finds them committed.
    """
    names = author_names(names)
    memo = {} if memo is None else memo
    unknown = [n for n in names if n not in memo]
    if unknown:
        for author in Author.objects.filter(name__in=unknown).order_by("pk"):
            memo.setdefault(author.name, author)
    return [memo.get(n) or Author.objects.create(name=n) for n in names]
