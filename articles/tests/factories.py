"""factory_boy factories for tests, benchmarks and the shell."""

import datetime

import factory
from django.utils import timezone

from articles.models import Article, ArticleAuthor, ArticleEntity, Author, Entity, EntityAlias


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")


class EntityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entity

    name = factory.Sequence(lambda n: f"Entity {n}")
    kind = Entity.Kind.PERSON


class CountryFactory(EntityFactory):
    """A country; pass ``name`` and ``iso_code`` for a real one (``get_or_create`` on the code)."""

    class Meta:
        model = Entity
        django_get_or_create = ("iso_code",)

    kind = Entity.Kind.COUNTRY
    name = factory.Sequence(lambda n: f"Country {n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + (n // 26) % 26)}{chr(65 + n % 26)}")


class EntityAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EntityAlias

    entity = factory.SubFactory(EntityFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article dated in the past; ``authors=[...]`` and ``entities=[...]`` link them."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Headline number {n}")
    standfirst = "A short summary of the story."
    body_html = factory.Sequence(lambda n: f"<p>Body paragraph of article {n} about cooperation.</p>")
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    byline = ""

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            for position, author in enumerate(extracted):
                ArticleAuthor.objects.create(article=self, author=author, position=position)
            if not self.byline:
                self.byline = "By " + " and ".join(a.name for a in extracted)
                Article.objects.filter(pk=self.pk).update(byline=self.byline)

    @factory.post_generation
    def entities(self, create, extracted, **kwargs):
        if create and extracted:
            for offset, entity in enumerate(extracted):
                ArticleEntity.objects.create(
                    article=self, entity=entity, mentions=1, first_offset=offset, origin=ArticleEntity.Origin.AUTOMATIC
                )
            self.refresh_search_names()
