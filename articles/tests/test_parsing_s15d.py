"""Layouts of Asian and Oceanian section, tag and author pages (batch s15d of the real-world set): an outlet's
"photo by" credit closing a caption, an author or archive page's own labels over the first card, the dates of
the teasers listed under a story that prints none, a list whose every item stands under its date.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text

BODY = (
    "The district council has agreed to rebuild the washed-out footbridge over the river before the rainy season, "
    "its chairman told residents at a meeting in the market hall on Saturday.\n\n"
    "Work is expected to take four months and will be paid for from the council's emergency fund.\n\n"
    "Traders on the far bank said the closure had halved the number of customers reaching their stalls."
)


@pytest.mark.parametrize("line, caption, credit", [
    ("Pupils plant mangroves on the shore at Lakeside, Friday (3 May 2024). Harbour Times photo by JO LIM",
     "Pupils plant mangroves on the shore at Lakeside, Friday (3 May 2024).", "JO LIM"),
    ("A ferry leaves the old pier on Monday. Valley Post photos by Ana Reyes", "A ferry leaves the old pier on Monday.",
     "Ana Reyes"),
])
def test_an_outlets_photo_by_closing_the_caption_credits_the_photographer(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_a_photo_by_inside_a_sentence_is_no_credit():
    found = split_credit("The mayor said the photo by the river was taken in June last year")
    assert found is None or found.credit == ""


@pytest.mark.parametrize("label", ["About Author", "About the Author", "Articles by Author",
                                   "Main news on Lakeland", "All stories from Lakeland"])
def test_an_author_or_archive_pages_own_label_is_not_the_headline(label):
    article = parse_text(f"{label}\n\nCouncil agrees to rebuild the river footbridge\n\n{BODY}")
    assert article.headline == "Council agrees to rebuild the river footbridge"
