"""How fast the entity tagger is with a large vocabulary.

Builds a synthetic vocabulary of 50,000 aliases (people and organizations with
made-up but realistic names) plus every country and the starter set, then tags
generated 600-word articles with a realistic density of names (about one name
every 25 words, half of them known) and prints articles per second and the
matcher build time. One core, one process.

    .venv/bin/python bench/tagging_speed.py [--articles 2000] [--aliases 50000] [--markdown]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from articles.ingest.tagging import Matcher, VocabularyEntry, country_vocabulary, starter_vocabulary  # noqa: E402

# Enough syllables for ~200,000 distinct made-up words, so surnames collide about as often as real ones.
SYLLABLES = (
    "ka lo mi ra shen tor vel an dru mar sel qui zho bek nor fa lin gor tes ul vi den osh ar bri "
    "po ne sa tu che gan hol jur kes lam mun nik ped ros sun tal vak wen yor zel bal cor dor eri fen "
    "gul hax ima jon kor lud mev"
).split()
ORG_WORDS = ["Council", "Bank", "Agency", "Group", "Union", "Fund", "Institute", "Party", "Forum", "Company"]
FILLER = (
    "the government said on monday that talks would continue next week while officials in the region "
    "warned of rising prices and a shortage of fuel as the economy slowed and markets fell after the "
    "announcement was made by the ministry in a statement released late on friday according to reports"
).split()


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic_vocabulary(alias_count: int, rng: random.Random) -> list[VocabularyEntry]:
    """People with a full name, one variant spelling and a surname; organizations with an acronym."""
    entries, aliases = [], 0
    while aliases < alias_count:
        n = len(entries)
        if n % 3:
            first, last = made_up_word(rng), made_up_word(rng)
            entries.append(
                VocabularyEntry(
                    key=f"person-{n}", name=f"{first} {last}", kind="person",
                    aliases=(f"{first[0]}. {last}",), short_names=(last,),
                )
            )
            aliases += 3
        else:
            words = [made_up_word(rng), made_up_word(rng), rng.choice(ORG_WORDS)]
            acronym = "".join(w[0] for w in words).upper() + str(n % 100)
            entries.append(
                VocabularyEntry(key=f"org-{n}", name=" ".join(words), kind="organization", aliases=(acronym,))
            )
            aliases += 2
    return entries


def make_article(rng: random.Random, known: list[str], words: int = 600) -> str:
    out, sentence = [], []
    while len(out) < words:
        if rng.random() < 0.04:  # a name about every 25 words
            name = rng.choice(known) if rng.random() < 0.5 else f"{made_up_word(rng)} {made_up_word(rng)}"
            token = name + rng.choice(["", "", "'s", "\u2019s", ","])
        else:
            token = rng.choice(FILLER)
        if not sentence:
            token = token[0].upper() + token[1:]
        sentence.append(token)
        out.append(token)
        if len(sentence) > rng.randint(12, 25):
            out[-1] += "."
            sentence = []
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--aliases", type=int, default=50_000)
    parser.add_argument("--markdown", action="store_true", help="print a table row for BENCHMARKS.md")
    args = parser.parse_args()

    rng = random.Random(42)
    entries = synthetic_vocabulary(args.aliases, rng) + country_vocabulary() + starter_vocabulary()
    known = [e.name for e in entries if e.kind != "country"][:5000] + [e.name for e in country_vocabulary()]
    articles = [make_article(rng, known) for _ in range(args.articles)]

    started = time.perf_counter()
    matcher = Matcher(entries)
    build = time.perf_counter() - started

    matcher.tag(articles[0])  # warm up
    started, cpu_started = time.perf_counter(), time.process_time()
    found = sum(len(matcher.tag(text).entities) for text in articles)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # CPU time: fair on a machine shared with other work
    rate, cpu_rate = len(articles) / elapsed, len(articles) / cpu
    words = sum(len(a.split()) for a in articles) / len(articles)

    if args.markdown:
        print(
            f"| entity tagging | {matcher.alias_count:,} alias keys, {len(entries):,} entries | "
            f"{words:.0f}-word articles | {cpu_rate:,.0f} articles/s per CPU-second ({rate:,.0f} wall) | "
            f"build {build:.2f} s |"
        )
    else:
        print(f"vocabulary: {len(entries):,} entries, {matcher.alias_count:,} distinct alias keys")
        print(f"matcher build: {build:.2f} s")
        print(f"tagged {len(articles):,} articles of ~{words:.0f} words in {elapsed:.2f} s wall, {cpu:.2f} s CPU")
        print(f"speed: {cpu_rate:,.0f} articles per CPU-second ({rate:,.0f} per wall-clock second)")
        print(f"entities found per article: {found / len(articles):.1f}")


if __name__ == "__main__":
    main()
