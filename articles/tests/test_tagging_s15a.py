"""Country senses met in batch s15a of the real-world set: a list of languages' names is no list of countries.

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
