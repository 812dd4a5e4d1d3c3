"""What the models derive from the values they are given, and check in them: a slug, a text's fingerprint, the
key a source URL is recognised by, a web address or a time zone an editor may store."""

import functools
import hashlib
import itertools
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from ..core.sanitize import allowed_url


def slug_candidates(value, *, max_length=100):
    """The slugs ``value`` may get, in order of preference: ``name``, ``name-2``, ``name-3``... (endless)."""
    base = slugify(value, allow_unicode=False)[:max_length].strip("-") or "untitled"
    yield base
    for suffix in itertools.count(2):
        tail = f"-{suffix}"
        yield f"{base[: max_length - len(tail)]}{tail}"


def unique_slug(model, value, *, max_length=100, exclude_pk=None, taken=frozenset(), others=None):
    """A slug for ``value`` not yet used by ``model`` (or by ``others``, the rows that count) nor in ``taken``:
    ``name``, ``name-2``, ``name-3``..."""
    if others is None:
        others = model._default_manager.exclude(pk=exclude_pk) if exclude_pk else model._default_manager.all()
    for candidate in slug_candidates(value, max_length=max_length):
        if candidate not in taken and not others.filter(slug=candidate).exists():
            return candidate


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=64)  # an import folds each text for its fingerprint and again for its shingles
def folded_words(text) -> tuple[str, ...]:
    """The words of ``text`` with case, accents, punctuation and spacing folded away: what copies share."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKD", text or "").casefold()))


@functools.lru_cache(maxsize=256)  # an import fingerprints each text twice: looking for a copy, then saving it
def text_fingerprint(text):
    """SHA-256 of the text's :func:`folded_words`.

    Two copies of one story scraped from different pages (curly or straight
    quotes, extra blank lines, a trailing space) get the same fingerprint.
    """
    words = folded_words(text)
    if not words:
        return ""
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito)$", re.IGNORECASE)


def normalize_url(url):
    """The form of a source URL used to recognise the same page twice."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def validate_web_url(value):
    """Refuse a URL ``allowed_url`` would drop, so an editor hears why rather than losing it on save."""
    if value and not allowed_url(value):
        raise ValidationError("Only an http:// or https:// address can be stored here.", code="scheme")


def validate_time_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(f"“{name}” is not a time zone name such as Europe/London or Africa/Nairobi.") from error
