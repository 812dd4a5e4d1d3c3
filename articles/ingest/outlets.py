"""Which outlet an article comes from, and the time zone its editors set for it.

An outlet is known by its web address (the source URL's host without ``www.``) or, when an
article gives none, by its name. Times an outlet prints without a zone are read in the zone
an editor last set for it; the importer remembers a zone when an editor sets one for an
import whose articles needed it.
"""

from urllib.parse import urlsplit

from articles.models import OutletTimeZone


def outlet_key(source_url: str, outlet: str) -> str:
    host = (urlsplit(source_url).hostname or "") if source_url else ""
    if host:
        return host.removeprefix("www.")[:200]
    return " ".join(outlet.split()).casefold()[:200]


def remembered_zones() -> dict[str, str]:
    """``{outlet: time zone}`` for every outlet an editor set a zone for (one query; a few hundred rows at most)."""
    return dict(OutletTimeZone.objects.values_list("outlet", "time_zone"))


def remember(key: str, time_zone: str) -> None:
    if key and time_zone:
        OutletTimeZone.objects.update_or_create(outlet=key, defaults={"time_zone": time_zone})
