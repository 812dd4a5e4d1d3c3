"""Fuzzing the public URLs: arbitrary paths and query strings never make a 5xx.

Hypothesis drives the listing, the country, entity and author pages, the
feeds, the CSV export, the date archives, article addresses and the
corrections page through the test client, with values chosen to hurt: NUL
and other control characters, the UTF-8 forms of lone surrogates and other
broken bytes, huge numbers, dates at the calendar's ends, cursors with
impossible offsets, and parameters repeated many times. Bounded by
``max_examples`` (``FUZZ_EXAMPLES``, 250 by default) and a per-request
``deadline`` so it runs in seconds on either database; ``.hypothesis/`` keeps the failures it finds for the next run.
"""

import datetime
import os
from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Correction
from articles.tests.public_world import at, world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "250"))  # each test's requests; more for a deep run (BENCHMARKS.md)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=datetime.timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

REAL = [b"cn", b"RU", b"xi-jinping", b"vladimir-putin", b"brics", b"ann-able", b"2022", b"12", b"05"]
HOSTILE = [
    b"\x00", b"r\x00", b"war\x01", b"\x1b[0m", b"\x7f", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xc0\x80", b"\xff\xfe",
    b"\xef\xbf\xbe", b"\xe2\x80\xa8", b"%", b"%00", b"'", b'"', b"<script>", b"&", b";", b",", b"+", b" ", b"../",
    b"9999", b"0000", b"99999999999999999999999", b"-1", b"1e309", b"NaN",
]
EDGE_DATES = [b"9999-12-31", b"9999-12-30", b"0001-01-01", b"1799-12-31", b"1800-01-01", b"2100-12-31", b"2101-01-01", b"2022-02-30"]
OFFSETS = ["+00:00", "+16:00", "-16:00", "+15:59", "-15:59", "+23:59", "Z", "", "+99:99"]

text_bytes = st.text(max_size=24).map(lambda text: text.encode("utf-8"))
dates = st.one_of(
    st.dates(min_value=datetime.date(1, 1, 1)).map(lambda day: day.isoformat().encode()),
    st.sampled_from(EDGE_DATES),
)
cursors = st.builds(
    lambda when, offset, ident: f"{when.isoformat()}{offset},{ident}".encode(),
    st.one_of(st.datetimes(min_value=datetime.datetime(2000, 1, 1), max_value=datetime.datetime(2030, 1, 1)), st.datetimes()),
    st.sampled_from(OFFSETS),
    st.one_of(st.integers(min_value=1, max_value=100), st.integers(min_value=-(10**25), max_value=10**25)),
)
values = st.one_of(
    st.sampled_from(REAL + HOSTILE),
    text_bytes,
    st.binary(max_size=12),
    dates,
    cursors,
    st.integers(min_value=-(10**40), max_value=10**40).map(lambda n: str(n).encode()),
    st.lists(st.sampled_from(REAL + HOSTILE), min_size=2, max_size=4).map(b"".join),
)
keys = st.one_of(
    st.sampled_from(
        ["q", "country", "entity", "author", "date_from", "date_to", "sort", "page", "after", "before", "p", "utm_source"]
    ),
    st.text(max_size=6),
)
pairs = st.one_of(
    st.tuples(keys, values).map(lambda pair: [pair]),
    # one parameter repeated, up to past the limit on repeated values
    st.tuples(keys, st.lists(values, min_size=5, max_size=15)).map(lambda kv: [(kv[0], v) for v in kv[1]]),
)
queries = st.lists(pairs, max_size=4).map(
    lambda groups: "&".join(f"{quote(key, safe='')}={quote_from_bytes(value, safe='')}" for group in groups for key, value in group)
)
segment = st.one_of(st.sampled_from(REAL + HOSTILE + EDGE_DATES), st.binary(min_size=1, max_size=10), text_bytes.filter(bool)).map(
    lambda raw: quote_from_bytes(raw, safe="")
)
years = st.one_of(st.sampled_from(["9999", "0000", "0001", "1799", "1800", "2022", "2100", "2101"]), st.integers(0, 9999).map("{:04d}".format))
months = st.one_of(st.sampled_from(["00", "01", "02", "12", "13", "99"]), st.integers(0, 99).map("{:02d}".format))
days = st.one_of(st.sampled_from(["00", "01", "05", "28", "29", "30", "31", "32", "99"]), st.integers(0, 99).map("{:02d}".format))
paths = st.one_of(
    st.sampled_from(
        [
            "/", "/articles/", "/countries/", "/feeds/rss/", "/feeds/atom/", "/articles/export.csv", "/corrections/",
            "/archive/", "/feeds/corrections/", "/sitemap.xml", "/sitemap-articles.xml",
        ]
    ),
    st.builds("/countries/{}/".format, segment),
    st.builds("/entities/{}/".format, segment),
    st.builds("/authors/{}/".format, segment),
    st.builds("/archive/{}/".format, st.one_of(years, segment)),
    st.builds("/archive/{}/{}/".format, years, st.one_of(months, segment)),
    st.builds("/archive/{}/{}/{}/".format, years, months, st.one_of(days, segment)),
    st.builds("/articles/{}/{}/{}/{}/".format, years, months, days, segment),
)


@pytest.fixture
def archive(world, no_page_cache):  # noqa: F811 - every request runs its view
    Correction.objects.create(article=world.pact, published_at=at(2022, 12, 7, 9), text="A corrected date.")
    return world


def fetch(client, url):
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)  # the export's rows are read only as it streams
    return response


@FUZZ
@given(path=paths, query=queries)
def test_no_url_makes_a_server_error(client, archive, path, query):
    url = f"{path}?{query}" if query else path
    response = fetch(client, url)
    assert response.status_code < 500, url


@FUZZ
@given(
    path=st.sampled_from(["/articles/", "/countries/cn/", "/feeds/rss/", "/articles/export.csv", "/corrections/"]),
    key=st.sampled_from(["after", "before"]),
    cursor=cursors,
)
def test_no_cursor_makes_a_server_error(client, archive, path, key, cursor):
    response = fetch(client, f"{path}?{key}={quote_from_bytes(cursor, safe='')}")
    assert response.status_code < 500


@pytest.mark.parametrize(
    "url",
    [
        "/articles/?date_to=9999-12-31",
        "/countries/ru/?date_from=9999-12-30",
        "/archive/9999/12/31/",
        "/articles/?after=2022-01-01T00:00:00%2B16:00,1",
        "/corrections/?before=2022-01-01T00:00:00%2B16:00,1",
        "/countries/r%00/",
        "/feeds/rss/?q=war%01",
        "/feeds/atom/?q=%ED%A0%80",
        "/entities/%ED%A0%80/",
        "/authors/%00/",
        "/articles/export.csv?entity=%00",
    ],
)
def test_what_fuzzing_found_before_is_no_longer_a_server_error(client, archive, url):
    assert fetch(client, url).status_code < 500
