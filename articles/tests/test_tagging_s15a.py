"""Tagging met in batch s15a of the real-world set: a list of languages' names is no list of countries, "Said" after
"bin" is a name.

Each test states one general rule, on a sentence written for it (no real article's text).
"""

import pytest

from articles.ingest.tagging import Matcher, country_vocabulary


@pytest.fixture(scope="module")
def matcher():
    return Matcher(country_vocabulary())


@pytest.mark.parametrize("text, expected", [
    ("The agency now reports in six languages (Bosnian, English, Arabic, Russian, Kurdish and French).", []),
    ("Courses are taught in Hindi, Spanish or German.", []),
    ("Subtitles: Persian, French, Urdu.", []),
    # every item a people's name: countries, as before
    ("Bosnian, Croatian and Serbian leaders met in Sarajevo.", ["BA", "HR", "RS"]),
    ("Russian and French envoys arrived.", ["FR", "RU"]),
])
def test_a_list_of_languages_names_no_countries(matcher, text, expected):
    assert matcher.tag(text).countries == expected


@pytest.mark.parametrize("text, name", [
    ("The visit is the first since he succeeded the late Sultan Hamdan bin Said in 2020.", "Hamdan bin Said"),
    ("The minister, Karim Ben Said, opened the port.", "Karim Ben Said"),
])
def test_said_after_a_patronymic_particle_is_a_name_not_the_verb(matcher, text, name):
    assert name in [candidate.name for candidate in matcher.tag(text).candidates]


def test_said_after_a_name_is_still_the_verb(matcher):
    names = [candidate.name for candidate in matcher.tag("Karim Haddad said the port would open.").candidates]
    assert "Karim Haddad" in names and not any(name.endswith("Said") for name in names)


@pytest.mark.parametrize("text, expected", [
    # a translate bar or language menu on its own line names no country (s16k)
    ("Translate page\n\nEnglish French German Italian Portuguese Russian Spanish\n\nThe ferry to Koror ran late.", []),
    ("English | Français | Deutsch | Español\nThe ferry ran late.", []),
    # a story's line of peoples, or a short line, still names countries
    ("Harbour news\nRussian French German envoys arrived.\n", ["DE", "FR", "RU"]),
    ("English French\nThe ferry ran late.", ["FR"]),
])
def test_a_line_of_languages_names_only_is_a_language_menu(matcher, text, expected):
    assert matcher.tag(text).countries == expected
