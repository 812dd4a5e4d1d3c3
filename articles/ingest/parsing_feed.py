"""Reading an RSS or Atom feed (pasted, uploaded, or saved by a crawler) as one record per item.

Each item becomes the same kind of record a JSON line is, so its fields count as
given. The XML parser neither loads DTDs nor resolves entities nor reaches the
network, and recovers from a feed that a crawler cut short.
"""

import re

from lxml import etree

_FEED_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False, remove_comments=True
)
MAX_ITEMS = 500
_BARE_AMPERSAND = re.compile(r"&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]{1,31};)")


def looks_like_feed(text: str) -> bool:
    return bool(_FEED_START.match(text[:2000]))


def feed_records(text: str) -> list[dict]:
    """The feed's items as records with the keys ``parsing_record`` reads; [] when it holds none."""
    text = _BARE_AMPERSAND.sub("&amp;", text)  # "Plan A & Plan B": the recovering parser would cut the title there
    try:
        root = etree.fromstring(text.encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    items = [element for element in root.iter() if _local(element) in ("item", "entry")]
    return [_record(item) for item in items[:MAX_ITEMS]]


def _record(item) -> dict:
    fields: dict[str, object] = {}
    for child in item:
        name = _local(child)
        text = (child.text or "").strip()
        if name == "title":
            fields["headline"] = text
        elif name == "link":
            fields.setdefault("url", text or child.get("href", ""))
        elif name in ("pubDate", "published", "issued", "date") and text:
            fields.setdefault("published", text)
        elif name == "updated" and text:
            fields.setdefault("updated", text)
        elif name in ("creator", "author"):
            author = text or " ".join(t.strip() for t in child.itertext() if t.strip())
            if author and "@" not in author.split()[0]:
                fields.setdefault("authors", []).append(author)
        elif name in ("encoded", "content") and text:
            fields["body"] = text
        elif name in ("description", "summary") and text:
            fields.setdefault("description", text)
        elif name in ("content", "thumbnail", "group") and child.get("url") or name == "group":
            _picture(child, fields)
    if "body" not in fields and "description" in fields:
        fields["body"] = fields.pop("description")
    if "published" not in fields and "updated" in fields:
        fields["published"] = fields["updated"]
    fields.pop("updated", None)
    return fields


def _picture(element, fields: dict) -> None:
    for node in element.iter():
        name = _local(node)
        if name == "credit" and node.text and node.text.strip():
            fields.setdefault("image_credit", node.text.strip())
        elif name in ("description", "text", "title") and node is not element and node.text and node.text.strip():
            fields.setdefault("image_caption", node.text.strip())


def _local(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
