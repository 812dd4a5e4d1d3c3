"""The list of other stories (or readers' comments) under a heading after the article is not the article."""

import pytest

from articles.ingest.parsing import parse_text

HEAD = "Farmers protest over fuel prices\n\nBy Jane Doe\n\nMarch 3, 2024\n\n"
STORY = (
    "Hundreds of farmers marched through the capital on Tuesday to protest against rising fuel prices, "
    "blocking traffic for several hours as police watched.\n\n"
    "The government said it would meet their leaders next week, but the farmers said they had heard such "
    "promises before.\n\n"
    "The treasury has blamed global oil markets for the increase, which took effect on March 1.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["You may also like", "More stories", "Most Viewed Video Stories", "Trending now", "12 Comments",
     "About the author", "See also"],
)
def test_sentences_under_a_heading_for_other_stories_are_left_out(heading):
    tail = (f"{heading}\n\nSudan war enters second year as talks stall in Jeddah and aid groups warn of famine.\n\n"
            "Somalia signs a port deal with Ethiopia, officials say.\n\n")
    article = parse_text(HEAD + STORY + tail)
    assert article.body_text.endswith("took effect on March 1.")
    assert "Sudan" not in article.body_text and "Somalia" not in article.body_text


def test_the_story_goes_on_after_a_box_when_a_paragraph_as_long_as_its_own_follows():
    box = "Related stories\n\nSomalia signs a port deal with Ethiopia, officials say.\n\n"
    more = ("Farmers' leaders said they would return to the streets next month if the price of diesel was not cut, "
            "and asked the opposition parties in parliament to back a motion that would suspend the new tax "
            "until the harvest is in and the co-operatives have paid their members for the season.")
    article = parse_text(HEAD + STORY + box + more)
    assert article.body_text.endswith("for the season.")


def test_a_heading_above_the_story_does_not_end_it():
    article = parse_text("Farmers protest over fuel prices\n\nMore stories\n\n" + STORY)
    assert "took effect on March 1." in article.body_text


def test_a_feed_of_other_stories_each_under_its_time_is_left_out_however_long():
    summary = ("The paper's correspondent talked with a former adviser about why the president regards his "
               "counterpart in Somalia as a friend, and why a ceasefire now would not work.")
    feed = f"News Feed\n\n7:26 PM\n\nAn adviser on where the talks went wrong.\n\n{summary}\n\n1:34 PM\n\n{summary}\n\n" * 2
    article = parse_text(HEAD + STORY + feed)
    assert article.body_text.endswith("took effect on March 1.")


def test_the_story_goes_on_under_a_widgets_label_when_paragraphs_follow_it():
    # "Recommended" inside the story, as some pages print a widget's label, then three more of its paragraphs
    more = ("Farmers' leaders said they would return to the streets next month if the price of diesel stays high.\n\n"
            "The opposition asked parliament to suspend the new tax until the harvest is in and sold.\n\n"
            "The co-operatives said their members had already cut the hours their tractors run each week.\n\n")
    article = parse_text(HEAD + STORY + "Recommended\n\n" + more + "Explore\n\nSomalia signs a port deal\n\n")
    assert article.body_text.endswith("run each week.")
    assert "Recommended" not in article.body_text and "Somalia" not in article.body_text


def test_a_dash_separated_list_of_other_stories_after_the_article_is_cut():
    from articles.ingest.boilerplate import article_end, dash_list_start

    story = ("The district council has agreed to rebuild the washed-out footbridge over the river before the rainy "
             "season, its chairman told residents on Saturday.\n")
    listing = ("Politics\n-\nThe Valley minister sent condolences to his Harbourland counterpart after a hotel fire.\n-\n"
               "A court heard a motion to move a young researcher to house arrest.\n-\n")
    text = story + listing
    assert dash_list_start(text) == len(story) and article_end(text) == len(story)
    # one dash under a heading is a section break's, not a list's
    assert dash_list_start(story + "Politics\n-\nThe council will vote again in March.\n") == len(story + "Politics\n-\nThe council will vote again in March.\n")
    # before any prose, a page's menu: left to the other rules
    assert dash_list_start("News Video\n-\nWeather\n-\nSports\n-\n" + story) == len("News Video\n-\nWeather\n-\nSports\n-\n" + story)


def test_a_bulleted_title_after_the_prose_starts_a_listings_next_story():
    from articles.ingest.boilerplate import article_end, bulleted_story_start
    first = ("Valley council buys two new snow ploughs\n\n"
             "The valley council has bought two snow ploughs for the mountain roads, the roads office said on Monday.\n\n"
             "The ploughs will be ready before the first snow, an official told the Valley Courier.\n\n")
    second = ("• Twelve painters from abroad join the lakeside art week\n\n"
              "Twelve painters from Portugal, Chile and Kenya will join the lakeside art week from June 4 in the old "
              "harbour sheds, the organisers said.\n")
    text = first + second
    assert bulleted_story_start(text) == len(first)
    assert article_end(text) <= len(first)


def test_an_articles_own_bulleted_points_are_not_another_story():
    from articles.ingest.boilerplate import bulleted_story_start
    points = ("The valley council has bought two snow ploughs for the mountain roads, the roads office said on Monday.\n\n"
              "• Two ploughs for the pass\n• One salt lorry for the valley floor\n\n"
              "The ploughs will be ready before the first snow, an official told the Valley Courier on Monday.\n")
    opening = ("• Valley council buys two new snow ploughs for the mountain roads\n\n"
               "The valley council has bought two snow ploughs for the mountain roads, the roads office said on Monday.\n")
    assert bulleted_story_start(points) == len(points)
    assert bulleted_story_start(opening) == len(opening)
