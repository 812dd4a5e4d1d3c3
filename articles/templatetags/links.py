"""The filter every template links a stored URL through: ``{{ article.source_url|web_url }}``."""

from django import template

from articles.core.sanitize import allowed_url

register = template.Library()


@register.filter
def web_url(value):
    """``value`` if it is an http or https URL, else "" (see ``sanitize.allowed_url``)."""
    return allowed_url(value)
