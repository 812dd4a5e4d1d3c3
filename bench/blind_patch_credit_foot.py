"""Session 17's rule for a labelled picture credit at the page's foot (issue 12), put into a probe commit's code for
``bench/blind_replay.py --patch``: a copy of today's ``_take_picture_credit_at_the_foot`` (articles/ingest/parsing.py),
run after the probe's ``_take_closing_picture_credit`` (probes before b213d5e have none: the rule is not put into them)."""
import re
import sys

from articles.ingest import parsing
from articles.ingest.credits import split_credit

_AFTER_THE_STORY_LINES = 3
_SOURCE_LABEL = re.compile(r"^(?i:source|quelle|fonte|fuente|źródło|zdroj|sursa|bron|kilde|källa)\b")
# "Photo: X", "Foto: X", "Crédit photo : X": a label of one to three words and its colon opens the line; a page's
# copyright notice ("(C) Harbour Broadcasting", "© 2014 Harbour Media", "Riproduzione riservata") is no picture's
_LABEL_FIRST = re.compile(r"^(?:[^\W\d_][\w'’.]*\s?){1,3}[:：]")
_NOTICE = re.compile(r"©|\([cC]\)|copyright|riservat|reserved|réservés|\b(?:19|20)\d\d\b", re.IGNORECASE)


def take_credit_after_the_story(article, lines_read=()) -> None:
    """A labelled picture credit alone on one of the last lines the reading left out, the page's foot after the
    story ("Photo: Harbour Police"): the story's picture's, printed at its end."""
    if article.image_credit or not article.paragraphs:
        return
    lines = [line for line in article.left_out[-_AFTER_THE_STORY_LINES:] if _LABEL_FIRST.match(line.strip()) and not _SOURCE_LABEL.match(line.strip())
             and not _NOTICE.search(line)]
    found = [credit for credit in map(split_credit, lines)
             if credit and credit.labelled and not credit.caption and not credit.bare and credit.credit]
    if len(found) == 1:
        article.image_credit = found[0].credit
        article.warnings.append(f"Image credit read from the page's foot, after the story (“{found[0].credit[:60]}”). "
                                "Please check it.")


original = getattr(parsing, "_take_closing_picture_credit", None)
if original is not None:
    def closing_then_after_the_story(article, original=original):
        original(article)
        take_credit_after_the_story(article, sys._getframe(1).f_locals.get("lines_read", ()))

    parsing._take_closing_picture_credit = closing_then_after_the_story
