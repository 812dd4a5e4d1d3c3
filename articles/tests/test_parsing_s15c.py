"""Layouts of pages from the Americas (batch s15c of the real-world set): a byline in Spanish run into the
standfirst, a picture's empty slot and an advertising plea above the headline, a blog's row of categories, a
picture's source glued to its caption's full stop.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_page_chrome import is_site_control
from articles.ingest.person_names import is_personal, is_section_row
from articles.ingest.site_notices import is_site_notice


@pytest.mark.parametrize("lead, story", [
    ("Por Ana Ruiz.", "Los concejales votarán el martes el nuevo plan para el puerto, tras meses de debate en la ciudad."),
    ("Par Léa Martin.", "Les élus du canton voteront mardi le nouveau plan pour le port, après des mois de débat."),
    ("By Jane Doe.", "The council will vote on Tuesday on the new plan for the harbour, after months of debate."),
])
def test_a_byline_run_into_the_standfirst_in_the_storys_language_is_the_writer(lead, story):
    name = lead.split(" ", 1)[1].rstrip(".")
    article = parse_text(f"Un plan para el puerto\n\n{lead} {story}\n\nEl pleno se reunirá a las diez.")
    assert article.authors == [name]  # the full stop closing the name is the byline's
    assert article.paragraphs[0] == story
    assert any("run on into the story" in warning for warning in article.warnings)


def test_a_sentence_opening_with_por_and_a_country_is_no_byline():
    article = parse_text("Un plan para el puerto\n\nPor El Salvador pasan cada año miles de camiones que cruzan hacia "
                         "el norte con café y azúcar.\n\nEl pleno se reunirá a las diez.")
    assert article.authors == []


def test_a_pictures_empty_slot_and_a_plea_for_the_sites_ads_are_neither_headline_nor_byline():
    plea = "By allowing ads to appear on this site, you support the local businesses who, in turn, support great journalism."
    assert is_site_notice(plea)
    assert is_site_notice("This page contains a video which is being blocked by your ad blocker.")
    assert not is_personal("Placeholder Image")
    article = parse_text(f"{plea}\nTown budget holds the line on taxes\nPlaceholder Image\nThe town council on Monday "
                         "passed a budget that keeps the tax rate flat for a third year, after a short debate.")
    assert article.headline == "Town budget holds the line on taxes"
    assert article.authors == []
    assert "Placeholder Image" in article.left_out and "Placeholder Image" not in article.paragraphs


def test_a_row_of_a_posts_categories_is_no_byline_and_no_headline():
    row = "Comunicação Destaque Direito Notícias"
    assert is_section_row(row) and is_site_control(row)
    assert not is_section_row("Direito de resposta")  # a headline with a category's word in it
    headline = "Vereadores aprovam novo plano para o centro da cidade"
    article = parse_text(f"{headline}\n\n{headline}\n\n{row}\n\nNa noite de segunda-feira, os vereadores aprovaram o "
                         "novo plano, depois de uma longa sessão.\n\nO prefeito deve sancionar o texto na semana que vem.")
    assert article.headline == headline
    assert article.authors == []


def test_a_source_glued_to_the_captions_full_stop_is_the_pictures_credit():
    found = split_credit("Two deputies were hurt on Thursday night while serving a warrant, officials said.(Channel 9 News)")
    assert found.credit == "Channel 9 News"
    assert found.caption.endswith("officials said.")
    # with a space, or a sentence's aside in lower case, it stays the sentence's
    assert split_credit("The plan passed on Tuesday after a long debate in the hall. (More on page 4)") is None
    assert split_credit("The council met on Tuesday to hear from the families.(see below)") is None
