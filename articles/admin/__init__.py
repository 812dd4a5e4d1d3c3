"""The editors' side: the Django admin of the archive (``content``), its import pages (``imports``,
``decisions``), revision history (``history``), entity merges and their undoing (``merges``) and the
Editors group (``editors``)."""

from . import content  # noqa: F401  (registers the ModelAdmins when the admin autodiscovers this package)
