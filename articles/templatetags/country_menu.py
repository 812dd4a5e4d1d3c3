"""The filter form's country menu, written in Python.

Some 250 ``<option>`` elements on every listing: through the template engine
they cost over ten times as much as these few lines (BENCHMARKS.md, issue 15).
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

SELECTED = mark_safe(" selected")


@register.simple_tag
def country_options(choices, chosen):
    """``<option>`` for each (ISO code, name), the ``chosen`` code (lower case) selected."""
    options = (
        f'<option value="{escape(code.lower())}"{SELECTED if code.lower() == chosen else ""}>{escape(name)}</option>'
        for code, name in choices
    )
    return mark_safe("".join(options))
