"""The API's interactive documentation: drf-spectacular's pages, with the page's language declared."""

from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView


def _declare_language(response):
    # drf-spectacular's templates open with a bare <html>: without lang, screen readers guess the language
    # (WCAG 3.1.1, axe's html-has-lang). The documentation is written in English, as the site is.
    response.content = response.content.replace(b"<html>", b'<html lang="en">', 1)


class _DeclaresLanguage:
    @extend_schema(exclude=True)  # as drf-spectacular's own get: pages, not endpoints of the API
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response.add_post_render_callback(_declare_language)
        return response


class SwaggerDocs(_DeclaresLanguage, SpectacularSwaggerSplitView):
    pass


class RedocDocs(_DeclaresLanguage, SpectacularRedocView):
    pass
