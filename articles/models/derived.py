"""What the models derive from the values they are given, and check in them: a slug, a text's fingerprint, the
key a source URL is recognised by, a web address or a time zone an editor may store."""

import functools
import hashlib
import itertools
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify

from ..core.sanitize import allowed_url


SLUG_HELP = (
    "The last part of its address. Leave it blank to have it made, when saved, from the headline or name: "
    "in ASCII, or in the name's own script when ASCII would lose its letters."
)
_SLUG_DROPPED = re.compile(r"[^\w\s-]")
_SLUG_SPACING = re.compile(r"[-\s]+")
_SLUG_CHARACTER = re.compile(r"[-\w]")
_SLUG_WITHOUT_MARKS = re.compile(r"[-\w]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _is_mark(char):
    return unicodedata.category(char).startswith("M")


def _keep_marks(match):
    return match[0] if _is_mark(match[0]) else ""


def unicode_slugify(value):
    """Django's ``slugify(value, allow_unicode=True)`` (NFKC, lower case, hyphens), keeping combining marks.

    Python's ``\\w`` does not match combining marks, so Django's drops the vowel signs of Devanagari, Thai and
    the other Brahmic scripts ("हिन्दी" became "हनद"). A mark left with no letter before it is dropped.
    """
    # Lower case gives "İ" a combining dot above ("i̇", kept for Lithuanian): on an "i" it is a second dot.
    text = unicodedata.normalize("NFKC", str(value)).lower().replace("i\u0307", "i")
    words = _SLUG_SPACING.split(_SLUG_DROPPED.sub(_keep_marks, text))
    return "-".join(_without_leading_marks(word) for word in words if word).strip("-_")


def _without_leading_marks(word):
    start = 0
    while start < len(word) and _is_mark(word[start]):
        start += 1
    return word[start:]


def folds_to_ascii(slug):
    """Whether ``slug``'s letters are ASCII letters with accents at most: what ASCII folding keeps whole."""
    return all(_is_mark(found[0]) for found in _NOT_ASCII.finditer(unicodedata.normalize("NFKD", slug)))


def slugify_any_script(value):
    """The slug of ``value`` in its own script: ASCII ("Café" -> "cafe") when folding to ASCII only drops accents,
    otherwise the Unicode slug, whole ("Путин и Байден" -> "путин-и-байден", "Đà Nẵng" -> "đà-nẵng"), as folding
    would lose letters (Đ, ß, ı, ł, and every letter of Cyrillic, Arabic, Chinese...)."""
    if str(value).isascii():
        return slugify(value)
    slug = unicode_slugify(value)
    return slugify(value) if folds_to_ascii(slug) else slug


def cut_between_graphemes(text, length):
    """``text`` cut to at most ``length`` characters, never between a letter and its combining marks."""
    if len(text) <= length:
        return text
    while length > 0 and _is_mark(text[length]):
        length -= 1
    return text[:length]


def is_slug(value):
    """Whether ``value`` could be a slug: letters, digits, ``_`` and ``-`` of any script, with their marks.

    Django's ``validate_unicode_slug`` (``[-\\w]+``) refuses the vowel signs of Devanagari or Thai, and a
    pattern cannot name the marks (``re`` has no ``\\p{M}``), so each character is asked.
    """
    return bool(_SLUG_WITHOUT_MARKS.fullmatch(value)) or bool(value) and all(
        _SLUG_CHARACTER.match(char) or _is_mark(char) for char in value
    )


def validate_slug(value):
    if not is_slug(value):
        raise ValidationError(
            "Enter a slug of letters (of any script, with their accents and vowel signs), numbers, underscores or "
            "hyphens.", code="invalid",
        )


class SlugFormField(forms.CharField):
    """``forms.SlugField(allow_unicode=True)`` checked by :func:`validate_slug`."""

    default_validators = [validate_slug]

    def __init__(self, *, allow_unicode=True, **kwargs):
        self.allow_unicode = True  # what the admin's URLify.js reads
        super().__init__(**kwargs)


class AnyScriptSlugField(models.SlugField):
    """A ``SlugField(allow_unicode=True)`` whose slugs may hold combining marks (:func:`is_slug`)."""

    default_validators = [validate_slug]

    def __init__(self, *args, **kwargs):
        kwargs.pop("allow_unicode", None)  # given, SlugField would put Django's validator before this one
        super().__init__(*args, **kwargs)
        self.allow_unicode = True

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SlugFormField, **kwargs})


def slug_candidates(value, *, max_length=100):
    """The slugs ``value`` may get, in order of preference: ``name``, ``name-2``, ``name-3``... (endless)."""
    base = cut_between_graphemes(slugify_any_script(value), max_length).strip("-") or "untitled"
    yield base
    for suffix in itertools.count(2):
        tail = f"-{suffix}"
        yield f"{cut_between_graphemes(base, max_length - len(tail))}{tail}"


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
