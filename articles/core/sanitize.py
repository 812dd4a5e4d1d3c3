"""The one place that turns untrusted HTML and URLs into what the archive may store and show.

Every write path (admin, importers, API, a plain ``Article.save()`` in the
shell) calls :func:`sanitize_html` for markup and :func:`allowed_url` for a URL
from outside; templates mark an article body safe only because it went through
here, and link a stored URL only through ``allowed_url`` (the ``web_url``
filter). bleach is no longer maintained upstream, so it is kept behind the
HTML functions here: swapping it for another sanitiser (nh3, say) touches this
file and nothing else.
"""

import html
import re
from urllib.parse import urlsplit

import bleach
from bleach.linkifier import URL_RE

# What a news body needs: structure, emphasis, quotes, lists, links, figures.
ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr",
        "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
        "blockquote", "q", "cite", "abbr", "time", "code", "pre",
        "ul", "ol", "li", "dl", "dt", "dd",
        "a",
        "figure", "figcaption", "img",
        "table", "thead", "tbody", "tr", "th", "td", "caption",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "rel"],
    "abbr": ["title"],
    "blockquote": ["cite"],
    "q": ["cite"],
    "time": ["datetime"],
    "img": ["src", "alt", "title", "width", "height"],
    "th": ["scope", "colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
    "ol": ["start"],
}
# The only schemes a URL from outside may have: no javascript:, data:, vbscript: or anything else that can
# run code. Links inside a body may also write to someone (mailto:) or be relative.
ALLOWED_URL_SCHEMES = frozenset({"http", "https"})
ALLOWED_PROTOCOLS = ALLOWED_URL_SCHEMES | {"mailto"}

_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)

# Elements whose *content* is code or chrome, not article text: bleach's strip
# mode would keep their inner text, so they go first, contents and all.
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|template|iframe|object|embed|noscript|svg|math|textarea|select|title|head)\b"
    r".*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr|pre|dd|dt)\s*>|<br\s*/?>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0]+")

# Markup bleach would return unchanged, so it may skip bleach (it is the slowest
# step of an import): only <p>...</p> blocks separated by spaces, tabs and
# newlines (or plain text without any tag), whose text holds no "<", ">" or "&"
# -- so no tag, comment or character reference can start in it -- and no
# control character, surrogate or noncharacter, which html5lib would rewrite.
# <p> with no attributes is on the allow-list. The one other change bleach makes
# is linkify's, so text in which its URL pattern finds anything goes through bleach.
_TEXT = r"[^<>&\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
_ALREADY_CLEAN = re.compile(rf"[ \t\n]*(?:<p>{_TEXT}*</p>[ \t\n]*)*|{_TEXT}*")
_MAY_HOLD_A_DOMAIN = re.compile(r"[\w-]\.\w")  # linkify needs "name.tld"


def sanitize_html(untrusted):
    """Return ``untrusted`` HTML reduced to the allow-list, safe to render as is."""
    if not untrusted:
        return ""
    untrusted = str(untrusted)
    if _is_already_clean(untrusted):
        return untrusted.strip()
    return _bleach(untrusted)


# What a browser's URL parser ignores: C0 controls and spaces around a URL, tabs and newlines anywhere in it.
_URL_EDGES = "".join(map(chr, range(0x21)))
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def allowed_url(untrusted):
    """``untrusted`` if it is an absolute http or https URL, read as a browser would read it; else "".

    The one gate for a URL from outside (a source URL from an import, a form or
    a shell): ``" jav\\tascript:"``, ``JAVASCRIPT:``, ``vbscript:``, ``data:``
    and scheme-relative or relative URLs all give "".
    """
    if not untrusted:
        return ""
    url = _URL_IGNORED.sub("", str(untrusted)).strip(_URL_EDGES).replace(" ", "%20")
    if _URL_FORBIDDEN.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed IPv6 bracket, say
        return ""
    if parts.scheme.lower() not in ALLOWED_URL_SCHEMES or not parts.hostname:
        return ""
    return url


def _bleach(untrusted):
    without_code = _DROP_WITH_CONTENT.sub("", untrusted)
    cleaned = _cleaner.clean(without_code)
    return bleach.linkify(
        cleaned,
        callbacks=[_external_links_nofollow],
        skip_tags={"pre", "code"},
        parse_email=False,
    ).strip()


def _is_already_clean(markup):
    """Whether bleach would return ``markup`` unchanged (see ``_ALREADY_CLEAN``); never a guess."""
    if not _ALREADY_CLEAN.fullmatch(markup):
        return False
    return not _MAY_HOLD_A_DOMAIN.search(markup) or not URL_RE.search(markup)


def _external_links_nofollow(attrs, new=False):
    href_key = (None, "href")
    if href_key in attrs:
        attrs[(None, "rel")] = "nofollow noopener"
    return attrs


# Characters no page or feed can carry: XML 1.0 forbids most controls, and a lone surrogate is not text.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def plain_text(untrusted):
    """A one-line field (headline, byline, name) without the characters no page or feed can carry."""
    return _NOT_TEXT.sub("", str(untrusted)) if untrusted else ""


def html_to_text(sanitized):
    """Plain text of an HTML body: one paragraph per block, for search and snippets."""
    if not sanitized:
        return ""
    with_breaks = _BLOCK_END.sub("\n\n", str(sanitized))
    text = html.unescape(_TAG.sub("", with_breaks))
    paragraphs = [spaces_folded(chunk).strip() for chunk in _BLANK_LINES.split(text)]
    return "\n\n".join(p for p in paragraphs if p)


def spaces_folded(text):
    """``text`` with each run of spaces, tabs and no-break spaces made one space.

    Most paragraphs have none to fold, and the regex would still replace
    every single space between their words with a new one: they are
    returned as they are.
    """
    if "  " in text or "\t" in text or "\u00a0" in text:
        return _SPACES.sub(" ", text)
    return text
