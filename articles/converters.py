"""The archive's path converters, registered once, as Django loads the URLconfs that use them."""

from django.urls import register_converter
from django.urls.converters import IntConverter, StringConverter

from .core.pagination import EARLIEST, LATEST
from .models.derived import is_slug


class TwoDigitConverter(IntConverter):
    regex = "[0-9]{2}"

    def to_url(self, value):
        return f"{int(value):02d}"


class YearConverter(IntConverter):
    """Four digits, within the years a reader may ask for: /archive/9999/ is a 404, not an overflow."""

    regex = "[0-9]{4}"

    def to_python(self, value):
        year = int(value)
        if not EARLIEST.year <= year <= LATEST.year:
            raise ValueError(f"{year} is outside the archive's years")
        return year

    def to_url(self, value):
        return f"{int(value):04d}"


class CountryCodeConverter(StringConverter):
    """Two letters in any case (the view redirects upper case to lower): anything else never reaches a query."""

    regex = "[A-Za-z]{2}"


class AnyScriptSlugConverter(StringConverter):
    """A slug in any script (``путин-и-байден``, ``हिन्दी``): Django's ``slug`` takes ASCII only.

    The pattern takes a whole path segment and :func:`is_slug` judges it, as ``re`` cannot name the combining
    marks a Devanagari or Thai slug holds; anything else is no match, so a 404.
    """

    def to_python(self, value):
        if not is_slug(value):
            raise ValueError(f"{value!r} is not a slug")
        return value

    def to_url(self, value):
        return self.to_python(value)


register_converter(TwoDigitConverter, "dd")
register_converter(YearConverter, "yyyy")
register_converter(CountryCodeConverter, "iso2")
register_converter(AnyScriptSlugConverter, "any_slug")
