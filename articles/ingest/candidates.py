"""Names the vocabulary does not know yet, offered to editors as candidates.

A candidate is a run of 2-4 capitalised words ("Dmitry Medvedev", "Jane Smith",
"Nord Stream Company") that no vocabulary match covers. Particles ("de", "van",
"bin", "al-") may sit inside a name. Titles, stop words, months and weekdays are
trimmed from both ends ("President", "Prime Minister", "On Monday"), so a
sentence-initial "The" or "According" never starts a name. Later mentions of a
person's surname alone ("Medvedev said") count towards the full name.

Nothing is created here: the ingest code shows candidates to an editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import fold_diacritics

PARTICLES = frozenset(
    "de da das do dos du del della der den di la le van von ten ter bin bint ibn al el abu y zu".split()
)
TITLES = frozenset(
    """president presidents prime minister ministers chancellor premier secretary general deputy vice chairman
    chairwoman chair former foreign defence defense finance interior king queen prince princess crown sheikh emir
    sultan pope senator sen rep representative governor mayor ambassador spokesman spokeswoman spokesperson
    leader chief executive ceo director head gen col colonel captain capt lt admiral judge justice mp lord lady
    speaker commissioner envoy pm mr mrs ms dr sir dame professor prof st saint elect acting first""".split()
)
STOP_WORDS = frozenset(
    """the a an and or but nor in on at to for of by with from as after before during according while when not no
    this that these those it its he she they we i his her their our my you your there here what which who whom why
    how if then also however meanwhile moreover image photo photos read more said says both all many some most
    other another every each such since until unlike under over into about against between among through despite
    yet so because although though where whether like just only even still already again new last next
    later earlier now then separately instead indeed thus hence
    one two three four five six seven eight nine ten""".split()
)
MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow""".split()
)
NOISE = TITLES | STOP_WORDS | MONTHS_AND_DAYS | PARTICLES
ORGANIZATION_ENDINGS = frozenset(
    """council ministry party agency bank union organisation organization committee company inc ltd llc plc corp
    corporation university group commission court fund forum institute association federation foundation
    authority office department service services board alliance movement front army navy force forces
    post times journal news herald daily press tribune media radio television airlines airways holdings""".split()
)
SENTENCE_END = frozenset(".!?\n")


@dataclass
class Candidate:
    """A name the vocabulary does not know, with how often the text uses it."""

    name: str
    mentions: int
    first_offset: int
    suggested_kind: str  # "person" or "organization" (a heuristic on the last word)


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and word.isalpha()


def _runs(text, words, starts, ends, covered):
    """Yield lists of token indices: capitalised words joined by spaces or hyphens only."""
    run: list[int] = []
    for i, word in enumerate(words):
        if not run and not word[0].isupper():
            continue  # most words: lowercase, outside a run (what the branches below do with them, sooner)
        if i in covered or (word in ("s", "S") and i and text[ends[i - 1] : starts[i]] in ("'", "\u2019")):
            if run:  # a known name or a possessive "'s" ends a run
                yield run
            run = []
        elif _is_name_word(word):
            if run and text[ends[run[-1]] : starts[i]] not in (" ", "-", "\u00a0"):
                yield run
                run = []
            run.append(i)
        elif run and word.lower() in PARTICLES and text[ends[run[-1]] : starts[i]] in (" ", "-", "\u00a0"):
            run.append(i)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _trim(run, lowered):
    while run and lowered[run[0]] in NOISE:
        run = run[1:]
    while run and lowered[run[-1]] in NOISE:
        run = run[:-1]
    return run


def find_candidates(text, words, starts, ends, covered, *, lowered=None) -> list[Candidate]:
    """Unknown capitalised names in ``text``, given its tokens and the tokens the vocabulary covered.

    ``lowered``, when the caller has them, are the words lowercased and folded as here.
    """
    if lowered is None:
        lowered = [w.lower() if w.isascii() else fold_diacritics(w).lower() for w in words]
    found: dict[tuple[str, ...], Candidate] = {}
    singles: list[int] = []
    for run in _runs(text, words, starts, ends, covered):
        run = _trim(run, lowered)
        if len(run) == 1:
            singles.append(run[0])
            continue
        if not 2 <= sum(lowered[i] not in PARTICLES for i in run) <= 4:  # particles do not count
            continue
        key = tuple(lowered[i] for i in run)
        if key in found:
            found[key].mentions += 1
            continue
        name = text[starts[run[0]] : ends[run[-1]]]
        kind = "organization" if key[-1] in ORGANIZATION_ENDINGS else "person"
        found[key] = Candidate(name=" ".join(name.split()), mentions=1, first_offset=starts[run[0]], suggested_kind=kind)

    # "Medvedev" after "Dmitry Medvedev": a surname alone counts for the latest person it could be.
    surnames: dict[str, list[tuple[int, Candidate]]] = {}
    for key, candidate in found.items():
        if candidate.suggested_kind == "person":
            surnames.setdefault(key[-1], []).append((candidate.first_offset, candidate))
    for i in singles:
        earlier = [(offset, c) for offset, c in surnames.get(lowered[i], ()) if offset < starts[i]]
        if earlier:
            max(earlier, key=lambda pair: pair[0])[1].mentions += 1
    return sorted(found.values(), key=lambda c: c.first_offset)
