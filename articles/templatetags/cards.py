"""Result cards and the country menu, written in Python.

A listing shows twenty cards (an archive month fifty) and the filter form
some 250 countries; through the template engine each card cost about a
millisecond of variable lookups, includes and filters, and each missing
attribute (``snippet`` outside a search) a ``dir()`` of the article. Built
with ``format_html`` they cost a few microseconds, with the same markup.
"""

import functools
from html import escape

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

register = template.Library()

SELECTED = mark_safe(" selected")


@functools.lru_cache(maxsize=4096)
def _reversed(view, key, value, prefix, urlconf):
    return reverse(view, kwargs={key: value}, urlconf=urlconf)


def _page_of(view, key, value):
    """``reverse(view, kwargs={key: value})``, remembered: a card links the same few hundred authors and countries."""
    return _reversed(view, key, value, get_script_prefix(), get_urlconf())


@register.simple_tag
def card(article):
    """One result card: headline, date, authors, countries, and the snippet or standfirst."""
    # headline_marked and snippet come from articles.search, which escapes the text and adds only <mark>.
    marked = getattr(article, "headline_marked", None)
    snippet = getattr(article, "snippet", None)
    local = timezone.localtime(article.published_at)
    # What the date filter gives for "c" and "j F Y", without its per-call format parsing.
    meta = [format_html('<time datetime="{}">{} {} {}</time>', local.isoformat(), local.day, MONTHS[local.month], local.year)]
    credits = getattr(article, "credits_for_card", None)
    if credits:
        names = format_html_join(", ", '<a href="{}">{}</a>', ((_page_of("author-detail", "slug", c.author.slug), c.author.name) for c in credits))
        meta.append(format_html(" · {}", names))
    tags = getattr(article, "country_tags", None)
    if tags:
        chips = format_html_join(
            "", '<a class="chip chip--small" href="{}">{}</a>', ((_page_of("country-detail", "code", t.entity.iso_code.lower()), t.entity.name) for t in tags)
        )
        meta.append(format_html(" · {}", chips))
    if snippet:
        summary = format_html('<p class="card__snippet">{}</p>', mark_safe(snippet))
    elif article.standfirst:
        summary = format_html('<p class="card__standfirst">{}</p>', Truncator(article.standfirst).words(40, truncate=" …"))
    else:
        summary = ""
    return format_html(
        '<article class="card">\n  <h3 class="card__headline"><a href="{}">{}</a></h3>\n'
        '  <p class="card__meta">\n    {}\n  </p>\n  {}\n</article>\n',
        article.get_absolute_url(),
        mark_safe(marked) if marked else article.headline,
        mark_safe("\n    ".join(meta)),
        summary,
    )


@register.simple_tag
def country_options(choices, chosen):
    """``<option>`` for each (ISO code, name), the ``chosen`` code (lower case) selected."""
    # Plain string building: format_html's per-argument work is most of the cost for 250 options.
    options = (
        f'<option value="{escape(code.lower())}"{SELECTED if code.lower() == chosen else ""}>{escape(name)}</option>'
        for code, name in choices
    )
    return mark_safe("".join(options))
