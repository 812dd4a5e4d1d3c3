"""The FilterSet on its own: validation, defaults and where the rows come from."""

import pytest
from django.http import QueryDict

from articles.models import Article
from articles.public.filters import ArticleFilter
from articles.tests.public_world import world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def build(query):
    return ArticleFilter(QueryDict(query) if query else None, queryset=Article.objects.published())


def test_no_parameters_is_an_unbound_filter_sorted_newest():
    filterset = build("")
    assert not filterset.is_bound
    assert filterset.order == "newest"
    assert filterset.source().sort == "newest"


@pytest.mark.parametrize(
    "query, order",
    [("q=cooperation", "relevance"), ("q=cooperation&sort=newest", "newest"), ("sort=relevance", "newest"), ("sort=oldest", "oldest")],
)
def test_relevance_is_the_default_only_with_text(world, query, order):
    filterset = build(query)
    assert filterset.is_valid()
    assert filterset.order == order


def test_country_codes_are_upper_cased_and_validated(world):
    filterset = build("country=cn&country=Ru")
    assert filterset.is_valid()
    assert sorted(c.iso_code for c in filterset.form.cleaned_data["country"]) == ["CN", "RU"]
    assert not build("country=chn").is_valid()


def test_a_filter_without_countries_or_entities_reads_none_and_forms_share_one_class(world, django_assert_num_queries):
    with django_assert_num_queries(0):
        filterset = build("q=cooperation&date_from=2022-01-01&country=&entity=")
        assert filterset.is_valid()
        assert filterset.cleaned["country"] == [] and filterset.cleaned["entity"] == []
        assert filterset.single_tag() is None and filterset.country_ids == []
        str(filterset.qs.query)
    other = build("country=cn")
    assert type(other.form) is type(filterset.form)
    assert other.form.fields["country"] is not filterset.form.fields["country"]  # each form its own copies
    assert other.is_valid() and [c.iso_code for c in other.cleaned["country"]] == ["CN"]


def test_date_order_is_a_form_error(world):
    filterset = build("date_from=2022-12-31&date_to=2022-12-01")
    assert not filterset.is_valid()
    assert filterset.form.non_field_errors() == ["The “from” date is after the “to” date."]


def test_a_single_country_reads_the_tag_index_and_anything_more_reads_articles(world):
    single = build("country=cn&date_from=2022-12-01").source()
    assert single.id_field == "article_id" and single.queryset.model.__name__ == "ArticleEntity"
    assert [row[0] for row in single.rows(single.ordered())] == [world.trade.pk, world.pact.pk]
    combined = build("country=cn&author=" + world.ann.slug).source()
    assert combined.queryset.model is Article
    assert [row[0] for row in combined.rows(combined.ordered())] == [world.pact.pk]


def test_the_window_is_the_newest_matches(world):
    assert [pk for pk, _ in build("country=ru").newest_rows(1)] == [world.winter.pk]
    rows = build("q=cooperation").newest_rows(5, ranked=True)
    assert {row[0] for row in rows} == {world.pact.pk, world.summit.pk}
    assert [row[1] for row in rows] == sorted((row[1] for row in rows), reverse=True)
    assert all(row[2] > 0 for row in rows)  # each with its rank, for relevance
