"""A time printed with another language's a.m. or p.m. (articles.ingest.date_periods), on invented lines."""

import pytest

from articles.ingest.dates import find_dates
from articles.ingest.parsing import parse_text

BODY = ("The harbour board approved the new ferry timetable on Tuesday after a month of public meetings.\n\n"
        "Boats will leave every twenty minutes at rush hour and every hour after nine in the evening.")


@pytest.mark.parametrize("line, hour", [
    ("입력 2024.03.05 오후 3:12", 15),               # Korean, the word before the time
    ("2024. 3. 5. 오전 11:40", 11),
    ("2024年3月5日 午後3:12", 15),                    # Japanese
    ("2024-03-05 下午 03:12", 15),                   # Chinese
    ("2024年3月5日 晚上8:05", 20),                    # ... the evening's word
    ("نشر في 2024/03/05 - 03:12 م", 15),            # Arabic, the word after the time
    ("2024/03/05 12:30 ص", 0),                       # ... half past midnight
    ("05/03/2024 03:12 CH", 15),                    # Vietnamese
    ("05.03.2024 3:12 p. m.", 15),                  # Spanish, spaced
    ("05.03.2024 3:12 μ.μ.", 15),                   # Greek
    ("２０２４年３月５日 １５：１２", 15),                # full-width digits and colon
])
def test_a_time_with_another_languages_am_or_pm_is_read_in_its_half_of_the_day(line, hour):
    found = find_dates(line, True)
    assert found and found[0].has_time and (found[0].value.day, found[0].value.hour) == (5, hour)


def test_the_afternoon_word_gives_the_article_its_afternoon_time():
    article = parse_text("새 여객선 시간표 확정\n\n기자 김하늘\n\n입력 2024.03.05 오후 3:12\n\n" + BODY, source_tz="Asia/Seoul")
    assert article.published.isoformat() == "2024-03-05T15:12:00+09:00"


@pytest.mark.parametrize("line, hour", [
    ("05/03/2024 12:30 sa tanghali", 12),  # Tagalog "sa" (at) in lower case is not Vietnamese "SA"
    ("5 March 2024 10:30 em Lisboa", 10),  # nor the Portuguese "em" a Swedish p.m.
])
def test_a_word_after_a_time_that_is_no_day_period_leaves_it_alone(line, hour):
    found = find_dates(line, True)
    assert found and found[0].value.hour == hour
