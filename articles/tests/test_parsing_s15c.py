"""Layouts of pages from the Americas (batch s15c of the real-world set): a byline in Spanish run into the
standfirst, a picture's empty slot and an advertising plea above the headline, a blog's row of categories, a
picture's source glued to its caption's full stop, demonyms that are also a language's name, a country closing
an order's or a federation's name in Portuguese or Spanish.

Each test states one general rule, with a small page written for it (no real article's text).
"""

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.languages import page_language
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_site_controls import is_site_control
from articles.ingest.person_names import is_personal, is_section_row
from articles.ingest.site_notices import is_site_notice
from articles.ingest.tagged_text import tokens
from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary


@pytest.fixture(scope="module")
def matcher():
    return Matcher(country_vocabulary() + starter_vocabulary())


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


@pytest.mark.parametrize("language, text, expected", [
    ("es", "De acuerdo con el informe, uno de los casos es de una persona de nacionalidad española, según dijo "
     "ayer la entidad sanitaria.", ["ES"]),
    ("fr", "Un Toulousain de 20 ans a été arrêté à la frontière espagnole avec des kilos de cannabis dans sa voiture.",
     ["ES"]),
    ("pt", "Os turistas alemães voltaram às praias do sul neste verão, segundo a associação de hotéis da região.", ["DE"]),
    # the masculine singular is also the language's name: no country
    ("es", "El curso de español para adultos empieza el lunes en la biblioteca del barrio y es gratuito para todos.",
     []),
])
def test_demonyms_that_are_a_languages_name_count_in_their_other_forms(matcher, language, text, expected):
    assert matcher.tag(text, language=language).countries == expected


def test_spanish_heavy_with_de_la_is_told_from_romanian_and_turkish(matcher):
    # "de", "la", "en" are Romanian and Turkish small words too; "la", "y", "es" tell Spanish
    text = ("Los 200 años de la fundación española de la ciudad son el tema de la mesa, en la coyuntura de la "
            "llegada de grupos de manifestantes de las regiones. Pensar en la ciudad es pensar en sus rasgos y en "
            "la identidad de la gente: la ciudad es querida y odiada a la vez.")
    assert page_language([word.lower() for word in tokens(text)[0]]) == "es"
    assert matcher.tag(text).countries == ["ES"]


@pytest.mark.parametrize("text, expected", [
    ("A Ordem dos Advogados do Brasil divulgou uma nota sobre o caso e pediu calma aos profissionais da imprensa.", []),
    ("La Federación Nacional de Cafeteros de Colombia pidió al gobierno apoyo para los productores este año.", []),
    ("O presidente voltou ao Brasil ontem, e a diretoria pediu calma aos profissionais da imprensa.", ["BR"]),
])
def test_a_country_closing_an_orders_or_a_federations_name_is_the_names(matcher, text, expected):
    assert matcher.tag(text).countries == expected


def test_a_headline_naming_a_later_year_than_the_story_and_sharing_no_word_with_it_is_flagged():
    story = ("LAKETOWN, 12 de diciembre de 2018.- Un pescador del lago encontró esta mañana una tortuga gigante "
             "atrapada entre las redes, cerca del muelle viejo.\n\nLos vecinos ayudaron a liberarla antes del mediodía.")
    article = parse_text(f"Asignan fondos para trenes regionales en 2025\n{story}")
    assert any("later year (2025)" in warning for warning in article.warnings)
    # a plan for a later year, told in the story, is the story's own headline
    article = parse_text("Pescadores del lago piden nuevas redes para 2025\n" + story.replace(
        "Un pescador del lago", "Los pescadores del lago piden nuevas redes; uno"))
    assert not any("later year" in warning for warning in article.warnings)


@pytest.mark.parametrize("line", ["Publicaciones de Redacción (334)", "Posts by Jane Doe (214)", "Artigos de Ana Lima (12)",
                                  "Ordenar por", "Sort by:", "Trier par"])


def test_an_archives_count_and_its_sorting_control_are_site_controls(line):
    assert is_site_control(line)


@pytest.mark.parametrize("line", ["Order by order, the council rebuilt the market", "Posts by the river flooded (again)",
                                  "Ordenar por ley la venta de tierras"])


def test_headlines_opening_with_those_words_are_not(line):
    assert not is_site_control(line)


def test_a_desks_archive_page_proposes_its_headline_rather_than_take_its_title():
    article = parse_text("Publicaciones de Redacción (334)\n\nOrdenar por\n\nParte 3 y final - ¿Y qué nos queda ahora, "
                         "para cerrar esta serie sobre el poder y quienes lo ejercen en la región?\n\nNos queda un "
                         "documento que nunca fue documento, sin membrete ni firma.")
    assert article.headline_proposed or article.headline != "Publicaciones de Redacción (334)"


def test_a_vietnamese_surname_le_still_opens_an_english_byline_run_into_the_story():
    article = parse_text("Ferry service resumes on the river\n\nBy Le Minh Anh Officials said the ferry would run "
                         "twice a day from Monday, after repairs to the landing stage were finished.\n\nTickets are "
                         "on sale at the pier.")
    assert article.authors == ["Le Minh Anh"]


@pytest.mark.parametrize("heading", ["Resumo da Situação", "Resumen Ejecutivo", "Résumé des Faits", "Executive Summary"])
def test_a_reports_summary_heading_is_no_ones_name(heading):
    assert not is_personal(heading)
    article = parse_text(f"Weekly River Bulletin: 4-10 March 2024\n\n{heading}\n\n"
                         "Over the past week the river rose by two metres at the northern gauge, and the ferry "
                         "crossings were closed for three days while crews cleared the landings of debris.\n\n"
                         "The authority expects the water to fall again before the market day.")
    assert article.authors == []
    assert is_personal("Ana Resende Costa")  # a name is still a name


def test_a_possessive_opens_no_persons_name():
    # "My Number, No Thanks" is a headline, not two names listed in a byline
    assert not is_personal("My Number")
    assert not is_personal("Our Harbour")
    assert is_personal("Lena Myrberg")
    article = parse_text("Friday, March 1, 2024\n\nMy Harbour, No Thanks\n\nResidents Wary of the New Ferry Terminal\n\n"
                         "By Lena Berg\n\nThe council approved the new ferry terminal on Tuesday, and residents of the "
                         "old quarter said they would appeal the decision in the regional court.\n\nThe terminal "
                         "will open in two years and handle about 40 ferries a day, officials said.")
    assert article.headline == "My Harbour, No Thanks" or any("headline" in w for w in article.warnings)
