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


# --- the date first, the writer after it -------------------------------------------------------

@pytest.mark.parametrize(
    "line, author",
    [
        ("Mar 5, 2024 | Ruth Okafor", "Ruth Okafor"),
        ("05.03.2024 · 14:30 · Lena Hofmann", "Lena Hofmann"),
        ("5 March 2024 — Ruth Okafor", "Ruth Okafor"),
    ],
)
def test_a_name_after_the_date_on_its_line_is_the_writer(line, author):
    article = page(line)
    assert article.authors == [author]
    assert article.published.date().isoformat() == "2024-03-05"


@pytest.mark.parametrize("line", ["Mar 5, 2024 | Middle East", "Mar 5, 2024 | New Delhi", "Mar 5, 2024 | Latest News"])
def test_a_place_or_a_section_after_the_date_is_no_writer(line):
    assert page(line).authors == []


# --- the writer signing the story's end ------------------------------------------------------------

@pytest.mark.parametrize("tail", ["Ruth Okafor", "(Ruth Okafor)", "RUTH OKAFOR", "Ruth Okafor\nruth.okafor@example.com",
                                  "Ruth Okafor\nE-mail: ruth.okafor@example.com"])


def test_a_name_alone_or_over_an_address_after_the_last_sentence_is_the_writer(tail):
    article = page("5 March 2024", tail=tail)
    assert article.authors == ["Ruth Okafor"]
    assert article.paragraphs[-1].startswith("Opponents argued")


def test_a_name_closing_the_story_that_the_story_names_is_not_the_writer():
    text = (HEADLINE + "\n\n5 March 2024\n\n" + BODY + "\n\n"
            "The plan was drawn up by the transport adviser Maria Keller, who said work could start next year.\n\n"
            "Maria Keller")
    assert parse_text(text).authors == []


@pytest.mark.parametrize("tail", ["Paid Content", "Banner Interno Portal Andina"])
def test_a_widgets_label_closing_the_page_is_no_writer(tail):
    assert page("5 March 2024", tail=tail).authors == []


# --- "Published" and "Updated" in other languages ----------------------------------------------

@pytest.mark.parametrize(
    "line, zone, published",
    [
        ("5 marzo 2024 (modifica il 6 marzo 2024 | 08:00)", "Europe/Rome", "2024-03-05"),
        ("Geändert am 06.03.2024 um 08:00 Uhr", "Europe/Berlin", None),
        ("Gewijzigd op 6 maart 2024 08:00\nGepubliceerd op 5 maart 2024 14:30", "Europe/Amsterdam", "2024-03-05T14:30"),
        ("Ändrad 6 mars 2024 08:00\nPublicerad 5 mars 2024 14:30", "Europe/Stockholm", "2024-03-05T14:30"),
    ],
)
def test_a_changed_label_in_another_language_marks_an_update_not_the_publication(line, zone, published):
    article = page("By Ruth Okafor", *line.split("\n"), source_tz=zone)
    if published is None:  # only a change's date printed: no publication date found
        assert article.published is None or article.published_source == "guessed"
    else:
        assert article.published.isoformat().startswith(published)


# --- agencies as other languages and compounds name them -----------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("Anadolu Ajansı", []),  # Turkish "agency"
        ("Agência Brasil", []),
        ("From Reuters", []),  # "From" leads a byline, it is no given name
        ("AFP-JIJI", []),  # two wires credited together
        ("By Ruth Okafor AFP-JIJI", ["Ruth Okafor"]),
        ("By Ruth Okafor Kyodo News", ["Ruth Okafor"]),  # a national wire glued after the name
        ("By Oskar Lindqvist TT", ["Oskar Lindqvist"]),
        ("By Siddharaj Rai", ["Siddharaj Rai"]),  # a surname spelt as a short agency is kept
        ("Textos: Ana Ruiz y Pablo Gil", ["Ana Ruiz", "Pablo Gil"]),  # the plural label
    ],
)
def test_agencies_in_other_languages_and_wires_after_a_name_are_not_people(line, authors):
    assert page(line, "Mar 5, 2024").authors == authors


# --- leads, outlets and desks ------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("Por Infobae", []),  # a lead and an outlet's name: no person
        ("Por EL PAÍS", []),
        ("Por Ana Ruiz e Pablo Gil, g1 e TV Globo", ["Ana Ruiz", "Pablo Gil"]),  # a digit inside the outlet's short name
        ("Por Ana Ruiz, g1 SP", ["Ana Ruiz"]),
        ("Von SPIEGEL-Redakteurin Lena Hofmann", ["Lena Hofmann"]),  # the outlet's role joined before the name
        ("Door onze redacteur Sanne de Graaf", ["Sanne de Graaf"]),  # "our editor"
        ("Von unserem Redakteur Jonas Vogel", ["Jonas Vogel"]),
        ("Par notre journaliste Claire Lemaire", ["Claire Lemaire"]),
        ("By Daily Star Reporter", []),  # the paper's desk
    ],
)
def test_leads_before_outlets_roles_and_desks(line, authors):
    assert page(line, "05.03.2024").authors == authors


def test_a_count_glued_after_the_name_still_ends_it():
    assert page("By Tom Cleaver0158", "05.03.2024").authors == ["Tom Cleaver"]


# --- the Nordic wires' "Name/TT" ------------------------------------------------------------------

@pytest.mark.parametrize(
    "head, author",
    [(("Oskar Lindqvist/TT", "05.03.2024 14:30"), "Oskar Lindqvist"), (("05.03.2024 14:30", "Mikkel Dahl / Ritzau"), "Mikkel Dahl")],
)
def test_a_name_a_slash_and_a_wire_beside_the_date_is_the_byline(head, author):
    assert page(*head).authors == [author]


def test_a_name_a_slash_and_a_wire_under_a_caption_is_the_pictures_credit():
    article = page("Workers repair the tram line in the city centre on Monday.", "Sam Reid/AFP", "March 5, 2024")
    assert article.authors == []
    assert article.image_credit == "Sam Reid/AFP"


# --- a broadcaster's line, a closing biography -------------------------------------------------

def test_a_name_and_outlet_beside_a_posted_date_and_an_update_without_its_year():
    article = page("Ruth Okafor · CBC News · Posted: Mar 05, 2024 2:30 PM EST | Last Updated: March 5")
    assert article.authors == ["Ruth Okafor"]
    assert article.published.isoformat() == "2024-03-05T14:30:00-05:00"


@pytest.mark.parametrize(
    "bio, author",
    [
        ("— Ruth Okafor is a freelance journalist based in Lagos.", "Ruth Okafor"),
        ("* Ruth Okafor is a professor of economics at the University of Lagos.", "Ruth Okafor"),
        ("Lena Hofmann ist Korrespondentin in Wien.", "Lena Hofmann"),
        ("Claire Lemaire est journaliste au Monde.", "Claire Lemaire"),
        ("Lucía Romero es periodista.", "Lucía Romero"),
    ],
)
def test_the_writers_one_line_biography_set_apart_or_in_another_language_gives_the_byline(bio, author):
    assert page("5 March 2024", tail=bio).authors == [author]


# --- bylines over several lines, and a reporter's line ------------------------------------------

@pytest.mark.parametrize("head", [("By", "Ruth Okafor,", "Sam Reid"), ("By", "Ruth Okafor", "and", "Sam Reid"),
                                  ("By Ruth Okafor &", "Sam Reid")])


def test_writers_each_on_a_line_of_their_own_after_the_lead_make_one_byline(head):
    article = page(*head, "5 March 2024")
    assert article.authors == ["Ruth Okafor", "Sam Reid"]
    assert article.paragraphs[0].startswith("The regional council")


@pytest.mark.parametrize(
    "line",
    ["Ruth Okafor reports from Lagos", "Ruth Okafor writes", "Guest column by Ruth Okafor",
     "March 5, 2024 by Ruth Okafor Leave a Comment"],
)
def test_a_reporters_line_a_guest_columns_lead_and_a_comment_link_after_the_name(line):
    assert page(line, "5 March 2024").authors == ["Ruth Okafor"]


def test_an_outlets_acronym_joined_to_a_word_after_the_name_is_no_second_writer():
    assert page("Von Lena Hofmann, ARD-Studio Wien", "05.03.2024").authors == ["Lena Hofmann"]


# --- linked names each on a line, the photographer's credit run on after the writer ------------

@pytest.mark.parametrize(
    "head",
    [("Ruth Okafor", "Sam Reid", "5 March 2024"), ("Ruth Okafor", "and", "Sam Reid", "5 March 2024"),
     ("Authors", "Ruth Okafor", "Sam Reid", "5 March 2024")],
)
def test_writers_named_each_on_a_line_of_their_own_over_the_date(head):
    assert page(*head).authors == ["Ruth Okafor", "Sam Reid"]


@pytest.mark.parametrize("role", ["Malaysia Bureau Chief", "Redakteurin Politik", "Dziennikarz Onetu"])
def test_a_role_under_the_writers_name_is_no_second_writer(role):
    assert page("Lim Wei Ling", role, "5 March 2024").authors == ["Lim Wei Ling"]


@pytest.mark.parametrize(
    "line",
    ["By Ruth Okafor. Photos by Sam Reid", "By Ruth Okafor Photography by Sam Reid", "Words: Ruth Okafor Pictures: Sam Reid",
     "Texte : Ruth Okafor / Photos : Sam Reid"],
)
def test_the_photographers_credit_run_on_after_the_writer_is_not_a_writer(line):
    assert page(line, "5 March 2024").authors == ["Ruth Okafor"]


@pytest.mark.parametrize("line", ["Ruth Okafor for The Daily Star", "Ruth Okafor for Harbour News"])
def test_a_contributor_for_an_outlet_beside_the_date_is_the_writer(line):
    assert page(line, "5 March 2024").authors == ["Ruth Okafor"]


def test_a_photographer_for_an_outlet_under_a_caption_is_no_writer():
    article = page("Workers repair the tram line in the city centre on Monday.", "Sam Reid for Harbour News", "March 5, 2024")
    assert article.authors == []


def test_a_name_closed_by_a_bar_under_the_standfirst_is_the_writer():
    # "Ruth Okafor |": the page set a bar before the date it left out
    article = page("The plan passed with a large majority after a long debate.", "Ruth Okafor |")
    assert article.authors == ["Ruth Okafor"]
    assert article.headline == HEADLINE


def test_a_section_closed_by_a_bar_is_no_writer():
    assert page("Local News |").authors == []


def test_a_name_over_the_authors_one_line_biography_after_the_story_is_the_writer():
    tail = "Etiquetas\n\nRuth Okafor\n\nRuth Adaeze Okafor, periodista. Cubre el concejo municipal.\n\nArtículos Relacionados"
    assert page(tail=tail).authors == ["Ruth Okafor"]


@pytest.mark.parametrize("heading", ["Artículos Relacionados", "Notícias Relacionadas", "Articles Connexes"])
def test_a_related_stories_heading_closing_the_page_is_no_writer(heading):
    assert page(tail=heading).authors == []


@pytest.mark.parametrize("link", ["Send email", "Enviar email", "Envoyer un courriel"])
def test_a_name_over_a_link_to_write_to_it_closing_the_page_is_the_writer(link):
    assert page(tail=f"Ruth Okafor\n\n{link}").authors == ["Ruth Okafor"]


# --- batch s16h: another story's head glued under the story; a column's own head under a desk's credit --------

def test_a_by_line_under_a_short_title_after_the_story_is_the_next_storys_not_this_ones():
    text = ("Council delays the ferry tender again\n\n"
            "The harbour council has put off choosing a ferry operator for the third time this year, saying the two "
            "bids it received did not meet the safety rules it adopted in the spring.\n\n"
            "Councillors asked the port office to reopen the tender and to publish the rules in plain language so "
            "that smaller firms from the coast can apply before the season starts.\n\n"
            "Bakers win prize at the valley fair\n\n"
            "By Kofi Mensah\n\n"
            "Three bakers from the valley took the top prizes at the weekend fair.")
    article = parse_text(text)
    assert article.authors == []
    assert article.image_credit == ""
    assert not any("bakers" in paragraph.lower() for paragraph in article.paragraphs)  # that story's text stays out


def test_a_closing_by_line_under_the_storys_last_sentence_is_still_its_writer():
    text = ("Council delays the ferry tender again\n\n"
            "The harbour council has put off choosing a ferry operator for the third time this year, saying the two "
            "bids it received did not meet the safety rules it adopted in the spring.\n\n"
            "Councillors asked the port office to reopen the tender and to publish the rules in plain language so "
            "that smaller firms from the coast can apply before the season starts.\n\n"
            "By Kofi Mensah")
    assert parse_text(text).authors == ["Kofi Mensah"]


def test_a_columns_own_by_line_over_its_date_replaces_a_desk_credit():
    text = ("Ten questions for the harbour council\n\n"
            "by The Editor\n\n"
            "FEATURE: We asked a regular contributor to put the questions the harbour council keeps avoiding into one "
            "list, so readers can judge the answers for themselves when the council meets next month.\n\n"
            "Ten questions for the harbour council: what it owes the town\n\n"
            "By: Ruth Okafor\n\n"
            "12 March 2019\n\n"
            "The council has had three years to explain the ferry contract.")
    assert parse_text(text).authors == ["Ruth Okafor"]


def test_a_name_alone_under_the_headline_that_the_lead_opens_on_is_its_subject_not_the_writer():
    text = ("Clinic hours to double, says new health director\n\n"
            "Dr. Ama Boateng\n\n"
            "Dr. Ama Boateng, the district's new health director, has promised to keep the two valley clinics open "
            "until ten at night from next month, after nurses agreed to a second shift.\n\n"
            "She said the district would hire six more nurses before the rainy season.")
    assert parse_text(text).authors == []


def test_a_name_alone_under_the_headline_stays_the_writer_when_the_lead_is_about_someone_else():
    text = ("Clinic hours to double, says new health director\n\n"
            "Kofi Mensah\n\n"
            "Dr. Ama Boateng, the district's new health director, has promised to keep the two valley clinics open "
            "until ten at night from next month, after nurses agreed to a second shift.\n\n"
            "She said the district would hire six more nurses before the rainy season.")
    assert parse_text(text).authors == ["Kofi Mensah"]


@pytest.mark.parametrize("above", ["", "Update your browser to read this page?\nHarbour News\n\n"])
def test_writers_listed_one_a_line_linked_by_a_comma_are_both_the_byline(above):
    text = (f"{above}{HEADLINE}\n\nMarch 3, 2021\nMarta Velasco,\nTomas Brink\n3 min read\n\n{BODY}")
    assert parse_text(text).authors == ["Marta Velasco", "Tomas Brink"]


def test_a_name_under_a_comma_ended_writer_that_is_a_role_is_not_a_second_writer():
    text = f"{HEADLINE}\n\nMarch 3, 2021\nMarta Velasco,\nSenior Correspondent\n\n{BODY}"
    assert parse_text(text).authors == ["Marta Velasco"]


# --- the writer's name and the date on one line with no mark between them ----------------------

@pytest.mark.parametrize(
    "line, author, day",
    [
        ("Ruth Okafor March 5, 2024", "Ruth Okafor", "2024-03-05"),
        ("Ana Ruiz 05/03/2024 - 14:30", "Ana Ruiz", "2024-03-05"),
        ("Lena Hofmann 05.03.2024, 14:30 Uhr", "Lena Hofmann", "2024-03-05"),
        ("Jan Kowalski 5 marca 2024", "Jan Kowalski", "2024-03-05"),
        ("Ruth Okafor 5 March 2024 3 min read", "Ruth Okafor", "2024-03-05"),
        ("05.03.2024 Lena Hofmann", "Lena Hofmann", "2024-03-05"),
        ("05.03.2024 14:30 Lena Hofmann", "Lena Hofmann", "2024-03-05"),
    ],
)
def test_a_name_run_into_the_date_after_it_is_the_writer(line, author, day):
    article = page(line, source_tz="Europe/Madrid")
    assert article.authors == [author]
    assert article.published.date().isoformat() == day


@pytest.mark.parametrize("line", ["New Delhi March 5, 2024", "05.03.2024 New Delhi", "12 killed in Harbour blast",
                                  "In Uncategorized on March 5, 2024 at 6:20 pm"])
def test_a_place_run_into_the_date_is_no_writer(line):
    assert page(line).authors == []


def test_a_date_label_after_the_name_is_no_part_of_it():
    assert page("Claire Dubois Publié le 5 mars 2024 à 14h30").authors == ["Claire Dubois"]


@pytest.mark.parametrize("line, author", [("By Ruth Okafor Share on Facebook Twitter WhatsApp", "Ruth Okafor"),
                                          ("Por Ana Ruiz Compartir en Facebook", "Ana Ruiz")])
def test_share_buttons_after_the_name_end_the_byline(line, author):
    assert page(line, "March 5, 2024").authors == [author]


# --- the writer named after the story: her beat, where to write to her, a typed dash -------------

@pytest.mark.parametrize(
    "tail, author",
    [
        ("Ruth Okafor covers transport for the Harbour Herald.", "Ruth Okafor"),
        ("Ruth Okafor writes about cities for Harbour News.", "Ruth Okafor"),
        ("Contact Ruth Okafor at rokafor@harbourherald.example", "Ruth Okafor"),
        ("Email Ruth Okafor at rokafor@harbourherald.example.", "Ruth Okafor"),
        ("Ruth Okafor can be reached at rokafor@harbourherald.example.", "Ruth Okafor"),
        ("Follow Ruth Okafor on X: @rokafor", "Ruth Okafor"),
        ("(Con información de Ana Ruiz)", "Ana Ruiz"),
    ],
)
def test_a_writer_named_after_the_story_is_the_byline_with_a_warning(tail, author):
    article = page("March 5, 2024", tail=tail)
    assert article.authors == [author]
    assert any("yline" in warning for warning in article.warnings)


@pytest.mark.parametrize("tail, author", [("-- Ruth Okafor", "Ruth Okafor"), ("Com informações de Ana Lima", "Ana Lima")])
def test_a_closing_dash_typed_as_two_hyphens_and_a_portuguese_credit_line_name_the_writer(tail, author):
    assert page("March 5, 2024", tail=tail).authors == [author]


@pytest.mark.parametrize("tail", ["The mayor covers the cost of the works for the first year.",
                                  "Contact the council at works@harbour.example for details."])
def test_prose_about_costs_or_the_council_names_no_writer(tail):
    assert page("March 5, 2024", tail=tail).authors == []


def test_another_credits_label_ends_the_names():
    assert page("Penulis: Budi Santoso Editor: Siti Aminah", "March 5, 2024").authors == ["Budi Santoso"]


# --- a reporter and her wire or outlet, in either order, with or without a mark ---------------------

@pytest.mark.parametrize(
    "line, author",
    [
        ("AFP | Ruth Okafor", "Ruth Okafor"),
        ("Reuters / Ruth Okafor", "Ruth Okafor"),
        ("Ruth Okafor Harbour News", "Ruth Okafor"),
        ("Ana Ruiz BBC News Mundo", "Ana Ruiz"),
        ("By Ruth Okafor of The Associated Press", "Ruth Okafor"),
        ("Ruth Okafor, Al Jazeera", "Ruth Okafor"),
        ("By Ruth Okafor, Al Jazeera English", "Ruth Okafor"),
    ],
)
def test_a_reporter_beside_her_wire_or_outlet_is_the_byline(line, author):
    assert page(line, "March 5, 2024").authors == [author]


@pytest.mark.parametrize("line", ["Local News | Harbour Council", "Harbour Times Weekly Review"])
def test_a_section_or_a_masthead_beside_an_outlet_names_no_writer(line):
    assert page(line, "March 5, 2024").authors == []


# --- names in the shapes session 21's new outlets printed them ------------------------------------

def test_a_name_over_a_date_label_whose_date_went_unprinted_is_read_beside_the_headline():
    text = (f"World\n\nRuth Okafor\n\nPublished\n\non\n\n{HEADLINE}\n\n{BODY}")
    article = parse_text(text)
    assert article.authors == ["Ruth Okafor"]
    assert any("without “By”" in warning for warning in article.warnings)


def test_a_name_typed_with_its_surname_in_lower_case_over_the_date_is_read_capitalised():
    article = parse_text(f"{HEADLINE}\nRuth okafor\nMar 5, 2024\n{BODY}")
    assert article.authors == ["Ruth Okafor"]
    assert any("without “By”" in warning for warning in article.warnings)


def test_a_given_name_before_a_common_lower_case_word_is_no_name():
    article = parse_text(f"{HEADLINE}\nRuth said\nMar 5, 2024\n{BODY}\n\nThe mayor said more buses would run.")
    assert article.authors == []


def test_a_given_name_and_a_surname_in_capitals_signed_after_the_story_is_the_writer():
    article = page("March 5, 2024", tail=">> Lire aussi : le budget du port adopté\nMamadou KONTE")
    assert article.authors == ["Mamadou Konte"]
    assert any("signed after the story" in warning for warning in article.warnings)


def test_a_swahili_prepared_by_line_closing_the_story_is_the_byline():
    assert page("March 5, 2024", tail="Imetayarishwa na: Juma Mwangi").authors == ["Juma Mwangi"]


@pytest.mark.parametrize(
    "opening, author",
    [
        ("(De notre envoyée spéciale à Bruxelles, Claire Dubois) ", "Claire Dubois"),
        ("(Dal nostro corrispondente a Roma, Marco Rossi) ", "Marco Rossi"),
        ("(By Ruth Okafor) ", "Ruth Okafor"),
    ],
)
def test_a_writer_credited_in_brackets_opening_the_story_is_the_byline(opening, author):
    article = parse_text(f"{HEADLINE}\n\n{opening}{BODY}")
    assert article.authors == [author]


def test_a_bracket_opening_the_story_without_a_lead_names_no_writer():
    assert parse_text(f"{HEADLINE}\n\n(Harbour Council) {BODY}").authors == []


def test_our_correspondent_and_her_place_before_the_name_under_the_headline():
    assert page("De notre correspondante à Bruxelles, Claire Dubois", "5 mars 2024").authors == ["Claire Dubois"]


def test_a_wire_in_capitals_after_a_word_at_the_foot_is_no_signature():
    assert page("March 5, 2024", tail="Avec AFP").authors == []


@pytest.mark.parametrize(
    "line, author",
    [
        ("By : Ruth Okafor", "Ruth Okafor"),
        ("By — Ruth Okafor", "Ruth Okafor"),
        ("Par Jean-Luc d'Arc", "Jean-Luc d'Arc"),
        ("Author: Ruth Okafor (rokafor@harbourherald.example)", "Ruth Okafor"),
    ],
)
def test_a_spaced_or_dashed_by_an_elided_particle_and_a_bracketed_address(line, author):
    assert page(line, "March 5, 2024").authors == [author]


def test_a_by_election_headline_is_no_byline():
    assert parse_text(f"By-Election Set For March In Harbour Ward\n\nMarch 5, 2024\n\n{BODY}").authors == []
