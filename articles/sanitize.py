"""The one place that turns untrusted HTML into HTML fit for the archive.

Every write path (admin, importers, API, a plain ``Article.save()`` in the
shell) calls :func:`sanitize_html`, and templates mark an article body safe only
because it went through here. bleach is no longer maintained upstream, so it is
kept behind these three functions: swapping it for another sanitiser (nh3, say)
touches this file and nothing else.
"""

import html
import re

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
# No javascript:, data:, vbscript: or anything else that can run code.
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

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


def html_to_text(sanitized):
    """Plain text of an HTML body: one paragraph per block, for search and snippets."""
    if not sanitized:
        return ""
    with_breaks = _BLOCK_END.sub("\n\n", str(sanitized))
    text = html.unescape(_TAG.sub("", with_breaks))
    paragraphs = [_SPACES.sub(" ", chunk).strip() for chunk in _BLANK_LINES.split(text)]
    return "\n\n".join(p for p in paragraphs if p)


def paragraphs_to_html(paragraphs):
    """Build a sanitised body from plain-text paragraphs (what the parsers produce)."""
    blocks = (f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in paragraphs if p and p.strip())
    return sanitize_html("\n".join(blocks))
