#!/usr/bin/env python
"""Issue 14's "Done when", end to end, as an editor does it: a real server, real workers, a real browser.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_desk .venv/bin/python bench/editors_desk.py [--files 2000]

Makes the database in DATABASE_URL afresh (PostgreSQL; it is dropped first),
archives 100 articles, then zips ``--files`` files: new articles, exact copies
of archived ones, near-copies of archived ones and one binary file (a near-copy is an archived story with one sentence added). gunicorn (production settings) and two ``db_worker``
processes serve it; Chromium logs in, uploads the zip on the import page,
follows the job to its end, checks its counts, replaces one near-copy and
skips the rest; changes one article's date and credit, reads both in its
history and restores the earlier version. Then the same zip again on a fresh
database with its worker killed halfway and started again: the same
articles, none twice. Prints what it saw; exits non-zero on any difference.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from server import Gunicorn, production_env  # noqa: E402

ARCHIVED = 100
PASSWORD = "desk-" + os.urandom(6).hex()


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def fresh_database(database_url, env):
    name = urlsplit(database_url).path.lstrip("/")
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "--force", name], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    manage("migrate", "--noinput", "-v0", env=env)
    manage("load_demo", env=env)  # countries, the starter vocabulary, the sample article
    manage("shell", "-c", (
        "from django.contrib.auth import get_user_model;"
        f"get_user_model().objects.create_superuser('desk', 'desk@example.org', '{PASSWORD}')"
    ), env=env)


def archive_and_zip(files):
    """Archive ``ARCHIVED`` articles; return the zip's bytes and how many of each kind it holds."""
    import django

    django.setup()
    from articles.ingest.parsing import parse_file
    from articles.ingest.service import prepare, store
    from articles.tests.import_helpers import generated_article, zip_of

    archived = [generated_article(100_000 + n) for n in range(ARCHIVED)]
    for n, text in enumerate(archived):
        [parsed] = parse_file(f"archived-{n}.txt", text.encode())
        store(prepare(parsed), status="published")
    copies, near = ARCHIVED // 2, ARCHIVED // 2 - 1
    new = files - copies - near - 1
    members = {f"desk/new-{n:05d}.txt": generated_article(n) for n in range(new)}
    members.update({f"desk/copy-{n:03d}.txt": archived[n] for n in range(copies)})
    for n in range(near):  # the same story updated with one more sentence
        update = f"The council is due to meet again on {n % 28 + 1} April to review the figures."
        members[f"desk/near-{n:03d}.txt"] = archived[copies + n] + "\n" + update + "\n"
    members["desk/photo.jpg.txt"] = bytes(range(128, 256)) * 40
    return zip_of(members), {"new": new, "copies": copies, "near": near, "binary": 1}


def served(database_url):
    server = Gunicorn(database_url)
    server.env["SECURE_COOKIES"] = "0"
    return server


class Workers:
    def __init__(self, env, count=2):
        self.env, self.count = env, count

    def __enter__(self):
        manage("resume_import_jobs", "--verbosity", "0", env=self.env)
        self.processes = [
            subprocess.Popen([sys.executable, "manage.py", "db_worker", "--no-reload", "--verbosity", "0"], cwd=ROOT, env=self.env)
            for _ in range(self.count)
        ]
        return self

    def kill(self):
        for process in self.processes:
            process.send_signal(signal.SIGKILL)
            process.wait()

    def __exit__(self, *exc):
        for process in self.processes:
            process.terminate()
            process.wait(30)


def browser_page(playwright, base):
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ])
    page = browser.new_page(base_url=base, viewport={"width": 1280, "height": 900})
    page.goto("/admin/")
    page.get_by_label("Username").fill("desk")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    return browser, page


def upload(page, archive):
    page.goto("/admin/articles/article/import/")
    page.get_by_label("or upload files").set_input_files({"name": "desk.zip", "mimeType": "application/zip", "buffer": archive})
    started = time.monotonic()
    page.get_by_role("button", name="Preview").click()
    page.wait_for_url(re.compile(r"/import/jobs/\d+/$"))
    return time.monotonic() - started


def count(page, name):
    return int(page.locator(f".import-job__{name}").inner_text().replace(",", ""))


def check(label, seen, expected, failures):
    mark = "ok" if seen == expected else "DIFFERENT"
    print(f"  {label}: {seen} (expected {expected}) {mark}")
    if seen != expected:
        failures.append(label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    database_url = os.environ["DATABASE_URL"]
    from playwright.sync_api import expect, sync_playwright

    failures = []
    env = {**production_env(database_url), "SECURE_COOKIES": "0"}  # plain HTTP on 127.0.0.1
    # This process reads the database to check what the pages say, inside Playwright's event loop.
    os.environ.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="newsarchive.settings", DJANGO_ALLOW_ASYNC_UNSAFE="1")

    fresh_database(database_url, env)
    archive, kinds = archive_and_zip(args.files)
    from django.db import connections

    from articles.models import Article

    before = Article.objects.count()  # the demo's sample articles and the archived ones
    print(f"{before} articles in the archive; {args.files} files: {kinds}")
    server = served(database_url)
    with server, Workers(env), sync_playwright() as playwright:
        browser, page = browser_page(playwright, f"http://127.0.0.1:{server.port}")
        seconds = upload(page, archive)
        print(f"upload stored and queued in {seconds:.1f} s; following the job")
        started = time.monotonic()
        expect(page.get_by_role("heading", name="Done")).to_be_visible(timeout=900_000)
        print(f"job done in {time.monotonic() - started:.0f} s (seen on its page, which reloads every 3 s)")
        page.screenshot(path="/tmp/editors-desk-job.png", full_page=True)
        check("created", count(page, "created"), kinds["new"], failures)
        check("already in the archive", count(page, "duplicates"), kinds["copies"], failures)
        check("awaiting a decision", count(page, "undecided"), kinds["near"], failures)
        check("failed", count(page, "failed"), kinds["binary"], failures)
        binary_row = page.locator("tr").filter(has_text="desk.zip: desk/photo.jpg.txt")
        check("the binary file's reason says it is not text", "not text" in binary_row.inner_text(), True, failures)
        near = page.locator("#near-duplicates")
        first = near.get_by_role("row").filter(has_text="desk.zip: desk/near-000.txt")
        first.get_by_role("button", name="Replace the older copy").click()
        expect(page.locator(".messagelist")).to_contain_text("Replaced the text of")
        page.get_by_role("button", name=re.compile("^Skip all")).click()
        expect(page.locator(".messagelist")).to_be_visible()
        check("awaiting a decision after replacing one and skipping the rest", count(page, "undecided"), 0, failures)
        check("articles in the archive", Article.objects.count(), before + kinds["new"], failures)
        check("headlines stored twice", Article.objects.values("headline").distinct().count(), Article.objects.count(), failures)

        article = Article.objects.filter(headline__startswith="Report 7 ").get()
        earlier = (article.published_at, article.image_credit)
        page.goto(f"/admin/articles/article/{article.pk}/change/")
        page.locator("#id_published_at_0").fill("2023-03-05")
        page.locator("#id_published_at_1").fill("10:30:00")
        page.get_by_label("Image credit").fill("Jane Photographer/Agency")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
        page.goto(f"/admin/articles/article/{article.pk}/history/")
        newest = page.locator("#change-history tbody tr").first
        check("history shows the new credit", "Jane Photographer/Agency" in newest.inner_text(), True, failures)
        check("history shows the new date", "2023-03-05 10:30:00" in newest.inner_text(), True, failures)
        page.screenshot(path="/tmp/editors-desk-history.png", full_page=True)
        page.locator("#change-history tbody tr").last.get_by_role("link", name="View or restore").click()
        page.get_by_role("button", name="Revert").first.click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
        article.refresh_from_db()
        check("restored date and credit", (article.published_at, article.image_credit), earlier, failures)
        browser.close()
        connections.close_all()  # this context's own connection (Playwright's loop gives it one apart)
    expected_headlines = set(Article.objects.values_list("headline", flat=True)) if not failures else None

    # The same zip, its workers killed halfway, then started again.
    connections.close_all()
    fresh_database(database_url, env)
    archive, kinds = archive_and_zip(args.files)
    server = served(database_url)
    with server, sync_playwright() as playwright:
        browser, page = browser_page(playwright, f"http://127.0.0.1:{server.port}")
        upload(page, archive)
        from articles.models import ImportItem

        workers = Workers(env).__enter__()
        while ImportItem.objects.exclude(status="pending").count() < args.files // 2:
            time.sleep(0.2)
        workers.kill()
        done = ImportItem.objects.exclude(status="pending").count()
        print(f"workers killed with {done} of {ImportItem.objects.count()} files done; starting them again")
        with Workers(env):
            page.reload()
            expect(page.get_by_role("heading", name="Done")).to_be_visible(timeout=900_000)
        check("created after the restart", count(page, "created"), kinds["new"], failures)
        check("articles in the archive after the restart", Article.objects.count(), before + kinds["new"], failures)
        check("headlines stored twice after the restart", Article.objects.values("headline").distinct().count(), Article.objects.count(), failures)
        if expected_headlines is not None:
            seen = set(Article.objects.values_list("headline", flat=True))
            check("the same articles as the first run (near-copies left undecided here)", seen == expected_headlines, True, failures)
        browser.close()
        connections.close_all()
    print("FAILED: " + ", ".join(failures) if failures else "everything as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
