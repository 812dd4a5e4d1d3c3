"""Reading a scraped HTML page: its own metadata first, then the visible text.

The page is parsed, never executed or trusted: scripts other than JSON-LD are
dropped, no network access is allowed, and only plain text comes out.
"""

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from .bylines import extract_authors
from .credits import split_credit
from .parsing_cleanup import normalise_line

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    "socialmediaposting", "techarticle",
}
_NOISE_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav",
               "aside", "footer", "figure", "select", "input", "textarea", "object", "embed", "canvas"]
_NOISE_CLASS = re.compile(
    r"\b(?:share|sharing|social|newsletter|related|promo|advert|ads?|ad-slot|advertisement|sponsor|"
    r"comments?|subscribe|cookie|consent|breadcrumbs?|paywall|outbrain|taboola|recirc|most-read|"
    r"read-more|more-stories|tags|signup|sign-up|popup|modal|toolbar|visually-hidden|sr-only|"
    # site furniture around the story: menus, mastheads, tickers, sidebars and their widgets
    r"nav|navbar|navigation|menu|masthead|site-top|top-bar|topbar|signin|sign-in|login|breaking|ticker|"
    r"sidebar|widget|trending|latest|popular)\b",
    re.IGNORECASE,
)
# Where pages put a photo's caption and credit when they do not use <figcaption>:
# div.photo-caption, p.pic-caption, span.media-caption__text, p.wp-caption-text, p.cutline.
_CAPTION_CLASS = re.compile(r"caption|cutline", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"\b(?:byline|author|authors|contributor|writer)\b", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"\b(?:credit|copyright|source|photographer|attribution)\b|credittext", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
               "li", "ul", "ol", "blockquote", "br", "tr", "table", "address", "figcaption", "dd", "dt", "pre"}
_PUBLISHED_META = [
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publish-date",
    "publish_date", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
]
_UPDATED_META = ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "lastmod"]


@dataclass
class PageMetadata:
    """Facts the page states about itself in JSON-LD and <meta> tags."""

    headline: str = ""
    standfirst: str = ""
    published: str = ""
    updated: str = ""
    authors: list[str] = field(default_factory=list)
    image_caption: str = ""
    image_credit: str = ""
    outlet: str = ""
    source_url: str = ""
    language: str = ""


@dataclass
class HtmlPage:
    metadata: PageMetadata
    title: str = ""  # the visible <h1>, else <title>
    byline: str = ""  # text of a byline element, as printed
    time_datetime: str = ""  # the first <time datetime="..."> in the article
    figure_caption: str = ""
    figure_credit: str = ""
    units: list[str] = field(default_factory=list)  # visible text blocks in reading order
    article_body: str = ""  # JSON-LD articleBody, used when the page shows no paragraphs


def read_page(raw: str, url: str = "") -> HtmlPage:
    """Metadata and visible text blocks of an HTML page."""
    root = _parse(raw)
    if root is None:
        return HtmlPage(PageMetadata(source_url=url))
    metadata = PageMetadata()
    article_body = _read_json_ld(root, metadata)
    _read_meta_tags(root, metadata, url)
    container = _main_container(root)
    page = HtmlPage(metadata, article_body=article_body)
    page.title = _first_text(container, ".//h1") or _first_text(root, ".//h1") or _page_title(root, metadata.outlet)
    page.byline = _byline_text(container)
    page.time_datetime = _first_attribute(container, ".//time[@datetime]", "datetime") or _first_attribute(
        root, ".//time[@datetime]", "datetime")
    page.figure_caption, page.figure_credit = _figure_caption(container) or _figure_caption(root) or ("", "")
    page.units = visible_units(container)
    return page


def fragment_units(fragment: str) -> list[str]:
    """Visible text blocks of an HTML fragment, such as a JSON record's HTML body."""
    root = _parse(f"<html><body>{fragment}</body></html>")
    return visible_units(root) if root is not None else []


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|span|a|h[1-6]|article|section|em|strong|ul|li|figure)\b[^>]*>", text, re.I))


def visible_units(container) -> list[str]:
    """Text of the block elements, without navigation, figures and page furniture."""
    container = _without_noise(container)
    lines: list[str] = []
    _collect_text(container, lines, [])
    text = "".join(lines)
    return [line for line in (normalise_line(part) for part in text.split("\n")) if line]


def _parse(raw: str):
    raw = re.sub(r"^\s*<\?xml[^>]*\?>", "", raw or "")
    if not raw.strip():
        return None
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        return lxml.html.document_fromstring(raw, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _read_json_ld(root, metadata: PageMetadata) -> str:
    for script in root.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(_strip_json_wrapping(script.text or ""))
        except ValueError:
            continue
        article = _find_article(data)
        if article is None:
            continue
        metadata.headline = metadata.headline or _plain(article.get("headline") or article.get("name"))
        metadata.standfirst = metadata.standfirst or _plain(article.get("description") or article.get("alternativeHeadline"))
        metadata.published = metadata.published or _plain(article.get("datePublished") or article.get("dateCreated"))
        metadata.updated = metadata.updated or _plain(article.get("dateModified"))
        metadata.authors = metadata.authors or _people(article.get("author") or article.get("creator"))
        metadata.outlet = metadata.outlet or _plain(_name_of(article.get("publisher")))
        metadata.language = metadata.language or _plain(article.get("inLanguage"))
        metadata.source_url = metadata.source_url or _plain(article.get("url") or _id_of(article.get("mainEntityOfPage")))
        image = _first(article.get("image"))
        if isinstance(image, dict):
            metadata.image_caption = metadata.image_caption or _plain(image.get("caption") or image.get("description"))
            metadata.image_credit = metadata.image_credit or _plain(
                image.get("creditText") or _name_of(image.get("copyrightHolder")) or _name_of(image.get("author")))
        return _plain(article.get("articleBody"), keep_newlines=True)
    return ""


def _strip_json_wrapping(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>$", "", text).strip()
    return re.sub(r",\s*([}\]])", r"\1", text)


def _find_article(data) -> dict | None:
    """The first object of an article type anywhere in a JSON-LD document (lists, @graph)."""
    if isinstance(data, list):
        for item in data:
            found = _find_article(item)
            if found is not None:
                return found
        return None
    if not isinstance(data, dict):
        return None
    types = data.get("@type") or []
    types = [types] if isinstance(types, str) else types
    if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
        return data
    return _find_article(data.get("@graph") or data.get("mainEntity") or [])


def _people(value) -> list[str]:
    """Person names from a JSON-LD author: a string, an object, or a list of either."""
    people: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if str(item.get("@type", "")).lower() == "organization":
                continue
            item = item.get("name")
        if isinstance(item, str) and item.strip() and not item.startswith("http"):
            names, _agencies = extract_authors(_plain(item))
            people.extend(name for name in names if name not in people)
    return people


def _read_meta_tags(root, metadata: PageMetadata, url: str) -> None:
    tags: dict[str, str] = {}
    for meta in root.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").strip().lower()
        if key and key not in tags and meta.get("content").strip():
            tags[key] = normalise_line(meta.get("content"))
    metadata.headline = metadata.headline or tags.get("og:title") or tags.get("twitter:title", "")
    metadata.standfirst = metadata.standfirst or tags.get("og:description") or tags.get("description") or tags.get("twitter:description", "")
    metadata.published = metadata.published or next((tags[k] for k in _PUBLISHED_META if k in tags), "")
    metadata.published = metadata.published or _first_attribute(root, '//*[@itemprop="datePublished"]', "datetime")
    metadata.updated = metadata.updated or next((tags[k] for k in _UPDATED_META if k in tags), "")
    if not metadata.authors:
        names = [tags.get("author", ""), tags.get("article:author", ""), tags.get("dc.creator", ""), tags.get("byl", "")]
        metadata.authors = _people([name for name in names if name and not name.startswith("http")])
    metadata.outlet = metadata.outlet or tags.get("og:site_name") or tags.get("application-name", "")
    canonical = _first_attribute(root, '//link[contains(concat(" ", normalize-space(translate(@rel, "CANONICAL", "canonical")), " "), " canonical ")]', "href")
    metadata.source_url = _best_url([metadata.source_url, canonical, tags.get("og:url", ""), url], url)
    language = metadata.language or root.get("lang") or root.get("xml:lang") or tags.get("content-language") or tags.get("og:locale", "")
    metadata.language = language.strip().replace("_", "-")


def _best_url(candidates: list[str], base: str) -> str:
    """The first URL the page gives, made absolute against the page's own URL when relative."""
    for candidate in candidates:
        if candidate.startswith(("http://", "https://")):
            return candidate
        if candidate and base:
            return urljoin(base, candidate)
    return ""


def _main_container(root):
    """The element holding the article text: the <article> with most paragraph text, else <main>, else <body>."""
    candidates = root.xpath('//article | //*[@itemprop="articleBody"] | //*[@role="main"] | //main')
    best, best_length = None, 0
    for candidate in candidates:
        length = sum(len(p.text_content()) for p in candidate.iter("p"))
        if length > best_length:
            best, best_length = candidate, length
    if best is not None:
        return best
    body = root.find("body")
    return body if body is not None else root


def _without_noise(container):
    copy = lxml.html.fromstring(lxml.html.tostring(container, encoding="unicode"))
    for element in copy.xpath("//*"):
        if element.getparent() is None or not isinstance(element.tag, str):
            continue
        attributes = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag in _NOISE_TAGS or (element.tag != "article" and _NOISE_CLASS.search(attributes)) \
                or element.get("hidden") is not None or element.get("aria-hidden") == "true" \
                or (element.tag == "header" and container.tag in ("body", "html")) \
                or element.tag == "h1" or _is_caption_or_credit(element):
            element.drop_tree()
    return copy


def _is_caption_or_credit(element) -> bool:
    """A photo caption or credit outside <figure>: read by _figure_caption, never body text."""
    attributes = f"{element.get('class', '')} {element.get('itemprop', '')}"
    if not (_CAPTION_CLASS.search(attributes) or _CREDIT_CLASS.search(attributes)) or element.tag == "article":
        return False
    return len(element.text_content().split()) <= 80 and not element.xpath(".//p[string-length(normalize-space()) > 400]")


def _collect_text(element, out: list[str], stack: list) -> None:
    if not isinstance(element.tag, str):
        return
    block = element.tag in _BLOCK_TAGS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _collect_text(child, out, stack)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")


def _byline_text(container) -> str:
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        attributes = f"{element.get('class', '')} {element.get('rel', '')} {element.get('itemprop', '')}"
        if element.tag == "address" or _BYLINE_CLASS.search(attributes):
            text = normalise_line(element.text_content())
            if text and len(text.split()) <= 20:
                return text
    return ""


def _figure_caption(container) -> tuple[str, str] | None:
    """The first photo caption and its credit: a <figcaption> or a caption-classed element."""
    for caption in _caption_elements(container):
        credit = ""
        copy = lxml.html.fromstring(lxml.html.tostring(caption, encoding="unicode"))
        for element in copy.iter():
            if element is copy or not isinstance(element.tag, str):
                continue
            if _CREDIT_CLASS.search(f"{element.get('class', '')} {element.get('itemprop', '')}") or element.tag == "cite":
                credit = normalise_line(element.text_content())
                element.drop_tree()
                break
        text = normalise_line(copy.text_content())
        credit = credit or _credit_beside(caption)
        found = split_credit(credit) if credit else None
        if found and not found.caption:
            credit = found.credit
        if not credit:
            found = split_credit(text)
            if found:
                text, credit = found.caption, found.credit
        if text or credit:
            return text, credit
    return None


def _caption_elements(container) -> list:
    """Caption elements in reading order, innermost first-class: a wrapper holding the photo is not one."""
    found = []
    for element in container.iter():
        if not isinstance(element.tag, str) or element.tag in ("img", "picture", "figure", "article"):
            continue
        attributes = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if element.tag == "figcaption" or (_CAPTION_CLASS.search(attributes) and not element.xpath(".//img")):
            found.append(element)
    inner = set()
    for element in found:
        inner.update(ancestor for ancestor in element.iterancestors() if ancestor in found)
    return [element for element in found if element not in inner or element.tag == "figcaption"]


def _credit_beside(caption) -> str:
    """A credit printed next to the caption (same figure or wrapper), not inside it."""
    scope = caption
    for _level in range(2):
        scope = scope.getparent()
        if scope is None or scope.tag in ("body", "article", "main"):
            return ""
        for element in scope.iter():
            if element is caption or not isinstance(element.tag, str) or caption in element.iterancestors() \
                    or element in caption.iterancestors():
                continue
            if _CREDIT_CLASS.search(f"{element.get('class', '')} {element.get('itemprop', '')}"):
                text = normalise_line(element.text_content())
                if text and len(text.split()) <= 12:
                    return text
    return ""


def _page_title(root, outlet: str) -> str:
    title = _first_text(root, ".//title")
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (not outlet or outlet.lower() in parts[-1].lower() or len(parts[-1].split()) <= 3):
        title = " - ".join(parts[:-1])
    return title


def _first_text(root, path: str) -> str:
    for element in root.xpath(path):
        text = normalise_line(element.text_content())
        if text:
            return text
    return ""


def _first_attribute(root, path: str, attribute: str) -> str:
    for element in root.xpath(path):
        value = (element.get(attribute) or "").strip()
        if value:
            return value
    return ""


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _name_of(value) -> str:
    value = _first(value)
    return value.get("name", "") if isinstance(value, dict) else value if isinstance(value, str) else ""


def _id_of(value) -> str:
    value = _first(value)
    return value.get("@id", "") if isinstance(value, dict) else value if isinstance(value, str) else ""


def _plain(value, keep_newlines: bool = False) -> str:
    """A JSON-LD string as plain text (it may carry entities or markup)."""
    value = _first(value)
    if not isinstance(value, str) or not value.strip():
        return ""
    if "<" in value or "&" in value:
        root = _parse(f"<html><body><div>{value}</div></body></html>")
        if root is not None:
            if keep_newlines:
                return "\n".join(visible_units(root))
            value = root.text_content()
    return "\n".join(normalise_line(l) for l in value.split("\n") if l.strip()) if keep_newlines else normalise_line(value)
