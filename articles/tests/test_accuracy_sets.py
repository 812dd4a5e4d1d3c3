"""The labelled sets the importer is measured on stay well formed, and the real-world set's test part stays sealed."""

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

REAL = Path(__file__).resolve().parents[2] / "bench" / "accuracy" / "real"
KEYS = {"file", "source_url", "outlet", "outlet_domain", "region", "outlet_kind", "headline", "published",
        "published_printed", "source_tz", "byline", "byline_agency", "image_credit", "image_caption", "countries",
        "people", "organizations", "notes"}


def _labels(part: str) -> list[dict]:
    return json.loads((REAL / part / "labels.json").read_text(encoding="utf-8"))


def _domain(label: dict) -> str:
    """The outlet's registered domain: "en.example.com" and "m.example.com" are one outlet."""
    labels = label["outlet_domain"].lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "gov", "gob", "edu", "tv", "ac", "or", "ne", "go"} else 2
    return ".".join(labels[-keep:])


def test_the_test_part_shares_no_outlet_with_the_development_part():
    assert not {_domain(label) for label in _labels("dev")} & {_domain(label) for label in _labels("test")}


def test_the_test_part_is_large_and_varied_enough():
    labels = _labels("test")
    assert len(labels) >= 50
    assert len({label["region"] for label in labels}) >= 6
    assert len({_domain(label) for label in _labels("dev") + labels}) >= 50


@pytest.mark.parametrize("part", ["dev", "test"])
def test_every_label_is_well_formed_and_names_its_file(part):
    for label in _labels(part):
        assert set(label) >= KEYS, label["file"]
        assert (REAL / part / "articles" / label["file"]).is_file()
        assert label["source_url"].startswith(("http://", "https://"))
        if label["source_tz"]:
            ZoneInfo(label["source_tz"])
        published = label["published"]
        if published:
            (date.fromisoformat if "T" not in published else datetime.fromisoformat)(published)
            if "T" in published:
                assert datetime.fromisoformat(published).tzinfo is not None, label["file"]
        assert all(len(code) == 2 and code.isupper() for code in label["countries"]), label["file"]


def test_scoring_chosen_files_never_reaches_into_the_test_part(monkeypatch):
    """A new batch is scored blind with --files; a file name it shares with the test part must not score that article."""
    monkeypatch.syspath_prepend(str(REAL.parents[1]))
    import accuracy_real

    with pytest.raises(SystemExit) as refused:
        accuracy_real.main(["--files", "any-01.txt", "--part", "test"])
    assert refused.value.code == 2
    scored = []
    # Patched: a benchmark script, not the product; only which files --files hands on is checked here.
    monkeypatch.setattr(accuracy_real, "setup_django", lambda: None)
    monkeypatch.setattr(accuracy_real, "evaluate_part", lambda folder, only: scored.append((folder.name, only)))
    monkeypatch.setattr(accuracy_real, "print_table", lambda reports, markdown: None)
    accuracy_real.main(["--files", "any-01.txt"])
    assert scored == [("dev", {"any-01.txt"})]
