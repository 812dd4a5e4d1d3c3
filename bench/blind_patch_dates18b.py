"""Session 18b's date rule (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: where no
date was found, a short line the reading set apart that holds a date and one to three words beside it ("NewsMarch 3,
2019", "REGIONAL NEWS (3/4/2019)") gives a guessed date (``parsing._date_on_a_short_left_out_line``). Lines holding
the date alone are left to the probe: today's code reads them by an earlier rule ("alone on the page"), so counting
them here would credit this rule with that one's fixes. Runs ``blind_patch_dates18.py`` first, the baseline."""
import re

from blind_patching import run_patches

run_patches("blind_patch_dates18.py")

from articles.ingest import parsing  # noqa: E402
from articles.ingest.dates import find_dates, strip_dates_and_times  # noqa: E402

SHORT_DATE_LINE_LENGTH = 60
MOST_WORDS_BESIDE_A_DATE = 3
WORD = re.compile(r"[^\W\d_]{2,}")
NOT_FOUND = "No publication date found."

original_guess_date = parsing._guess_date


def _guess_date(article, day_first, zone):
    original_guess_date(article, day_first, zone)
    if article.published is not None or not article.warnings or article.warnings[-1] != NOT_FOUND:
        return
    for line in article.left_out:
        found = find_dates(line, day_first) if len(line) <= SHORT_DATE_LINE_LENGTH else []
        if found and 1 <= len(WORD.findall(strip_dates_and_times(line))) <= MOST_WORDS_BESIDE_A_DATE:
            article.warnings.pop()
            article.published, article.published_source = found[0].in_zone(zone).value, "guessed"
            article.published_printed = found[0].printed
            article.unzoned_time = found[0].has_time and not found[0].zoned
            article.warnings.append(f"No publication date given; guessed {found[0].value:%d %B %Y} from “{line}”, "
                                    "a short line set apart on the page.")
            return


parsing._guess_date = _guess_date
