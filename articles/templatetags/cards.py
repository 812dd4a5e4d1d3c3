"""Result cards and the country menu, written in Python.

A listing shows twenty cards (an archive month fifty) and the filter form
some 250 countries; through the template engine each card cost about a
millisecond of variable lookups, includes and filters, and each missing
attribute (``snippet`` outside a search) a ``dir()`` of the article. Built
here as strings, every value through ``html.escape`` (what Django's
``escape`` does), they cost a small fraction of that, with the same markup.
"""

import functools
from html import escape

from django import template
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from articles.core.links import reverse_one

register = template.Library()

SELECTED = mark_safe(" selected")
CARD_TAGS = 3  # a card names at most this many countries, then "+N more"


@register.simple_tag
def card(article):
    """One result card: headline, date, authors, countries, and the snippet or standfirst.

    Plain f-strings with every value passed through ``escape``: format_html's
    per-argument lazy-string checks were most of a card's cost.
    """
    # headline_marked and snippet come from articles.search, which escapes the text and adds only <mark>.
    marked = getattr(article, "headline_marked", None)
    snippet = getattr(article, "snippet", None)
    local = timezone.localtime(article.published_at)
    # What the date filter gives for "c" and "j F Y", without its per-call format parsing.
    meta = [f'<time datetime="{escape(local.isoformat())}">{local.day} {escape(str(MONTHS[local.month]))} {local.year}</time>']
    credits = getattr(article, "credits_for_card", None)
    if credits:
        names = ", ".join(
            f'<a href="{escape(reverse_one("author-detail", "slug", c.author.slug))}">{escape(c.author.name)}</a>'
            for c in credits
        )
        meta.append(f" · {names}")
    tags = getattr(article, "country_tags", None)
    if tags:
        chips = "".join(
            f'<a class="chip chip--small" href="{escape(reverse_one("country-detail", "code", t.entity.iso_code.lower()))}">'
            f"{escape(t.entity.name)}</a>"
            for t in tags[:CARD_TAGS]
        )
        if len(tags) > CARD_TAGS:
            chips += f'<span class="chip-more">+{len(tags) - CARD_TAGS} more</span>'
        meta.append(f" · {chips}")
    if snippet:
        summary = f'<p class="card__snippet">{snippet}</p>'
    elif article.standfirst:
        summary = f'<p class="card__standfirst">{escape(Truncator(article.standfirst).words(40, truncate=" …"))}</p>'
    else:
        summary = ""
    meta_html = "\n    ".join(meta)
    return mark_safe(
        f'<article class="card">\n  <h3 class="card__headline"><a href="{escape(article.get_absolute_url())}">'
        f"{marked if marked else escape(article.headline)}</a></h3>\n"
        f'  <p class="card__meta">\n    {meta_html}\n  </p>\n  {summary}\n</article>\n'
    )


@register.simple_tag
def country_options(choices, chosen):
    """``<option>`` for each (ISO code, name), the ``chosen`` code (lower case) selected."""
    # Plain string building: format_html's per-argument work is most of the cost for 250 options.
    options = (f"{head}{SELECTED if code == chosen else ''}{tail}" for code, head, tail in _escaped_options(tuple(choices)))
    return mark_safe("".join(options))


@functools.lru_cache(maxsize=8)
def _escaped_options(choices):
    # Every page shows the same 250 countries: their escaped markup once per process (per list of countries).
    return [(code.lower(), f'<option value="{escape(code.lower())}"', f">{escape(name)}</option>") for code, name in choices]
