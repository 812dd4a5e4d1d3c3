"""Every XSS vector through every write path, and every output parsed: nothing executable survives.

The vectors (the sanitiser's corpus plus URL-scheme tricks) go in as headline,
body, standfirst, caption and source URL through the import command (.txt,
.html, .jsonl), the admin's paste box and the admin's article form. Each
vector's articles share a publication day, so every output can be asked for
that day alone: the article page, the listing, both feeds, the API, the CSV
export and the admin change page. Each output is parsed (html5lib, lxml, json,
csv) and searched for anything a browser or feed reader would run.
"""

import csv
import datetime
import html
import io
import json

import html5lib
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils.datastructures import MultiValueDict
from lxml import etree

from articles.models import Article
from articles.tests.import_helpers import rendered_form_data
from articles.tests.test_sanitize import XSS_VECTORS, url_scheme

URL_VECTORS = [
    "javascript:alert(document.domain)//", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
    "java\nscript:alert(1)", "\x01javascript:alert(1)", "vbscript:msgbox(1)", "VbScRiPt:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "&#106;avascript:alert(1)", "&#x6A;avascript&#x3A;alert(1)", "javascript&colon;alert(1)", "//evil.example/x.js",
]
VECTORS = XSS_VECTORS + URL_VECTORS
PATHS = ("txt", "html", "jsonl", "paste", "form")
FIRST_DAY = datetime.date(2001, 1, 1)
SAFE_SCHEMES = {"", "http", "https", "mailto"}
URL_ATTRIBUTES = {"href", "xlink:href", "src", "cite", "action", "formaction", "data", "poster", "background"}
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}

pytestmark = pytest.mark.slow  # every vector through every write path, then about 1,800 pages parsed


def day_of(number):
    return FIRST_DAY + datetime.timedelta(days=number)


def words(path, number):
    return f"This report on the {path} path carries vector number {number} among ordinary words"


def text_article(path, number, vector):
    return (
        f"Vector {number} on the {path} path {vector}\n\nBy Jane Doe • {day_of(number):%d %B %Y} • 10:15\n\n"
        f"{words(path, number)}.\n\n{vector}\n\nThe {path} story of vector {number} ends here with more words.\n"
    )


def html_article(number, vector):
    return (
        f'<html><head><title>Vector {number}</title><link rel="canonical" href="{html.escape(vector)}">'
        f'<meta property="article:published_time" content="{day_of(number)}T10:15:00Z"></head>'
        f"<body><article><h1>Vector {number} on the html path {html.escape(vector)}</h1>"
        f"<p>{words('html', number)}.</p>{vector}<p>The html story of vector {number} ends here.</p></article></body></html>"
    )


def jsonl_article(number, vector):
    return json.dumps({
        "headline": f"Vector {number} on the jsonl path {vector}", "standfirst": vector, "image_caption": vector,
        "body": f"<p>{words('jsonl', number)}.</p>{vector}<p>The jsonl story ends.</p>", "url": vector,
        "published": f"{day_of(number)}T10:15:00Z", "byline": "By Jane Doe",
    })


def import_files(folder):
    for number, vector in enumerate(VECTORS):
        (folder / f"{number:03d}.txt").write_text(text_article("txt", number, vector), encoding="utf-8")
        (folder / f"{number:03d}.html").write_text(html_article(number, vector), encoding="utf-8")
    (folder / "all.jsonl").write_text("\n".join(jsonl_article(n, v) for n, v in enumerate(VECTORS)), encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError):  # the vectors holding a NUL are refused
        call_command("import_articles", str(folder), status="published", workers=1, progress=False,
                     stdout=out, stderr=io.StringIO())
    failures = out.getvalue().splitlines()[1:]
    assert failures and all("contains NUL characters" in line for line in failures), failures


def paste_in_the_admin(client, number, vector):
    preview = client.post("/admin/articles/article/import/", {
        "text": text_article("paste", number, vector), "status": "published",
    })
    if preview.status_code == 200 and preview.context.get("token"):
        client.post("/admin/articles/article/import/", rendered_form_data(preview))


def write_in_the_admin_form(client, add_page, admin_form, number, vector):
    """Submit the vector in every field of the add page; a source URL the admin's form refuses is left out.

    The form's own validation says beforehand whether it refuses the URL, so no submission is spent on the error
    page (the refusal itself is test_import_admin's); what is stored still comes through the admin's add view.
    """
    fields = {
        "headline": f"Vector {number} on the form path {vector}"[:300], "standfirst": vector, "image_caption": vector,
        "body_html": f"<p>{words('form', number)}.</p>{vector}", "status": "published",
        "published_at_0": f"{day_of(number)}", "published_at_1": "10:15:00", "source_url": vector,
    }
    data = rendered_form_data(add_page, "headline", **fields)
    submitted = MultiValueDict({name: value if isinstance(value, list) else [value] for name, value in data.items()})
    if "source_url" in admin_form(submitted).errors:
        data["source_url"] = ""
    response = client.post("/admin/articles/article/add/", data)
    if "\x00" not in vector:  # refused in every field; anything else is stored
        assert response.status_code == 302, response.context["adminform"].form.errors


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every vector stored through every write path, once for the module; removed afterwards.

    Removed as a test that commits leaves the database, by emptying every table: deleting the articles one by
    one through the ORM (their history, their tags, a history record each for the deletion) took seconds.
    """
    with django_db_blocker.unblock():
        cache.clear()
        admin = get_user_model().objects.create_superuser("corpus-admin", password="a-long-corpus-password")
        editor = Client()
        editor.force_login(admin)
        import_files(tmp_path_factory.mktemp("corpus"))
        add_page = editor.get("/admin/articles/article/add/")
        admin_form = add_page.context["adminform"].form.__class__
        for number, vector in enumerate(VECTORS):
            paste_in_the_admin(editor, number, vector)
            write_in_the_admin_form(editor, add_page, admin_form, number, vector)
        yield editor
        call_command("flush", interactive=False, verbosity=0)
        cache.clear()


# --- what counts as executable, in each format ---------------------------------------------------------------


def executable_in_html(markup, *, fragment=False):
    """What a browser would run in ``markup``: scripts (other than JSON data blocks and the site's own files),
    event-handler attributes, URLs with a scheme other than http(s) or mailto, and frames or embeds."""
    parse = html5lib.parseFragment if fragment else html5lib.parse
    problems = []
    for element in parse(markup, treebuilder="etree", namespaceHTMLElements=False).iter():
        if not isinstance(element.tag, str):  # a comment
            continue
        tag = element.tag.split("}")[-1].lower()
        if tag == "script":
            problems += _script_problems(element)
        if tag in {"iframe", "frame", "object", "embed", "base", "applet"}:
            problems.append(f"<{tag}>")
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            problems.append("<meta http-equiv=refresh>")
        for name, value in element.attrib.items():
            name = name.split("}")[-1].lower()
            if name.startswith("on"):
                problems.append(f"{name}= on <{tag}>")
            if name in URL_ATTRIBUTES and url_scheme(value) not in SAFE_SCHEMES:
                problems.append(f"{name}={value!r} on <{tag}>")
    return problems


def _script_problems(element):
    kind = (element.get("type") or "").lower()
    if kind in DATA_SCRIPT_TYPES:
        try:
            json.loads(element.text or "")
        except ValueError:
            return [f"a {kind} block that is not JSON: {element.text!r}"]
        return []
    if element.get("src", "").startswith(("/static/", "/admin/jsi18n/")) and not (element.text or "").strip():
        return []
    return [f"<script> {element.get('src') or element.text!r}"]


def executable_in_feed(xml):
    """Feed readers render item descriptions and contents as HTML: parse each so, and check every link."""
    root = etree.fromstring(xml)
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname
        if tag in {"description", "summary", "content"} and element.text:
            problems += executable_in_html(element.text, fragment=True)
        if tag == "link" and url_scheme(element.get("href") or element.text or "") not in {"http", "https"}:
            problems.append(f"feed link {element.get('href') or element.text!r}")
    return problems


def urls_and_html_in_json(value, key=""):
    """URL fields must be http(s) or empty; HTML fields must hold nothing executable."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in urls_and_html_in_json(v, k)]
    if isinstance(value, list):
        return [p for item in value for p in urls_and_html_in_json(item, key)]
    if not isinstance(value, str):
        return []
    if key == "url" or key.endswith("_url") or key in {"next", "previous"}:
        return [] if url_scheme(value) in {"", "http", "https"} and not value.startswith("//") else [f"{key}={value!r}"]
    if key in {"body_html", "snippet"}:
        return executable_in_html(value, fragment=True)
    return []


# --- the checks: one test per vector, over every output of every path -----------------------------------------


def test_the_checkers_spot_what_they_are_for():
    assert executable_in_html("<p>x</p><script>alert(1)</script>")
    assert executable_in_html('<a href=" JAVASCRIPT:alert(1)">x</a>', fragment=True)
    assert executable_in_html('<img src=x onerror="alert(1)">', fragment=True)
    assert executable_in_html('<script type="application/ld+json">{"a": "</script><script>x()</script>"}</script>')
    assert not executable_in_html('<script type="application/ld+json">{"a": 1}</script><a href="https://e.org/">x</a>')
    assert executable_in_feed('<rss><channel><item><description>&lt;img src=x onerror=alert(1)&gt;</description>'
                              "</item></channel></rss>")
    assert urls_and_html_in_json({"source_url": "javascript:alert(1)"})


@pytest.mark.django_db
@pytest.mark.parametrize("number", range(len(VECTORS)), ids=lambda n: f"v{n:03d}")
def test_no_vector_leaves_anything_executable_on_any_output(corpus, client, number):
    vector = VECTORS[number]
    day = day_of(number)
    stored = list(Article.objects.filter(published_at__date=day))
    if "\x00" not in vector:  # a NUL is refused on every path; anything else is stored by most
        assert len(stored) >= 3, f"only {len(stored)} of the {len(PATHS)} paths stored vector {number}"
    problems = {}
    for article in stored:
        assert article.source_url == "" or url_scheme(article.source_url) in {"http", "https"}
        problems[article.get_absolute_url()] = executable_in_html(client.get(article.get_absolute_url()).content.decode())
    if stored:  # the admin's change page is slow to render: one per vector, from each path in turn
        article = sorted(stored, key=lambda a: a.pk)[number % len(stored)]
        change = corpus.get(f"/admin/articles/article/{article.pk}/change/")
        problems[f"admin change {article.pk}"] = executable_in_html(change.content.decode())
    that_day = f"?date_from={day}&date_to={day}"
    problems["listing"] = executable_in_html(client.get(f"/articles/{that_day}").content.decode())
    for feed in ("/feeds/rss/", "/feeds/atom/"):
        problems[feed] = executable_in_feed(client.get(feed + that_day).content)
    listing = client.get(f"/api/v1/articles/{that_day}").json()
    problems["api"] = urls_and_html_in_json(listing)
    for result in listing["results"]:
        problems[result["api_url"]] = urls_and_html_in_json(client.get(result["api_url"]).json())
    export = b"".join(client.get(f"/articles/export.csv{that_day}").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(export)))
    assert len(rows) == len(listing["results"]) == len(stored)
    problems["csv"] = [
        f"{column}={row[column]!r}" for row in rows for column in ("source_url", "url")
        if url_scheme(row[column]) not in {"", "http", "https"} or row[column].startswith("//")
    ]
    assert {where: found for where, found in problems.items() if found} == {}
