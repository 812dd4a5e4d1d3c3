"""The coverage map: a world map in SVG, each country shaded by its number of articles, drawn on the server.

The outlines are Natural Earth's, projected and simplified once by
``build_shapes.py`` into ``shapes.json`` (32 KB, 11 KB gzipped). A map costs
no query of its own: it draws counts the page already has — a listing's
country facet (the same sample, the same cache), the countries index's
totals. The markup is built here as one string, like the result cards: a
template loop over 174 countries would cost more than the rest of the page.

The SVG is hidden from assistive technology and its links from the Tab key;
the same numbers and links are in a table beside it, and a sentence
summarises them.
"""

import functools
import json
import math
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

SHAPES = Path(__file__).resolve().parent / "shapes.json"
LEVELS = 5


@functools.cache
def shapes():
    """{"width", "height", "countries": [{"iso", "name", "d"}]}, read once per process."""
    return json.loads(SHAPES.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Covered:
    """One country on the map: its ISO code (upper case), name, article count and link ('' for none)."""

    iso: str
    name: str
    count: int
    url: str = ""
    chosen: bool = False


@dataclass
class CoverageMap:
    countries: list  # Covered, most articles first, only those with articles
    sampled: int = 0  # when the counts are of the newest N matches, N
    caption: str = "Coverage by country"
    by_iso: dict = field(init=False)
    peak: int = field(init=False)  # the most articles any one country has

    def __post_init__(self):
        self.by_iso = {c.iso: c for c in self.countries}
        self.peak = max((c.count for c in self.countries), default=0)
        self._scale = math.log1p(self.peak) if self.peak > 1 else 1

    def level(self, count):
        """1 to LEVELS on a logarithmic scale, so one busy country does not wash out the rest; 0 for none."""
        if count <= 0 or not self.peak:
            return 0
        if self.peak == 1:
            return LEVELS
        return max(1, math.ceil(LEVELS * math.log1p(count) / self._scale))

    @property
    def summary(self):
        if not self.countries:
            return "No country is named in these articles."
        top = ", ".join(f"{c.name} ({c.count:,})" for c in self.countries[:5])
        number = len(self.countries)
        return f"{number:,} {'country' if number == 1 else 'countries'} named; the most: {top}."


def _path(country, covered, level):
    d = country["d"]
    if covered is None:
        return f'<path d="{d}"/>'
    label = f"{covered.name}: {covered.count:,} article{'s' if covered.count != 1 else ''}"
    shape = f'<path class="m{level}{" is-chosen" if covered.chosen else ""}" d="{d}"><title>{escape(label)}</title></path>'
    if not covered.url or covered.chosen:
        return shape
    return f'<a href="{escape(covered.url)}" tabindex="-1">{shape}</a>'


def render_svg(coverage):
    """The map's ``<svg>``: every country's outline, those with articles shaded and linked."""
    data = shapes()
    parts = []
    for country in data["countries"]:
        covered = coverage.by_iso.get(country["iso"])
        parts.append(_path(country, covered, coverage.level(covered.count) if covered else 0))
    return (
        f'<svg class="worldmap__svg" viewBox="0 0 {data["width"]} {data["height"]}" aria-hidden="true" focusable="false">'
        + "".join(parts)
        + "</svg>"
    )


def render_legend(coverage):
    swatches = "".join(f'<span class="worldmap__swatch m{level}"></span>' for level in range(1, LEVELS + 1))
    return (
        f'<p class="worldmap__legend" aria-hidden="true"><span>1</span>{swatches}'
        f"<span>{coverage.peak:,} article{'s' if coverage.peak != 1 else ''}</span></p>"
    )


def render_table(coverage, table_id):
    rows = []
    for covered in coverage.countries:
        name = escape(covered.name)
        if covered.url and not covered.chosen:
            name = f'<a href="{escape(covered.url)}">{name}</a>'
        rows.append(f'<tr><th scope="row">{name}</th><td>{covered.count:,}</td></tr>')
    return (
        f'<details class="worldmap__table" id="{table_id}"><summary>The numbers as a table</summary><table>'
        f'<caption class="visually-hidden">Articles per country</caption>'
        f'<thead><tr><th scope="col">Country</th><th scope="col">Articles</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></details>'
    )


def render_ranking(coverage):
    """The countries most covered first, each with a bar and its count: the countries index's list beside the map."""
    peak = coverage.peak or 1
    rows = []
    for covered in coverage.countries:
        noun = "article" if covered.count == 1 else "articles"
        rows.append(
            f'<li><a href="{escape(covered.url)}">{escape(covered.name)}</a> <svg class="ranking__bar" viewBox="0 0 100 1" '
            f'preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="{round(100 * covered.count / peak)}" '
            f'height="1"/></svg> <span class="count">{covered.count:,}<span class="visually-hidden"> {noun}</span></span></li>'
        )
    return f'<ol class="ranking">{"".join(rows)}</ol>'


def render(coverage, map_id="coverage", table=True):
    """The whole figure: caption with a summary, the map, its legend and (unless the page lists them) the table."""
    sampled = f" — in the newest {coverage.sampled:,} matches" if coverage.sampled else ""
    caption = (
        f'<figcaption id="{map_id}-caption" class="worldmap__caption"><strong>{escape(coverage.caption)}</strong>{sampled}. '
        f'<span class="worldmap__summary">{escape(coverage.summary)}</span></figcaption>'
    )
    legend = render_legend(coverage) if coverage.countries else ""
    table = render_table(coverage, f"{map_id}-table") if coverage.countries and table else ""
    return (
        f'<figure class="worldmap" id="{map_id}" aria-labelledby="{map_id}-caption">{caption}'
        f"{render_svg(coverage)}{legend}{table}</figure>"
    )
