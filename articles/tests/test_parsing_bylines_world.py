"""Byline layouts from newsrooms around the world, each on an invented example (articles.ingest.bylines).

The rules must hold on outlets never seen: European languages' leads and joins, broadcasters' and national
papers' name-and-role blocks, desks credited instead of people. Pure Python, no database.
"""

import pytest

from articles.ingest.byline_name_lines import name_line_byline
from articles.ingest.byline_names import tidy_name
from articles.ingest.bylines import find_byline
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_lines import name_beside_metadata

BODY = (
    "The city council approved a new plan on Tuesday to extend the tram line to the northern districts by 2027.\n\n"
    "Council members said the extension would cost about 300 million euros and be paid for partly by the region."
)


def parsed(*head_lines: str):
    return parse_text("Council backs tram extension to the north\n\n" + "\n".join(head_lines) + "\n\n" + BODY)


# --- leads in other languages ----------------------------------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("Von Lena Hofmann", ["Lena Hofmann"]),
        ("Par Claire Lemaire", ["Claire Lemaire"]),
        ("Por Lucía Romero", ["Lucía Romero"]),
        ("di Paolo Ferri", ["Paolo Ferri"]),  # Italian papers print the lead in lower case
        ("Door Sanne de Graaf", ["Sanne de Graaf"]),
        ("Av Oskar Lindqvist", ["Oskar Lindqvist"]),
        ("Af Mikkel Dahl", ["Mikkel Dahl"]),
        ("Przez Tomasz Wróbel", ["Tomasz Wróbel"]),
        ("Autorin: Lena Hofmann", ["Lena Hofmann"]),
        ("Autorka: Ewa Zielińska", ["Ewa Zielińska"]),
        ("Texte: Claire Lemaire", ["Claire Lemaire"]),
        ("Tekst: Sanne de Graaf", ["Sanne de Graaf"]),
        ("Reportage: Lena Hofmann", ["Lena Hofmann"]),
        ("Escrito por Lucía Romero", ["Lucía Romero"]),
        ("Écrit par Claire Lemaire", ["Claire Lemaire"]),
        ("Geschrieben von Lena Hofmann", ["Lena Hofmann"]),
        ("Scritto da Paolo Ferri", ["Paolo Ferri"]),
        ("Analysis by Ruth Okafor", ["Ruth Okafor"]),
        ("Words: Ruth Okafor", ["Ruth Okafor"]),
        ("Interview af Mikkel Dahl", ["Mikkel Dahl"]),  # the interviewer, as "Interview by"
        ("Interview av Oskar Lindqvist", ["Oskar Lindqvist"]),
        ("Interview von Lena Hofmann", ["Lena Hofmann"]),
        ("Par : Claire Lemaire", ["Claire Lemaire"]),  # French typography's space before the colon
        ("Publié par Claire Lemaire", ["Claire Lemaire"]),
        ("Publicado por Lucía Romero", ["Lucía Romero"]),
        ("Skrivet av Oskar Lindqvist", ["Oskar Lindqvist"]),
        ("Contributed by Ruth Okafor", ["Ruth Okafor"]),
        ("Yazan: Ayşe Demir", ["Ayşe Demir"]),
        ("Muhabir: Ayşe Demir", ["Ayşe Demir"]),
        ("Kirjoittaja: Aino Virtanen", ["Aino Virtanen"]),
        ("Írta: Kovács Anna", ["Kovács Anna"]),
        ("Piše: Ivana Horvat", ["Ivana Horvat"]),
        ("Piše Ivana Horvat", ["Ivana Horvat"]),  # Croatian "writes", without its colon too
        ("Napisala Ivana Horvat", ["Ivana Horvat"]),
        ("Автор: Анна Ковальская", ["Анна Ковальская"]),
        ("Συντάκτης: Μαρία Παπαδοπούλου", ["Μαρία Παπαδοπούλου"]),
        ("Oleh: Bayu Prasetyo", ["Bayu Prasetyo"]),
        ("Pewarta: Bayu Prasetyo", ["Bayu Prasetyo"]),
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ],
)
def test_a_byline_led_in_another_language_or_with_a_label_names_its_writer(line, authors):
    article = parsed(line, "3 March 2021")
    assert article.authors == authors
    assert article.byline == line


def test_a_croatian_lead_without_its_colon_and_a_comma_after_the_name():
    article = parsed("Piše Ivana Horvat,", "3 March 2021")
    assert article.authors == ["Ivana Horvat"]


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Von Lena Hofmann und Jonas Vogel", ["Lena Hofmann", "Jonas Vogel"]),
        ("di Paolo Ferri e Chiara Conti", ["Paolo Ferri", "Chiara Conti"]),
        ("Door Sanne de Graaf en Pieter Bos", ["Sanne de Graaf", "Pieter Bos"]),
        ("Av Oskar Lindqvist och Maja Ek", ["Oskar Lindqvist", "Maja Ek"]),
        ("Af Mikkel Dahl og Sofie Krag", ["Mikkel Dahl", "Sofie Krag"]),
        ("Przez Tomasz Wróbel i Ewa Zielińska", ["Tomasz Wróbel", "Ewa Zielińska"]),
        ("By Jane E Doe", ["Jane E Doe"]),  # the joins of other languages count in lower case only
    ],
)
def test_names_are_joined_by_the_word_for_and_in_the_bylines_language(line, authors):
    assert find_byline(line).authors == authors


@pytest.mark.parametrize(
    "line, authors, agencies",
    [
        ("Par Claire Lemaire avec AFP", ["Claire Lemaire"], ["AFP"]),
        ("Von Lena Hofmann mit dpa", ["Lena Hofmann"], ["dpa"]),
        ("Av Oskar Lindqvist, TT", ["Oskar Lindqvist"], ["TT"]),
        ("Przez Tomasz Wróbel, PAP", ["Tomasz Wróbel"], ["PAP"]),
        ("Por Redacción", [], ["Redacción"]),
        ("Von Lena Hofmann, Korrespondentin in Wien", ["Lena Hofmann"], []),
        ("di Paolo Ferri, inviato a Kiev", ["Paolo Ferri"], []),
        ("Par Claire Lemaire, envoyée spéciale à Kyiv", ["Claire Lemaire"], []),
    ],
)
def test_agencies_desks_and_roles_of_other_languages_are_not_people(line, authors, agencies):
    found = find_byline(line)
    assert found.authors == authors
    assert [a.strip() for a in found.agencies] == agencies


def test_a_surname_printed_in_capitals_after_the_given_name_is_put_in_normal_case():
    assert find_byline("Par Claire LEMAIRE").authors == ["Claire Lemaire"]
    assert tidy_name("Ewa ZIELIŃSKA-NOWAK") == "Ewa Zielińska-Nowak"
    assert tidy_name("Jane Doe III") == "Jane Doe III"
    assert tidy_name("JK Rowling") == "JK Rowling"


# --- broadcasters' and national papers' layouts ----------------------------------------------

@pytest.mark.parametrize("line", ["Ruth Okafor · Political correspondent", "Ruth Okafor • Political correspondent"])
def test_a_name_and_role_set_apart_by_a_dot_or_bullet_is_the_byline(line):
    assert name_line_byline(line).authors == ["Ruth Okafor"]
    assert parsed(line, "3 March 2021").authors == ["Ruth Okafor"]


@pytest.mark.parametrize("line", ["Ruth Okafor @rokafor", "Ruth Okafor | r.okafor@example.com"])
def test_a_name_with_the_writers_handle_or_address_is_the_byline(line):
    assert name_line_byline(line).authors == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "line",
    ["Ruth Okafor | Political correspondent | 3 March 2021", "Ruth Okafor • Mar 3, 2021 • 5 min read",
     "Ruth Okafor — Mar 3, 2021", "Ruth Okafor · 5 min read"],
)
def test_a_name_beside_the_date_under_the_headline_is_the_byline_and_the_date_is_read(line):
    article = parsed(line)
    assert article.headline == "Council backs tram extension to the north"
    assert article.authors == ["Ruth Okafor"]
    assert line not in article.paragraphs


@pytest.mark.parametrize(
    "line", ["Ruth Okafor Published March 3, 2021 | 10:45 AM", "Ruth Okafor Posted 3 March 2021, 10:45",
             "Ruth Okafor | Mar 3, 2021 | 10:45 AM"],
)
def test_a_name_glued_before_the_dates_label_is_the_byline_and_the_time_is_read(line):
    # No bar between the writer's name and "Published": the capitalised label sets the name apart.
    article = parse_text("Council backs tram extension to the north\n\n" + line + "\n\n" + BODY,
                         source_tz="Europe/Madrid")
    assert article.authors == ["Ruth Okafor"]
    assert (article.published.day, article.published.hour, article.published.minute) == (3, 10, 45)
    assert line not in article.paragraphs


@pytest.mark.parametrize("line", ["Ruth Okafor published March 3, 2021 a report on trams.",
                                  "New Delhi Published March 3, 2021 | 10:45 AM"])


def test_a_lower_case_label_in_prose_or_a_place_before_the_label_is_no_byline(line):
    assert name_beside_metadata(line) is None


@pytest.mark.parametrize("line", ["New Delhi | Updated: Mar 3, 2021", "Middle East • Mar 3, 2021", "South Africa | 3 March 2021"])
def test_a_place_or_region_beside_the_date_is_no_byline(line):
    assert name_beside_metadata(line) is None


@pytest.mark.parametrize(
    "line, desk",
    [("Reuters Staff", "Reuters Staff"), ("Al Jazeera Staff", "Al Jazeera Staff"),
     ("Metro Times Digital", "Metro Times Digital"), ("Reuters Staff | 3 March 2021", "Reuters Staff")],
)
def test_an_outlets_desk_credited_as_author_is_an_agency_not_a_person(line, desk):
    found = find_byline(line)
    assert found.authors == [] and found.agencies == [desk]


@pytest.mark.parametrize("line", ["Going Digital", "Meet The Team", "Our Team", "Inside the Newsroom"])
def test_a_short_title_ending_in_a_desk_word_is_no_desk(line):
    assert find_byline(line) is None


def test_a_desk_byline_keeps_the_closing_reporting_credit_out_of_the_authors():
    article = parse_text("Council backs tram extension to the north\n\nReuters Staff\n\n3 March 2021\n\n" + BODY
                         + "\n\n(Reporting by Ruth Okafor; Editing by Sam Reid)")
    assert article.authors == []
    assert article.byline == "Reuters Staff"


# --- writers' blocks over several lines ------------------------------------------------------

@pytest.mark.parametrize(
    "lead, authors",
    [("Author", ["Ruth Okafor"]), ("Journalist", ["Ruth Okafor"]), ("Autorin:", ["Ruth Okafor"]), ("Von", ["Ruth Okafor"]),
     ("Written by", ["Ruth Okafor"])],
)
def test_a_lead_or_label_on_a_line_of_its_own_over_the_name_is_one_byline(lead, authors):
    article = parsed(lead, "Ruth Okafor", "3 March 2021")
    assert article.authors == authors
    assert "Ruth Okafor" not in article.paragraphs


def test_a_label_alone_over_a_headline_shaped_line_is_no_byline():
    assert parse_text("Text\nCouncil Backs Tram Extension\n\n" + BODY).authors == []


def test_a_role_under_the_writers_name_is_not_story_and_a_second_writer_with_a_role_joins_the_byline():
    article = parsed("Ruth Okafor", "Political correspondent", "Sam Reid", "Economics editor", "3 March 2021")
    assert article.authors == ["Ruth Okafor", "Sam Reid"]
    assert not {"Political correspondent", "Sam Reid", "Economics editor"} & set(article.paragraphs)


def test_a_name_without_a_role_after_the_writers_role_is_not_a_second_writer():
    article = parsed("Ruth Okafor", "Political correspondent", "Sam Reid", "3 March 2021")
    assert article.authors == ["Ruth Okafor"]


def test_an_author_box_above_the_headline_gives_the_byline_when_none_stands_under_it():
    article = parse_text("Ruth Okafor\nSenior Editor\n\nCouncil backs tram extension to the north\n\n3 March 2021\n\n" + BODY)
    assert article.headline == "Council backs tram extension to the north"
    assert article.authors == ["Ruth Okafor"]


@pytest.mark.parametrize("clock", ["15:31", "9.05 am"])
def test_a_name_over_a_bare_clock_time_above_the_headline_is_the_byline(clock):
    article = parse_text(f"Ruth Okafor\n{clock}\n\nCouncil backs tram extension to the north\n\n3 March 2021\n\n" + BODY)
    assert article.headline == "Council backs tram extension to the north"
    assert article.authors == ["Ruth Okafor"]


def test_a_name_over_a_clock_time_that_the_story_names_is_no_byline():
    # a picture's label over a video's length, the person the story is about
    article = parse_text("Ruth Okafor\n01:31\n\nCouncil backs tram extension to the north\n\n3 March 2021\n\n" + BODY
                         + "\n\nCouncillor Ruth Okafor said the tram would reach the hospital by the end of 2027.")
    assert article.authors == []


def test_a_section_label_over_a_bare_clock_time_above_the_headline_is_no_byline():
    article = parse_text("Live Updates\n15:31\n\nCouncil backs tram extension to the north\n\n3 March 2021\n\n" + BODY)
    assert article.authors == []


LONG_BODY = BODY + "\n\n" + (
    "Residents of the northern districts have asked for a faster link to the centre for years, and the council says the plan "
    "answers them at last, with trams every ten minutes."
)


@pytest.mark.parametrize(
    "top",
    [
        "Ruth Okafor\nCouncil backs tram extension to the north\nRuth Okafor",  # name, the headline again, name
        "The council met on Tuesday.\nRuth Okafor\nRuth Okafor.",  # the columnist's picture, captioned with the name
    ],
)
def test_a_name_printed_twice_at_the_storys_top_is_the_writer(top):
    article = parse_text("Council backs tram extension to the north\n\nRead more\n\n" + top + "\n\n" + LONG_BODY)
    assert article.authors == ["Ruth Okafor"]
    assert "Ruth Okafor." not in article.paragraphs and "Ruth Okafor" not in article.paragraphs


def test_a_name_printed_twice_that_the_story_names_is_not_the_writer():
    article = parse_text("Council backs tram extension to the north\n\nRead more\n\nRuth Okafor\nRuth Okafor.\n\n"
                         + LONG_BODY + "\n\nCouncillor Ruth Okafor said the tram would reach the hospital by the end of 2027.")
    assert article.authors == []


def test_a_button_printed_twice_is_no_writer():
    article = parse_text("Council backs tram extension to the north\n\nRead more\n\nHide Ad\nHide Ad\n\n" + LONG_BODY)
    assert article.authors == []


def test_a_name_set_off_by_a_bar_under_a_subtitle_is_the_writer():
    article = parse_text("Council backs tram extension to the north\n\nIt’s a long wait\n\nMore trams\n\n| Ruth Okafor\n\n"
                         + LONG_BODY)
    assert article.authors == ["Ruth Okafor"]
    assert "| Ruth Okafor" not in article.paragraphs


def test_oleh_without_a_colon_is_a_given_name_not_a_lead():
    assert parsed("Oleh Ivan Petrenko", "3 March 2021").authors != ["Ivan Petrenko"]


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Par Claire Lemaire le 3 mars 2021", ["Claire Lemaire"]),
        ("Por Lucía Romero el 3 de marzo de 2021", ["Lucía Romero"]),
        ("Door Sanne de Graaf op 3 maart 2021", ["Sanne de Graaf"]),
        ("Von Lena Hofmann am 3. März 2021", ["Lena Hofmann"]),
    ],
)
def test_the_word_for_on_before_the_date_is_not_part_of_the_name(line, authors):
    assert find_byline(line).authors == authors


def test_a_closing_line_with_the_writer_and_the_date_gives_the_byline():
    article = parse_text("Council backs tram extension to the north\n\n" + BODY
                         + "\n\nArticle by Ruth Okafor, published March 3rd, 2021, on City Transport Notes.")
    assert article.authors == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "bio", ["Ruth Okafor is the paper's transport correspondent.", "Ruth Okafor is a freelance journalist based in Lyon."],
)
def test_the_writers_one_line_biography_at_the_end_gives_the_byline(bio):
    article = parse_text("Council backs tram extension to the north\n\n3 March 2021\n\n" + BODY + "\n\n" + bio)
    assert article.authors == ["Ruth Okafor"]
    assert bio not in article.paragraphs


def test_a_by_line_that_runs_on_into_prose_is_not_cut_at_a_role_word_inside_the_prose():
    line = "By Ruth Okafor As technology advances and cities grow, trams are expected to carry more of the load."
    found = find_byline(line)
    assert found is None or "Ruth Okafor As" not in found.authors


# --- things that are not bylines -------------------------------------------------------------

@pytest.mark.parametrize("control", ["Save Story", "Print Article", "Timeline Refresh"])
def test_page_buttons_under_the_headline_are_not_names(control):
    assert parsed(control, "3 March 2021").authors == []


def test_a_reading_time_line_is_not_taken_for_the_headline():
    article = parse_text("News /\n\nCouncil digest, North\n\n\nSave Story\nLeer en español\n\n"
                         "Estimated read time: 6-7 minutes\n\n" + BODY)
    assert article.headline == "Council digest, North"


# --- outlets, regions and places are not writers; writers' places in other languages -------------------

@pytest.mark.parametrize(
    "line", ["Deutsche Welle", "Irish Examiner", "Süddeutsche Zeitung", "Corriere della Sera", "Gazeta Wyborcza",
             "Middle East", "Latin America"],
)
def test_an_outlets_or_a_regions_name_under_the_headline_is_no_writer(line):
    assert parsed(line, "3 March 2021").authors == []


@pytest.mark.parametrize(
    "line", ["By Ruth Okafor, Deutsche Welle", "Ruth Okafor, Irish Examiner", "By Ruth Okafor | Süddeutsche Zeitung"],
)
def test_the_outlet_beside_the_writer_is_not_a_second_writer(line):
    assert parsed(line, "3 March 2021").authors == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "line, authors",
    [("Lena Hofmann aus Berlin", ["Lena Hofmann"]), ("Claire Lemaire, à Bruxelles", ["Claire Lemaire"]),
     ("Lucía Romero, desde Madrid", ["Lucía Romero"]), ("Par Claire Lemaire à Bruxelles", ["Claire Lemaire"]),
     ("Von Lena Hofmann aus Berlin", ["Lena Hofmann"])],
)
def test_the_writers_place_in_another_language_is_dropped(line, authors):
    assert parsed(line, "3 March 2021").authors == authors


@pytest.mark.parametrize(
    "line, authors",
    [("Lena Hofmann und Jonas Vogel", ["Lena Hofmann", "Jonas Vogel"]), ("Lucía Romero y Pablo Gil", ["Lucía Romero", "Pablo Gil"]),
     ("Sanne de Graaf en Pieter Bos", ["Sanne de Graaf", "Pieter Bos"]), ("Claire LEMAIRE", ["Claire Lemaire"])],
)
def test_names_alone_under_the_headline_in_other_languages_are_the_byline(line, authors):
    assert parsed(line, "3 March 2021").authors == authors


@pytest.mark.parametrize(
    "line", ["Ruth Okafor and agencies", "Ruth Okafor with Reuters", "Ruth Okafor & Sam Reid | BBC News"],
)
def test_writers_named_with_an_agency_or_the_broadcaster_keep_only_the_people(line):
    authors = parsed(line, "3 March 2021").authors
    assert authors and "Ruth Okafor" in authors and not {"Reuters", "BBC News", "Agencies"} & set(authors)


# --- magazines', national papers' and wires' byline lines ---------------------------------------

@pytest.mark.parametrize(
    "line",
    ["Words: Ruth Okafor | Photos: Sam Reid", "By Ruth Okafor | Photographs by Sam Reid", "Story and photos by Ruth Okafor",
     "Text and photos: Ruth Okafor", "By Ruth Okafor • Special to The Evening Courier"],
)
def test_a_magazine_byline_keeps_the_writer_and_leaves_the_photographer_out(line):
    assert parsed(line, "3 March 2021").authors == ["Ruth Okafor"]


@pytest.mark.parametrize(
    "line, authors",
    [("By Ruth Okafor, METRO TODAY", ["Ruth Okafor"]), ("By Ruth Okafor / Northern Shimbun Staff Writer", ["Ruth Okafor"]),
     ("By Ruth Okafor and Sam Reid Staff writers", ["Ruth Okafor", "Sam Reid"]),
     ("BY PARK JI-WOO [park.jiwoo@example.kr]", ["Park Ji-woo"])],
)
def test_outlets_in_capitals_roles_after_a_slash_and_bracketed_addresses_are_not_names(line, authors):
    assert find_byline(line).authors == authors


@pytest.mark.parametrize(
    "line",
    ["Ruth Okafor | Edited by: Sam Reid | Metro News | Updated: Mar 3, 2021", "Ruth Okafor / 3 March 2021",
     "3 March 2021 by Ruth Okafor", "Posted by Ruth Okafor on 3 March 2021"],
)
def test_the_writer_beside_the_date_with_an_editors_credit_or_a_lower_case_by(line):
    assert parsed(line).authors == ["Ruth Okafor"]


def test_an_editors_credit_alone_is_no_byline():
    assert parsed("Edited by Ruth Okafor", "3 March 2021").authors == []


def test_a_section_name_under_the_headline_is_no_writer():
    assert parsed("Climate Crisis", "3 March 2021").authors == []


@pytest.mark.parametrize("head", [("Ruth Okafor", "Photographer", "3 March 2021"), ("Ruth Okafor, Chief Photographer", "3 March 2021")])
def test_a_name_credited_as_the_photographer_is_no_writer(head):
    assert parsed(*head).authors == []


def test_a_name_with_a_writers_role_still_is_the_writer():
    assert parsed("Ruth Okafor", "Senior Reporter", "3 March 2021").authors == ["Ruth Okafor"]


# --- marks and desks around the name ---------------------------------------------------------

def test_a_name_set_off_by_a_bar_under_the_headline_is_the_byline():
    assert parsed("| Ruth Okafor").authors == ["Ruth Okafor"]


def test_a_name_printed_twice_over_the_date_is_the_byline():
    article = parsed("Ruth Okafor", "Ruth Okafor", "Updated: 3 March 2021")
    assert article.authors == ["Ruth Okafor"]
    assert "Ruth Okafor" not in article.paragraphs


def test_a_footnote_mark_after_a_name_is_not_part_of_it():
    assert find_byline("Por: Lucía Romero y Pablo Gil*").authors == ["Lucía Romero", "Pablo Gil"]


@pytest.mark.parametrize("line", ["OUR STAFF REPORT", "By METRO LIVE VIDEO"])
def test_a_desk_in_capitals_is_no_writer(line):
    found = find_byline(line)
    assert found.authors == [] and found.agencies


def test_a_section_and_a_place_under_the_desk_are_no_writer():
    assert parsed("OUR STAFF REPORT", "August 09, 2023", "Regional, Karachi").authors == []
    assert parsed("Regional, Karachi", "August 09, 2023").authors == []


# --- more European leads -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [("Ein Kommentar von Lena Hofmann", ["Lena Hofmann"]), ("Une analyse de Claire Lemaire", ["Claire Lemaire"]),
     ("Un análisis de Lucía Romero", ["Lucía Romero"]), ("dal nostro corrispondente Paolo Ferri", ["Paolo Ferri"]),
     ("Door onze correspondent Sanne de Graaf", ["Sanne de Graaf"]), ("oprac. Tomasz Wróbel", ["Tomasz Wróbel"])],
)
def test_article_kinds_and_our_correspondent_in_other_languages_lead_the_byline(line, authors):
    assert find_byline(line).authors == authors


@pytest.mark.parametrize(
    "line, authors",
    [("Publié le 3 mars 2021 à 10h15 par Claire Lemaire", ["Claire Lemaire"]),
     ("Veröffentlicht am 3. März 2021 von Lena Hofmann", ["Lena Hofmann"]),
     ("Publicado el 3 de marzo de 2021 por Lucía Romero", ["Lucía Romero"])],
)
def test_the_date_then_a_lower_case_by_in_other_languages(line, authors):
    assert parsed(line).authors == authors


@pytest.mark.parametrize("line", ["Ruth Okafor with Reuters, AP", "Ruth Okafor (with dpa, AFP)"])
def test_a_writer_with_a_list_of_agencies(line):
    assert parsed(line, "3 March 2021").authors == ["Ruth Okafor"]


@pytest.mark.parametrize("line", ["Ruth Okafor & dpa", "Ruth Okafor & AFP"])
def test_a_writer_and_an_agency_joined_by_an_ampersand(line):
    byline = name_line_byline(line)
    assert (byline.authors, byline.agencies) == (["Ruth Okafor"], [line.split("& ")[1]])
    assert parsed(line, "Sa, 25. Mär 2017, 0:00 Uhr").authors == ["Ruth Okafor"]


def test_the_writers_place_before_the_date_is_dropped():
    assert parsed("Lena Hofmann, Berlin | 03.03.2021").authors == ["Lena Hofmann"]


def test_a_name_over_the_date_under_the_lead_pictures_caption_is_the_byline():
    article = parse_text("Council backs tram extension to the north\n\nA tram in the city centre\nA tram in the city centre\n"
                         "Ruth Okafor\nRuth Okafor\nUpdated: 3 March 2021\n\n" + BODY)
    assert article.authors == ["Ruth Okafor"]
    assert "Ruth Okafor" not in article.paragraphs


@pytest.mark.parametrize("line, name", [("김민지", "김민지"), ("김민지 기자", "김민지")])
def test_a_korean_writers_name_in_hangul_under_the_headline_is_the_byline(line, name):
    article = parsed(line, "| 2021-03-03 10:15:00")
    assert article.authors == [name]
    assert article.standfirst == ""


def test_prose_with_a_year_then_by_is_no_byline():
    assert find_byline("In 2021 by President Joe Biden") is None


@pytest.mark.parametrize("line", ["CP Ruth Okafor", "Lt Col Sam Reid", "Insp. Sam Reid"])
def test_a_name_with_a_rank_before_it_is_a_caption_not_a_writer(line):
    assert parsed(line, "3 March 2021").authors == []


def test_a_writer_whose_given_name_is_a_word_like_a_rank_keeps_it():
    assert find_byline("By Major Reid").authors == ["Major Reid"]


# --- bylines after the story, and a picture's caption before the byline (session 11) --------------------

HEADLINE = "Council backs tram extension to the north\n\n"


def test_a_by_line_after_the_story_over_a_comments_counter_is_the_byline():
    article = parse_text(f"{HEADLINE}{BODY}\n\nBy Marta Kowalczyk\n\nNo comments to display")
    assert article.authors == ["Marta Kowalczyk"]
    assert "No comments to display" not in article.body_text


def test_a_closing_story_by_lead_over_names_carried_across_lines_with_its_date():
    article = parse_text(f"{HEADLINE}{BODY}\n\nStory by\n\nTomas Lindqvist &\n\nAmara Okafor\n\nMarch 4 2021")
    assert article.authors == ["Tomas Lindqvist", "Amara Okafor"]
    assert article.published.date().isoformat() == "2021-03-04"


def test_a_closing_by_line_naming_an_outlet_stays_no_persons_byline():
    article = parse_text(f"{HEADLINE}{BODY}\n\nFull story: harbourtimes.example\n\nBy Harbour TV News")
    assert article.authors == []


def test_an_explicit_by_line_beats_a_name_and_role_caption_above_it():
    article = parsed("Mr. Peter Quist, Harbour Times Online Editor", "By Ngozi Monday", "12 March 2024")
    assert article.authors == ["Ngozi Monday"]


@pytest.mark.parametrize("line, authors", [
    ("Informe: Lucía Romero", ["Lucía Romero"]),             # Spanish radio: "report:"
])
def test_a_spanish_report_label_leads_a_byline(line, authors):
    assert find_byline(line).authors == authors


def test_a_name_and_the_sites_web_address_is_a_byline():
    assert name_line_byline("Dana Whitlock, HarbourNews24.com").authors == ["Dana Whitlock"]
    assert name_line_byline("Dana Whitlock, 24 March") is None


def test_social_button_text_is_never_a_byline():
    article = parsed("12 March 2024", "Follow Us", "LinkedIN IconTwitter Icon")
    assert article.authors == []


def test_an_address_hidden_by_e_mail_protection_after_a_closing_byline_in_capitals():
    article = parse_text(f"{HEADLINE}{BODY}\n\nBY HAN SO-RA [[email protected]]\n\nwith the Harbour Daily")
    assert article.authors == ["Han So-ra"]


@pytest.mark.parametrize("sign_off, author", [
    ("Marcus Ebere with the details", "Marcus Ebere"),        # a broadcaster's reporter
    ("Marcus Ebere reports.", "Marcus Ebere"),
    ("— with Lia Santos/LS, HarbourNews.TV", "Lia Santos"),   # a wire's closing credit
    ("By Thu Ha", "Thu Ha"),                                  # a byline run on after the last sentence
])
def test_a_reporters_sign_off_closing_the_last_paragraph_is_the_byline(sign_off, author):
    article = parse_text(f"{HEADLINE}{BODY} {sign_off}")
    assert article.authors == [author]
    assert article.body_text.endswith("by the region.")


def test_a_byline_after_a_vietnamese_wires_end_mark_closing_the_story_is_the_byline():
    article = parse_text(f"{HEADLINE}{BODY[:-1]}./. By Thu Ha")
    assert article.authors == ["Thu Ha"]
    assert not article.body_text.endswith("Thu Ha")


@pytest.mark.parametrize("ending", ["The rise was driven By Strong Demand", "It was the second rise. By Christmas"])
def test_by_inside_the_last_sentence_or_before_one_word_is_no_closing_byline(ending):
    assert parse_text(f"{HEADLINE}{BODY} {ending}").authors == []


def test_a_story_ending_with_an_outlet_that_reports_has_no_sign_off():
    article = parse_text(f"{HEADLINE}{BODY} The Harbour Times reports.")
    assert article.authors == []


@pytest.mark.parametrize("line, author", [
    ("Lena Hofmann Multi-skilled Journalist, Harbour News Vancouver", "Lena Hofmann"),
    ("Lena Hofmann Award-winning Reporter", "Lena Hofmann"),
    ("Lena Hofmann, London-based Correspondent", "Lena Hofmann"),
])
def test_a_participle_before_the_role_is_the_roles_not_the_names(line, author):
    assert name_line_byline(line).authors == [author]


def test_a_hyphenated_given_name_before_a_role_stays_in_the_name():
    assert name_line_byline("Kim Min-ji Senior Reporter").authors == ["Kim Min-ji"]
    assert name_line_byline("Li Ka-shing Correspondent").authors == ["Li Ka-shing"]


@pytest.mark.parametrize("label", ["Top Stories", "Posted Updated", "Published Updated"])
def test_a_section_label_or_a_dates_empty_labels_under_the_headline_are_no_byline(label):
    article = parsed(label)
    assert article.authors == []


@pytest.mark.parametrize("label", [
    "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ", "LESEN SIE AUCH", "CZYTAJ TAKŻE", "ПРОЧЕТЕТЕ ОЩЕ", "LÄS ÄVEN", "PREPORUČUJEMO VAM",
])
def test_read_more_in_capitals_in_other_languages_is_no_byline(label):
    page = ("Night buses extended to the outer districts\n\n" + label
            + "\n\n  • The council voted to extend the night bus service to the outer districts.\n\n"
            "The regional council voted on Tuesday to extend the night bus service to the outer districts, after a "
            "year of complaints from shift workers.\n\nOfficials said the extension would cost less than expected.")
    assert parse_text(page).authors == []
    assert parse_text(page.replace(label, "ANNA KOWALSKA")).authors == ["Anna Kowalska"]


# --- a particle's spelling ending a name -------------------------------------------------------

@pytest.mark.parametrize(
    "line, author",
    [
        ("By Tran Minh Du", "Tran Minh Du"),  # Vietnamese names end in syllables spelt like particles
        ("By Hoang Le", "Hoang Le"),
        ("By Nguyen Thi Van", "Nguyen Thi Van"),
    ],
)
def test_a_capitalised_particle_ending_a_name_is_its_last_word(line, author):
    assert find_byline(line).authors == [author]


def test_a_name_and_a_date_on_one_line_with_a_zone_offset():
    article = parsed("By Tran Minh Du   March 3, 2021 | 09:15 am GMT+7")
    assert article.authors == ["Tran Minh Du"]
    assert article.published.isoformat() == "2021-03-03T09:15:00+07:00"


def test_a_particle_still_leads_a_surname_and_a_lone_particle_is_no_name():
    assert find_byline("By Sanne de Graaf").authors == ["Sanne de Graaf"]
    assert tidy_name("TRAN MINH DU") == "Tran Minh Du"
    assert tidy_name("SANNE DE GRAAF") == "Sanne de Graaf"
    assert find_byline("By Le Monde").authors == []  # an outlet, not a person


# --- a broadcaster's report credited in French or Portuguese ------------------------------------

@pytest.mark.parametrize("line, authors", [
    ("Reportage de Awa Traoré, correspondante à Bamako pour Radio Sahel", ["Awa Traoré"]),
    ("Reportagem de Ana Souza, correspondente em Luanda", ["Ana Souza"]),
    ("Le point avec Paul Kaboré, Aïcha Sawadogo et Marc Ouédraogo", ["Paul Kaboré", "Aïcha Sawadogo", "Marc Ouédraogo"]),
])
def test_a_broadcasters_report_credit_names_its_journalists(line, authors):
    assert find_byline(line).authors == authors


def test_a_report_credit_closing_the_text_is_the_byline_and_a_point_made_with_an_official_is_not():
    article = parse_text("Council backs tram extension to the north\n\n" + BODY + "\n\nLe point avec Paul Kaboré et Awa Traoré")
    assert article.authors == ["Paul Kaboré", "Awa Traoré"]
    assert find_byline("Le point avec le ministre de la Santé") is None


def test_a_name_in_capitals_over_a_wires_dateline_line_is_the_byline_and_the_dateline_no_picture_credit():
    from articles.ingest.credits import split_credit

    article = parse_text("MARIA LIMA\n\nCURITIBA, PR (FOLHAPRESS)\n\n" + BODY)
    assert article.authors == ["Maria Lima"]
    assert article.image_credit == ""
    assert not article.headline or article.headline_proposed  # no headline printed: none taken from the name
    assert split_credit("RIO DE JANEIRO, RJ (UOL/FOLHAPRESS)") is None
    assert split_credit("Fans wait outside the stadium (AFP)").credit == "AFP"  # a caption's credit still is one


# --- bylines run into the story, blog post lines, sister titles, tip lines (batch s14c) ------------------

def test_a_byline_run_into_the_storys_capitalised_dateline_is_split_from_it():
    article = parse_text(
        "Council backs tram extension to the north\n"
        "By Jane Doe, Local Journalism Initiative, Valley Outlook VALLEYTOWN – The city council approved a new plan "
        "on Tuesday to extend the tram line to the northern districts by 2027, officials said.\n\n" + BODY)
    assert article.authors == ["Jane Doe"]
    assert find_byline("By Jane Doe, Staff Writer, Harbour Outlook NORTH BAY, ONT. — The council met.").authors == ["Jane Doe"]


def test_a_name_in_capitals_or_beside_an_agency_before_a_dash_keeps_its_words():
    assert find_byline("By JANE DOE – The council met on Tuesday").authors == ["Jane Doe"]
    assert find_byline("By Jane Doe, AFP – The council met on Tuesday").authors == ["Jane Doe"]


def test_a_blog_post_line_with_the_categories_after_the_date_names_the_writer_and_the_date():
    article = parse_text("Council backs tram extension to the north\n\n"
                         "by Jane Doe | May 30, 2023 | Comment & Analysis, Latest Posts\n\n" + BODY)
    assert article.authors == ["Jane Doe"]
    assert article.published.date().isoformat() == "2023-05-30"
    assert article.published_source != "guessed"


def test_a_strip_of_sister_titles_is_no_byline():
    assert name_line_byline("Harbour Blatt | Harbour Mail | Harbour Mail TV") is None
    assert name_line_byline("Jane Doe | Harbour Mail") is not None  # a writer and her paper still is one
    article = parse_text("Harbour Blatt | Harbour Mail | Harbour Mail TV\n\n"
                         "Council backs tram extension to the north\n\nBy Jane Doe\n\n" + BODY)
    assert article.authors == ["Jane Doe"]


@pytest.mark.parametrize("sign_off, author", [
    ("Plus de détails avec Awa Mbengue Diallo", "Awa Mbengue Diallo"),   # a French-language radio's report
    ("Mais detalhes com Rui Tembe", "Rui Tembe"),
    ("Más detalles con Lucía Prado", "Lucía Prado"),
])
def test_a_broadcasters_details_with_sign_off_in_french_portuguese_or_spanish_is_the_byline(sign_off, author):
    article = parse_text(f"{HEADLINE}{BODY}\n\n{sign_off}")
    assert article.authors == [author]
    assert article.body_text.endswith("by the region.")
    same_line = parse_text(f"{HEADLINE}{BODY} {sign_off}")
    assert same_line.authors == [author]


def test_a_slash_with_a_space_after_it_parts_the_writer_from_her_place_and_broadcaster():
    article = parsed("By: Mira Lamsal/ Pokhara, Valley Radio & Hill Television")
    assert article.authors == ["Mira Lamsal"]


def test_a_writers_name_with_the_day_in_brackets_is_the_byline_and_gives_the_date():
    article = parsed("Kiran Barua (17/12/2017)")
    assert article.authors == ["Kiran Barua"]
    assert article.published.date().isoformat() == "2017-12-17"
    assert article.published_source != "guessed"
    assert parsed("Staff Reporter (17/12/2017)").authors == []  # a desk, no person, before the date
    assert parsed("Latest News (17/12/2017)").authors == []


@pytest.mark.parametrize("line, name", [
    ("Clara Vidal le mercredi 12 mars 2025", "Clara Vidal"),      # French: the writer "on" the day
    ("Pablo Serrano el martes 4 de marzo de 2025", "Pablo Serrano"),  # Spanish
    ("Jean-Marc Ollier le 3 mars 2025 à 10h15", "Jean-Marc Ollier"),  # with the time
])
def test_a_writers_name_then_on_and_the_day_is_the_byline_and_the_date(line, name):
    assert find_byline(line).authors == [name]
    article = parse_text("Tram line to reach the northern districts\n\n" + line + "\n\n" + BODY)
    assert article.authors == [name]
    assert article.headline == "Tram line to reach the northern districts"
    assert article.published.date().isoformat() in ("2025-03-12", "2025-03-04", "2025-03-03")


def test_a_lead_before_the_name_then_the_weekday_and_date_ends_the_name_before_on():
    assert find_byline("Par Clara Vidal le mercredi 12 mars 2025").authors == ["Clara Vidal"]
    assert find_byline("Por Pablo Serrano el martes 4 de marzo de 2025").authors == ["Pablo Serrano"]


def test_a_name_then_on_and_more_than_a_date_is_no_byline():
    assert find_byline("Clara Vidal le 12 mars 2025 à Lyon avec ses élèves") is None
    assert find_byline("Clara le 12 mars 2025") is None  # one word


@pytest.mark.parametrize("line", ["von Jana Roth/dpa", "Von Jana Roth/dpa", "By Jana Roth/Reuters"])
def test_a_writer_and_her_wire_after_a_slash_with_no_space_is_a_byline_with_its_agency(line):
    found = find_byline(line)
    assert found.authors == ["Jana Roth"] and found.agencies == [line.split("/")[1]]


def test_von_unserem_redaktionsmitglied_over_the_name_is_a_bylines_lead_never_the_headline():
    article = parse_text("Von unserem Redaktionsmitglied\n\nJana Roth\n\n" + BODY)
    assert article.headline != "Von unserem Redaktionsmitglied"
    assert article.authors == ["Jana Roth"]


@pytest.mark.parametrize("heading", ["About the author", "O Autorze", "Über den Autor", "Sobre el autor"])
def test_an_author_boxs_heading_over_a_name_is_a_bylines_label(heading):
    from articles.ingest.bylines import byline_across_lines
    assert byline_across_lines(heading, "Jana Roth") == f"{heading}: Jana Roth"
    article = parse_text(f"Council backs tram extension to the north\n\n{heading}\n\nJana Roth\n\n" + BODY)
    assert article.authors == ["Jana Roth"]
    assert article.headline == "Council backs tram extension to the north"


@pytest.mark.parametrize("line", ["Tekst i foto: Ruth Okafor", "Tekst; foto: Ruth Okafor", "Text och bilder: Ruth Okafor",
                                  "Tekst og foto: Ruth Okafor"])


def test_text_and_photos_in_the_nordic_and_slavic_languages_or_with_a_semicolon_lead_a_byline(line):
    assert parsed(line, "3 March 2021").authors == ["Ruth Okafor"]


@pytest.mark.parametrize("line", ["Support Free & Independent Journalism", "Donate Today, Reader Supported"])
def test_a_donation_appeals_heading_is_no_writer_and_her_agency(line):
    assert name_line_byline(line) is None
    assert parsed(line).authors == []


@pytest.mark.parametrize("line", ["Por Marta Villalba *", "Marta Villalba *", "Por Marta Villalba*"])
def test_a_writers_name_closed_by_a_footnote_asterisk_is_the_byline(line):
    article = parsed(line)
    assert article.authors == ["Marta Villalba"]
    assert article.headline == "Council backs tram extension to the north"


def test_a_writers_name_with_a_footnote_asterisk_under_the_lead_paragraph_is_the_byline():
    article = parse_text("Council backs tram extension to the north\n\nThe council voted on Monday to extend the tram line "
                         "by six stops, a plan debated for a decade.\n\nMarta Villalba *\n\n" + BODY)
    assert article.authors == ["Marta Villalba"]


@pytest.mark.parametrize("line", ["Marta Villalba, do Diário Sul, em Curitiba", "Cidades|Marta Villalba, do Diário Sul, em Curitiba",
                                  "Marta Villalba, da Folha Norte, no Recife"])


def test_a_writer_of_her_outlet_in_her_city_under_the_headline_is_the_byline(line):
    article = parse_text("Câmara aprova extensão do bonde até o norte\n\nA obra terá seis paradas novas\n\n" + line + "\n\n" + BODY)
    assert article.authors == ["Marta Villalba"]


@pytest.mark.parametrize("line, authors", [("By M'kwanailya wa Mweuta", ["M'kwanailya wa Mweuta"]),
                                           ("By Kamau wa Njoroge", ["Kamau wa Njoroge"])])


def test_wa_joins_an_east_african_name_as_a_particle(line, authors):
    assert find_byline(line).authors == authors


def test_writers_then_the_paper_they_wrote_for_beside_the_date_are_the_byline_and_the_time_is_read():
    # "Name, Name, Name, The Paper | date time Updated: time": the paper after the last comma is no writer
    line = "Ruth Okafor, Lena Berg, Tom Reid, The Harbour Mail | 3rd Mar 2021 10:45 AM Updated: 11:30 AM"
    article = parse_text("Council backs tram extension to the north\n\n" + line + "\n\n" + BODY,
                         source_tz="Europe/Madrid")
    assert article.authors == ["Ruth Okafor", "Lena Berg", "Tom Reid"]
    assert (article.published.day, article.published.hour, article.published.minute) == (3, 10, 45)
    assert name_beside_metadata("The Harbour Mail | 3rd Mar 2021 10:45 AM") is None


def test_dates_then_the_writer_then_her_role_name_the_writer():
    line = "Wednesday, 3 March 2021, 10:45 am | Ruth Okafor - Local Democracy Reporter"
    assert name_beside_metadata(line).authors == ["Ruth Okafor"]
    article = parse_text("Council backs tram extension to the north\n\n" + line + "\n\n" + BODY,
                         source_tz="Pacific/Auckland")
    assert article.authors == ["Ruth Okafor"]
    assert (article.published.day, article.published.hour, article.published.minute) == (3, 10, 45)


def test_dates_then_a_place_then_a_role_name_no_writer():
    assert name_beside_metadata("Wednesday, 3 March 2021 | New Delhi - Senior Correspondent") is None


@pytest.mark.parametrize("lead,dash", [("Par", "---"), ("By", "—"), ("Por", "--")])
def test_a_byline_and_its_date_run_into_the_story_after_a_long_dash(lead, dash):
    body = ("Ce texte se compose de deux volets qui examinent le port et ses quais, leurs réparations et leur "
            "coût pour la ville, avec les chiffres que le conseil a publiés cette année et ceux des années passées.")
    text = ("Le conseil ferme le vieux quai du port\n- Publié le samedi 19 octobre 2013 15:43\n"
            f"{lead} Marie Dorval, 16 octobre 2013 {dash} {body}\n"
            "La réparation aurait coûté plus cher qu’un quai neuf, a indiqué l’ingénieur de la ville.")
    article = parse_text(text)
    assert article.authors == ["Marie Dorval"]
    assert article.published.day == 19


def test_a_lead_word_with_a_date_and_no_long_dash_is_left_alone():
    text = ("Le conseil ferme le vieux quai du port\n\n"
            "Par ailleurs, le 16 octobre 2013, le conseil a voté la fermeture du vieux quai après une longue séance.\n\n"
            "La réparation aurait coûté plus cher qu’un quai neuf, a indiqué l’ingénieur de la ville.")
    assert parse_text(text).authors == []


@pytest.mark.parametrize("line", ["POR MARTA VELASCO/AP SAN JUAN La junta", "BY JANE DOE/AFP VALLEYTOWN The council"])
def test_a_writer_and_her_wire_in_capitals_run_into_the_dateline(line):
    text = (f"Valley council buys two new snow ploughs\n\n{line} bought two snow ploughs for the mountain roads on "
            "Monday, the roads office said in a statement.\n\nThe ploughs will be ready before the first snow.")
    article = parse_text(text)
    assert article.authors == [line.split()[1].title() + " " + line.split("/")[0].split()[-1].title()]


def test_capitals_with_a_slash_that_are_no_byline_stay_the_story():
    text = ("Valley council buys two new snow ploughs\n\nTHE COUNCIL/STATE ROADS OFFICE VALLEYTOWN said on Monday it "
            "had bought two snow ploughs for the mountain roads.\n\nThe ploughs will be ready before the first snow.")
    assert parse_text(text).authors == []


def test_text_size_buttons_are_no_writer():
    # "A A A": a page's font-size buttons under the headline, not a name of initials (s16k)
    from articles.ingest.byline_names import looks_like_name

    assert not looks_like_name("A A A") and not looks_like_name("A A")
    assert looks_like_name("J. K. Lim") and looks_like_name("A. B. Reid")


def test_a_news_channels_writer_of_outlet_in_city_without_a_comma_is_the_byline():
    from articles.ingest.byline_name_lines import writer_of_outlet_in_place
    found = writer_of_outlet_in_place("Marta Seixas, da TV Norte em Porto Velho")
    assert found and found.authors == ["Marta Seixas"]
    article = parse_text("Ponte nova liga os dois bairros do porto\n\n"
                         "A obra, esperada pelos moradores há mais de dez anos, abre ao trânsito na próxima semana depois de dois atrasos\n\n"
                         "Marta Seixas, da TV Norte em Porto Velho\n\n"
                         "A ponte sobre o canal foi concluída nesta terça-feira, depois de três anos de obras e de "
                         "dois atrasos por causa das chuvas.\n\n"
                         "Os moradores dizem que o percurso até ao centro vai ficar vinte minutos mais curto.")
    assert article.headline == "Ponte nova liga os dois bairros do porto"
    assert article.authors == ["Marta Seixas"]


# --- the leads written once for each language (byline_leads.py) -------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("Propos recueillis par Odile Marchand", ["Odile Marchand"]),
        ("Escrito por Tomás Herrera", ["Tomás Herrera"]),
        ("A cura di Lucia Ferri", ["Lucia Ferri"]),
        ("Geschrieben von Jonas Keller", ["Jonas Keller"]),
        ("Deur Pieter Botha", ["Pieter Botha"]),
        ("Skrywer: Pieter Botha", ["Pieter Botha"]),
        ("Scris de Ioana Radu", ["Ioana Radu"]),
        ("Besedilo: Nina Kovač", ["Nina Kovač"]),
        ("Szerző: Kovács Anna", ["Kovács Anna"]),
        ("Κείμενο: Νίκος Αλεξίου", ["Νίκος Αλεξίου"]),
        ("Ditulis oleh Rina Wulandari", ["Rina Wulandari"]),
        ("Isinulat ni Carlo Reyes", ["Carlo Reyes"]),
        ("Imeandikwa na Amina Mwangi", ["Amina Mwangi"]),
        ("Autorius: Tomas Petraitis", ["Tomas Petraitis"]),
        ("mit Jana Roth", ["Jana Roth"]),
    ],
)
def test_the_listed_leads_of_each_language_read_the_writer(line, authors):
    found = find_byline(line)
    assert found and found.authors == authors


def test_a_listed_lead_on_a_line_of_its_own_reads_the_name_under_it():
    article = parsed("Skrywer", "Pieter Botha")
    assert article.authors == ["Pieter Botha"]


@pytest.mark.parametrize("line", ["Text von der Leyen ist umstritten", "Story: why the tram is late",
                                  "Na Assembleia da República houve debate",
                                  "Mit Jana Roth sprach der Bürgermeister"])
def test_a_listed_lead_before_prose_is_no_byline(line):
    assert find_byline(line) is None or not find_byline(line).authors


# --- the quick test of a line's first two letters before the leads' alternation (regex_prefixes.py) -----------


@pytest.mark.parametrize("line", [
    "By Marta Quell", "BY MARTA QUELL", "by: Marta Quell", "Written by Osric Pell", "a cura di Livia Sorn",
    "Skrywer", "Texto: Ana Pires", "de Ana Pires", "Propos recueillis par Léa Vint", "Író: x", "By", "B", "",
    "\u212airjoittanut Aino Lepp", "\u017fcris de Dan Pop", "Écrit par Léa Vint", "autor\u00a0: Jan Wold",
])
def test_the_quick_test_of_a_lines_opening_never_turns_a_lead_away(line):
    from articles.ingest.byline_vocabulary import LEAD, lead_openings
    from articles.ingest.regex_prefixes import may_match_at_start

    assert may_match_at_start(lead_openings(), line) or not LEAD.match(line)


@pytest.mark.parametrize("line", ["The ferry to Holm ran late", "When the council voted", "1 March 2031", "Quiet harbour"])
def test_a_line_opening_with_no_leads_letters_is_turned_away_without_the_alternation(line):
    from articles.ingest.byline_vocabulary import LEAD, lead_openings, lead_at_start
    from articles.ingest.regex_prefixes import may_match_at_start

    assert not may_match_at_start(lead_openings(), line) and LEAD.match(line) is None and lead_at_start(line) is None


def test_the_openings_of_a_pattern_are_its_first_three_letters_in_either_case_and_its_shorter_matches():
    import re

    from articles.ingest.regex_prefixes import ascii_openings

    assert ascii_openings(re.compile(r"(?<!x)\b(?:abd|c\sd|e)", re.IGNORECASE)) == {
        "abd", "abD", "aBd", "aBD", "Abd", "AbD", "ABd", "ABD", "e", "E"} | {
        first + space + last for first in "cC" for space in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f" for last in "dD"}
    assert ascii_openings(re.compile(r"a?")) is None  # a match of nothing: no quick answer


# --- scripts without capitals, joins and leads of more languages (session 20) ----------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("بقلم: سارة المنصوري", ["سارة المنصوري"]),  # Arabic "by the pen of"
        ("كتب: يوسف الحداد", ["يوسف الحداد"]),  # Arabic "wrote", with its colon
        ("نویسنده: نرگس رضایی", ["نرگس رضایی"]),  # Persian "author"
        ("تحریر: عمران قریشی", ["عمران قریشی"]),  # Urdu "writing"
        ("מאת נועה ברק", ["נועה ברק"]),  # Hebrew "by"
        ("लेखक: अनिल मेहरा", ["अनिल मेहरा"]),  # Hindi "author"
        ("প্রতিবেদক: তানিয়া হক", ["তানিয়া হক"]),  # Bengali "reporter"
        ("โดย วิชัย ศรีสุข", ["วิชัย ศรีสุข"]),  # Thai "by"
        ("文・佐藤花子", ["佐藤花子"]),  # Japanese "text by"
        ("記者 周明輝／高雄報導", ["周明輝"]),  # Chinese reporter, then the city filed from
        ("بقلم: سارة المنصوري، القاهرة", ["سارة المنصوري"]),
        ("بقلم: سارة المنصوري و يوسف الحداد", ["سارة المنصوري", "يوسف الحداد"]),
    ],
)
def test_a_byline_in_a_script_without_capitals_is_read_by_its_lead(line, authors):
    assert find_byline(line).authors == authors
    assert parsed(line, "3 March 2021").authors == authors


@pytest.mark.parametrize("line", [
    "كتب الوزير رسالة",  # "the minister wrote a letter": "wrote" without its colon opens a sentence
    "記者會今天在市政府舉行",  # "the press conference was held ...": the lead runs into the next word
    "بقلم: سارة المنصوري التي كتبت عن المدينة والبحر كثيرا",  # a sentence, too long for names
    "作者：林美玲 2021年3月3日",
    "تقرير الأمم المتحدة السنوي",  # "the United Nations' yearly report": "report" leads a name only with its colon
    "כתב אישום חמור",  # Hebrew "a serious indictment": "correspondent" is also a charge's first word
    "โดยเฉพาะ อย่างยิ่ง",  # Thai "especially": "by" runs into the next word
])
def test_words_of_a_script_without_capitals_after_a_lead_are_no_byline_unless_they_are_names(line):
    found = find_byline(line)
    assert found is None or found.authors in ([], ["林美玲"])


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Oleh: Rina Wulandari dan Agus Pratama", ["Rina Wulandari", "Agus Pratama"]),  # Indonesian "dan"
        ("Yazan: Elif Kaya ve Murat Aydın", ["Elif Kaya", "Murat Aydın"]),  # Turkish "ve"
        ("Autor: Ioana Marin și Radu Stan", ["Ioana Marin", "Radu Stan"]),  # Romanian "și"
        ("Авторы: Ольга Соколова и Павел Орлов", ["Ольга Соколова", "Павел Орлов"]),  # Russian plural label, "и"
        ("Автор: Ірина Мельник та Тарас Бойко", ["Ірина Мельник", "Тарас Бойко"]),  # Ukrainian "та"
        ("Autorius: Rūta Jonaitė ir Tomas Kazlauskas", ["Rūta Jonaitė", "Tomas Kazlauskas"]),  # Lithuanian "ir"
    ],
)
def test_two_writers_joined_by_and_in_another_language_are_two_authors(line, authors):
    assert find_byline(line).authors == authors


@pytest.mark.parametrize("line, name", [("김하늘 전문기자", "김하늘"), ("김하늘 논설위원", "김하늘"),
                                        ("김하늘 기자 sky@example.kr", "김하늘")])
def test_a_korean_writers_other_titles_and_address_after_her_name_are_not_her_name(line, name):
    assert parsed(line, "| 2021-03-03 10:15:00").authors == [name]


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Di Paolo Ferri", ["Paolo Ferri"]),  # Italian "by", capitalised at the line's start
        ("Bởi Trần Thu Hà", ["Trần Thu Hà"]),  # Vietnamese "by"
        ("Na Amina Wanjiru", ["Amina Wanjiru"]),  # Swahili "by"
        ("Ni Rosa Villanueva", ["Rosa Villanueva"]),  # Tagalog "by"
    ],
)
def test_a_languages_word_for_by_before_a_name_alone_is_not_part_of_the_name(line, authors):
    assert parsed(line, "3 March 2021").authors == authors


@pytest.mark.parametrize("signature", ["김하늘 기자", "김하늘 전문기자", "김하늘 기자 sky@example.kr"])
def test_a_korean_writers_name_and_title_signed_under_the_story_is_the_byline(signature):
    article = parse_text("트램 노선 북부 연장 승인\n\n시의회가 화요일 북부 지역까지 트램 노선을 연장하는 새 계획을 승인했습니다.\n\n"
                         f"의원들은 연장 공사에 많은 돈이 들 것이라고 말했습니다.\n\n{signature}\n\n2021-03-03 12면\n")
    assert article.authors == ["김하늘"]


def test_a_korean_word_alone_under_the_story_is_no_signature():
    article = parse_text("트램 노선 북부 연장 승인\n\n시의회가 화요일 북부 지역까지 트램 노선을 연장하는 새 계획을 승인했습니다.\n\n"
                         "의원들은 연장 공사에 많은 돈이 들 것이라고 말했습니다.\n\n관련기사\n")
    assert article.authors == []


@pytest.mark.parametrize("line, agency", [("By Prensa Latina", "Prensa Latina"), ("Av TT Nyhetsbyrån", "TT Nyhetsbyrån"),
                                          ("By Haber Merkezi", "Haber Merkezi"), ("By Notimex", "Notimex")])
def test_a_national_news_agency_credited_as_the_byline_is_no_person(line, agency):
    found = find_byline(line)
    assert found.authors == []
    assert found.agencies == [agency]


@pytest.mark.parametrize("line, authors", [("Minn Joseph Borg", ["Joseph Borg"]), ("Awtur: Joseph Borg", ["Joseph Borg"]),
                                           ("Müəllif: Elvin Həsənov", ["Elvin Həsənov"]),
                                           ("Egilea: Miren Etxeberria", ["Miren Etxeberria"])])
def test_leads_of_maltese_azerbaijani_and_basque_are_read(line, authors):
    assert find_byline(line).authors == authors


@pytest.mark.parametrize("opening", ["[하모니뉴스 김하늘 기자] ", "[부산=하모니뉴스 김하늘 특파원] ", "[부산=하모니뉴스] 김하늘 기자 = "])
def test_a_korean_reporter_in_the_first_paragraphs_opening_brackets_is_the_byline(opening):
    article = parse_text("트램 노선 북부 연장 승인\n\n"
                         f"{opening}시의회가 화요일 북부 지역까지 트램 노선을 연장하는 새 계획을 승인했습니다.\n\n"
                         "의원들은 연장 공사에 많은 돈이 들 것이라고 말했습니다.\n")
    assert article.authors == ["김하늘"]


def test_a_korean_tag_in_brackets_opening_the_story_names_no_reporter():
    article = parse_text("트램 노선 북부 연장 승인\n\n[속보] 시의회가 화요일 북부 지역까지 트램 노선을 연장하는 새 계획을 승인했습니다.\n\n"
                         "의원들은 연장 공사에 많은 돈이 들 것이라고 말했습니다.\n")
    assert article.authors == []
