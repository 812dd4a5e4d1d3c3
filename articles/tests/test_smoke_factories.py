import pytest

from articles.models import Article
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory


@pytest.mark.django_db
def test_factory_article_is_public_with_authors_in_order_and_country_tag():
    first, second = AuthorFactory(name="Ann Able"), AuthorFactory(name="Ben Baker")
    russia = CountryFactory(name="Russia", iso_code="RU")
    article = ArticleFactory(authors=[first, second], entities=[russia])
    assert article.ordered_authors() == [first, second]
    assert list(Article.objects.published().in_country("ru")) == [article]
    article.refresh_from_db()
    assert "Russia" in article.search_names and "Ann Able" in article.search_names
