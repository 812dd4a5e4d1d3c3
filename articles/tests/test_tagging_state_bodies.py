"""A country's name inside the name of a body of its state, or of another organisation, is no mention of the
country (the written labelling convention), unless the text also names the country as a country."""

import pytest

from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary


@pytest.fixture(scope="module")
def matcher():
    return Matcher(country_vocabulary() + starter_vocabulary())


@pytest.mark.parametrize(
    "text, expected",
    [
        # "<Country or adjective> [National] <Body>"
        ("Officers of the Royal Malaysia Police detained two men on Tuesday.", []),
        ("A Philippine National Police spokesman said the checkpoint stays.", []),
        ("The Zambia Air Force flew the supplies north, the Kenyan Parliament heard.", []),
        ("Members of the Jamaica Constabulary Force and the Uganda Senate met.", []),
        # the armed forces' name opens with a title's word: "Defence Minister" is a title, "Defence Forces" a body
        ("A team from the Irish Defence Forces and the Malawi Defense Force cleared the bag.", []),
        ("Malawi Defence Minister Jo Banda visited the barracks.", ["MW"]),
        # ... a portfolio's word inside the body's name; a title after it is no body
        ("Bomb disposal experts of the Irish Defence Forces examined the parcel.", []),
        ("The Russian Foreign Ministry summoned the envoy; the Nigerian Stock Exchange fell.", []),
        ("The Kenyan Defence Minister said the troops would stay.", ["KE"]),
        # ... and other organisations' last words: a league, the Red Cross or Red Crescent
        ("He left the Indian Premier League side for a club in the Kenyan Premier League.", []),
        ("Kenya Red Cross volunteers and the Qatar Red Crescent handed out food.", []),
        ("Chinese Premier Li Qiang arrived.", ["CN"]),
        # ... in lower case after the country's own name; not after a demonym
        ("The Uganda police force confirmed the arrest of a radio presenter.", []),
        ("Kenyan police confirmed the arrest of a radio presenter.", ["KE"]),
        ("In Uganda police arrested three men on Monday.", ["UG"]),
        # "<Body> of [the] <Country>"
        ("The Armed Forces of the Philippines said two soldiers were hurt.", []),
        ("The Supreme Court of Pakistan and the Parliament of Ghana adjourned.", []),
        ("The Republic of Korea and the people of Ghana signed the deal.", ["GH", "KR"]),
        # ... and a title, as "Princess of Wales" is: "<Office> of <Country>"
        ("The Chief Justice of Pakistan met the President of Ghana.", []),
        ("The President of Ghana said Ghana would pay.", ["GH"]),
        # "<Name> <Organisation's last word> <Country>"
        ("Mass was held at the Anglican Church Kenya and the Trust Bank Ghana branch.", []),
        ("The Church said Ghana would pay.", ["GH"]),
        # the country named as a country too
        ("The Philippine National Police said crime fell across the Philippines.", ["PH"]),
        ("Fiji Police Force officers patrolled; Fiji has closed its schools.", ["FJ"]),
    ],
)
def test_a_country_inside_a_body_s_name_is_weak(matcher, text, expected):
    assert matcher.tag(text).countries == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Spanish, French, Portuguese: "<Body> [nacional] de [la] <Country>"
        ("Los soldados del Ejército de la República Dominicana detuvieron a tres hombres en el puesto de control, "
         "según informó el comandante de la zona que habló con los periodistas.", []),
        ("Selon la Police nationale de Côte d'Ivoire, les trois suspects ont été arrêtés dans la nuit et ils sont "
         "en garde à vue pour les besoins de l'enquête.", []),
        ("Segundo a Polícia Federal do Brasil, os três suspeitos foram presos durante a noite e não há mais "
         "feridos, disse o porta-voz que também falou com os jornalistas.", []),
        ("El presidente de la República Dominicana dijo que los soldados del ejército volverán a sus cuarteles "
         "según informó el comandante que habló con los periodistas.", ["DO"]),
    ],
)
def test_a_country_inside_a_body_s_name_is_weak_in_other_languages(matcher, text, expected):
    assert matcher.tag(text).countries == expected


def test_a_foreign_name_that_is_a_city_of_another_country_is_weak(matcher):
    # "Granada" is Grenada in Spanish, and a city of Spain: the city (a town of Colombia here) is no country.
    text = ("El ataque contra el batallón ocurrió en Granada, Meta, según dijo el comandante que habló con los "
            "periodistas del canal y con los vecinos del pueblo.")
    assert matcher.tag(text).countries == []
    # ... but with the article a country's name takes, the country: "au Salvador" (El Salvador in French).
    text = ("Le président a dit que le gouvernement va envoyer une aide au Salvador dans les jours qui viennent, "
            "pour les familles qui sont touchées par les pluies.")
    assert matcher.tag(text).countries == ["SV"]


def test_an_article_before_a_country_s_name_on_a_foreign_page_is_no_given_name(matcher):
    # "La France": on a French page the article, not a given name with "France" its surname.
    text = ("La France a continué son offensive en provoquant la fermeture des banques, et les entreprises "
            "sont touchées par cette décision qui est pour elles une crise sans fin.")
    assert matcher.tag(text).countries == ["FR"]
    assert matcher.tag("The meeting was over, said La France, the coach.").countries == []  # an English page
