"""Byline and date layouts of outlets the rules were not fitted on, each on an invented example (issue 12).

Families, not pages: a writer's block broken by the lead picture's credit, closing sign-offs, a lead in another
language printed with a capital, a date before the writer's name, "Published" and "Updated" in other languages.
Pure Python, no database.
"""

import pytest

from articles.ingest.parsing import parse_text

HEADLINE = "Council backs tram extension to the northern districts"
BODY = (
    "The regional council approved a new plan on Tuesday to extend the tram line to the northern districts by 2027, "
    "officials said.\n\n"
    "Council members said the extension would cost about 300 million euros and be paid for partly by the national "
    "government.\n\n"
    "Opponents argued that the money would be better spent on buses, which serve more of the outlying villages."
)


def page(*head_lines: str, tail: str = "", source_tz: str | None = None):
    text = "Home\nNews\nWorld\n\n" + HEADLINE + "\n\n" + "\n".join(head_lines) + "\n\n" + BODY
    return parse_text(text + ("\n\n" + tail if tail else ""), source_tz=source_tz)


# --- the writer's block broken by the lead picture's credit -------------------------------------

@pytest.mark.parametrize(
    "head",
    [
        ("Ruth Okafor", "Photo: Sam Reid", "March 5, 2024"),
        ("Ruth Okafor", "Senior Reporter", "Photo: Sam Reid/Getty Images", "March 5, 2024"),
        ("Lena Hofmann", "Foto: Jonas Vogel", "05.03.2024"),
    ],
)
def test_a_name_over_the_lead_pictures_credit_alone_is_the_writer(head):
    article = page(*head)
    assert article.headline == HEADLINE
    assert article.authors == [head[0]]
    assert article.published.date().isoformat() == "2024-03-05"
    assert head[0] not in article.paragraphs


def test_a_name_over_a_credit_alone_that_the_story_is_about_is_a_portrait_not_the_writer():
    text = (HEADLINE + "\n\nMaria Keller\nPhoto: Sam Reid/Getty Images\nMarch 5, 2024\n\n"
            "Mayor Maria Keller said on Tuesday the council would extend the tram line to the northern districts soon.\n\n"
            "Keller said the extension would cost about 300 million euros and be paid for partly by the government.")
    assert parse_text(text).authors == []
