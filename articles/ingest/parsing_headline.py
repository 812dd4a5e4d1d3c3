"""Proposing a headline when the source gives none.

The only value the parser ever makes up, so it is built from the article's
own words (the caption's or the lead paragraph's first sentence) and the
caller flags it for the editor.
"""

import re

_MAX_WORDS = 15
_TRIMMED_WORDS = 12
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov",
    "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "ltd", "co", "corp", "no", "vs", "etc", "jr", "sr", "u.s", "u.k", "e.g", "i.e",
}
_DANGLING = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "from",
    "as", "that", "which", "who", "its", "their", "his", "her", "is", "was", "are", "were",
}


def first_sentence(text: str) -> str:
    """The text up to the first full stop that ends a sentence (not "Mr." or "J.")."""
    for match in re.finditer(r"[.!?…]+[\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9\u00C0-\u024F])", text):
        word = re.search(r"([\w.]+)[.!?…]+[\"”’)]?$", text[: match.end()])
        last = word.group(1).lower().rstrip(".") if word else ""
        if last in _ABBREVIATIONS or len(last) == 1:
            continue
        return text[: match.end()].strip()
    return text.strip()


def propose_headline(text: str, *, lead_paragraph: bool = False) -> str:
    """A headline from the first sentence, trimmed at a word boundary to about 12-15 words.

    A lead paragraph's shouted first word ("RUSSIA’S") is calmed; a caption's
    capitals are more likely an acronym ("BRICS") and are kept.
    """
    sentence = first_sentence(text).rstrip(".!…").strip()
    words = sentence.split()
    if len(words) > _MAX_WORDS:
        words = words[:_TRIMMED_WORDS]
        while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
            words.pop()
    if words and lead_paragraph:
        words[0] = _calm_shouted_word(words[0])
    headline = " ".join(words).rstrip(",;:–—-").strip()
    if headline.count("“") != headline.count("”"):
        headline = headline.replace("“", "").replace("”", "")
    if headline.count('"') % 2:
        headline = headline.replace('"', "")
    return headline


def _calm_shouted_word(word: str) -> str:
    """Newspapers print the lead's first word in capitals ("RUSSIA’S"); a headline should not."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word[0] + word[1:].lower()
    return word


# A blog's comments heading names the post it follows: "176 responses to “Ministers not earning their pay”",
# "12 thoughts on “…”", "3 comentarios en «…»", "5 réponses à « … »", "8 respostas para “…”".
_COMMENTS_HEADING = re.compile(
    r"(?:\d[\d,.]*|one|two|three)\s+(?:responses?|thoughts?|comments?|replies|reply|comentarios?|respuestas?|"
    r"réponses?|commentaires?|respostas?|coment[áa]rios?)\s+(?:to|on|a|à|en|para|em|sobre|sur)\s+"
    r"[“\"«„]\s?(?P<title>[^“”\"«»]{8,200}?)\s?[”\"»“]",
    re.IGNORECASE,
)
_MAX_COMMENTS_HEADING_LENGTH = 260


def title_in_comments_heading(lines) -> str:
    """The post's title as its comments heading prints it, or ""."""
    for line in lines:
        if len(line) <= _MAX_COMMENTS_HEADING_LENGTH and line[:1].isalnum():
            match = _COMMENTS_HEADING.fullmatch(line.strip())
            if match:
                return match["title"].strip()
    return ""
