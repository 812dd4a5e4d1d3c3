"""Countries named only where the article does not speak: another story's headline and first paragraph under it."""

import pytest

from articles.ingest import boilerplate
from articles.ingest.tagging import Matcher, country_vocabulary

ARTICLE = (
    "Farmers in the valley count the cost of a late frost\n\n"
    "Growers along the river lost most of their apricot blossom overnight, the cooperative said on Monday, "
    "and the harvest will be the smallest in a decade.\n\n"
    "The cooperative's chair said members would ask the regional council for help with their loans, "
    "and that frost insurance had become too expensive for most of the small growers in the valley.\n\n"
)
NEXT_STORY = (
    "Museum reopens its restored whaling gallery\n\n"
    "Visitors to the harbour museum can again see the whaling gallery, closed for three years while "
    "conservators from Norway repaired its ship models.\n\n"
)


@pytest.fixture(scope="module")
def matcher():
    return Matcher(country_vocabulary())


def test_a_country_named_only_in_the_next_story_under_the_article_is_not_tagged(matcher):
    assert matcher.tag(ARTICLE + NEXT_STORY).countries == []
    assert matcher.tag(ARTICLE + NEXT_STORY + "1 2 3 48\n\n").countries == []  # a pager under it


def test_a_closing_section_whose_heading_reuses_the_articles_words_is_the_article(matcher):
    section = (
        "Frost insurance for the growers\n\n"
        "An insurer from Norway has offered the cooperative a cheaper policy for next spring.\n\n"
    )
    assert matcher.tag(ARTICLE + section).countries == ["NO"]


def test_a_live_blogs_last_entry_under_its_own_headline_is_the_article(matcher):
    entry = "Council meets growers over frost losses\n\nThe council heard the growers' case on Tuesday.\n\n"
    assert matcher.tag(entry + ARTICLE.split("\n\n", 1)[1] + entry + NEXT_STORY).countries == ["NO"]


def test_the_next_story_starts_at_its_headline():
    assert boilerplate.closing_teasers_start(ARTICLE + NEXT_STORY) == len(ARTICLE)
    assert boilerplate.closing_teasers_start(NEXT_STORY) == len(NEXT_STORY)  # no article before it


def test_a_country_the_next_storys_headline_shares_with_the_article_does_not_tie_the_story_to_it(matcher):
    article = ARTICLE.replace("the river lost", "the river in Kenya lost")
    next_story = (
        "Kenya and Uganda agree on a pipeline route\n\n"
        "Engineers from Uganda will survey the route next month, the energy ministry said in a statement.\n\n"
    )
    assert matcher.tag(article + next_story).countries == ["KE"]


def test_a_country_in_the_pages_plea_for_money_is_not_tagged(matcher):
    plea = ("Since 2009 the Harbour Ledger has reported without fear. Contribute as little as $5 a month and help keep "
            "a free press alive in Ghana.\n\n")
    assert matcher.tag(ARTICLE + plea).countries == []
    assert matcher.tag(ARTICLE + "Ghana's growers say they will contribute a month of their earnings.\n\n").countries == ["GH"]


def test_the_central_asian_demonyms_name_their_countries(matcher):
    text = ("The Kazakh capital will host the summit, and Uzbek and Kyrgyz ministers are expected, "
            "with a Tajik delegation arriving on Monday.")
    assert sorted(matcher.tag(text).countries) == ["KG", "KZ", "TJ", "UZ"]
CUT_CARDS = (
    "Harbour pilots strike over night shifts\n\n"
    "Pilots at the container port walked out on Tuesday after the authority added two night shifts a week to "
    "their roster without asking the union, which says\u2026\n\n"
    "Orchard growers count frost losses\n\n"
    "Growers along the river lost most of their apricot blossom overnight, and buyers from Norway have already "
    "cancelled orders for the...\n\n"
    "Choir wins the regional cup!\n\n"
    "The school choir from the hill villages took the cup for the third year running, its director thanked the "
    "parents from Peru who\u2026\n\n"
)


def test_a_page_of_cards_each_a_title_over_a_cut_summary_is_its_first_story(matcher):
    assert CUT_CARDS[boilerplate.cut_summaries_start(CUT_CARDS):].startswith("Orchard growers count frost losses")
    assert matcher.tag(CUT_CARDS).countries == []


def test_a_quotation_that_trails_off_inside_an_article_does_not_end_it():
    article = ARTICLE + (
        "\u201cWe will see what the spring brings, and whether the banks will wait for the growers...\n\n"
        "Loans for the growers\n\n"
        "The council in Norway lent the growers money for new frost fans after the same happened in 2019, "
        "and they said it helped.\n\n"
    )
    assert boilerplate.cut_summaries_start(article) == len(article)  # one cut line, no second story's


def test_a_card_whose_title_ends_with_a_quoted_word_is_still_a_title(matcher):
    cards = (
        "Ferry fares rise for island commuters\n\n"
        "Commuters on the island ferry will pay a fifth more from next month, the operator said on Monday.\n\n"
        "Trust calls the marina plan \u2018reckless\u2019\n\n"
        "The heritage trust said the marina would destroy the reef that divers from Chile come to see.\n\n"
        "Fishermen fear a \u2018lost season\u2019\n\n"
        "Fishermen said the late rains had kept the shoals away from the bay for most of the spring.\n\n"
        "Harbour master retires after thirty years\n\n"
        "The harbour master, who joined as a deckhand, will retire at the end of the year, the port said.\n\n"
    )
    assert matcher.tag(cards).countries == []
    assert boilerplate.text_lines("Trust calls the marina plan \u2018reckless\u2019")[0].heading
    assert not boilerplate.text_lines("\u2018We will rebuild the pier,\u2019 he said.\u2019")[0].heading
    assert not boilerplate.text_lines("\u2018We will rebuild the pier\u2019")[0].heading  # a quotation alone


def test_a_closing_story_whose_paragraph_the_page_cut_in_mid_sentence_is_not_the_article(matcher):
    preview = (
        "Museum reopens its restored whaling gallery\n\n"
        "Visitors to the harbour museum can again see the whaling gallery, closed for three years while the "
        "conservators from Norway repaired its ship models and the\n\n"
        "1 2 3 148\n\n"
    )
    text = ARTICLE.replace("Monday", "Monday in Chile") + preview
    assert text[boilerplate.closing_cut_story_start(text, boilerplate.text_lines(text)):].startswith("Museum reopens")
    assert matcher.tag(text).countries == ["CL"]
    whole = ARTICLE + preview.replace("models and the", "models and the sails.")  # a whole paragraph: other rules
    assert boilerplate.closing_cut_story_start(whole, boilerplate.text_lines(whole)) == len(whole)


def test_a_page_of_dated_cards_ends_the_article_at_the_second_card(matcher):
    cards = (
        "Harbour fees rise for the fishing fleet\n\n"
        "Reads - 212 Monday, 3 February 2025 09:15\n\n"
        "The port authority will charge the fleet a fifth more for berths from next month, its director said, "
        "and the owners say the smaller boats will not cover the cost.\n\n"
        "Can the old cannery pay its way again?\n\n"
        "Reads - 97 Sunday, 2 February 2025 18:40\n\n"
        "Investors from Portugal looked at the empty cannery last week and said a market hall could fill it, "
        "though the council has not yet agreed to sell the building.\n\n"
    )
    assert cards[boilerplate.dated_cards_start(cards):].startswith("Can the old cannery")
    assert matcher.tag(cards).countries == []


def test_a_live_blogs_timed_entries_are_no_page_of_cards(matcher):
    text = (
        "Storm reaches the coast\n\n09:15\n\nThe first gusts hit the harbour at dawn and the ferries stayed in port "
        "for the whole morning, the coastguard said.\n\nWinds ease\n\n11:40\n\nBy late morning the wind had eased and "
        "the crews from Portugal began to clear the fallen trees from the coast road.\n\n"
    )
    assert boilerplate.dated_cards_start(text) == len(text)
    assert matcher.tag(text).countries == ["PT"]


def test_a_pictures_file_name_under_a_title_is_no_cards_date():
    text = (
        "Harbour fees rise for the fishing fleet\n\nScreenshot 2025-02-03 091522\n\nThe port authority will charge "
        "the fleet a fifth more for berths from next month, its director said on Monday morning.\n\nFleet owners "
        "protest the fees\n\nScreenshot 2025-02-03 101744\n\nOwners from Portugal said the smaller boats would not "
        "cover the cost of the berths at the new rates, and asked for a meeting.\n\n"
    )
    assert boilerplate.dated_cards_start(text) == len(text)


def test_cards_set_apart_by_lines_holding_only_a_mark_end_the_article(matcher):
    teasers = (
        "-\n\n-\n\n"
        "Bakers warn of dearer bread after the drought Bakers said on Friday that flour bought from Portugal now "
        "costs a third more than last spring.\n\n-\n\n"
        "Choir wins the regional contest The town choir took first place at the contest on Saturday night.\n\n-\n\n"
    )
    text = ARTICLE + teasers
    assert text[boilerplate.separated_cards_start(text):].startswith("-\n\n-\n\nBakers warn")
    assert matcher.tag(text).countries == []


def test_a_summary_cut_off_over_a_mark_and_a_title_ends_the_first_card(matcher):
    text = (
        "Harbour fees rise for the fishing fleet\n\n"
        "The port authority will charge the fleet a fifth more for berths from next month, its director said, and "
        "the owners say that the smaller boats will now\n\n/\n\n"
        "Ferry line to Portugal adds a winter crossing\n\n"
        "The ferry company will sail twice a week through the winter from January, it said on Tuesday.\n\n"
    )
    assert text[boilerplate.separated_cards_start(text):].startswith("/\n\nFerry line")
    assert matcher.tag(text).countries == []


def test_a_scene_break_or_a_mark_in_the_header_does_not_end_the_article(matcher):
    header = "Ferry line adds a winter crossing\n\n5:36pm\n\n|\n\nThe News\n\n"
    body = (
        "The ferry company will sail to Portugal twice a week through the winter, it said on Tuesday.\n\n"
        "Crews had asked for the change for years.\n\n—\n\n"
        "In the harbour office, the timetable was already pinned to the wall, and the clerks were answering calls "
        "from hauliers who wanted to book the first crossings.\n\n"
        "The first sailing is on the second of January.\n\n"
    )
    text = header + body
    assert boilerplate.separated_cards_start(text) == len(text)
    assert matcher.tag(text).countries == ["PT"]


def test_a_country_opening_a_bodys_name_whose_next_word_is_a_titles_is_inside_the_name(matcher):
    text = (
        "Volunteers repainted the clubhouse of the Kenya First Youth Movement on Saturday morning, and the "
        "organisers thanked the neighbours who lent them ladders.\n\n"
    )
    assert matcher.tag(text).countries == []


def test_a_title_after_the_country_with_no_bodys_name_still_names_the_country(matcher):
    text = "The delegation met Kenya President Ruto at the state house on Monday afternoon.\n\n"
    assert matcher.tag(text).countries == ["KE"]


CARD_LABEL = "Regional Desk "


def test_a_page_of_cards_that_each_open_with_the_same_label_is_its_first_card(matcher):
    cards = (
        "The harbour ferry is running again after four months in the dry dock, the operator said on Monday.",
        "Ministers from Portugal and Norway met the island council to discuss fishing quotas for next year.",
        "Students across the district begin their final exams this week, the education office said.",
        "A new library opened in the old customs house on Saturday with a reading by local poets.",
    )
    text = "".join(CARD_LABEL + card + "\n\n" for card in cards)
    assert text[boilerplate.labelled_cards_start(text):].startswith(CARD_LABEL + "Ministers")
    assert matcher.tag(text).countries == []


def test_paragraphs_opening_alike_under_a_headline_are_the_story(matcher):
    text = (
        "Regional Desk reorganised\n\n"
        "Regional Desk editors said on Monday that reporters from Portugal will join them for the summer.\n\n"
        "Regional Desk staff will move to the second floor of the building in June, the editors said.\n\n"
        "Regional Desk readers can send their questions by post or by email, as before.\n\n"
    )
    assert boilerplate.labelled_cards_start(text) == len(text)
    assert matcher.tag(text).countries == ["PT"]


@pytest.mark.parametrize("text, language", [
    ("Vijeće je u utorak odobrilo novi proračun.\n\nhttp://dnevni-hrvatski.example/uploads/2020/09/tablica.jpg "
     "prikazuje prihode i rashode.\n\n", "hr"),
    ("Der Rat hat am Dienstag den Haushalt beschlossen.\n\nQuelle: https://www.zeitung.example/ausland/"
     "oesterreich-deutsche-grenze-101.html\n\n", "de"),
    ("The council passed its budget on Tuesday.\n\nLetters to www.example.com/Kenya-desk or "
     "desk@Ghana-times.example\n\n", "en"),
])
def test_a_countrys_word_inside_a_web_or_email_address_is_not_the_country(matcher, text, language):
    assert matcher.tag(text, language=language).countries == []


def test_a_country_named_beside_a_web_address_is_still_the_country(matcher):
    text = "Ministers from Croatia met on Tuesday, the site https://news.example/budget reported.\n\n"
    assert matcher.tag(text).countries == ["HR"]


@pytest.mark.parametrize("text", [
    "The governors at the forum were Ada Lemu (Kwara), Musa Dangi (Kebbi) and Hauwa Tanko (Niger).\n\n",
    "Senators from Kano, Kaduna and Niger states walked out of the chamber on Tuesday.\n\n",
])
def test_a_country_listed_among_another_countrys_states_is_that_state(matcher, text):
    assert matcher.tag(text).countries == []


@pytest.mark.parametrize("text, countries", [
    ("Envoys from Niger and Mali met the ministers in Niamey on Monday.\n\n", ["ML", "NE"]),
    ("Runners from Kenya, Niger and Uganda raced through Lagos and Kano on Saturday.\n\n", ["KE", "NE", "UG"]),
    ("Smugglers cross from Niger into Sokoto and Kebbi states at night, the police said.\n\n", ["NE"]),
])
def test_a_country_beside_another_countrys_states_but_not_listed_among_them_is_the_country(matcher, text, countries):
    assert matcher.tag(text).countries == countries


@pytest.mark.parametrize("language, text", [
    ("es", "El consejo aprobó el plan. Los alumnos estudian la lengua alemana y el idioma francés cada lunes."),
    ("pt", "O conselho aprovou o plano. Os alunos estudam a língua francesa e o idioma alemão toda segunda-feira."),
    ("fr", "Le conseil a approuvé le plan. Les élèves apprennent la langue allemande et la langue espagnole."),
    ("it", "Il consiglio ha approvato il piano. Gli studenti imparano la lingua francese e la lingua tedesca."),
    ("de", "Der Rat hat den Plan beschlossen. Die Schüler lernen die französische Sprache und die spanische Sprache."),
    ("pl", "Rada przyjęła plan. Uczniowie uczą się języka francuskiego i języka niemieckiego w poniedziałki."),
    ("cs", "Rada schválila plán. Žáci se každé pondělí učí francouzský jazyk a německý jazyk."),
    ("hr", "Vijeće je usvojilo plan. Učenici svakog ponedjeljka uče francuski jezik i njemački jezik."),
    ("tr", "Konsey planı onayladı. Öğrenciler her pazartesi Fransız dili ve Alman dili öğreniyor."),
    ("sv", "Rådet godkände planen. Eleverna lär sig franska språket och tyska språket varje måndag."),
    ("id", "Dewan menyetujui rencana itu. Buku itu diterjemahkan ke dalam bahasa Prancis dan bahasa Jerman."),
])
def test_a_countrys_adjective_beside_the_word_for_language_names_the_language(matcher, language, text):
    assert matcher.tag(text + "\n\n", language=language).countries == []


@pytest.mark.parametrize("language, text, countries", [
    ("pl", "Rada przyjęła plan. Francuski rząd i niemiecki minister spotkali się w poniedziałek.", ["DE", "FR"]),
    ("tr", "Konsey planı onayladı. Fransız hükümeti ve Alman bakanlar pazartesi bir araya geldi.", ["DE", "FR"]),
    ("en", "The council met envoys from Timor-Leste in Dili and from France on Monday.", ["FR", "TL"]),
])
def test_a_countrys_adjective_away_from_the_word_for_language_is_the_country(matcher, language, text, countries):
    assert matcher.tag(text + "\n\n", language=language).countries == countries


@pytest.mark.parametrize("text", [
    "The novel was translated into French and German last year, the publisher said.",
    "The twins, who speak Spanish and Portuguese at home, joined the school choir.",
    "The new librarian is fluent in Japanese, Korean and Mandarin.",
])
def test_every_language_listed_after_a_verb_of_speaking_or_translating_is_a_language(matcher, text):
    assert matcher.tag(text + "\n\n").countries == []


def test_adjectives_listed_after_a_bare_in_may_still_name_countries(matcher):
    text = "The pension fund invested in French and German companies last year.\n\n"
    assert "DE" in matcher.tag(text).countries


@pytest.mark.parametrize("language, text", [
    ("en", "The summit in Washington opens at 8 p.m. Israel time on Tuesday."),
    ("de", "Das Spiel in New York beginnt um 20 Uhr deutscher Zeit, teilte der Verband mit."),
    ("nl", "De wedstrijd in New York begint om 21.00 uur Nederlandse tijd, meldde de bond."),
    ("pl", "Mecz w Nowym Jorku rozpocznie się o godz. 20 czasu polskiego, podał związek."),
    ("sv", "Matchen i New York börjar kl. 20 svensk tid, meddelade förbundet."),
    ("es", "El partido en Nueva York empieza a las 20 hora de Chile, informó la federación."),
    ("it", "La partita a New York inizia alle 21 ora italiana, ha comunicato la federazione."),
    ("hu", "A New York-i meccs 20 óra magyar idő szerint kezdődik, közölte a szövetség."),
    ("fi", "Ottelu New Yorkissa alkaa kello 20 Suomen aikaa, liitto kertoi."),
    ("tr", "New York'taki maç saat 21.00 Türkiye saatiyle başlayacak, federasyon açıkladı."),
    ("he", "המשחק בניו יורק יתחיל בשעה 20:15 (שעון ישראל), כך נמסר."),
])
def test_a_country_naming_the_time_zone_of_a_clock_time_is_not_the_country(matcher, language, text):
    assert matcher.tag(text + "\n\n", language=language).countries == []


@pytest.mark.parametrize("language, text, countries", [
    ("en", "Israel said on Tuesday that it was time to act.", ["IL"]),
    ("de", "Die deutsche Regierung sagte am Montag um 20 Uhr, es sei Zeit zu handeln.", ["DE"]),
])
def test_a_country_beside_a_word_for_time_with_no_clock_time_is_the_country(matcher, language, text, countries):
    assert matcher.tag(text + "\n\n", language=language).countries == countries


def test_a_year_before_a_country_and_the_word_time_is_no_clock_time(matcher):
    text = "In 2023, India time and again asked the council for a seat.\n\n"
    assert matcher.tag(text).countries == ["IN"]


def test_a_card_above_a_closing_story_belongs_to_the_same_list(matcher):
    card = ("Ferry strike\n\n"
            "Crews on the island ferries walked out for a day over pay, stranding tourists from Greece on the quay.\n\n")
    text = ARTICLE + card + NEXT_STORY
    assert text[boilerplate.article_end(text):].startswith("Ferry strike")
    assert matcher.tag(text).countries == []
    # a crosshead that takes up the article's words is its own last section's
    own = card.replace("Ferry strike", "Frost and the ferries")
    assert "GR" in matcher.tag(ARTICLE + own + NEXT_STORY).countries
    # no list found under it: nothing to extend
    assert boilerplate.cards_above(ARTICLE + card, boilerplate.text_lines(ARTICLE + card), len(ARTICLE + card)) == len(
        ARTICLE + card)
