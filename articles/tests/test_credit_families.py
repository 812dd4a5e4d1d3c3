"""Picture credits as outlets worldwide print them (articles.ingest.credits and credit_lines), each family on an invented line."""

import pytest

from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_cleanup import split_units

CAPTION = "A night bus waits at the east depot on Monday."
HEAD = "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n"
BODY = ("The city council agreed on Tuesday to run night buses to the outer districts from next month, officials said.\n\n"
        "The service will cost about 2 million euros a year and run every half hour between midnight and five.")


def parsed(picture_lines: str):
    return parse_text(HEAD + picture_lines + "\n\n" + BODY)


@pytest.mark.parametrize("label, credit", [
    ("Foto: Lena Berg/dpa", "Lena Berg/dpa"),           # German, Dutch, Scandinavian, Italian, Spanish ...
    ("Bild: Lena Berg", "Lena Berg"),                   # German, Swedish
    ("Bildquelle: Lena Berg", "Lena Berg"),
    ("Crédit photo : Lena Berg", "Lena Berg"),          # French, with its space before the colon
    ("Crédits : Lena Berg / Harbour Times", "Lena Berg / Harbour Times"),
    ("Photo : AFP", "AFP"),
    ("Fotó: Lena Berg", "Lena Berg"),                   # Hungarian
    ("Zdjęcie: Lena Berg", "Lena Berg"),                # Polish
    ("Fot. Lena Berg/PAP", "Lena Berg/PAP"),
    ("Kuva: Lena Berg", "Lena Berg"),                   # Finnish
    ("Φωτογραφία: Lena Berg", "Lena Berg"),             # Greek
    ("Фото: Lena Berg", "Lena Berg"),                   # Russian, Ukrainian, Bulgarian
    ("Imagen: Lena Berg", "Lena Berg"),                 # Spanish
    ("Créditos: Lena Berg", "Lena Berg"),               # Spanish, Portuguese
    ("Fotografía: Lena Berg", "Lena Berg"),
    ("Beeld: Lena Berg", "Lena Berg"),                  # Dutch
    ("Foto di Lena Berg/Ansa", "Lena Berg/Ansa"),       # Italian "photo by"
    ("Fotografía por Lena Berg", "Lena Berg"),          # Spanish, Portuguese "photo by"
    ("Photo par Lena Berg", "Lena Berg"),               # French
    ("Foto von Lena Berg", "Lena Berg"),                # German
    ("Foto door Lena Berg", "Lena Berg"),               # Dutch
    ("Foto de Lena Berg", "Lena Berg"),                 # Spanish, Portuguese "photo of": by
    ("PHOTO BY LENA BERG", "LENA BERG"),                # in capitals
    ("Crédito da foto: Lena Berg", "Lena Berg"),        # Portuguese "credit of the photo"
    ("Crédito de la foto: Lena Berg", "Lena Berg"),     # Spanish
    ("Crédito de imagen: Lena Berg", "Lena Berg"),
    ("Courtesy of Lena Berg", "Lena Berg"),
    ("Photo © Lena Berg", "Lena Berg"),
    ("Foto: © Lena Berg/dpa", "Lena Berg/dpa"),          # the sign after the label
    ("(Photo credit should read LENA BERG/AFP via Getty Images)", "LENA BERG/AFP via Getty Images"),  # the library's words
])
def test_a_labelled_credit_in_any_language_is_split_from_the_caption_without_its_label(label, credit):
    found = split_credit(f"{CAPTION} {label}")
    assert (found.caption, found.credit) == (CAPTION, credit)


@pytest.mark.parametrize("line, credit", [
    (f"{CAPTION} Xinhua/Li Wei", "Xinhua/Li Wei"),                     # the agency first, by its name
    (f"{CAPTION} ANP/Lena Berg", "ANP/Lena Berg"),                     # ... or in capitals
    (f"{CAPTION} THE HARBOUR PRESS/Lena Berg", "THE HARBOUR PRESS/Lena Berg"),
    ("A night bus waits at the east depot on Tuesday.REUTERS/Lena Berg", "REUTERS/Lena Berg"),  # glued to the caption
    (f"{CAPTION} Łukasz Nowak/PAP", "Łukasz Nowak/PAP"),               # a name with its accents, a European agency
    (f"{CAPTION} Lena Berg / Ankara - AA", "Lena Berg / Ankara - AA"),  # photographer, place, agency
    (f"{CAPTION} Lena Berg/Keystone", "Lena Berg/Keystone"),
    (f"{CAPTION} Kyodo Photo", "Kyodo Photo"),                         # the outlet's own picture
    (f"{CAPTION} Photo/Lena Berg", "Lena Berg"),                       # "Photo/" is the label
    (f"{CAPTION} [Photo/Xinhua]", "Xinhua"),
    (f"{CAPTION} Handout", "Handout"),                                 # the origin alone
    (f"{CAPTION} Supplied", "Supplied"),
    (f"{CAPTION} Screengrab", "Screengrab"),
    (f"{CAPTION} (Screengrab)", "Screengrab"),
    (f"{CAPTION} Screenshot/X", "Screenshot/X"),
])
def test_an_unlabelled_credit_naming_an_agency_or_the_pictures_origin_is_split_from_the_caption(line, credit):
    found = split_credit(line)
    assert found.credit == credit
    assert found.caption.rstrip(".") in (CAPTION.rstrip("."), "A night bus waits at the east depot on Tuesday")


def test_an_address_in_capitals_ending_a_line_is_no_glued_credit():
    assert split_credit("Visit FACEBOOK.COM/HARBOURBUSES") is None


@pytest.mark.parametrize("picture_lines, credit", [
    (f"{CAPTION} Foto: Lena Berg/dpa", "Lena Berg/dpa"),
    (f"{CAPTION} Crédit photo : Lena Berg", "Lena Berg"),
    (f"{CAPTION[:-1]}.REUTERS/Lena Berg", "REUTERS/Lena Berg"),                       # glued to the caption
    (f"Image source,\nGetty Images\n\nImage caption,\n{CAPTION}", "Getty Images"),  # a broadcaster's two labels
    (f"{CAPTION}\n\nLena Berg/Reuters", "Lena Berg/Reuters"),                        # the credit on the next line
])
def test_the_credit_is_recorded_and_never_left_in_the_caption_or_the_story(picture_lines, credit):
    article = parsed(picture_lines)
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)
    assert article.paragraphs == BODY.split("\n\n")


@pytest.mark.parametrize("line", [
    "By Lena Berg/Reuters",                                  # a byline naming the wire
    "Quelle: dpa",                                           # the text's source, no picture's
    "Fonte: Lena Berg",
    "The minister told Reuters on Monday that the buses would run. AFP",  # a wire's sign-off
])
def test_a_byline_a_source_line_or_a_sign_off_is_no_picture_credit(line):
    assert parsed(line).image_credit == ""


@pytest.mark.parametrize("line, caption, credit", [
    ("Officers at the east gate Photo: Lena Berg", "Officers at the east gate", "Lena Berg"),  # no full stop before it
    ("Officers at the east gate (foto Ansa)", "Officers at the east gate", "Ansa"),
    ("(Harbour Wire files) In a file picture taken on May 2, 2010, the mayor speaks.", None, None),  # no agency
    ("(AFP files) In a file picture taken on May 2, 2010, the mayor speaks.",
     "In a file picture taken on May 2, 2010, the mayor speaks.", "AFP files"),  # the agency's archive, first
    ("(Reuters file photo) Officers at the east gate on Monday.", "Officers at the east gate on Monday.", "Reuters file photo"),
])
def test_a_caption_without_its_full_stop_a_picture_word_in_brackets_and_an_archive_credit_first(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit) if credit else found is None


def test_a_wires_dateline_in_brackets_is_no_archive_credit():
    assert split_credit("(Reuters) - The mayor said on Monday that the night buses would run.") is None


@pytest.mark.parametrize("line, caption, credit", [
    (f"{CAPTION}Credit...Lena Berg for The Harbour Times", CAPTION, "Lena Berg for The Harbour Times"),  # "Credit..."
    (f"{CAPTION} (Harbour News: Lena Berg)", CAPTION[:-1] + ".", "Harbour News: Lena Berg"),   # who holds it: who took it
    ("A night bus waits at the east depot LENA BERG (EFE)", "A night bus waits at the east depot", "LENA BERG (EFE)"),
    (f"{CAPTION} Lena Berg/Harbour Times", CAPTION, "Lena Berg/Harbour Times"),                # photographer/outlet
    (f"{CAPTION} Lena Berg/Harbour Times via AP", CAPTION, "Lena Berg/Harbour Times via AP"),
    (f"{CAPTION} Lena Berg/SOPA Images/LightRocket via Getty Images", CAPTION,
     "Lena Berg/SOPA Images/LightRocket via Getty Images"),
    (f"{CAPTION} Lena Berg/AP/File", CAPTION, "Lena Berg/AP/File"),
    (f"{CAPTION} REUTERS/Lena Berg/File Photo", CAPTION, "REUTERS/Lena Berg/File Photo"),
    (f"{CAPTION} Getty Images/iStockphoto", CAPTION, "Getty Images/iStockphoto"),               # a picture library alone
    (f"{CAPTION} Shutterstock", CAPTION, "Shutterstock"),
])
def test_credits_of_national_papers_broadcasters_and_magazines(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", [
    "The talks ended on Monday. Both sides/Neither side",   # lower-case words after the slash: prose
    "Read more at (Harbour News)",                          # a bracketed name that is no credit
])
def test_prose_with_a_slash_or_a_bracketed_name_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, caption, credit", [
    (f"{CAPTION} Lena Berg - Lusa", CAPTION, "Lena Berg - Lusa"),                     # a dash before the agency
    (f"{CAPTION} Foto: NTB/AP/Lena Berg)", CAPTION, "NTB/AP/Lena Berg"),              # a stray closing bracket
    (f"{CAPTION} (©(AP PHOTO/LENA BERG)", CAPTION, "AP PHOTO/LENA BERG"),             # "©" before a bracketed credit
    (f"{CAPTION} (SPA)", CAPTION, "SPA"),                                              # a state agency's acronym
])
def test_more_agency_credits_are_split_cleanly(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_an_agencys_acronym_inside_the_last_sentence_is_no_credit():
    assert split_credit("Officers met the head of the Saudi Press Agency (SPA).") is None


def test_a_name_and_an_agency_with_a_dash_alone_on_a_line_stay_a_byline():
    article = parse_text(f"Night buses extended to the outer districts\n\n3 March 2024\n\nJane Doe - Reuters\n\n{BODY}")
    assert article.authors == ["Jane Doe"] and article.image_credit == ""


@pytest.mark.parametrize("above, credit", [
    ("Fotograf: Lena Berg/TT", "Lena Berg/TT"),            # the lead picture over the headline, its credit with it
    ("LENA BERG/HARBOUR TIMES", "LENA BERG/HARBOUR TIMES"),
    ("Copyright: (C) Harbour Broadcasting", ""),           # a feed's copyright field is no picture's
    ("© Harbour Times - Riproduzione riservata", ""),      # nor a page's rights line, in any language
])
def test_a_credit_line_above_the_headline_is_the_lead_pictures(above, credit):
    article = parse_text(f"{above}\n\n{HEAD}{BODY}")
    assert article.headline == "Night buses extended to the outer districts"
    assert article.image_credit == credit
    assert article.paragraphs == BODY.split("\n\n")


@pytest.mark.parametrize("line, credit", [
    (f"{CAPTION} Twitter/@harbourbuses", "Twitter/@harbourbuses"),      # a social network's post
    (f"{CAPTION} Mayor Lena Berg via Facebook", "Mayor Lena Berg via Facebook"),
])
def test_a_picture_taken_from_a_social_network_is_credited_to_it(line, credit):
    assert split_credit(line).credit == credit


def test_a_sentence_that_ends_with_via_a_network_is_no_credit():
    assert split_credit("He said it on Monday. The video spread via TikTok") is None


@pytest.mark.parametrize("line, credit", [
    (f"{CAPTION} Foto ANP", "ANP"),                           # Dutch and French: no colon before an agency
    (f"{CAPTION} Beeld ANP / Lena Berg", "ANP / Lena Berg"),
    (f"{CAPTION} Photo AFP", "AFP"),
    (f"{CAPTION} fot. PAP/Lena Berg", "PAP/Lena Berg"),      # Polish, in lower case
    (f"{CAPTION} Zdroj: ČTK", "ČTK"),                         # Czech "source", after a caption
    (f"{CAPTION} ΦΩΤΟ: Eurokinissi", "Eurokinissi"),         # Greek, in capitals
    (f"{CAPTION} Foto de archivo", "Foto de archivo"),       # a file picture in Spanish, Italian, German
    (f"{CAPTION} Foto d'archivio", "Foto d'archivio"),
    (f"{CAPTION} Archivbild/dpa", "Archivbild/dpa"),
    (f"{CAPTION} © Lena Berg/\u200bdpa", "Lena Berg/dpa"),  # a zero-width space the page put in the credit
])
def test_european_credit_habits(line, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (CAPTION, credit)


@pytest.mark.parametrize("line", ["He said so. Photo ID cards are required", "Zdroj: ČTK"])
def test_a_picture_word_before_capitals_in_prose_or_a_lone_source_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("label, credit", [
    ("Photo illustration by Lena Berg", "Lena Berg"),        # magazines' artwork
    ("Graphic: Lena Berg", "Lena Berg"),
    ("Artwork: Lena Berg", "Lena Berg"),
    ("Fotos: Lena Berg", "Lena Berg"),                       # plurals: Spanish, Portuguese, Dutch, Polish
    ("Foto's: ANP", "ANP"),
    ("Zdjęcia: Lena Berg", "Lena Berg"),
])
def test_artwork_and_plural_labels(label, credit):
    assert split_credit(f"{CAPTION} {label}").credit == credit


@pytest.mark.parametrize("line", ["Reuters/AFP", "AFP / Reuters"])
def test_agencies_alone_on_a_line_name_the_storys_sources_not_a_pictures(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("picture_lines", [
    f"{CAPTION}\n\nLena Berg/AP hide caption",          # a picture viewer's button beside the credit
    f"toggle caption\n\n{CAPTION}\n\nLena Berg/AP",       # ... or on a line of its own
])
def test_a_caption_button_is_neither_credit_nor_story(picture_lines):
    article = parsed(picture_lines)
    assert article.image_credit == "Lena Berg/AP"
    assert not any("caption" in paragraph for paragraph in article.paragraphs)


def test_a_name_and_an_agency_under_the_headline_neither_hide_the_headline_nor_the_pictures_labelled_credit():
    article = parse_text(f"Night buses extended to the outer districts\n\nJane Doe / AFP\n\n14 March 2024\n\n"
                         f"{CAPTION} Photo: Lena Berg\n\n{BODY}")
    assert article.headline == "Night buses extended to the outer districts"
    assert (article.image_caption, article.image_credit) == (CAPTION, "Lena Berg")


def test_an_unlabelled_credit_under_a_caption_in_the_story_stays_out_of_the_story():
    first, second = BODY.split("\n\n")
    article = parse_text(f"{HEAD}{first}\n\n{CAPTION}\n\nLena Berg/Reuters\n\n{second}")
    assert (article.image_caption, article.image_credit) == (CAPTION, "Lena Berg/Reuters")
    assert article.paragraphs == [first, second]


def test_a_few_words_run_into_a_label_are_no_caption():
    assert split_credit("Text und Fotos: Jane Doe") is None


def test_a_bracketed_source_alone_under_the_title_is_provenance_and_keeps_the_headline():
    article = parse_text(f"Night buses extended to the outer districts\n\nNight buses extended to the outer districts\n\n"
                         f"(Source: Harbour News)\n\n{BODY}")
    assert article.headline == "Night buses extended to the outer districts" and not article.headline_proposed
    assert article.image_credit == ""


@pytest.mark.parametrize("line, credit", [
    ("Fotografía de portada: Harbour Wire", "Harbour Wire"),   # the page's lead picture, named as such
    ("Photo de couverture : AFP", "AFP"),
    ("Featured image: Lena Berg/AFP", "Lena Berg/AFP"),
    ("Cover photo: Lena Berg", "Lena Berg"),
])
def test_a_lead_picture_label_with_its_qualifier(line, credit):
    assert split_credit(line).credit == credit


@pytest.mark.parametrize("line, caption, credit", [
    ("Anyone with information should call the station. Photo by: Harbour Pictures",
     "Anyone with information should call the station.", "Harbour Pictures"),
    ("Officers at the depot – Foto: Polizia di Porto –", "Officers at the depot", "Polizia di Porto"),
    ("Agentes en el puesto de control. / Fuente externa.", "Agentes en el puesto de control.", "Fuente externa"),
    ("File Photo", "", "File Photo"),
    ("Handout . / Harbour Times", "", "Handout . / Harbour Times"),
])
def test_credit_labels_with_by_colon_glued_colons_framing_dashes_and_bare_origins(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Screenshot", "Screen grab", "Captura", "Captura de pantalla", "Captura de tela", "Capture d'écran",
    "Bildschirmfoto", "Zrzut ekranu", "Schermafbeelding", "Skärmdump", "Kuvakaappaus", "Tangkapan layar",
    "Divulgação", "Reprodução/TV Harbour", "Cortesía", "Screenshot / Harbour TV",
])
def test_a_still_from_a_screen_or_a_handed_out_picture_alone_on_its_line_is_the_credit(line):
    found = split_credit(line)
    assert (found.caption, found.credit) == ("", line)
    assert parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n{BODY}").image_credit == line


@pytest.mark.parametrize("line", ["Getty Images", "Shutterstock", "iStock", "Unsplash", "Pexels", "Wikimedia Commons",
                                  "Adobe Stock"])
def test_a_picture_library_alone_under_the_headline_is_the_credit(line):
    assert split_credit(line).credit == line
    assert parse_text(f"Night buses extended to the outer districts\n\n{line}\n\n{BODY}").image_credit == line


def test_a_wire_alone_under_the_headline_is_not_taken_for_the_credit():
    # the byline's agency as often as the picture's: left to the byline rules and the editor
    assert parse_text(f"Night buses extended to the outer districts\n\nReuters\n\n{BODY}").image_credit == ""


@pytest.mark.parametrize("line", [
    "Capturan al sospechoso del robo en el puerto",     # the verb, in a headline
    "La captura del sospechoso tardó tres días.",        # the noun, in a sentence
    "Screenshots",                                       # a gallery's label, not one picture's origin
])
def test_the_screen_and_handout_words_inside_a_line_are_no_credit(line):
    found = split_credit(line)
    assert found is None or found.credit == ""


def test_a_caption_printed_twice_far_down_the_story_credits_its_picture_on_the_second_copy():
    paragraphs = "\n\n".join(f"Paragraph {n} of the story tells what the council decided about the buses." for n in range(9))
    article = parse_text(f"{HEAD}{paragraphs}\n\n{CAPTION}\n{CAPTION} Credit: Harbour TV\n\n{BODY}")
    assert article.image_credit == "Harbour TV"
    assert article.image_caption == CAPTION


def test_a_copyright_line_closing_the_story_is_the_outlets_not_the_pictures_credit():
    article = parse_text(f"{HEAD}{BODY}\n\n© Harbour Times\n\nNo comments")
    assert article.image_credit == ""


def test_a_credit_under_a_no_caption_placeholder_far_down_the_story_is_the_pictures():
    paragraphs = "\n\n".join(f"Paragraph {n} of the story tells what the council decided about the buses." for n in range(9))
    article = parse_text(f"{HEAD}{paragraphs}\n\nNo caption\nPhoto: Harbour Radio/ Lena Berg\n\n{BODY}")
    assert article.image_credit == "Harbour Radio/ Lena Berg"
    assert "No caption" not in article.body_text


@pytest.mark.parametrize("line, credit", [
    (f"{CAPTION} / Reuters", "Reuters"),                     # an agency alone after a slash
    (f"{CAPTION} / AFP/Lena Berg", "AFP/Lena Berg"),
    (f"{CAPTION} Lena Berg, NTB", "Lena Berg, NTB"),         # a photographer and an agency after a comma
    (f"{CAPTION} (Photo, AFP)", "AFP"),                      # the picture word and a comma are the label
    (f"{CAPTION} (Foto, EFE)", "EFE"),
    (f"{CAPTION} / Fot. Lena Berg / Reporter / East News /", "Lena Berg / Reporter / East News"),  # a slash closing the chain
])
def test_an_agency_after_a_slash_or_a_comma_and_a_label_with_a_comma_close_the_caption(line, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (CAPTION, credit)


@pytest.mark.parametrize("label", ["Archieffoto:", "Archivfoto:", "Archivbild:", "Arkivfoto:", "Arkivbild:"])
def test_an_archive_pictures_label_is_a_credit_label(label):
    assert split_credit(f"{label} Lena Berg").credit == "Lena Berg"
    assert split_credit(f"{CAPTION} {label} Lena Berg").credit == "Lena Berg"


@pytest.mark.parametrize("line", [
    "Handout . / Reuters",                                   # an origin and its agency: the whole line is the credit
    "He thanked the crew on Monday. Later he met Jane Doe, AP.",  # a name and an agency inside a sentence
])
def test_a_slash_or_a_comma_before_an_agency_inside_prose_or_after_a_word_is_not_that_shape(line):
    found = split_credit(line)
    assert found is None or found.credit != "Reuters" and found.credit != "Jane Doe, AP"


def test_a_picture_word_and_by_inside_a_sentence_is_no_credit():
    assert split_credit("Ein Foto von Lena Berg zeigt den Hof.") is None


@pytest.mark.parametrize("line, found", [
    ("Archieffoto: Lena Berg", "Archieffoto: Lena Berg"),                       # an archive picture's label
    ("Arkivbild: Lena Berg", "Arkivbild: Lena Berg"),
    ("The port was closed. (Foto: 10060 Lena Berg/TT)", "Foto: 10060 Lena Berg/TT)"),  # an agency's number first
])
def test_a_credit_left_in_the_text_is_pointed_out_to_the_editor(line, found):
    from articles.ingest.credit_lines import credit_in_prose

    assert credit_in_prose([line]) == found


@pytest.mark.parametrize("credit", ["Lena Berg for Harbour Weekly", "Lena Berg/The Harbour"])
@pytest.mark.parametrize("copies", [1, 2])  # the caption alone, or printed twice as alt text and caption
def test_a_photographer_and_the_outlet_under_a_caption_is_the_credit(credit, copies):
    article = parsed("\n".join([CAPTION] * copies + [credit]))
    assert (article.image_credit, article.image_caption) == (credit, CAPTION)
    assert CAPTION not in article.body_text and credit not in article.body_text


def test_a_name_for_an_outlet_under_the_headline_stays_a_byline():
    article = parse_text("Night buses extended to the outer districts\n\nLena Berg for Harbour Weekly\n\n" + BODY)
    assert article.image_credit == ""


@pytest.mark.parametrize("line", ["(Foto Referencial)", "Police at the scene (Imagen ilustrativa)",
                                  "Photo: illustrative", "Bild: Symbolbild", "(Stock Image)", "Photo: stock photo"])


def test_a_label_saying_the_picture_is_only_illustrative_names_no_credit(line):
    found = split_credit(line)
    assert found is None or found.credit == ""


@pytest.mark.parametrize("line", ["Photo: Harbour council chairwoman Jo Lim at the opening.",
                                  "Image: the new ferry leaving the port."])


def test_a_sentence_describing_the_picture_after_its_label_is_a_caption_and_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, credit", [("Photo: Jo Lim for The Harbour Times.", "Jo Lim for The Harbour Times"),
                                          ("Photo: courtesy of the family.", "the family"),
                                          ("Photo: Harbour council media office / Telegram.", "Harbour council media office / Telegram")])


def test_a_credit_with_a_few_lower_case_words_is_still_a_credit(line, credit):
    assert split_credit(line).credit == credit


def test_a_file_picture_label_is_still_a_credit():
    assert split_credit("Foto: Archivo").credit == "Archivo"


@pytest.mark.parametrize("line, caption, credit", [
    ("Agentes fecharam a rua durante a operação - Divulgação/PMERJ", "Agentes fecharam a rua durante a operação",
     "Divulgação/PMERJ"),
    ("O prefeito fala à imprensa no centro - Reprodução/TV Local", "O prefeito fala à imprensa no centro",
     "Reprodução/TV Local"),
    ("El alcalde durante la reunión con vecinos - Cortesía", "El alcalde durante la reunión con vecinos", "Cortesía"),
])
def test_a_pictures_origin_after_a_dash_as_brazilian_and_hispanic_papers_print_it_is_the_credit(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_a_dash_before_an_ordinary_word_is_no_credit():
    assert split_credit("Ela disse que vai votar - Arquivo pessoal da família foi aberto") is None


@pytest.mark.parametrize("line, caption, credit", [
    ("An undated photo of the harbour club's new striker (left). — Harbour FC",
     "An undated photo of the harbour club's new striker (left).", "Harbour FC"),
    ("The mayor (right) greets the visiting envoy at the town hall. – Harbour Press Office",
     "The mayor (right) greets the visiting envoy at the town hall.", "Harbour Press Office"),
])
def test_a_caption_that_shows_a_picture_then_a_dash_and_a_name_is_caption_and_credit(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Three men have been held so far to help the inquiry into the killing. — Harbour Wire",
    "He posted a picture of the new bridge on Monday, the council said. — Harbour Wire",
])
def test_a_wires_sign_off_after_the_storys_last_sentence_is_no_picture_credit(line):
    assert split_credit(line) is None


def test_a_page_opening_with_such_a_caption_takes_it_for_no_headline():
    article = parse_text("An undated photo of the harbour club's new striker (left). — Harbour FC\n\n"
                         "The harbour club has signed a new striker from a rival on a three-year contract, the club said on "
                         "Saturday, ending a long search for a forward.\n\n"
                         "The striker will wear the number nine shirt and joins the squad for the new season next week.")
    assert article.image_credit == "Harbour FC"
    assert "Harbour FC" not in article.headline


@pytest.mark.parametrize("label, credit", [
    ("Photographer: Lena Berg", "Lena Berg"),                # who took it, named as such
    ("Fotógrafo: Lena Berg", "Lena Berg"),
    ("Fotograaf: Lena Berg", "Lena Berg"),
    ("Copyright Credit: Lena Berg", "Lena Berg"),            # the copyright word belongs to the label
    ("Photo courtesy Lena Berg", "Lena Berg"),               # "courtesy" without its "of"
])
def test_a_photographers_label_a_copyright_credit_and_courtesy_without_of(label, credit):
    found = split_credit(f"{CAPTION} {label}")
    assert (found.caption, found.credit) == (CAPTION, credit)


@pytest.mark.parametrize("credit", ["Xinhua", "AFP", "ANI", "PTI Photo", "Post File Photo", "AFP via Getty Images",
                                    "Screenshot/X", "Getty Images/iStockphoto"])


@pytest.mark.parametrize("in_story", [False, True])  # under the headline's lines, or under the story's first paragraph
def test_an_unlabelled_credit_alone_under_a_captions_sentence_is_the_pictures(credit, in_story):
    first, second = BODY.split("\n\n")
    article = parse_text((HEAD + first + "\n\n" if in_story else HEAD) + f"{CAPTION}\n{credit}\n\n"
                         + (second if in_story else BODY))
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)
    assert article.paragraphs == BODY.split("\n\n")


def test_an_agency_alone_under_the_caption_is_pointed_out_as_perhaps_the_byline():
    article = parsed(f"{CAPTION}\nAFP")
    assert article.image_credit == "AFP"
    assert any("agency's name alone" in warning for warning in article.warnings)
    assert not any("agency's name alone" in warning for warning in parsed(f"{CAPTION}\nPTI Photo").warnings)


def test_an_agency_alone_closing_the_story_is_its_sign_off_not_a_credit():
    article = parse_text(f"{HEAD}{BODY}\nAFP")
    assert article.image_credit == "" and article.image_caption == ""


@pytest.mark.parametrize("bracketed, credit", [
    ("(PTI Photo)", "PTI Photo"), ("(Supplied)", "Supplied"), ("(File photo)", "File photo"),
    ("(Courtesy of Lena Berg)", "Lena Berg"), ("(Handout)", "Handout"),
])
def test_a_bracketed_picture_word_credits_a_caption_inside_the_story(bracketed, credit):
    first, second = BODY.split("\n\n")
    article = parse_text(f"{HEAD}{first}\n\n{CAPTION} {bracketed}\n\n{second}")
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)
    assert article.paragraphs == [first, second]


def test_an_agency_in_brackets_closing_a_paragraph_of_the_story_stays_in_the_story():
    first, second = BODY.split("\n\n")
    article = parse_text(f"{HEAD}{first}\n\n{CAPTION} (AFP)\n\n{second}")
    assert article.image_credit == "" and len(article.paragraphs) == 3


@pytest.mark.parametrize("line, caption, credit", [
    (f"{CAPTION[:-1]}Lena Berg/AFP", CAPTION[:-1], "Lena Berg/AFP"),        # a credit glued to the caption's last word
    ("Officers at the depot in McAllen on MondayJo McDonald/AFP", "Officers at the depot in McAllen on Monday",
     "Jo McDonald/AFP"),
    (f"{CAPTION[:-1]}Fotografía por Lena Berg.", CAPTION[:-1], "Lena Berg"),  # ... a label glued to it
    (f"{CAPTION[:-1]}Photo: Lena Berg", CAPTION[:-1], "Lena Berg"),
])
def test_a_credit_glued_to_the_captions_last_word_is_split_from_it(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", ["He met the MacBook/AFP team", "Our newsletterCredit: Lena Berg"])
def test_a_capital_inside_a_word_is_no_glued_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, credit", [
    (f"{CAPTION} Foto Lena Berg", "Lena Berg"),              # Dutch, Italian: no colon before a photographer either
    ("Agenten bij het station op maandag. Foto Jan de Vries", "Jan de Vries"),
    (f"{CAPTION} Beeld Lena Berg", "Lena Berg"),
])
def test_a_picture_word_with_no_colon_before_a_photographers_name(line, credit):
    assert split_credit(line).credit == credit


def test_a_picture_word_before_many_capitalised_words_is_no_credit():
    assert split_credit("Een foto van het station. Foto Studio Amsterdam Noord Centrum West") is None


@pytest.mark.parametrize("source, caption", [
    ("Image source", "Image caption"),                      # a world broadcaster's two labels ...
    ("Fuente de la imagen", "Pie de foto"),                 # ... in its language services
    ("Crédito", "Legenda da foto"),
    ("Chanzo cha picha", "Maelezo ya picha"),
    ("Автор фото", "Підпис до фото"),
    ("Autor fotografije", "Potpis ispod fotografije"),
    ("사진 출처", "사진 설명"),
])
@pytest.mark.parametrize("layout", ["{s}, Harbour Wire\n{c}, {caption}", "{s},\nHarbour Wire\n\n{c},\n{caption}"])
@pytest.mark.parametrize("in_story", [False, True])
def test_a_broadcasters_source_and_caption_labels_in_any_language_and_place(source, caption, layout, in_story):
    first, second = BODY.split("\n\n")
    picture = layout.format(s=source, c=caption, caption=CAPTION)
    article = parse_text((HEAD + first + "\n\n" if in_story else HEAD) + picture + "\n\n" + (second if in_story else BODY))
    assert (article.image_caption, article.image_credit) == (CAPTION, "Harbour Wire")
    assert article.paragraphs == BODY.split("\n\n")  # the paragraph over the labels is no caption of theirs


@pytest.mark.parametrize("line", ["Crédito, deuda y mercados", "Kaynak, Ankara'da yapılan toplantıda bakanlar uzun uzun konuştu"])
def test_a_source_labels_word_opening_a_headline_or_a_sentence_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("holder", ["LENA BERG", "Lena Berg"])
def test_a_persons_copyright_under_a_caption_closing_the_page_is_the_pictures_credit(holder):
    article = parse_text(f"{HEAD}{BODY}\n\n{CAPTION}\n© {holder}")
    assert article.image_credit == holder
    assert f"© {holder}" not in article.body_text


@pytest.mark.parametrize("footer", ["© Harbour Times", "© 2024 Harbour Media", "© Lena Berg 2024"])
def test_an_outlets_or_a_dated_copyright_closing_the_page_stays_the_pages(footer):
    article = parse_text(f"{HEAD}{BODY}\n\n{CAPTION}\n{footer}")
    assert article.image_credit == ""


@pytest.mark.parametrize("credit_line, credit", [
    ("Source: Getty Images", "Getty Images"),            # a picture library labelled as a source, under a caption
    ("Lena Berg | Harbour Times", "Lena Berg | Harbour Times"),  # a photographer and the outlet, set apart by a bar
    ("Lena Berg - Lusa", "Lena Berg - Lusa"),            # ... or by a dash before the agency
])
def test_a_photographer_and_outlet_or_a_labelled_library_alone_under_a_caption(credit_line, credit):
    article = parsed(f"{CAPTION}\n{credit_line}")
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)
    assert article.paragraphs == BODY.split("\n\n")


def test_a_photographer_and_the_outlet_after_a_bar_closing_the_caption():
    found = split_credit(f"{CAPTION} Lena Berg | Harbour Times")
    assert (found.caption, found.credit) == (CAPTION, "Lena Berg | Harbour Times")


@pytest.mark.parametrize("picture_lines", [f"{CAPTION} {CAPTION} Photo: Lena Berg", f"{CAPTION} {CAPTION}\nPhoto: Lena Berg"])
def test_a_caption_run_into_its_alt_text_on_one_line_is_kept_once(picture_lines):
    article = parsed(picture_lines)
    assert (article.image_caption, article.image_credit) == (CAPTION, "Lena Berg")


@pytest.mark.parametrize("label, credit", [
    ("Nuotr. Lena Berg", "Lena Berg"),          # Lithuanian
    ("Nuotrauka: Lena Berg", "Lena Berg"),
    ("Mynd: Lena Berg", "Lena Berg"),           # Icelandic
    ("Snimio: Lena Berg", "Lena Berg"),         # Croatian, Serbian
    ("Zdroj foto: Lena Berg", "Lena Berg"),     # Czech
    ("Kredit foto: Lena Berg", "Lena Berg"),    # Indonesian
    ("Gambar: Lena Berg", "Lena Berg"),         # Malay, Indonesian
    ("Larawan: Lena Berg", "Lena Berg"),        # Filipino
    ("Ảnh: Lena Berg", "Lena Berg"),            # Vietnamese
    ("Imatge: Lena Berg", "Lena Berg"),         # Catalan
    ("Снимка: Lena Berg", "Lena Berg"),         # Bulgarian
    ("צילום: Lena Berg", "Lena Berg"),          # Hebrew
    ("صورة: Lena Berg", "Lena Berg"),           # Arabic
    ("사진=Lena Berg", "Lena Berg"),            # Korean, with its equals sign
    ("Foto – Lena Berg", "Lena Berg"),          # a dash for the colon
    ("Photo - AFP", "AFP"),
])
def test_credit_labels_of_more_languages_and_scripts(label, credit):
    found = split_credit(f"{CAPTION} {label}")
    assert (found.caption, found.credit) == (CAPTION, credit)


def test_a_japanese_caption_and_its_credit_after_a_full_width_colon():
    found = split_credit("作業員が月曜日に学校のがれきを捜索した。写真：共同")
    assert (found.caption, found.credit) == ("作業員が月曜日に学校のがれきを捜索した。", "共同")


@pytest.mark.parametrize("line", ["Gambar kiri ini indah sekali: saya suka", "He said: Mynd is a word",
                                  "Snimio je film o ratu: Lena Berg"])


def test_those_words_inside_a_sentence_are_no_label(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, credit", [
    ("Officers at the depot on Monday Photo by Lena Berg", "Lena Berg"),        # no full stop before "Photo by"
    ("Officers at the depot on Monday Picture by Lena Berg/AFP via Getty Images", "Lena Berg/AFP via Getty Images"),
    ("Officers at the depot on Monday - Lena Berg/AFP", "Lena Berg/AFP"),       # a dash or a bar for the full stop
    ("Officers at the depot on Monday | Lena Berg/AFP", "Lena Berg/AFP"),
])
def test_a_caption_without_its_full_stop_before_a_photo_by_credit_or_a_dash(line, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == ("Officers at the depot on Monday", credit)


def test_a_photo_by_someone_inside_a_sentence_is_no_credit():
    assert split_credit("The exhibition shows a Photo by Ansel Adams in the hall") is None


@pytest.mark.parametrize("line, found", [
    ("The port was closed. © LENA BERG", "© LENA BERG"),          # a person's rights on a picture
    ("Hope and Ana at their first meeting. Mynd: Lena Berg", "Mynd: Lena Berg"),  # a label of another language
    ("© Harbour Times", ""),                                      # an outlet's, or a dated, copyright: the page's
    ("© 2024 Harbour Media", ""),
])
def test_a_persons_copyright_or_a_labelled_credit_left_in_the_text_is_pointed_out(line, found):
    from articles.ingest.credit_lines import credit_in_prose

    assert credit_in_prose([line]) == found


@pytest.mark.parametrize("origin", [
    "Divulgação", "Divulgação/Harbour City Hall", "Reprodução/Instagram", "Cortesía",    # handed out, copied, lent
    "zVg", "Pressebild",
    "Immagine di repertorio", "Foto di repertorio", "Photo d'archives AFP", "Archives AFP",  # file pictures
])
def test_a_pictures_origin_in_european_and_latin_american_languages_closes_its_caption(origin):
    found = split_credit(f"{CAPTION} {origin}")
    assert (found.caption, found.credit) == (CAPTION, origin)


@pytest.mark.parametrize("line, credit", [(f"{CAPTION} (Arquivo)", "Arquivo"), (f"{CAPTION} Fonte foto: Lena Berg", "Lena Berg")])
def test_an_origin_in_brackets_and_an_italian_source_label(line, credit):
    assert split_credit(line).credit == credit


@pytest.mark.parametrize("label, credit", [
    ("Credit Lena Berg", "Lena Berg"),                           # the colon lost with the page's markup
    ("Crédit AFP", "AFP"),
    ("Credit Lena Berg/AFP via Getty Images", "Lena Berg/AFP via Getty Images"),
])
def test_credit_without_its_colon_before_a_name_or_an_agency(label, credit):
    found = split_credit(f"{CAPTION} {label}")
    assert (found.caption, found.credit) == (CAPTION, credit)


def test_a_bank_named_credit_after_a_sentence_is_no_credit():
    assert split_credit("He moved to Zurich. Credit Suisse") is None


@pytest.mark.parametrize("line, credit", [
    ("Foto: Lena Berg, harbour.hr: fotomontaža: Daily Harbour", "Lena Berg, harbour.hr: fotomontaža: Daily Harbour"),
    ("Photo: Lena Berg: montage: Jo Lim", "Lena Berg: montage: Jo Lim"),
    ("Photo Lena Berg", "Lena Berg"),  # the colon lost, a person's name alone after the picture word
])
def test_a_credit_alone_chaining_its_sources_or_without_its_colon(line, credit):
    found = split_credit(line)
    assert found is not None and found.credit == credit and not found.caption


@pytest.mark.parametrize("line", [
    "Photo: Lena Berg: the minister arrives at the summit in the morning",  # a sentence after the credit
    "Photo Gallery Night",  # no one's name
])
def test_a_chained_or_colonless_credit_needs_short_pieces_and_a_persons_name(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("label", ["Popisek", "Bildtext", "Didascalia", "Caption"])
def test_a_caption_with_its_own_label_under_the_credit_is_the_caption(label):
    article = parsed(f"Foto: Lena Berg\n{label}: {CAPTION}")
    assert article.image_credit == "Lena Berg"
    assert article.image_caption == CAPTION


@pytest.mark.parametrize("line", ["Fuente externa", "FUENTE EXTERNA", "Fonte externa"])
def test_a_picture_from_outside_the_newsroom_alone_under_it_is_its_credit(line):
    # Dominican and other Hispanic pages credit an unnamed source's picture "Fuente externa" with no caption
    found = split_credit(line)
    assert found is not None and found.credit == line and not found.caption


def test_fuente_externa_inside_a_sentence_is_no_credit():
    assert split_credit("Fuente externa dijo que el puerto abrirá el lunes") is None


def test_a_wires_rights_notice_after_the_bracketed_credit_is_not_the_credit():
    line = ("Ferry passengers board at the east pier on Monday, March 4, 2024. (AP Photo/Lena Berg) "
            "Copyright 2024 The Associated Press. All rights reserved.")
    found = split_credit(line)
    assert found.credit == "AP Photo/Lena Berg"
    assert found.caption == "Ferry passengers board at the east pier on Monday, March 4, 2024."


def test_a_caption_closed_by_its_credit_is_not_run_into_the_story_under_it():
    # the story's first word set in lower case ("i24 News", "e-Paper") does not make it the caption's last words
    article = parse_text(
        "Harbour ministers agree on a new ferry timetable for the islands\n"
        "The transport minister speaks to reporters in Portville, March 3, 2024. Photo: Jane Roe via HARBOURWIRE\n"
        "i-Harbour – The island ferries will run every hour from next month, the transport ministry said on Sunday, "
        "after talks with the operators.")
    assert article.image_credit == "Jane Roe via HARBOURWIRE"
    assert article.image_caption.startswith("The transport minister speaks")
    assert split_units("Under Rule 4310(c), apart from the price requirement. The price\nwas met for ten days.") == [
        "Under Rule 4310(c), apart from the price requirement. The price was met for ten days."]  # "(c)" is no ©


@pytest.mark.parametrize("line, caption, credit", [
    ("The harbour master at the new quay last week. AFP", "The harbour master at the new quay last week.", "AFP"),
    ("Fishing boats in the bay on Sunday. Reuters", "Fishing boats in the bay on Sunday.", "Reuters"),
])
def test_a_short_caption_sentence_then_the_agency_after_its_full_stop(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_a_story_sentence_then_its_wire_after_the_full_stop_is_no_caption():
    assert split_credit("The harbour will reopen on Monday, the port authority said. AFP") is None


def test_a_wires_sign_off_closing_the_story_is_no_caption_and_credit():
    article = parse_text(
        "Ferry crews return to work after a week-long strike\n"
        "The island ferries sailed again on Friday morning after the crews accepted the new pay offer, the union said.\n"
        "Passengers who had waited in the port since Tuesday boarded the first crossing shortly after dawn.\n"
        "By midday, most of the week's cancelled crossings had been rescheduled for the weekend. EFE")
    assert article.image_credit == ""
    assert article.image_caption == ""


@pytest.mark.parametrize("tail, credit", [
    ("(MAXPPP)", "MAXPPP"),              # a picture agency in capitals, not in the agencies' list
    ("(OSCE)", "OSCE"),                  # an organisation that supplied the picture
    ("(STADIN POLIISI)", "STADIN POLIISI"),  # two words in capitals, a police force's name
])
def test_a_name_in_capitals_in_brackets_after_a_captions_last_sentence_is_its_credit(tail, credit):
    found = split_credit(f"{CAPTION} {tail}")
    assert found is not None and found.credit == credit and found.caption == CAPTION
    assert parsed(f"{CAPTION} {tail}").image_credit == credit


@pytest.mark.parametrize("line", [
    f"{CAPTION} (VIDEO)",                          # the page's own label
    "Buses (NOCTURNAL) ran late.",                 # inside a sentence
    "The council re-elected Jan Berg (C) to the board as chair of the committee.",  # a party's letter
])
def test_capitals_in_brackets_inside_a_sentence_a_pages_label_or_a_partys_letter_are_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line", ["Photo d'illustration / Crédit photo : Lena Berg", "Foto ilustrativa | Foto: Lena Berg",
                                  "Image d’illustration / Crédit Lena Berg"])


def test_a_caption_saying_the_picture_is_illustrative_then_its_label_and_credit(line):
    found = split_credit(line)
    assert found is not None and found.credit == "Lena Berg"


@pytest.mark.parametrize("line, caption, credit", [
    ("Projected path of the storm on 4 May. Image from Harbour Weather Service.",
     "Projected path of the storm on 4 May.", "Harbour Weather Service"),
    ("Photo from Lena Berg", "", "Lena Berg"),
])
def test_image_from_and_capitalised_words_to_the_lines_end_is_a_credit(line, caption, credit):
    found = split_credit(line)
    assert found is not None and (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", ["A photo from the rally went viral on Monday.",
                                  "The quay at dawn. Picture from the council archive."])


def test_a_picture_from_something_in_a_sentence_is_no_credit(line):
    assert split_credit(line) is None


def test_a_name_between_two_copies_of_the_pictures_alt_text_is_its_photographer():
    article = parse_text("Tide Turns Home\n\nAgainst every forecast, a busier waterfront gets ready to welcome the regatta\n\n"
                         "Tide Turns Home\nMara Quist\nTide Turns Home harbourweekly.com\n\n" + BODY)
    assert (article.image_credit, article.image_caption) == ("Mara Quist", "Tide Turns Home")
    widget = parse_text("Tide Turns Home\n\nA busier waterfront gets ready\nAccessibility Tools\n"
                        "A busier waterfront gets ready\n\n" + BODY)
    assert widget.image_credit == ""


def test_a_picture_word_and_an_agency_alone_or_a_website_after_photo_read_as_a_credit_in_the_text():
    from articles.ingest.credit_lines import credit_in_prose

    assert credit_in_prose(["foto LaPresse", "13:24", "A bomb alert emptied the tax office on Monday."]) == "foto LaPresse"
    assert credit_in_prose(["Foto Ansa"]) == "Foto Ansa"
    assert credit_in_prose(["The square filled up by noon.", "Photo: harbourpost.com"]) == "Photo: harbourpost.com"
    # a gallery's heading or a photographer unknown as an agency is no such line
    assert credit_in_prose(["Foto gallery"]) == "" and credit_in_prose(["Photo Story of the week"]) == ""


@pytest.mark.parametrize("line, caption, credit", [
    ("Una calle del centro durante la mañana - EUROPA PRESS - Archivo", "Una calle del centro durante la mañana",
     "EUROPA PRESS - Archivo"),
    ("Vista do porto ao entardecer - AGÊNCIA SUL - Arquivo", "Vista do porto ao entardecer", "AGÊNCIA SUL - Arquivo"),
    ("Vista do porto ao entardecer - Arquivo/Agência Sul", "Vista do porto ao entardecer", "Arquivo/Agência Sul"),
])
def test_an_agency_in_capitals_before_archivo_after_a_dash_is_the_whole_credit(line, caption, credit):
    found = split_credit(line)
    assert found is not None and (found.caption, found.credit) == (caption, credit)


def test_a_slashed_line_over_a_by_line_is_the_next_storys_headline_not_a_picture_credit():
    text = ("Council delays the ferry tender again\n\n"
            "The harbour council has put off choosing a ferry operator for the third time this year.\n\n"
            "Councillors asked the port office to reopen the tender, see the letter below.\n\n"
            "Valley Bakers Feed N/Coast Families\n\n"
            "By Kofi Mensah\n\n"
            "Three bakers from the valley have given bread to families on the northern coast all week.")
    assert parse_text(text).image_credit == ""


def test_a_caption_printed_after_the_lead_pictures_credit_with_the_same_photographer_is_its_caption():
    text = ("Photo: AP / Jo Lim, File\n\n"
            "PORT VALE - The harbour master promised on Tuesday that the new quay would open before the rains, and "
            "that the ferry union would be consulted on the timetable. The... read full story\n\n"
            "Photo: FILE - The harbour master at the old quay in Port Vale on May 3, 2022. (AP Photo/Jo Lim, File)\n\n"
            "Report rights infringement")
    article = parse_text(text)
    assert article.image_credit == "AP / Jo Lim, File"
    assert article.image_caption.startswith("FILE - The harbour master at the old quay")


@pytest.mark.parametrize("tail, credit", [("Harbour Air Rescue", "Harbour Air Rescue"), ("Lena Berg / Harbour Times", "Lena Berg / Harbour Times")])
def test_a_caption_printed_again_with_capitalised_words_after_it_ends_in_its_credit(tail, credit):
    # the picture's alt text, then its caption printed again with the credit run on, no label
    article = parsed(f"{CAPTION}\n\n{CAPTION} {tail}")
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)


def test_a_caption_printed_again_with_a_sentence_after_it_keeps_no_credit():
    article = parsed(f"{CAPTION}\n\n{CAPTION} Drivers said the buses were late again on Tuesday")
    assert article.image_credit == ""


@pytest.mark.parametrize("line, credit", [
    ("A night bus waits at the east depot (file image) (Source: 1News)", "1News"),
    ("A night bus waits at the east depot. (Picture: 9News)", "9News"),
])
def test_a_broadcaster_called_by_its_channels_number_is_a_credit_in_brackets(line, credit):
    found = split_credit(line)
    assert found is not None and found.credit == credit


def test_a_year_in_brackets_after_source_is_no_credit():
    assert split_credit("He moved to the east depot in 1990 (Source: 2019 census)") is None


@pytest.mark.parametrize("opening, credit", [
    ("jlim/iStock(HARBOUR COUNTY, Ore.) — A deputy was hurt in a crash on Monday, officials said.", "jlim/iStock"),
    ("Ana Ruiz/Getty Images(WASHINGTON) -- Senators agreed on a bus bill on Monday, aides said.", "Ana Ruiz/Getty Images"),
])
def test_a_picture_credit_glued_to_the_opening_dateline_is_the_credit_and_the_story_keeps_its_dateline(opening, credit):
    article = parse_text("14 March 2024\n\n" + opening + "\n\n" + BODY)
    assert article.image_credit == credit
    assert article.body_text.startswith(opening[len(credit):])


def test_a_slash_in_prose_before_a_bracket_is_no_credit():
    article = parse_text("14 March 2024\n\nThe and/or rule (HARBOUR) — a council note, was dropped on Monday.\n\n" + BODY)
    assert article.image_credit == ""


def test_credit_shapes_tested_once_over_all_lines_find_the_first_credit_as_line_by_line():
    from articles.ingest import credit_lines
    from articles.ingest.credit_lines import credit_in_prose

    lines = [
        "The harbour board met on Tuesday to discuss the ferry timetable.",
        "Divers said the cracks were older than the board had thought.",
        "A diver inspects the northern quay. Photo by Sam Reid",
        "The quay will stay shut (Harbour Wire)",
    ]
    assert credit_in_prose(lines) == "Photo by Sam Reid"
    assert credit_in_prose(lines[:2]) == ""
    shapes = credit_lines._shapes_in(lines[:2])
    assert all(not any(word in line for line in lines[:2] for word in ((needed,) if isinstance(needed, str) else needed))
               for needed, _ in credit_lines._CREDITS_IN_PROSE if (needed, _) not in shapes)
    assert credit_lines._shapes_in(lines[2:3]) and credit_lines._shapes_in([]) == []


@pytest.mark.parametrize("line", ["Video: Extra Buses Sent Into North Valley", "PHOTOS: Harbour Crowds Cheer Tall Ships Home"])
def test_a_title_cased_headline_after_a_media_label_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line,credit", [("Video: Jane Doe", "Jane Doe"), ("Photo: Harbour Times Picture Desk", "Harbour Times Picture Desk")])
def test_a_short_name_after_a_media_label_or_any_name_after_photo_stays_the_credit(line, credit):
    assert split_credit(line).credit == credit


def test_a_chinese_picture_word_before_the_credit_in_brackets_is_a_label():
    # "攝影/" (photography) before the credit, as "Photo:" is (s16k); the credit without it
    found = split_credit("碼頭工人在颱風過後清理港口。(攝影/REUTERS/Lin Mei/港灣影像)")
    assert found is not None and found.credit == "REUTERS/Lin Mei/港灣影像"
    found = split_credit("碼頭工人在颱風過後清理港口。(圖/港灣通訊社)")
    assert found is not None and found.credit == "港灣通訊社"


@pytest.mark.parametrize("line", ["VIDEO: Top 10 Harbour Stories of 2019", "PHOTOS: 5 Things To Know About The Ferry"])
def test_a_media_labels_title_in_title_case_with_a_number_is_no_credit(line):
    # a video's or gallery's title in title case, a number among five words or more (s16k)
    assert split_credit(line) is None


def test_a_media_labels_short_name_with_a_number_is_still_a_credit():
    assert split_credit("VIDEO: Channel 4 News").credit == "Channel 4 News"


def test_a_cjk_caption_closed_by_a_name_and_taken_by_names_the_photographer():
    # "...。Name攝" (Chinese), "...。Name撮影" (Japanese): the photographer after the caption's stop (s16k)
    found = split_credit("颱風過後,碼頭工人清理港口。林美玲攝")
    assert found is not None and (found.caption, found.credit) == ("颱風過後,碼頭工人清理港口。", "林美玲")
    found = split_credit("台風の後、港を片付ける作業員。山田太郎撮影")
    assert found is not None and found.credit == "山田太郎"
    assert split_credit("他拿起相機開始拍攝") is None  # "攝" inside a word, no caption's stop before the name


def test_a_sentences_aside_whose_only_credit_mark_is_a_slash_is_no_credit():
    # "(... the March/April issue)": a slash between words inside a sentence's aside (s16m); a spaced slash still
    # chains a credit's sources, and a name's slash before an outlet is still a credit
    assert split_credit("Fashion turned up on many covers this spring, from trade titles to tabloids "
                        "(Ana Ruiz graced the magazine’s March/April issue).") is None
    assert split_credit(CAPTION + " (Harbour district council / Facebook)").credit == "Harbour district council / Facebook"
    assert split_credit(CAPTION + " (Jo Lim/for the Gazette)").credit == "Jo Lim/for the Gazette"


@pytest.mark.parametrize("line, credit", [
    (CAPTION + " Lena Berg/Lehtikuva", "Lena Berg/Lehtikuva"),    # Finnish picture agency after a slash
    (CAPTION + " / Adnkronos", "Adnkronos"),                      # Italian wire alone after the caption's stop
    (CAPTION + " Lena Berg, Sportsfile", "Lena Berg, Sportsfile"),  # Irish picture agency after a comma
    ("Der Nachtbus im Depot | epd", "epd"),                        # German church agency after a bar
    (CAPTION + " Lena Berg/Pixabay", "Lena Berg/Pixabay"),         # a free stock library
])
def test_agencies_from_a_list_of_national_wires_and_picture_libraries_close_a_caption(line, credit):
    # the gazetteer was extended from lists of agencies and libraries, not from pages (session 17)
    found = split_credit(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize("line, credit", [
    (CAPTION + " Slika: Lena Berg", "Lena Berg"),                   # Croatian, Serbian, Slovene
    (CAPTION + " Kép: Lena Berg", "Lena Berg"),                     # Hungarian
    (CAPTION + " Crediti: Lena Berg/Ansa", "Lena Berg/Ansa"),        # Italian
    (CAPTION + " Fotograf: Lena Berg", "Lena Berg"),                # German, Nordic, Polish, Czech
    ("Picha: Lena Berg", "Lena Berg"),                               # Swahili, alone under the picture
    ("Ночной автобус в депо. Фотография: Лена Берг", "Лена Берг"),   # Russian
    ("रात की बस डिपो पर। फोटो: लीना बर्ग", "लीना बर्ग"),              # Hindi, after the danda
    ("ფოტო: ლენა ბერგი", "ლენა ბერგი"),                              # Georgian
])
def test_picture_labels_from_a_list_of_languages_name_the_credit(line, credit):
    # the word for a picture, its photographer or its credit, from a list of languages, not from pages (session 17)
    found = split_credit(line)
    assert found is not None and found.credit == credit


def test_a_new_label_word_inside_a_sentence_is_no_credit():
    assert split_credit("The Slika gallery opened its doors on Monday with a show of local painters.") is None


def test_a_labelled_credit_at_the_pages_foot_is_the_pictures_with_a_warning():
    # "Photo: X" alone after the story's last paragraph: the story's picture's credit, printed at its foot (session 17)
    article = parse_text(HEAD + BODY + "\n\nPhoto: Harbour Police\n\nnews@harbourtimes.example")
    assert article.image_credit == "Harbour Police"
    assert any("page's foot" in warning for warning in article.warnings)


@pytest.mark.parametrize("foot", ["Copyright: (C) Harbour Broadcasting Corporation", "Source: Harbour Police",
                                  "Photo: Harbour Police\n\nPhoto: Sam Reid"])
def test_a_notice_a_source_or_two_credits_at_the_foot_name_no_picture(foot):
    article = parse_text(HEAD + BODY + "\n\n" + foot)
    assert article.image_credit == ""


@pytest.mark.parametrize("line, caption, credit", [
    ("Xe buýt đêm chờ ở bến phía đông. (Ảnh: Lê Minh)", "Xe buýt đêm chờ ở bến phía đông.", "Lê Minh"),  # Vietnamese
    ("Ночной автобус у восточного депо. (Фото: Анна Лебедева)", "Ночной автобус у восточного депо.", "Анна Лебедева"),
    ("동쪽 차고지의 심야 버스. (사진=김하늘 기자)", "동쪽 차고지의 심야 버스.", "김하늘 기자"),      # Korean, "=" for the colon
    ("東の車庫で待つ夜行バス（写真：山田花子）", "東の車庫で待つ夜行バス", "山田花子"),        # full-width brackets and colon
    ("東區車庫的夜間公車。（圖／林小美）", "東區車庫的夜間公車。", "林小美"),                  # Chinese "picture /"
    ("حافلة ليلية في المرآب الشرقي. (صورة: سلمى حداد)", "حافلة ليلية في المرآب الشرقي.", "سلمى حداد"),
])
def test_a_credit_in_brackets_labelled_in_any_language_is_split_from_the_caption(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit, found.labelled) == (caption, credit, True)


@pytest.mark.parametrize("line, credit", [
    ("东区车库里的夜间公交车。（新华社）", "新华社"),                 # a wire named in its own script
    ("حافلة ليلية في المرآب الشرقي (أ ف ب)", "أ ف ب"),
    ("รถเมล์กลางคืนที่อู่ฝั่งตะวันออก ภาพ: สมหญิง ใจงาม", "สมหญิง ใจงาม"),  # a Thai caption, no full stop, runs into its label
    ("مشرقی ڈپو پر کھڑی رات کی بس۔ تصویر: ثنا ملک", "ثنا ملک"),       # the Urdu full stop
])
def test_a_wire_in_its_own_script_or_a_label_after_a_caption_without_capitals_is_the_credit(line, credit):
    assert split_credit(line).credit == credit


def test_a_texts_source_or_a_video_labelled_in_brackets_is_no_picture_credit():
    assert split_credit("El depósito cerrará el lunes, informó el ayuntamiento. (Fuente: el ayuntamiento del puerto)") is None
    assert split_credit("O depósito fecha na segunda-feira. (Video: imagens do porto ao amanhecer)") is None


@pytest.mark.parametrize("line, credit", [
    ("Фото Иван Петров", "Иван Петров"),                    # Russian, Ukrainian, Bulgarian: no colon after the word
    ("Фото Олена Коваль, «Вечірній вісник»", "Олена Коваль, «Вечірній вісник»"),  # the photographer's outlet after
    ("Φωτό Νίκος Αλεξίου", "Νίκος Αλεξίου"),                # Greek
])
def test_a_cyrillic_or_greek_picture_word_with_no_colon_before_a_photographers_name(line, credit):
    assert split_credit(line).credit == credit


@pytest.mark.parametrize("line", ["Фото дня", "Фото Все материалы", "Фото и видео"])
def test_a_cyrillic_picture_word_before_no_name_is_no_credit(line):
    assert split_credit(line) is None


def test_a_reporters_title_over_a_picture_credit_leaves_the_credit_to_the_picture():
    article = parse_text("Новый мост открыли в городе\n\nИван Петров\nКорреспондент\nФото Олег Сидоров, «Вестник»\n\n"
                         "Мост через реку открыли в субботу. На открытии были жители трёх районов города.")
    assert "Олег Сидоров" not in " ".join(article.authors)
    assert article.image_credit == "Олег Сидоров, «Вестник»"


@pytest.mark.parametrize("line", ["Credits: Harbour Press Office / NTA (photo)", "Фото: Иван Петров (фото)"])
def test_a_picture_word_in_brackets_closing_a_credit_is_the_label_not_the_credit(line):
    assert not split_credit(line).credit.endswith(")")


@pytest.mark.parametrize("line, caption, credit", [
    # a caption without its full stop, a spaced slash and a picture agency alone
    ("A night bus waits at the east depot / AA", "A night bus waits at the east depot", "AA"),
    # the wire by its full name after a dash, as member papers print it
    (f"{CAPTION} Lena Berg — The Associated Press", CAPTION, "Lena Berg — The Associated Press"),
    # AFP's feed: the photographer and the agency's address, after a dash
    (f"{CAPTION} — Lena Berg afp.com", CAPTION, "Lena Berg afp.com"),
    # a handout through a wire in its capitals
    (f"{CAPTION} Lena Berg/Harbour Presidency/Handout via REUTERS", CAPTION, "Lena Berg/Harbour Presidency/Handout via REUTERS"),
    # the label with no colon before an agency as it writes itself, or in Vietnamese
    ("Foto Ansa/EPA-EFE/LENA BERG", "", "Ansa/EPA-EFE/LENA BERG"),
    ("Xe buýt đêm ở bến phía đông. Ảnh TTXVN", "Xe buýt đêm ở bến phía đông.", "TTXVN"),
    # the wires' and libraries' other printed forms: photographer, agency and library between bars; a comma before a
    # wire's full name; a library after a dash; a commissioned picture sold by a library; the German picture service
    (f"{CAPTION} Lena Berg | Bloomberg | Getty Images", CAPTION, "Lena Berg | Bloomberg | Getty Images"),
    (f"{CAPTION} Lena Berg, The Associated Press", CAPTION, "Lena Berg, The Associated Press"),
    (f"{CAPTION} The Associated Press", CAPTION, "The Associated Press"),
    (f"{CAPTION} Lena Berg/Agence France-Presse — Getty Images", CAPTION, "Lena Berg/Agence France-Presse — Getty Images"),
    (f"{CAPTION} Lena Berg for The Harbour Times via Getty Images", CAPTION, "Lena Berg for The Harbour Times via Getty Images"),
    (f"{CAPTION} picture alliance / dpa | Lena Berg", CAPTION, "picture alliance / dpa | Lena Berg"),
])
def test_an_unlabelled_or_colonless_credit_of_the_wires_families_is_split_from_the_caption(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Lena Berg — The Associated Press",           # alone, a byline's line as often as a credit
    "Trains run to Kyiv / Lviv / Odesa",          # slashes between places, no agency
    "A photo album of the family",
])
def test_a_wire_named_alone_or_slashes_between_places_is_no_such_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("credit", ["Lena Berg", "ANP"])
def test_a_credit_glued_before_the_pictures_alt_text_that_repeats_the_headline_is_the_pictures(credit):
    article = parse_text("Night buses extended to the outer districts\n\n" + BODY.split("\n\n")[0] + "\n\n"
                         f"{credit} Night buses extended to the outer districts\n\n" + BODY.split("\n\n")[1])
    assert (article.image_credit, article.image_caption) == (credit, "Night buses extended to the outer districts")
    assert article.paragraphs == BODY.split("\n\n")


def test_a_kicker_or_the_writer_before_the_headline_again_is_no_credit():
    article = parse_text("Night buses extended to the outer districts\n\nBy Lena Berg\n\n14 March 2024\n\n"
                         "Lena Berg Night buses extended to the outer districts\n\n"
                         "EXCLUSIVE Night buses extended to the outer districts\n\n" + BODY)
    assert article.image_credit == ""


@pytest.mark.parametrize("credit", ["Lena Berg | Bloomberg | Getty Images", "Lena Berg — The Associated Press"])
def test_a_photographer_agency_and_library_alone_under_the_caption_is_its_credit_whole(credit):
    article = parsed(f"{CAPTION}\n{credit}")
    assert (article.image_caption, article.image_credit) == (CAPTION, credit)


def test_a_credits_chain_between_bars_is_no_caption_before_an_agency():
    assert split_credit("Lena Berg | Bloomberg | Getty Images") is None
    assert split_credit("Der Minister in Berlin | dpa").credit == "dpa"


@pytest.mark.parametrize("line", ["A night bus waits. Foto de familia del presidente", "A PHOTO BY THE RIVER"])
def test_a_picture_word_before_words_that_name_no_one_is_no_label(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, credit", [
    ("foto Ansa", "Ansa"), ("pic from harbourpics", "harbourpics"), ("photo: Jo Lim", "Jo Lim"),
    ("foto Jan de Vries", "Jan de Vries"), ("photos by Harbour Post", "Harbour Post"),
])
def test_a_picture_word_in_lower_case_opening_a_short_line_labels_its_credit(line, credit):
    found = split_credit(line)
    assert found is not None and (found.caption, found.credit) == ("", credit)


@pytest.mark.parametrize("line", [
    "foto gallery", "photo from the rally", "pic of the day", "image 1 of 5", "photo credit", "fotografia Ansa",
    "pictures from the scene", "image",
])
def test_a_picture_word_in_lower_case_before_a_description_or_a_heading_is_no_label(line):
    assert split_credit(line) is None


def test_a_lower_case_picture_word_and_an_agency_over_the_story_give_the_credit():
    article = parse_text("foto Ansa\n\n10:15\n\n" + BODY)
    assert article.image_credit == "Ansa"


PHOTO_ITEM = "Night buses extended to the outer districts\n\nBy Ana Ruiz\n\n14 March 2024\n\n"
# (a long caption: a short one is read by the caption rules before any photo item is looked for)
PICTURED = ("A night bus (front), the first of the forty vehicles the council bought from a northern maker last winter, "
            "leaves the east depot as drivers, mechanics and their families wave it off at the start of the new service "
            "in the harbour district on March 14, 2024.")


def test_a_wires_photo_item_of_one_paragraph_gives_its_agency_as_the_credit():
    article = parse_text(PHOTO_ITEM + f"{PICTURED}\n\nXinhua")
    assert article.image_credit == "Xinhua" and "Xinhua" not in article.body_text
    assert any("photo item" in warning for warning in article.warnings)


@pytest.mark.parametrize("paragraphs, credit", [
    ([f"{PICTURED} (Yonhap)"], "Yonhap"), ([PICTURED, "Xinhua"], "Xinhua"),
    ([PICTURED, "The service runs every half hour."], ""),  # a second paragraph of the story, no agency
    (["The council met on Monday.", PICTURED, "Xinhua"], ""),  # a story of more paragraphs: the wire's sign-off
])
def test_a_photo_items_agency_closes_its_only_paragraph_or_stands_under_it(paragraphs, credit):
    from articles.ingest.parsed_article import ParsedArticle
    from articles.ingest.parsing_unsure import take_a_photo_items_agency

    article = ParsedArticle(headline="Night buses extended", paragraphs=list(paragraphs))
    take_a_photo_items_agency(article)
    assert article.image_credit == credit


def test_an_agency_closing_a_story_of_several_paragraphs_is_its_sign_off_not_a_credit():
    article = parse_text(PHOTO_ITEM + BODY + f"\n\n{PICTURED} (Yonhap)")
    assert article.image_credit == ""


def test_a_bracket_closing_a_photo_item_that_names_no_agency_is_no_credit():
    article = parse_text(PHOTO_ITEM + f"{PICTURED} (Harbour Council)")
    assert article.image_credit == ""
