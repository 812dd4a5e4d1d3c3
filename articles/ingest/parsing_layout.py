"""What reading a page's layout finds: its headline, standfirst, byline, dates, caption, credit and paragraphs,
with the lines as read. Filled by parsing_text.py and parsing_body.py (with the headline chosen by parsing_headline_choice.py) and
turned into the parsed article by parsing.py."""

from dataclasses import dataclass, field

from .bylines import Byline
from .dates import FoundDate

_LINES_INTO_STORY_FOR_PICTURE = 2  # a lead picture stands above the story or after its first paragraph or two

@dataclass
class TextLayout:
    headline: str = ""
    standfirst: str = ""
    byline: Byline | None = None
    dates: list[FoundDate] = field(default_factory=list)  # from byline/date lines only
    caption: str = ""
    credit: str = ""
    source_url: str = ""
    outlet: str = ""
    language: str = ""
    paragraphs: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # lines read as page furniture, shown to the editor
    headline_unsure: bool = False  # chosen among lines that looked alike
    headline_rival: str = ""  # a line nearer the story that could be the headline instead
    headline_proposed: bool = False  # offered to the editor, not taken: the page may print no headline
    byline_outside_head: bool = False  # taken from an author box after the story
    byline_rule: str = ""  # which rule found it: "by", "name and role", "name alone", "dashed name", "author box"
    uncredited_picture: str = ""  # a picture's alt text and caption printed twice, with no credit found
    credit_agency_alone: bool = False  # the credit is an agency's name alone under the caption: perhaps a byline's
    # The lines as read, with where the headline ended and the story began: for the byline's second opinion.
    units: list[str] = field(default_factory=list)
    metadata: list = field(default_factory=list)
    head_end: int = 0
    body_start: int = 0

    def head_lines(self) -> list[str]:
        """The lines above the story and its first two, where a lead picture and its caption stand."""
        return self.units[: self.body_start + _LINES_INTO_STORY_FOR_PICTURE]

    def byline_text_outside_head(self) -> str | None:
        return self.byline.text if self.byline_outside_head and self.byline else None
