"""Publication dates as European pages print them (articles.ingest.dates), each on an invented line."""

from datetime import datetime, timedelta, timezone

import pytest

from articles.ingest.dates import find_dates
from articles.ingest.parsing import parse_text

BODY = ("The city council agreed on Tuesday to run night buses to the outer districts from next month, officials said.\n\n"
        "The service will cost about 2 million euros a year and run every half hour between midnight and five.")


def published(date_line: str) -> tuple[datetime | None, str]:
    article = parse_text(f"Night buses extended to the outer districts\n\n{date_line}\n\n{BODY}")
    return article.published, article.published_source


def at(hour: int, minute: int, offset_hours: int = 0, month: int = 3) -> datetime:
    return datetime(2024, month, 3, hour, minute, tzinfo=timezone(timedelta(hours=offset_hours)))


@pytest.mark.parametrize("date_line, expected", [
    ("03.03.2024 10:05 MEZ", at(10, 5, 1)),                  # the German names of Europe's zones
    ("03.07.2024, 10:05 Uhr MESZ", at(10, 5, 2, month=7)),
    ("03.03.2024 10:05 OEZ", at(10, 5, 2)),
])
def test_german_zone_names_give_the_offset(date_line, expected):
    assert published(date_line)[0] == expected


@pytest.mark.parametrize("date_line", [
    "Pubblicato il 03/03/2024 ore 10:05",                    # Italian "ore", "alle ore"
    "Pubblicato il 03/03/2024 alle ore 10:05",
    "Publicado em 03/03/2024 às 10h05",                      # Portuguese
    "Opublikowano 03.03.2024 godz. 10:05",                   # Polish
    "Julkaistu 3.3.2024 10:05",                              # Finnish
    "Δημοσίευση: 03/03/2024 10:05",                          # Greek
    "Publikováno 3. 3. 2024 v 10:05",                        # Czech: a spaced, dotted date, day first
])
def test_a_labelled_european_date_with_its_time_is_parsed_as_published(date_line):
    assert published(date_line) == (at(10, 5), "parsed")


def test_a_spaced_year_first_date_needs_its_closing_stop():
    assert [found.value for found in find_dates("입력 2024. 03. 03. 10:05")] == [at(10, 5)]
    assert find_dates("They met in 2023. 12. 5 people came.") == []


def test_the_published_label_wins_over_an_updated_one_printed_first():
    assert published("Aggiornato il 04/03/2024 ore 08:00\nPubblicato il 03/03/2024 ore 10:05")[0] == at(10, 5)


@pytest.mark.parametrize("text", [
    "3 Μαρτίου 2024, 10:05",             # Greek, the genitive with its accents
    "Κυριακή 3 ΜΑΡΤΙΟΥ 2024 10:05",      # ... in capitals, without them, after the weekday
    "3 maaliskuuta 2024 klo 10.05",      # Finnish
    "3. března 2024 v 10:05",            # Czech
    "3 Mart 2024 10:05",                 # Turkish
    "3 marts 2024 kl. 10.05",            # Danish
    "3 de març de 2024, 10:05",          # Catalan
    "3 март 2024 10:05",                 # Bulgarian
])
def test_month_names_of_more_european_languages(text):
    assert [found.value for found in find_dates(text)] == [at(10, 5)]


def test_a_greek_posted_label_marks_the_publication():
    assert published("Καταχωρήθηκε: 3 Μαρτίου 2024, 10:05") == (at(10, 5), "parsed")


@pytest.mark.parametrize("text, month", [
    ("3 janv. 2024 à 10h05", 1),         # French
    ("3. Okt. 2024, 10:05 Uhr", 10),     # German
    ("3 ott 2024 ore 10:05", 10),        # Italian
    ("3 mrt 2024 10:05", 3),             # Dutch
    ("3 dic 2024 10:05", 12),            # Spanish, Italian
])
def test_abbreviated_month_names(text, month):
    assert [found.value for found in find_dates(text)] == [at(10, 5, month=month)]


def test_a_zone_printed_between_the_date_and_its_time():
    assert published("2024-03-03 HKT 09:15")[0] == at(9, 15, 8)
    assert published("2024-03-03 CET 09:15")[0] == at(9, 15, 1)


def test_a_month_day_year_date_without_its_comma_closing_a_story_by_two_writers():
    article = parse_text(f"Night buses extended to the outer districts\n\n{BODY}\n\nStory by\n\nAna Ruiz &\n\nJo Lim\n\nMarch 3 2024")
    assert article.published.date() == at(0, 0).date()


@pytest.mark.parametrize("date_line", [
    "03.03.2024. 10:05",                                     # Croatian, Serbian, Hungarian: the year's full stop
    "3. ožujka 2024. u 10:05",                               # ... and "u" ("at") before the time
    "Objavljeno: 03.03.2024. u 10:05",
])
def test_a_year_closed_by_a_full_stop_keeps_its_date_and_time(date_line):
    assert published(date_line)[0] == at(10, 5)



@pytest.mark.parametrize("date_line, month", [
    ("3 Mac 2024", 3),                                       # Malay
    ("3 Ogos 2024", 8),
    ("3 Disember 2024", 12),
    ("3 sty 2024", 1),                                       # Polish, abbreviated
    ("3 paź 2024", 10),
    ("2024. március 3.", 3),                                 # Hungarian: year, month's name, day
])
def test_malay_months_polish_abbreviations_and_the_hungarian_order(date_line, month):
    found = find_dates(date_line)
    assert [(f.value.year, f.value.month, f.value.day) for f in found] == [(2024, month, 3)]


def test_a_croatian_day_with_its_full_stop_reads_listopada_as_october_and_a_polish_one_as_november():
    # the genitive "listopada" is October in Croatian and November in Polish; Croatian writes the day as an ordinal
    assert [found.value.month for found in find_dates("Objavljeno 9. listopada 2022. - 08:40")] == [10]
    assert [found.value.month for found in find_dates("Opublikowano 9 listopada 2022 08:40")] == [11]


@pytest.mark.parametrize("line, hour, minute", [
    ("Tarih: 14 Mart 2025 — Saat: 09:45", 9, 45),             # Turkish: the time under its own label "Saat:"
    ("Date: 14 March 2025 - Time: 09:45", 9, 45),
    ("Fecha: 14 de marzo de 2025 | Hora: 09:45", 9, 45),
])
def test_a_time_under_its_own_label_after_the_date_completes_it(line, hour, minute):
    found = find_dates(line)
    assert found and found[0].has_time
    assert (found[0].value.day, found[0].value.month) == (14, 3)


@pytest.mark.parametrize("date_line", [
    "Torstai 6.3.2025 klo 14.32",     # Finnish weekday, "klo" and a dotted time
    "Čtvrtek 6. 3. 2025 v 14:32",     # Czech
    "Štvrtok 6.3.2025 o 14:32",       # Slovak
    "Csütörtök 2025. 03. 06. 14:32",  # Hungarian
    "Joi, 6.03.2025 14:32",           # Romanian
])
def test_a_central_or_northern_european_weekday_before_the_date_line_keeps_it_a_date_line(date_line):
    value, _ = published(date_line)
    assert value is not None and (value.year, value.month, value.day, value.hour, value.minute) == (2025, 3, 6, 14, 32)


def test_a_dotted_time_after_the_word_for_at_is_no_words_of_the_line():
    from articles.ingest.dates import strip_dates_and_times
    assert strip_dates_and_times("6.3.2025 klo 14.32").strip() == ""
    assert strip_dates_and_times("the score rose to 14.32 points").strip() == "the score rose to 14.32 points"


@pytest.mark.parametrize("date_line", ["Kotimaa 6.3.2025 14:32", "Politik 06.03.2025 14:32"])
def test_a_section_word_before_the_date_and_its_time_keeps_the_line_a_date_line_and_the_name_under_it_a_byline(date_line):
    article = parse_text(f"Night buses extended to the outer districts\n\n{date_line}\n\nJana Roth\n\n{BODY}")
    assert (article.published.year, article.published.month, article.published.day) == (2025, 3, 6)
    assert article.authors == ["Jana Roth"]
    assert article.headline == "Night buses extended to the outer districts"


def test_a_capitalised_word_before_a_date_without_a_time_is_no_date_line_of_its_own():
    from articles.ingest.parsing_metadata_lines import metadata_line
    assert metadata_line("Kotimaa 6.3.2025") is None
    assert metadata_line("Kotimaa 6.3.2025 14:32 and more") is None


@pytest.mark.parametrize("date_line", ["Updated Date: Mar 03, 2024 10:05:00 IST", "Last Modified Date: 03/03/2024 10:05"])
def test_date_after_an_update_label_names_the_update_so_the_only_date_is_a_guess(date_line):
    assert published(date_line)[1] == "guessed"
    assert published("Published Date: Mar 03, 2024 10:05:00 IST")[1] == "parsed"


@pytest.mark.parametrize("line", [
    "Datum: 14. März 2025 · Zeit: 09:45",   # a label word for the time the listed ones do not hold
    "14 March 2025 kell 09:45",               # a short word for "at"
])
def test_a_time_after_the_date_and_one_short_word_completes_it(line):
    found = find_dates(line)
    assert found and found[0].has_time and (found[0].value.hour, found[0].value.minute) == (9, 45)


def test_a_time_after_an_update_label_is_not_the_dates():
    found = find_dates("14 March 2025 Updated 17:20")
    assert found and not found[0].has_time


@pytest.mark.parametrize("date_line", [
    "Опубликовано 3 марта 2024 года, 10:05",                 # Russian: the word for "year" after the year
    "Опубликовано 3 марта 2024 г. в 10:05",
    "Опубліковано 3 березня 2024 року, 10:05",               # Ukrainian
    "Opublikowano 3 marca 2024 r., godz. 10:05",             # Polish
    "Objavljeno 3. ožujka 2024. godine u 10:05",             # Croatian
    "Publicat 3 martie 2024, ora 10.05",                     # Romanian: a dotted time after "ora"
    "Avaldatud 3.03.2024 kell 10:05",                        # Estonian
    "Publicēts 3.03.2024 plkst. 10:05",                      # Latvian
])
def test_a_time_after_the_years_word_or_another_languages_at_completes_the_date(date_line):
    assert published(date_line) == (at(10, 5), "parsed")


def test_a_years_word_then_a_sentence_leaves_a_later_number_no_time():
    assert find_dates("3 marca 2024 r. Prezydent 14:35")[0].has_time is False


def test_a_labelled_machine_stamp_glued_to_the_first_sentence_dates_the_story():
    article = parse_text("Night buses extended to the outer districts\n\nThu. Mar 30th, 2024\n\n"
                         f"published: 2024-03-03 10:05:00 {BODY}")
    assert article.published == at(10, 5)
    assert article.paragraphs[0].startswith("The city council agreed")


@pytest.mark.parametrize("date_line, offset_minutes", [
    ("Published: 03 Mar 2024, 10:05 AM BdST", 360),          # Bangladesh
    ("03 Mar 2024, 10:05 ART", -180),                        # Argentina
    ("03 Mar 2024, 10:05 PET", -300),                        # Peru
    ("03 Mar 2024, 10:05 IRST", 210),                        # Iran
    ("03 Mar 2024, 10:05 NST", -210),                        # Newfoundland
    ("03 Mar 2024, 10:05 ChST", 600),                        # Guam
])
def test_a_national_zone_in_its_printed_case_gives_its_offset(date_line, offset_minutes):
    found = find_dates(date_line)[0]
    assert found.value == datetime(2024, 3, 3, 10, 5, tzinfo=timezone(timedelta(minutes=offset_minutes)))


@pytest.mark.parametrize("date_line", ["03 Mar 2024, 10:05 art fair opens", "03 Mar 2024, 10:05 pet show"])
def test_a_word_in_lower_case_after_a_time_is_no_zone(date_line):
    assert find_dates(date_line)[0].value.utcoffset() == timedelta(0)
