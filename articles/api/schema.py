"""What the OpenAPI schema says of the listing's filters.

The filter's form checks shapes that django-filter's schema extension cannot
guess (a country code, a slug), so this extension documents each of
``ArticleFilter``'s fields itself; a field added without a line here stops the
schema (a KeyError), so the two cannot drift apart. An empty value means "not
given", as the site's search form sends it.
"""

from drf_spectacular.extensions import OpenApiFilterExtension

from ..public.filters import SORTS

STRING = {"type": "string"}


def sort_schema():
    """The sort's values, as the filter accepts them (a new dict each time: the schema's hooks may change it)."""
    return {"type": "string", "enum": [value for value, _ in SORTS]}


def blank_or(schema):
    """A query parameter's schema that also admits the empty value."""
    return {"oneOf": [schema, {"type": "string", "maxLength": 0}]}


FILTERS = {
    "q": (STRING, 'Full text, as on the site: words, "a phrase", or, -exclude.'),
    "country": ({"type": "array", "items": STRING}, "ISO 3166-1 alpha-2 code, any case; repeat for any of several."),
    "entity": ({"type": "array", "items": STRING}, "A person's, organization's or place's slug; repeat for all of several."),
    "author": (STRING, "An author's slug."),
    "date_from": (blank_or({"type": "string", "format": "date"}), "Published on or after this day."),
    "date_to": (blank_or({"type": "string", "format": "date"}), "Published on or before this day."),
    "sort": (
        blank_or(sort_schema()),
        "Relevance is the default with `q`, newest without.",
    ),
}


class ListingFilters(OpenApiFilterExtension):
    target_class = "articles.api.views.ListingFilterBackend"
    priority = 1  # before django-filter's own extension, which would match the subclass

    def get_schema_operation_parameters(self, auto_schema, *args, **kwargs):
        parameters = []
        for name in self.target.get_filterset_class(auto_schema.view).base_filters:
            schema, description = FILTERS[name]
            parameter = {"in": "query", "name": name, "schema": schema, "description": description}
            if schema.get("type") == "array":
                parameter.update(style="form", explode=True)
            parameters.append(parameter)
        return parameters
