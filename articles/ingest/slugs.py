"""Article slugs for a bulk import: one query for a batch instead of one per article.

``Article.save()`` finds a free slug with a query per article. A bulk import
reserves the slugs of a whole batch at once: it asks which of each headline's
first few candidates (``name``, ``name-2``... as ``unique_slug`` would try
them) are taken, and hands out the first free one. The unique constraint on
``slug`` stays the arbiter: if another writer takes a reserved slug first,
:func:`~articles.ingest.service.store` saves again without it, and the model
finds a free slug the usual way.
"""

from itertools import islice

from articles.models import Article
from articles.models.derived import slug_candidates

CANDIDATES_PER_HEADLINE = 4


class SlugReservations:
    """Slugs handed out during one import, so two articles of a run never get the same one."""

    def __init__(self):
        self.taken = set()

    def reserve(self, headlines) -> list[str]:
        """A free slug for each headline, in order ("" where the first few are all taken: the model picks one)."""
        candidates = [list(islice(slug_candidates(h), CANDIDATES_PER_HEADLINE)) for h in headlines]
        unknown = {slug for slugs in candidates for slug in slugs} - self.taken
        if unknown:
            self.taken.update(Article.objects.filter(slug__in=unknown).values_list("slug", flat=True))
        reserved = []
        for slugs in candidates:
            slug = next((s for s in slugs if s not in self.taken), "")
            self.taken.add(slug)
            reserved.append(slug)
        return reserved

    def release(self, slugs):
        """Forget ``slugs`` reserved for articles that were not stored with them: the next batch looks them up again."""
        self.taken.difference_update(slugs)
