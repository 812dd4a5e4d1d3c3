"""What the parser answers: a :class:`ParsedArticle`, where each of its fields came from (``GIVEN`` by the
source's metadata, ``PARSED`` from its text, ``GUESSED``), and the :class:`ParseError` for a file that cannot
be read at all."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

GIVEN, PARSED, GUESSED = "given", "parsed", "guessed"


class ParseError(ValueError):
    """A file that cannot be read at all; the message is shown to the editor."""


@dataclass
class ParsedArticle:
    headline: str = ""
    headline_proposed: bool = False
    standfirst: str = ""
    published: datetime | None = None
    published_source: str = ""
    published_printed: str = ""  # the date and time as the article printed them
    published_ago: timedelta | None = None  # a relative time, the only date printed: counted back at import (prepare)
    unzoned_time: bool = False  # its time was printed without a zone, so the source's time zone decides
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    image_caption: str = ""
    image_credit: str = ""
    paragraphs: list[str] = field(default_factory=list)
    source_url: str = ""
    outlet: str = ""
    language: str = ""
    warnings: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # lines read as page furniture, for the editor to see

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)
