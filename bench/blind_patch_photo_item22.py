"""Session 22's photo-item credit (issue 12, branch creditdate22) put into a probe commit's code, for
``bench/blind_replay.py --patch``: on top of ``blind_patch_credits22.py``, the branch's own
``take_a_photo_items_agency`` (articles/ingest/parsing_unsure.py, imported from the commit that made it) runs where the
probe's ``_finish`` ends, on an article with no credit. Today it runs before the warnings about a missing credit are
written; here it runs after them, so a credit it takes drops the probe's "No image credit ..." warnings and its
"... stands alone near the top" one."""

from blind_patching import ingest_module, run_patches

run_patches("blind_patch_credits22.py")

from articles.ingest import parsing  # noqa: E402  (the probe's module)

_take = ingest_module("ef7177e", "parsing_unsure").take_a_photo_items_agency
_original = parsing._finish


def _finish(article, *args, **kwargs):
    article = _original(article, *args, **kwargs)
    if not article.image_credit:
        _take(article)
        if article.image_credit:
            article.warnings[:] = [w for w in article.warnings
                                   if not w.startswith("No image credit") and "stands alone near the top" not in w]
    return article


parsing._finish = _finish
