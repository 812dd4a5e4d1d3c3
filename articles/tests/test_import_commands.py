"""import_articles, parse_article and load_demo, run as an operator would."""

import io
import json
import os

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.management.commands.load_demo import EXTRA_DEMO_DIRS
from articles.models import Article, Author

from .import_helpers import SEED_ARTICLE, generated_article, jsonl_with_three_bad_lines, make_vocabulary, record_line, zip_of

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    try:
        if args[0] == "import_articles":
            options["progress"] = False
        call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def write_articles(folder, count, start=0, words=600):
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"{n:04d}.txt").write_text(generated_article(n, words=words), encoding="utf-8")


def test_a_folder_of_1000_files_imports_once_and_then_only_finds_duplicates(vocabulary, tmp_path):
    # Short articles keep the suite quick; bench/import_speed.py measures 600-word ones.
    write_articles(tmp_path / "batch" / "nested", 500, words=120)
    write_articles(tmp_path / "batch", 500, start=500, words=120)
    (tmp_path / "batch" / "README.md").write_text("not an article")
    out, error = run("import_articles", str(tmp_path / "batch"))
    assert error is None and out.splitlines()[0] == "created 1000, duplicates 0, failed 0"
    assert Article.objects.count() == 1000 and Author.objects.filter(name="Jane Doe").count() == 1
    assert Article.objects.filter(status="draft").count() == 1000
    assert Article.objects.in_country("FR").count() == 1000
    out, error = run("import_articles", str(tmp_path / "batch"))
    assert error is None and out.splitlines()[0] == "created 0, duplicates 1000, failed 0"
    assert Article.objects.count() == 1000


def test_a_failing_file_is_listed_with_its_reason_and_the_exit_status_is_non_zero(vocabulary, tmp_path):
    write_articles(tmp_path, 2)
    (tmp_path / "empty.txt").write_text("   ")
    (tmp_path / "broken.jsonl").write_text('{"headline": "x"\n')
    out, error = run("import_articles", str(tmp_path), status="published")
    lines = out.splitlines()
    assert lines[0] == "created 2, duplicates 0, failed 2"
    assert any(line.startswith(f"  {tmp_path / 'empty.txt'}: ") and "empty" in line for line in lines[1:])
    assert any(line.startswith(f"  {tmp_path / 'broken.jsonl'} line 1: ") and "JSON" in line for line in lines[1:])
    assert error is not None and "2 article files failed" in str(error)
    assert Article.objects.filter(status="published").count() == 2


def test_a_missing_path_fails(vocabulary, tmp_path):
    out, error = run("import_articles", str(tmp_path / "nope"))
    assert out.splitlines()[0] == "created 0, duplicates 0, failed 1" and "no such file or folder" in out
    assert error is not None


def test_the_exit_status_is_1_from_the_shell(tmp_path):
    from django.core.management import execute_from_command_line

    # Built here, not the module's shared vocabulary: a command run from the shell closes the database
    # connection as it ends, and with it the transaction that holds the module's data (on PostgreSQL).
    make_vocabulary()
    (tmp_path / "bad.pdf").write_bytes(b"%PDF")
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "import_articles", str(tmp_path / "bad.pdf"), "--no-progress"])
    assert exit_info.value.code == 1


def test_dry_run_stores_nothing_but_reports_what_would_happen(vocabulary, tmp_path):
    write_articles(tmp_path, 3)
    (tmp_path / "copy.txt").write_text(generated_article(0), encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        out, error = run("import_articles", str(tmp_path), dry_run=True)
    assert out.splitlines()[0] == "created 3, duplicates 1, failed 0 (dry run: nothing was saved)"
    assert not Article.objects.exists()
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def test_zip_and_jsonl_sources(vocabulary, tmp_path):
    (tmp_path / "batch.zip").write_bytes(zip_of({"a.txt": generated_article(1), "../escape.txt": generated_article(2)}))
    records = [
        {"headline": f"Record {n}", "published": "2021-03-03T10:15:00+00:00", "body": f"Text of record {n} about France."}
        for n in range(3)
    ]
    (tmp_path / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out, error = run("import_articles", str(tmp_path / "batch.zip"), str(tmp_path / "records.jsonl"))
    assert out.splitlines()[0] == "created 4, duplicates 0, failed 1"
    assert "escape.txt: unsafe name" in out and error is not None
    assert set(Article.objects.filter(headline__startswith="Record").values_list("headline", flat=True)) == {
        "Record 0", "Record 1", "Record 2",
    }


def test_parse_article_json_for_the_sample_saves_nothing(vocabulary):
    with CaptureQueriesContext(connection) as queries:
        out, error = run("parse_article", str(SEED_ARTICLE), json=True)
    assert error is None
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert not Article.objects.exists()
    data = json.loads(out)
    assert data["headline_proposed"] is True and data["headline"]
    assert data["published"] == "2022-12-21T09:11:00+00:00" and data["published_source"] == "parsed"
    assert data["byline"] == ["Matthew Roscoe"]
    assert data["image_credit"] == "Anton Veselov/Shutterstock.com"
    assert data["image_caption"].startswith("Russia and China reach agreement")
    assert data["paragraphs"] == 7
    assert data["countries"] == ["CN", "RU", "UA"]
    entities = {e["name"]: e for e in data["entities"]}
    assert entities["Xi Jinping"] == {"name": "Xi Jinping", "kind": "person", "country": "CN", "mentions": entities["Xi Jinping"]["mentions"]}
    assert entities["Vladimir Putin"]["kind"] == "person" and entities["Russia"]["country"] == "RU"
    assert "Dmitry Medvedev" in data["candidates"]
    assert set(data) == {
        "headline", "headline_proposed", "published", "published_source", "byline", "image_caption",
        "image_credit", "paragraphs", "entities", "countries", "candidates", "warnings",
    }


def test_parse_article_on_a_missing_file_is_an_error(vocabulary, tmp_path):
    out, error = run("parse_article", str(tmp_path / "nope.txt"), json=True)
    assert error is not None and "no such file" in str(error)


def test_load_demo_loads_the_vocabulary_the_sample_and_an_editor_and_is_repeatable():
    out = io.StringIO()
    call_command("load_demo", "--site", "http://127.0.0.1:8765/", stdout=out)
    # The sample article plus the labelled evaluation articles it also loads as demo content.
    expected_count = 1 + sum(1 for folder in EXTRA_DEMO_DIRS for path in folder.iterdir() if path.suffix in {".txt", ".html"})
    assert Article.objects.published().count() == expected_count
    article = Article.objects.get(byline="By Matthew Roscoe")
    assert article.status == "published"
    assert {"RU", "CN", "UA"} <= set(article.tags.filter(entity__kind="country").values_list("entity__iso_code", flat=True))
    assert {"Xi Jinping", "Vladimir Putin"} <= set(article.tags.values_list("entity__name", flat=True))
    assert "Log in at http://127.0.0.1:8765/admin/ as 'editor' with password:" in out.getvalue()
    call_command("load_demo", stdout=io.StringIO())
    assert Article.objects.count() == expected_count


def test_the_progress_bar_goes_to_stderr_on_a_terminal_only(vocabulary, tmp_path, monkeypatch):
    write_articles(tmp_path, 2)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    # Patched: the process's stderr, to be a terminal.
    monkeypatch.setattr("sys.stderr", terminal)
    call_command("import_articles", str(tmp_path), stdout=io.StringIO())
    assert "Importing" in terminal.getvalue() and "2/2" in terminal.getvalue()
    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    call_command("import_articles", str(tmp_path), "--no-progress", stdout=io.StringIO())
    assert quiet.getvalue() == ""


def test_an_article_that_fails_while_storing_fails_alone_and_leaves_nothing_behind(vocabulary, tmp_path):
    from django.db import DataError

    write_articles(tmp_path, 3)
    (tmp_path / "0001.txt").write_text(generated_article(1).replace("By Jane Doe", "By Zed Quinn"), encoding="utf-8")

    def refuses_zed_quinn(execute, sql, params, many, context):
        """The database refuses any write of Zed Quinn's: the batch stored together, then his article alone."""
        values = [value for row in params for value in row] if many else list(params or ())
        if not sql.lstrip().upper().startswith("SELECT") and any("Zed Quinn" in str(value) for value in values):
            raise DataError("value too long for type character varying(200)")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuses_zed_quinn):
        out, error = run("import_articles", str(tmp_path), workers=1)
    assert out.splitlines()[0] == "created 2, duplicates 0, failed 1"
    assert "0001.txt: could not be stored: value too long" in out and error is not None
    assert Article.objects.count() == 2 and not Article.objects.filter(byline__contains="Zed Quinn").exists()


def test_a_batch_of_new_articles_is_stored_with_one_insert_of_its_articles(vocabulary, tmp_path):
    write_articles(tmp_path, 4)
    with CaptureQueriesContext(connection) as statements:
        out, error = run("import_articles", str(tmp_path), workers=1)
    assert out.splitlines()[0] == "created 4, duplicates 0, failed 0" and error is None
    inserts = [s["sql"] for s in statements if s["sql"].startswith('INSERT INTO "articles_article" ')]
    assert len(inserts) == 1  # together, as a background job stores its items (one by one only when that fails)


def test_parallel_and_serial_parsing_import_the_same(vocabulary, tmp_path):
    write_articles(tmp_path / "a", 6)
    out, error = run("import_articles", str(tmp_path / "a"), workers=2)
    assert out.splitlines()[0] == "created 6, duplicates 0, failed 0"
    parallel = sorted(Article.objects.values_list("headline", "fingerprint", "search_names"))
    Article.objects.all().delete()
    out, error = run("import_articles", str(tmp_path / "a"), workers=1)
    assert sorted(Article.objects.values_list("headline", "fingerprint", "search_names")) == parallel


def test_the_import_leaves_the_connections_commit_settings_as_they_were(vocabulary, tmp_path):
    setting = "SHOW synchronous_commit" if connection.vendor == "postgresql" else "PRAGMA synchronous"
    with connection.cursor() as cursor:
        cursor.execute(setting)
        before = cursor.fetchone()
    write_articles(tmp_path, 2)
    out, error = run("import_articles", str(tmp_path))
    assert out.startswith("created 2,")
    with connection.cursor() as cursor:
        cursor.execute(setting)
        assert cursor.fetchone() == before


def test_a_file_that_cannot_be_read_is_rejected_with_the_reason_not_raised(tmp_path):
    from articles.ingest.uploads import read_path

    sources, rejected = read_path(tmp_path / "missing.txt")
    assert not sources and rejected[0].reason.startswith("cannot be read")


def test_the_content_version_is_bumped_once_per_batch_not_once_per_article(vocabulary, tmp_path,
                                                                          django_capture_on_commit_callbacks):
    from articles.core.caching import bump_content_version
    from articles.core.conf import caps

    write_articles(tmp_path, caps.IMPORT_BATCH + 3)
    with django_capture_on_commit_callbacks() as callbacks:
        out, error = run("import_articles", str(tmp_path), workers=1)
    assert out.startswith(f"created {caps.IMPORT_BATCH + 3},")
    bumps = [c for c in callbacks if c is bump_content_version or getattr(c, "once_key", None) == "content_version"]
    assert len(bumps) == 2  # two batches


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="workers store on their own connections only on PostgreSQL"
)


def _record_storing_processes(monkeypatch, log):
    """Wrap the two ways of storing (a batch together, an article alone) so each process that stores appends its
    pid to ``log`` (forked workers too)."""
    from articles.ingest import batches, service

    def recording(real):
        def wrapper(*args, **kwargs):
            with open(log, "a") as handle:
                handle.write(f"{os.getpid()}\n")
            return real(*args, **kwargs)
        return wrapper

    # Patched: spies that reach into forked worker processes, where no in-process hook does.
    monkeypatch.setattr(batches, "store", recording(service.store))
    monkeypatch.setattr(batches.Importer, "store_together", recording(batches.Importer.store_together))


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_the_workers_store_and_copies_in_two_workers_shares_are_stored_once(tmp_path, monkeypatch):
    from articles.management.commands.import_articles import FILES_PER_TASK

    make_vocabulary()
    count = 2 * FILES_PER_TASK + 10
    write_articles(tmp_path / "in", count)
    # The first and the last file hold the same text: they go to different tasks, so both workers may
    # find it new; the unique constraint lets one insert win.
    (tmp_path / "in" / f"{count - 1:04d}.txt").write_text(generated_article(0), encoding="utf-8")
    log = tmp_path / "stored-by.txt"
    _record_storing_processes(monkeypatch, log)
    out, error = run("import_articles", str(tmp_path / "in"), workers=2)
    assert error is None and out.splitlines()[0] == f"created {count - 1}, duplicates 1, failed 0"
    stored_by = set(log.read_text().split())
    assert stored_by and str(os.getpid()) not in stored_by  # the workers stored, not this process
    assert Article.objects.count() == count - 1
    assert Article.objects.filter(body_text__contains="report number 0.").count() == 1
    # Every article names the same reporter: the workers' race to create her leaves one author.
    assert Author.objects.filter(name="Jane Doe").count() == 1
    assert Article.objects.filter(author_credits__author__name="Jane Doe").count() == count - 1
    assert Article.objects.in_country("FR").count() == count - 1
    out, error = run("import_articles", str(tmp_path / "in"), workers=2)
    assert error is None and out.splitlines()[0] == f"created 0, duplicates {count}, failed 0"


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_stored_by_workers_is_what_this_process_stores(tmp_path):
    make_vocabulary()
    write_articles(tmp_path / "in", 60, words=120)
    out, error = run("import_articles", str(tmp_path / "in"), workers=2)
    assert out.splitlines()[0] == "created 60, duplicates 0, failed 0"
    columns = ("headline", "slug", "fingerprint", "body_html", "body_text", "search_names", "published_at")
    by_workers = sorted(Article.objects.values_list(*columns))
    tags = sorted(Article.objects.values_list("headline", "tags__entity__slug", "tags__mentions", "tags__first_offset"))
    Article.objects.all().delete()
    out, error = run("import_articles", str(tmp_path / "in"), workers=1)
    assert out.splitlines()[0] == "created 60, duplicates 0, failed 0"
    assert sorted(Article.objects.values_list(*columns)) == by_workers
    assert sorted(
        Article.objects.values_list("headline", "tags__entity__slug", "tags__mentions", "tags__first_offset")
    ) == tags


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_a_bad_file_among_the_workers_shares_fails_alone_with_its_reason(tmp_path):
    make_vocabulary()
    write_articles(tmp_path / "in", 60, words=120)
    (tmp_path / "in" / "0030-empty.txt").write_text("   ")
    (tmp_path / "in" / "0031-broken.jsonl").write_text('{"headline": "x"\n')
    out, error = run("import_articles", str(tmp_path / "in"), workers=2)
    assert out.splitlines()[0] == "created 60, duplicates 0, failed 2"
    assert "0030-empty.txt: " in out and "0031-broken.jsonl line 1: " in out
    assert error is not None and "2 article files failed" in str(error)
    assert Article.objects.count() == 60


def test_a_jsonl_file_with_a_nul_a_surrogate_and_a_broken_line_imports_the_rest_and_reports_the_three(
    vocabulary, tmp_path
):
    (tmp_path / "batch.jsonl").write_bytes(jsonl_with_three_bad_lines())
    write_articles(tmp_path, 1, start=50)
    out, error = run("import_articles", str(tmp_path), status="published")
    lines = out.splitlines()
    assert lines[0] == "created 4, duplicates 0, failed 3"
    batch = tmp_path / "batch.jsonl"
    assert f"  {batch} line 2: contains NUL characters: binary data, not text" in lines
    assert f"  {batch} line 4: contains a lone surrogate (like \\ud800): not valid Unicode text" in lines
    assert any(line.startswith(f"  {batch} line 5: not valid JSON (") for line in lines)
    assert "Traceback" not in out and error is not None
    assert sorted(Article.objects.values_list("headline", flat=True)) == [
        "Report 1 on the council budget talks", "Report 3 on the council budget talks",
        "Report 50 on the council budget talks", "Report 6 on the council budget talks",
    ]


def test_a_line_nested_100000_deep_fails_alone_without_a_traceback(vocabulary, tmp_path, capsys):
    deep = "[" * 100_000 + "]" * 100_000
    nested_record = '{"headline": "x", "body": ' + "[" * 50 + "]" * 50 + "}"
    (tmp_path / "deep.jsonl").write_text("\n".join([record_line(1), deep, nested_record, record_line(2)]))
    out, error = run("import_articles", str(tmp_path / "deep.jsonl"))
    assert out.splitlines()[0] == "created 2, duplicates 0, failed 2"
    assert f"  {tmp_path / 'deep.jsonl'} line 2: nested too deeply to be an article record" in out
    assert f"  {tmp_path / 'deep.jsonl'} line 3: nested more than 20 levels deep" in out
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("binary.txt", bytes(range(256)) * 40, "contains NUL characters"),
        ("controls.txt", ("Talks \x01\x02\x03 went on. " * 200).encode(), "control characters"),
        ("run.txt", b"Headline\n\n" + b"a" * 400_000, "'a' repeated 400,000 times"),
        ("9mb.txt", b"a" * 9_000_000, "too long for one article (9,000,000 characters"),
        ("nowords.txt", b"1234 5678 -- 42\n\n" * 20, "contains no words"),
        ("huge.txt", (generated_article(1) * 300).encode(), "too long for one article"),
        ("page.html", b"<html><body><p>Hello \x00 world</p></body></html>", "contains NUL characters"),
    ],
)
def test_text_that_is_not_article_text_is_refused_with_its_reason(vocabulary, tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    out, error = run("import_articles", str(tmp_path / name))
    assert out.splitlines()[0] == "created 0, duplicates 0, failed 1"
    assert reason in out.splitlines()[1]
    assert not Article.objects.exists()


def test_a_jsonl_record_of_filler_is_refused_and_its_neighbours_imported(vocabulary, tmp_path):
    lines = [record_line(1), record_line(2, body="z" * 600), record_line(3, body="<p>" + "x" * 600_000 + " y</p>")]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines))
    out, _ = run("import_articles", str(tmp_path / "batch.jsonl"))
    assert out.splitlines()[0] == "created 1, duplicates 0, failed 2"
    assert "line 2: 'z' repeated 600 times" in out and "line 3: too long for one article" in out


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)//", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/x",
    ],
)
def test_a_source_url_that_is_not_http_is_dropped_with_a_warning(vocabulary, tmp_path, url):
    (tmp_path / "one.jsonl").write_text(record_line(1, url=url))
    out, error = run("import_articles", str(tmp_path / "one.jsonl"))
    assert error is None and out.startswith("created 1,")
    article = Article.objects.get()
    assert article.source_url == "" and article.source_url_key == ""
    preview_out, _ = run("parse_article", str(tmp_path / "one.jsonl"), json=True)
    assert "was dropped: only http and https addresses are kept" in json.loads(preview_out)["warnings"][-1]


def test_a_value_that_breaks_the_batched_duplicate_query_fails_only_its_own_article(vocabulary, tmp_path):
    """Screening keeps a NUL out of every preview; were one to slip through, it fails alone, not the batch."""
    import dataclasses

    from articles.ingest.preview import previews_from_sources
    from articles.ingest.uploads import Source
    from articles.ingest.batches import Importer

    previews, rejected = previews_from_sources([Source("batch.jsonl", "\n".join(map(record_line, (1, 2, 3))).encode())])
    assert rejected == []
    previews[1] = dataclasses.replace(previews[1], source_url="https://news.example.org/a\x00b")
    results = Importer(status="published", dry_run=False).import_batch(previews)
    assert [r.outcome for r in results[::2]] == ["created", "created"]
    if connection.vendor == "postgresql":  # PostgreSQL refuses a NUL in text; SQLite stores the article without the URL
        assert results[1].outcome == "failed" and "could not be checked against the archive" in results[1].reason
    else:
        assert results[1].outcome == "created" and results[1].article.source_url == ""


def test_the_tables_workers_share_are_built_before_forking_and_a_parse_builds_none_of_them_again(vocabulary):
    """Built in the parent, the cities, the byline leads' openings and the known names are inherited by every
    forked worker; a worker's first page must not build them again."""
    from articles.ingest.byline_vocabulary import lead_openings
    from articles.ingest.gazetteer import places, state_names
    from articles.ingest.parsing import parse_file
    from articles.ingest.person_names import known_name_words
    from articles.ingest.preview import load_shared_tables

    tables = (places, state_names, lead_openings, known_name_words)

    def built_by(work):
        for table in tables:
            table.cache_clear()
        work()
        return [table.cache_info().misses for table in tables]

    page = generated_article(7).encode()
    assert built_by(lambda: parse_file("report.txt", page))[::2] == [1, 1]  # the cities and the leads, on first use
    assert built_by(load_shared_tables) == [1, 1, 1, 1]
    assert built_by(lambda: (load_shared_tables(), parse_file("report.txt", page))) == [1, 1, 1, 1]
