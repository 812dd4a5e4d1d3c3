from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Article, Author, Entity

PAGE_SIZE = 20


class HomeView(ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()[:PAGE_SIZE]


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().prefetch_related("author_credits__author", "tags__entity")

    def get_object(self, queryset=None):
        article = get_object_or_404(self.get_queryset(), slug=self.kwargs["slug"])
        local = article.get_absolute_url()
        if local != self.request.path:
            raise Http404("No article at this date with that slug.")
        return article


class _FilteredListing(ListView):
    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.heading(), **kwargs)


class CountryDetailView(_FilteredListing):
    def get_queryset(self):
        self.country = get_object_or_404(Entity.objects.countries(), iso_code=self.kwargs["code"].upper())
        return Article.objects.published().in_country(self.country.iso_code).for_listing()

    def heading(self):
        return self.country.name


class EntityDetailView(_FilteredListing):
    def get_queryset(self):
        self.entity = get_object_or_404(Entity, slug=self.kwargs["slug"])
        return Article.objects.published().with_entity(self.entity).for_listing()

    def heading(self):
        return self.entity.name


class AuthorDetailView(_FilteredListing):
    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return Article.objects.published().by_author(self.author).for_listing()

    def heading(self):
        return f"Articles by {self.author.name}"
