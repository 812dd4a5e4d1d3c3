"""Retake the screenshots in this folder: `.venv/bin/python docs/screenshots/take.py`.

It runs as a pytest session so that it gets the browser tests' fixtures: a
throwaway test database, the live server and Debian's Chromium. The archive
is the browser tests' small world, a few dozen more articles so the facets
and the chart have something to show, and the sample article imported
through the admin, as an editor would.
"""

import datetime
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from articles.tests.browser.conftest import (  # noqa: E402  (fixtures, found by pytest by name)
    archive,
    browser,
    editor,
    log_in,
    page,
    phone_page,
    vocabulary,
)

__all__ = ["archive", "browser", "editor", "page", "phone_page", "vocabulary"]

UTC = datetime.timezone.utc
# (headline, standfirst, countries, people, day offset from 1 October 2022)
STORIES = [
    ("Moscow and Beijing expand gas deliveries", "A second pipeline is on the table.", ["RU", "CN"], ["Vladimir Putin"], 3),
    ("Kyiv asks allies for air defence", "The request follows a week of strikes.", ["UA", "US"], ["Volodymyr Zelensky"], 10),
    ("India and China agree to more border talks", "Commanders will meet again next month.", ["IN", "CN"], ["Narendra Modi"], 18),
    ("Berlin weighs energy price cap", "Households face higher winter bills.", ["DE"], ["Olaf Scholz"], 25),
    ("Paris hosts a Ukraine donors' conference", "Pledges focus on power and water.", ["FR", "UA"], ["Emmanuel Macron"], 33),
    ("China reopens after three years of restrictions", "Travellers return as rules ease.", ["CN"], ["Xi Jinping"], 45),
    ("Washington and Beijing resume climate cooperation", "Envoys meet for the first time in months.", ["US", "CN"], ["Joe Biden", "Xi Jinping"], 52),
    ("Russia's central bank holds rates", "Inflation is slowing, the bank says.", ["RU"], [], 60),
    ("Grain corridor extended for another four months", "Turkey and the UN brokered the deal.", ["UA", "RU", "TR"], [], 63),
    ("Brazil's new government sets out its foreign policy", "Cooperation with neighbours comes first.", ["BR"], ["Luiz Inácio Lula da Silva"], 70),
    ("China and Russia hold joint naval drills", "Exercises in the East China Sea last a week.", ["CN", "RU"], ["Xi Jinping", "Vladimir Putin"], 82),
    ("Tokyo raises defence spending", "The budget is the largest since the war.", ["JP"], ["Fumio Kishida"], 90),
    ("South Africa reviews its power crisis plan", "Load-shedding has worsened this winter.", ["ZA"], ["Cyril Ramaphosa"], 95),
    ("Chinese exports fall for a third month", "Demand from Europe and America weakens.", ["CN", "US"], [], 100),
    ("UK and France agree on Channel cooperation", "A new joint centre will open.", ["GB", "FR"], ["Rishi Sunak", "Emmanuel Macron"], 104),
    ("Moscow marks a year of sanctions", "Officials say the economy has adapted.", ["RU"], ["Vladimir Putin"], 140),
]


def picture():
    """A made-up photograph for the lead story: hills under an evening sky, drawn with Pillow."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    width, height = 1200, 675
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(40 + 200 * t), int(70 + 110 * t), int(120 + 60 * t)))
    for offset, colour in ((380, (62, 84, 70)), (450, (38, 58, 48)), (540, (24, 38, 32))):
        points = [(x, offset + 60 * ((x * 7919 + offset) % 97) / 97 - 40 * abs((x - 600) / 600)) for x in range(0, width + 40, 40)]
        draw.polygon([(0, height), *points, (width, height)], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile("pipeline-hills.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def showcase(archive, settings, tmp_path):
    from articles.tests.factories import ArticleFactory, AuthorFactory
    from articles.models import Entity

    settings.MEDIA_ROOT = tmp_path
    settings.SERVE_MEDIA = True

    authors = [AuthorFactory(name=name) for name in ("Clara Diaz", "Dan Evans", "Ema Fujita")]
    start = datetime.datetime(2022, 10, 1, 8, 0, tzinfo=UTC)
    for number, (headline, standfirst, codes, people, offset) in enumerate(STORIES):
        entities = [Entity.objects.get(iso_code=code) for code in codes]
        entities += [Entity.objects.get(name=name, kind="person") for name in people]
        newest = number == len(STORIES) - 1
        ArticleFactory(
            headline=headline,
            standfirst=standfirst,
            body_html=f"<p>{standfirst} Officials spoke of cooperation and of the work still to do.</p>",
            published_at=start + datetime.timedelta(days=offset, hours=number % 9),
            entities=entities,
            authors=[authors[number % len(authors)]],
            **({"image": picture(), "image_caption": "Hills along the pipeline's route at dusk.", "image_credit": "Ema Fujita/newsarchive"} if newest else {}),
        )
    return archive


@pytest.fixture
def narrow_page(browser, live_server):
    """The narrowest phone the pages are made for: 320 CSS pixels."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640}, locale="en-GB", timezone_id="UTC")
    yield context.new_page()
    context.close()


def assert_no_overflow(page):
    """Nothing wider than the screen: the document does not scroll sideways."""
    width = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert width <= 0, f"{page.url} overflows by {width}px"


def shoot(page, name, *, full_page=False):
    path = HERE / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"wrote {path.relative_to(ROOT)}")


def test_take_the_screenshots(page, phone_page, narrow_page, showcase, editor):
    log_in(page, editor)
    page.goto("/admin/articles/article/import/")
    page.get_by_label("Paste an article").fill((ROOT / "demo" / "seed-article.txt").read_text(encoding="utf-8"))
    page.get_by_label("Save as").select_option(label="Published")
    page.get_by_role("button", name="Preview").click()
    page.locator("fieldset.import-preview").wait_for()
    shoot(page, "admin-import-preview")
    page.get_by_role("button", name="Save checked articles").click()
    page.locator(".messagelist").wait_for()
    page.goto("/admin/articles/article/")
    page.locator("#changelist-filter details", has_text="Country").locator("summary").click()
    shoot(page, "admin-article-list")
    # An editor corrects the imported article's date and credit, and looks at its history.
    page.get_by_role("link", name="Russia and China", exact=False).first.click()
    page.locator("#id_published_at_1").fill("10:30:00")
    page.get_by_label("Image credit").fill("Anton Veselov / Shutterstock")
    page.get_by_role("button", name="Save and continue editing").click()
    page.get_by_role("link", name="History").click()
    shoot(page, "admin-article-history", full_page=True)
    page.context.clear_cookies()  # the public pages as a reader sees them

    page.goto("/")
    shoot(page, "home", full_page=True)
    page.goto("/articles/?q=cooperation&date_from=2022-10-01&date_to=2023-02-28")
    shoot(page, "search", full_page=True)
    page.goto("/countries/")
    shoot(page, "countries", full_page=True)
    page.goto("/countries/cn/")
    shoot(page, "country")
    page.goto("/archive/2022/")
    shoot(page, "archive-year")
    page.goto("/archive/2022/12/")
    shoot(page, "archive-month", full_page=True)
    page.goto("/articles/?q=cooperation&page=51")  # the live server runs with DEBUG off, as in production
    shoot(page, "not-found")
    page.goto("/countries/ru/")
    page.get_by_role("link", name="Russia and China", exact=False).first.click()
    shoot(page, "article")

    for phone, suffix in ((phone_page, "phone"), (narrow_page, "phone-320")):
        for path, name in (
            ("/", "home"),
            ("/articles/?q=cooperation&country=cn", "search"),
            ("/countries/", "countries"),
            ("/archive/2022/12/", "archive-month"),
            ("/no-such-page/", "not-found"),
        ):
            phone.goto(path)
            assert_no_overflow(phone)
            shoot(phone, f"{name}-{suffix}")
        phone.goto("/articles/?q=cooperation&country=cn")
        phone.get_by_text("Filter", exact=True).click()
        assert_no_overflow(phone)
        shoot(phone, f"search-filter-open-{suffix}", full_page=True)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-s", "-p", "no:cacheprovider", "--rootdir", str(ROOT)]))
