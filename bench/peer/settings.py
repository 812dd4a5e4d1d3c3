"""The product's settings with the peer archive mounted under ``/peer/`` (benchmark only)."""

from newsarchive.settings import *  # noqa: F403
from newsarchive.settings import BASE_DIR, TEMPLATES

ROOT_URLCONF = "bench.peer.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "peer" / "templates"]
