"""Near-duplicates: an edited copy of a story is found, another story on the same subject is not."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.ingest.near_duplicates import (
    BANDS,
    THRESHOLD,
    band_hashes,
    find_near_duplicates,
    shingles,
    similarity,
)
from articles.ingest.parsing import parse_file
from articles.ingest.article_text import plain_body_text
from articles.ingest.service import prepare, store
from articles.models import Article, NearDuplicateBand
from articles.models.derived import text_fingerprint

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "near_duplicates"


def parsed(name):
    [article] = parse_file(name, (FIXTURES / name).read_bytes())
    return article


def text_of(name):
    return plain_body_text(parsed(name).paragraphs)


def stored(name, status="published"):
    result = store(prepare(parsed(name)), status=status)
    assert result.outcome == "created", result.reason
    return result.article


@pytest.mark.parametrize("archived, imported", [
    ("story.txt", "story-paragraph-removed.txt"),  # one paragraph of fifteen cut
    ("story-footer-a.txt", "story-footer-b.txt"),  # the same story re-scraped, another closing line
    ("story-paragraph-removed.txt", "story.txt"),  # and the other way round
])
def test_an_edited_copy_is_found_with_how_much_of_it_is_the_same(vocabulary, archived, imported):
    original = stored(archived)
    [near] = find_near_duplicates([text_of(imported)])
    assert near is not None and near.article_id == original.pk and near.headline == original.headline
    expected = similarity(shingles(original.body_text), shingles(text_of(imported)))
    assert THRESHOLD <= near.similarity == expected < 1
    assert near.percent == int(expected * 100) and f"({near.percent}% the same)" in near.description


def test_an_unrelated_article_on_the_same_subject_is_not_flagged(vocabulary):
    stored("story.txt")
    other = prepare(parsed("same-subject.txt"))
    # The same subject: the same countries and people are tagged in both.
    story_tags = {e["name"] for e in prepare(parsed("story.txt")).entities}
    other_tags = {e["name"] for e in other.entities}
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin"} <= story_tags & other_tags
    assert find_near_duplicates([plain_body_text(other.paragraphs)]) == [None]


def test_a_lookup_costs_two_queries_whatever_the_number_of_texts_and_candidates(vocabulary, django_assert_num_queries):
    stored("story.txt")
    stored("same-subject.txt")
    texts = [
        text_of("story-paragraph-removed.txt"), text_of("story-footer-b.txt"), text_of("same-subject.txt") + " Extra.",
    ]
    with django_assert_num_queries(2):  # the shared bands, then the texts sharing them
        found = find_near_duplicates(texts)
    assert [n.article_id if n else None for n in found].count(None) == 0
    with django_assert_num_queries(2):
        assert find_near_duplicates(texts[:1])[0] is not None
    with django_assert_num_queries(1):  # no shared band: no texts to read
        assert find_near_duplicates(["Nothing like any archived article, in a few words."]) == [None]


def test_two_near_copies_in_one_batch_are_caught_but_identical_copies_are_left_to_the_duplicate_check(vocabulary):
    story, cut, other = text_of("story.txt"), text_of("story-paragraph-removed.txt"), text_of("same-subject.txt")
    found = find_near_duplicates([story, other, cut, story])
    assert found[0] is None and found[1] is None and found[3] is None
    assert found[2].article_id is None and found[2].batch_position == 0 and found[2].similarity >= THRESHOLD


def test_the_bands_follow_the_text_through_saves_and_go_with_the_article(vocabulary):
    article = stored("story.txt")
    bands = lambda: dict(NearDuplicateBand.objects.filter(article=article).values_list("band", "hash"))  # noqa: E731
    assert bands() == dict(enumerate(band_hashes(shingles(article.body_text)))) and len(bands()) == BANDS
    cut = text_of("story-paragraph-removed.txt")
    assert find_near_duplicates([cut])[0].article_id == article.pk
    article = Article.objects.get(pk=article.pk)
    article.body_html = "".join(f"<p>{p}</p>" for p in parsed("same-subject.txt").paragraphs)
    article.save()
    assert bands() == dict(enumerate(band_hashes(shingles(article.body_text))))
    assert find_near_duplicates([cut]) == [None]
    assert find_near_duplicates([text_of("same-subject.txt") + " One more line."])[0].article_id == article.pk
    article.delete()
    assert not NearDuplicateBand.objects.exists()


def test_a_save_that_keeps_the_text_writes_no_bands(vocabulary):
    article = Article.objects.get(pk=stored("story.txt").pk)
    article.headline = "A corrected headline"
    with CaptureQueriesContext(connection) as queries:
        article.save()
    written = [q["sql"] for q in queries if "nearduplicateband" in q["sql"] and not q["sql"].startswith("SELECT")]
    assert written == []


def test_the_backfill_indexes_articles_without_bands_and_is_idempotent(vocabulary):
    first, second = stored("story.txt"), stored("same-subject.txt")
    NearDuplicateBand.objects.all().delete()
    out = io.StringIO()
    call_command("index_near_duplicates", "--limit", "1", "--no-progress", stdout=out)
    assert out.getvalue().startswith(f"indexed 1 articles ({BANDS} band rows)")
    assert set(NearDuplicateBand.objects.values_list("article_id", flat=True)) == {first.pk}
    out = io.StringIO()
    call_command("index_near_duplicates", "--batch-size", "1", "--no-progress", stdout=out)  # goes on from there
    assert out.getvalue().startswith(f"indexed 1 articles ({BANDS} band rows)")
    assert NearDuplicateBand.objects.filter(article__in=[first, second]).count() == 2 * BANDS
    assert find_near_duplicates([text_of("story-paragraph-removed.txt")])[0].article_id == first.pk
    out = io.StringIO()
    call_command("index_near_duplicates", "--no-progress", stdout=out)
    assert out.getvalue().startswith("indexed 0 articles")


@pytest.mark.django_db(transaction=True)  # no transaction open, so the command may fork its workers
def test_the_backfill_computes_in_worker_processes_what_it_computes_alone():
    articles = [stored("story.txt", status="draft"), stored("same-subject.txt", status="draft")]
    expected = set(NearDuplicateBand.objects.values_list("article_id", "band", "hash"))
    NearDuplicateBand.objects.all().delete()
    out = io.StringIO()
    call_command("index_near_duplicates", "--workers", "2", "--no-progress", stdout=out)
    assert out.getvalue().startswith(f"indexed {len(articles)} articles")
    assert set(NearDuplicateBand.objects.values_list("article_id", "band", "hash")) == expected


def test_stored_hashes_do_not_change_when_the_code_does():
    """Bands and fingerprints are stored with every article: a new hash would miss every copy already archived."""
    text = "Talks in Nairobi: the Café owners’ union met on Tuesday, and the MINISTER said “no”. Fünf Männer kamen."
    assert band_hashes(shingles(text))[:4] == [
        -1041391430109240728, -7071953523933603569, 5191068041868641237, 1188959691857972778,
    ]
    assert len(shingles(text)) == 16
    assert text_fingerprint(text) == "2210ea0776622a0bdde55b14c7bfa0052eb8eee6162f131aa01dbbee0c6290cf"
