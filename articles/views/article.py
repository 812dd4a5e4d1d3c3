"""The article page."""

import json

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.encoding import escape_uri_path
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.generic import DetailView

from ..core.caching import cached_fragment
from ..models import Article, ArticleAuthor, ArticleEntity, Correction, Entity, FormerSlug
from .related import related_articles

RELATED = 5
SUMMARY_WORDS = 40


def linked_byline(byline, authors):
    """The byline exactly as printed, each credited author's name in it linked to their page.

    Authors whose names the printed byline does not contain are listed after
    it, so every credit stays reachable. Everything is escaped.
    """
    if not byline:
        if not authors:
            return ""
        names = format_html_join(" and ", '<a href="{}">{}</a>', ((a.get_absolute_url(), a.name) for a in authors))
        return format_html("By {}", names)
    spans, missing = [], []
    for author in authors:
        start = byline.find(author.name)
        if start < 0 or any(start < end and start + len(author.name) > begin for begin, end, _ in spans):
            missing.append(author)
        else:
            spans.append((start, start + len(author.name), author))
    parts, position = [], 0
    for start, end, author in sorted(spans, key=lambda span: span[0]):
        parts.append(escape(byline[position:start]))
        parts.append(format_html('<a href="{}">{}</a>', author.get_absolute_url(), author.name))
        position = end
    parts.append(escape(byline[position:]))
    if missing:
        others = format_html_join(", ", '<a href="{}">{}</a>', ((a.get_absolute_url(), a.name) for a in missing))
        parts.append(format_html(' <span class="story__authors">({})</span>', others))
    return mark_safe("".join(parts))


def summary(article):
    """What the page says in search results and link previews: the standfirst, else the body's first paragraph."""
    text = article.standfirst or next((p for p in article.body_text.split("\n\n") if p.strip()), "")
    return Truncator(text.strip()).words(SUMMARY_WORDS, truncate=" …")


def json_for_script(data):
    """JSON safe inside a <script> element: ``</script>`` in a headline cannot end it."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().prefetch_related(
            Prefetch("author_credits", queryset=ArticleAuthor.objects.select_related("author")),
            Prefetch("tags", queryset=ArticleEntity.objects.select_related("entity")),
            Prefetch("corrections", queryset=Correction.objects.visible()),
        )

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            slug = self.kwargs["slug"]
            withdrawn = Article.objects.withdrawn().filter(slug=slug).first()
            if withdrawn is not None and self.asked_at_its_address(withdrawn):
                # 410, not 404: the article existed and was taken down on purpose; links to it say so and why.
                return TemplateResponse(request, "articles/article_withdrawn.html", {"article": withdrawn}, status=410)
            renamed = FormerSlug.objects.holder(Article.objects.published() | Article.objects.withdrawn(), slug)
            if renamed is None or not self.asked_at_its_address(Article(published_at=renamed.published_at, slug=slug)):
                raise
            return redirect(renamed.get_absolute_url(), permanent=True)  # an address from before its slug changed

    def get_object(self, queryset=None):
        article = get_object_or_404(self.get_queryset(), slug=self.kwargs["slug"])
        if not self.asked_at_its_address(article):
            raise Http404("No article at this date with that slug.")
        return article

    def asked_at_its_address(self, article):
        """Whether the request's date is the article's: its address is percent-encoded, the request's path not."""
        return article.get_absolute_url() == escape_uri_path(self.request.path)

    def get_context_data(self, **kwargs):
        article = self.object
        groups = {}
        for tag in article.tags.all():
            groups.setdefault(tag.entity.kind, []).append(tag.entity)
        kinds = [(label, groups[kind]) for kind, label in Entity.KIND_HEADINGS.items() if kind in groups]
        related = cached_fragment(
            "article-related",
            {"article": article.pk},
            lambda: related_articles(article, [tag.entity_id for tag in article.tags.all()], limit=RELATED),
        )
        return super().get_context_data(
            corrections=list(article.corrections.all()),
            entity_groups=kinds,
            authors=article.ordered_authors(),
            byline=linked_byline(article.byline, article.ordered_authors()),
            related=related,
            json_ld=json_for_script(self.json_ld(article)),
            canonical_url=self.request.build_absolute_uri(article.get_absolute_url()),
            image_url=self.request.build_absolute_uri(article.image.url) if article.image else "",
            summary=summary(article),
            site_name=settings.SITE_NAME,
            **kwargs,
        )

    def json_ld(self, article):
        absolute = self.request.build_absolute_uri
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.headline,
            "datePublished": article.published_at.isoformat(),
            "dateModified": article.updated_at.isoformat(),
            "mainEntityOfPage": absolute(article.get_absolute_url()),
            "author": [
                {"@type": "Person", "name": a.name, "url": absolute(a.get_absolute_url())}
                for a in article.ordered_authors()
            ],
            "publisher": {"@type": "Organization", "name": article.outlet or settings.SITE_NAME},
            "inLanguage": article.language,
        }
        # For researchers: how the date was obtained, and when an editor last corrected it (schema.org has no
        # property of its own for either).
        date_provenance = [{
            "@type": "PropertyValue", "propertyID": "datePublishedSource", "name": "How the publication date was obtained",
            "value": article.published_source, "description": article.get_published_source_display(),
        }]
        if article.published_set_at:
            date_provenance.append({
                "@type": "PropertyValue", "propertyID": "datePublishedCorrected",
                "name": "When an editor last set or corrected the publication date",
                "value": article.published_set_at.isoformat(),
            })
        data["additionalProperty"] = date_provenance
        description = summary(article)
        if description:
            data["description"] = description
        if article.image:
            image = {"@type": "ImageObject", "url": absolute(article.image.url)}
            if article.image_caption:
                image["caption"] = article.image_caption
            if article.image_credit:
                image["creditText"] = article.image_credit
            data["image"] = [image]
        corrections = article.corrections.all()
        if corrections:
            data["correction"] = [
                {"@type": "CorrectionComment", "text": c.text, "datePublished": c.published_at.isoformat()}
                for c in corrections
            ]
        return data
