"""The invented story the parsing tests wrap their page furniture around: a headline and three paragraphs of prose
that no rule mistakes for anything but the story (no real article's text)."""

HEADLINE = "Night buses extended to the outer districts"
BODY = (
    "The regional council voted on Tuesday to extend the night bus service to the outer districts, "
    "after a year of complaints from shift workers.\n\n"
    "Officials said the extension would cost less than expected because two depots already stand nearby.\n\n"
    "Residents' groups welcomed the decision but asked for weekend services too."
)
