"""Session 19's date-order experiment (issue 12, branch creditdate19) put into a probe commit's code, for
``bench/blind_replay.py --patch``: where the source's time zone is known, the page's word dates ("March 29, 2024"
against "29 March 2024") no longer decide whether its numeric dates are day-first: a word date is often a
masthead's or another story's, in the house style of English rather than of the outlet's numbers; the outlet's
locale (its time zone) decides, its dates flagged. The probe's own ``_day_first_from_page`` is edited in place (in
dates.py before session 15, date_order.py after) and ``parsing.day_first_hint`` bound again. Runs
``blind_patch_dates18b.py`` first, the baseline."""
import sys

from blind_patching import reexec, run_patches

run_patches("blind_patch_dates18b.py")

from articles.ingest import parsing  # noqa: E402


def _edit(source: str) -> str:
    return (source
            .replace("def _day_first_from_page(text: str, known: str) -> bool | None:",
                     "def _day_first_from_page(text: str, known: str, by_words: bool = True) -> bool | None:")
            .replace("    month_first_words = _count_month_day_year(text, digits)\n",
                     "    month_first_words = _count_month_day_year(text, digits)\n"
                     "    if not by_words:\n        day_first_words = month_first_words = 0\n")
            .replace("    hint = _day_first_from_page(text, known)\n",
                     "    hint = _day_first_from_page(text, known, by_words=not zone)\n"))


name = parsing.day_first_hint.__module__.rsplit(".", 1)[-1]
reexec(name, _edit)
parsing.day_first_hint = sys.modules[parsing.day_first_hint.__module__].day_first_hint
