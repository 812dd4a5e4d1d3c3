"""Mapping the fields of a JSON-lines record onto article fields.

Scrapers name fields differently (title/headline, body/text/content, ...), so
each article field lists the keys it accepts, first match wins.
"""

from dataclasses import dataclass, field

from .bylines import extract_authors
from .parsing_cleanup import normalise_line

_KEYS = {
    "headline": ("headline", "title", "name"),
    "standfirst": ("standfirst", "subtitle", "subheadline", "summary", "description", "dek", "lede"),
    "body": ("body", "text", "content", "article", "articleBody", "article_body", "body_html", "html"),
    "published": ("published", "date", "published_at", "publishedAt", "datePublished", "pubDate",
                  "publication_date", "published_date", "pub_date", "datetime", "timestamp", "time", "created_at"),
    "byline": ("byline",),
    "authors": ("authors", "author", "creator", "writers"),
    "url": ("url", "source_url", "link", "canonical_url", "canonical", "permalink"),
    "image_caption": ("image_caption", "caption", "imageCaption", "photo_caption"),
    "image_credit": ("image_credit", "credit", "imageCredit", "photo_credit", "image_copyright"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "publication"),
    "language": ("language", "lang", "inLanguage", "locale"),
}


@dataclass
class RecordFields:
    headline: str = ""
    standfirst: str = ""
    body: str = ""
    published: object = None  # string or epoch number, read by dates.parse_date_value
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    url: str = ""
    image_caption: str = ""
    image_credit: str = ""
    outlet: str = ""
    language: str = ""


def read_record(record: dict) -> RecordFields:
    fields = RecordFields()
    for name in ("headline", "standfirst", "url", "image_caption", "image_credit", "language"):
        setattr(fields, name, _text(_value(record, name)))
    fields.body = _body(_value(record, "body"))
    fields.published = _value(record, "published")
    fields.byline = _text(_value(record, "byline"))
    fields.authors = _authors(_value(record, "authors"))
    outlet = _value(record, "outlet")
    outlet = outlet.get("name") if isinstance(outlet, dict) else outlet
    fields.outlet = _text(outlet)
    if fields.outlet.startswith(("http://", "https://")):
        fields.url, fields.outlet = fields.url or fields.outlet, ""
    image = record.get("image")
    if isinstance(image, dict):
        fields.image_caption = fields.image_caption or _text(image.get("caption"))
        fields.image_credit = fields.image_credit or _text(image.get("credit") or image.get("creditText"))
    if isinstance(fields.published, str) and not fields.published.strip():
        fields.published = None
    if not fields.authors and isinstance(_value(record, "authors"), str) and not fields.byline:
        written = _text(_value(record, "authors"))
        if written.lower().startswith("by "):
            fields.byline = written
    return fields


def _value(record: dict, name: str):
    for key in _KEYS[name]:
        value = record.get(key)
        if value in (None, "", [], {}):  # scrapers capitalise as they like: "Title", "Text"
            value = next((v for k, v in record.items() if isinstance(k, str) and k.lower() == key.lower()), None)
        if value not in (None, "", [], {}):
            return _rendered(value)
    return None


def _rendered(value):
    """A WordPress REST answer wraps its text fields as {"rendered": "..."}: the text is the value."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    return value


def _text(value) -> str:
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if item)
    return normalise_line(str(value)) if value is not None else ""


def _body(value) -> str:
    if isinstance(value, list):
        return "\n\n".join(str(item) for item in value if item)
    return str(value) if value is not None else ""


def _authors(value) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    people: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            names, _agencies = extract_authors(normalise_line(item))
            people.extend(name for name in names if name not in people)
    return people
