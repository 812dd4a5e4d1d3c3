"""The features bench/train_country_filter.py describes a tagged country by, on crafted texts."""

from articles.ingest.tagging import Matcher, country_vocabulary
from bench.train_country_filter import Example, country_features, tally

TEXT = (
    "Kenya raises fuel prices\n\n"
    "Kenya's energy regulator raised pump prices on Monday, the second rise this year.\n\n"
    "Kenyan motorists queued at stations in Nairobi as the new prices took effect.\n\n"
    "\u201cWe cannot compete with Uganda on these prices,\u201d one trader said.\n\n"
    "Related\n\n"
    "Morocco news"
)


def features_by_country(text):
    countries = [e for e in Matcher(country_vocabulary()).tag(text).entities if e.kind == "country"]
    return {m.iso_code: f for m, f in zip(countries, country_features(countries, text, len(text)))}


def test_a_country_in_the_headline_and_the_lead_is_described_as_such():
    kenya = features_by_country(TEXT)["KE"]
    assert kenya["in first block"] == 1.0 and kenya["in lead"] == 1.0
    assert kenya["first mention position"] == 0.0
    assert kenya["log mentions"] > features_by_country(TEXT)["UG"]["log mentions"]
    assert kenya["most named country"] == 1.0 and kenya["by its name"] == 1.0
    assert kenya["only by demonym"] == 0.0 and kenya["only in quotes"] == 0.0


def test_a_country_named_once_inside_a_quotation_late_in_the_story():
    uganda = features_by_country(TEXT)["UG"]
    assert uganda["one mention"] == 1.0 and uganda["only in quotes"] == 1.0
    assert uganda["in first block"] == 0.0 and uganda["first mention position"] > 0.5
    assert uganda["only on short lines"] == 0.0  # a sentence, not a heading


def test_a_country_only_on_a_label_line_is_not_counted_by_the_tagger():
    assert "MA" not in features_by_country(TEXT)  # "Morocco news": a menu item, which the tagger drops


def test_a_country_named_only_by_its_demonym():
    features = features_by_country("Talks resume\n\nFrench diplomats arrived for the talks on Tuesday morning.")
    assert features["FR"]["only by demonym"] == 1.0 and features["FR"]["by its name"] == 0.0


def test_precision_and_recall_count_the_labelled_countries_never_tagged():
    data = [Example("a", "x", "KE", {}, True), Example("a", "x", "UG", {}, False)]
    assert tally(data, [True, True], missed=2)[:2] == (0.5, 1 / 3)
    assert tally(data, [True, False], missed=2)[:2] == (1.0, 1 / 3)
