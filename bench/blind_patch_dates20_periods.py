"""Session 20's date rule (issue 12, branch datecredit20) put into a probe commit's code, for
``bench/blind_replay.py --patch``: other languages' words for a.m. and p.m. (``articles/ingest/date_periods.py``,
from CLDR) after a time ("3:12 م", "03:12 CH", "3:12 p. m.") or before it ("오후 3:12", "午後3:12"), and a
full-width colon ("１５：１２"). The probe's time pattern (``TIME``, ``_TIME`` in the oldest probes) gains today's
words in every module that holds it; its ``_time_near`` reads a word before the time and its ``_combine`` and
``_is_clock`` take the words and the colon. Runs ``blind_patch_dates19_calendars.py`` first (which runs
``blind_patch_dates18b.py``), the baseline."""
import re
import runpy
import sys
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_dates19_calendars.py")

from articles.ingest import dates  # noqa: E402

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
periods = runpy.run_path(str(TODAY / "date_periods.py"))
DAY_PERIODS, BEFORE = periods["DAY_PERIODS"], periods["PRINTED_BEFORE_THE_TIME"]


def _alternatives(words) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s?") for word in sorted(words, key=len, reverse=True))


AFTER = rf"(?-i:{_alternatives(set(DAY_PERIODS) - BEFORE)})(?!\w)|"
PERIOD_BEFORE_TIME = re.compile(rf"(?P<period>{_alternatives(BEFORE)})\s?$")
LONGEST_PERIOD = max(map(len, BEFORE)) + 1

for name, module in list(sys.modules.items()):
    if name.startswith("articles.ingest."):
        for attribute in ("TIME", "_TIME"):
            probe = getattr(module, attribute, None)
            if isinstance(probe, re.Pattern) and "(?P<ampm>" in probe.pattern:
                source = probe.pattern.replace("(?P<ampm>", f"(?P<ampm>{AFTER}", 1)
                source = source.replace("(?P<sep>[:.h])", "(?P<sep>[:.h：])", 1)
                setattr(module, attribute, re.compile(source, probe.flags))


class _WithPeriod:
    """The probe's time match, with the day-period word printed before it."""

    def __init__(self, match: re.Match, period: str):
        self._match, self._period = match, period

    def groupdict(self):
        return {**self._match.groupdict(), "ampm": self._period}

    def __getattr__(self, name):
        return getattr(self._match, name)

    def __getitem__(self, key):
        return self._period if key == "ampm" else self._match[key]


original_time_near, original_combine, original_is_clock = dates._time_near, dates._combine, dates._is_clock


def _time_near(text, start, end, date_spans):
    near = original_time_near(text, start, end, date_spans)
    if near is None or near["ampm"]:
        return near
    period = PERIOD_BEFORE_TIME.search(text, max(0, near.start() - LONGEST_PERIOD), near.start())
    return _WithPeriod(near, period["period"]) if period else near


def _combine(day, clock):
    if clock and clock.get("ampm"):
        printed = " ".join(clock["ampm"].split())
        if printed in DAY_PERIODS:
            clock = {**clock, "ampm": DAY_PERIODS[printed]}
    return original_combine(day, clock)


def _is_clock(match):
    if match["sep"] == "：":
        return int(match["hour"]) <= 23 and int(match["minute"]) <= 59
    return original_is_clock(match)


dates._time_near, dates._combine, dates._is_clock = _time_near, _combine, _is_clock
if hasattr(dates, "_dates_found"):  # the newer probes remember what they found
    dates._dates_found.cache_clear()
