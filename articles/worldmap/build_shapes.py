"""Rebuild ``shapes.json``, the world map's country outlines: ``.venv/bin/python articles/worldmap/build_shapes.py``.

The shapes are Natural Earth's 1:110m "Admin 0 – Countries" (public domain),
as the ``geopandas`` 0.14 wheel ships them (``datasets/naturalearth_lowres``;
later versions dropped the file). ``pip download`` fetches that wheel and
``pyshp`` (to read the shapefile) into a temporary folder; nothing is
installed. Each outline is projected with the Equal Earth projection,
simplified (Douglas–Peucker, half a unit of the 1,000-unit-wide map), rounded
to whole units and written as a compact SVG path with relative moves.
Antarctica is left out; so are islands smaller than a unit or two.
"""

import io
import json
import math
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "shapes.json"
GEOPANDAS = "geopandas==0.14.4"
PYSHP = "pyshp>=2.3,<4"
DATASET = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres."
WIDTH = 1000
TOLERANCE = 0.5  # map units
SMALLEST_RING = 2.0  # square map units; smaller islands are dropped unless they are all a country has
LEFT_OUT = {"ATA"}  # Antarctica
# Natural Earth codes that pycountry does not know, or that it leaves blank (-99).
CODES = {"Kosovo": "XK", "N. Cyprus": None, "Somaliland": None}

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(longitude, latitude):
    """(x, y) on the Equal Earth projection for degrees; y grows northwards."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


X_MAX = equal_earth(180, 0)[0]
SCALE = WIDTH / (2 * X_MAX)


def simplify(points, tolerance):
    """Douglas–Peucker on a list of (x, y), keeping the first and last points."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1e-12
        worst, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * (x - x1) - dx * (y - y1)) / length
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tolerance):
    """A closed ring simplified as two open halves, split at the point farthest from its start."""
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - x0, ring[i][1] - y0))
    return simplify(ring[: far + 1], tolerance)[:-1] + simplify(ring[far:], tolerance)


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def path(rings):
    """An SVG path: absolute move to each ring's start, then relative lines, closed."""
    parts = []
    for ring in rings:
        (x0, y0), *rest = ring
        moves, (px, py) = [], (x0, y0)
        for x, y in rest:
            moves.append(f"{x - px} {y - py}".replace(" -", "-"))
            px, py = x, y
        parts.append(f"M{x0} {y0}l" + " ".join(moves).replace(" -", "-") + "z")
    return "".join(parts)


def iso2(name, iso3):
    if name in CODES:
        return CODES[name]
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


def read_wheels(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(folder), GEOPANDAS, PYSHP],
        check=True,
    )
    geopandas = next(folder.glob("geopandas-*.whl"))
    sys.path.insert(0, str(next(folder.glob("pyshp-*.whl"))))  # a pure-Python wheel imports from the zip
    import shapefile

    wheel = zipfile.ZipFile(geopandas)
    files = {ext: io.BytesIO(wheel.read(DATASET + ext)) for ext in ("shp", "shx", "dbf")}
    encoding = wheel.read(DATASET + "cpg").decode().strip()
    return shapefile.Reader(**files, encoding=encoding)


def build(reader):
    countries, top, bottom = [], math.inf, -math.inf
    for record in reader.iterShapeRecords():
        name, iso3 = record.record["name"], record.record["iso_a3"]
        if iso3 in LEFT_OUT:
            continue
        code = iso2(name, iso3)
        if code is None:
            print(f"left out: {name} ({iso3}), no ISO 3166-1 alpha-2 code", file=sys.stderr)
            continue
        shape = record.shape
        starts = list(shape.parts) + [len(shape.points)]
        rings = []
        for begin, end in zip(starts, starts[1:]):
            projected = [equal_earth(lon, lat) for lon, lat in shape.points[begin:end]]
            ring = [((x + X_MAX) * SCALE, -y * SCALE) for x, y in projected]
            ring = simplify_ring(ring, TOLERANCE)
            rounded = []
            for x, y in ring:
                point = (round(x), round(y))
                if not rounded or rounded[-1] != point:
                    rounded.append(point)
            if len(rounded) > 1 and rounded[0] == rounded[-1]:
                rounded.pop()
            if len(rounded) >= 3:
                rings.append(rounded)
        big = [ring for ring in rings if area(ring) >= SMALLEST_RING] or sorted(rings, key=area)[-1:]
        if not big:
            continue
        top = min(top, *(y for ring in big for _, y in ring))
        bottom = max(bottom, *(y for ring in big for _, y in ring))
        countries.append((code, name, big))
    shift = top - 2
    result = []
    for code, name, rings in sorted(countries):
        moved = [[(x, y - shift) for x, y in ring] for ring in rings]
        result.append({"iso": code, "name": name, "d": path(moved)})
    return {
        "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), via the geopandas 0.14.4 wheel",
        "projection": "Equal Earth",
        "width": WIDTH,
        "height": bottom - shift + 2,
        "countries": result,
    }


def main():
    with tempfile.TemporaryDirectory() as folder:
        data = build(read_wheels(Path(folder)))
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    size = OUTPUT.stat().st_size
    print(f"wrote {OUTPUT.name}: {len(data['countries'])} countries, {size:,} bytes")


if __name__ == "__main__":
    main()
