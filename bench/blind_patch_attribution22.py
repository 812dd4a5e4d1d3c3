"""A credit guard tried in session 22 (issue 12, branch creditdate22) and not kept, for ``bench/blind_replay.py
--patch``: on top of ``blind_patch_credits22.py``, a line closed by a quotation's attribution ("..., he said.") is no
caption over a credit line. The probe's ``parsing_lines._is_picture_sentence`` (every probe has it, unchanged since
session 13) also turns down a line the guard's commit's ``_ATTRIBUTION_CLOSING`` finds at its end. It fixed one
outlet blind (the page it was studied on), so the branch reverted it; the file replays it for whoever weighs it again."""

from blind_patching import ingest_module, run_patches

run_patches("blind_patch_credits22.py")

from articles.ingest import parsing_lines  # noqa: E402  (the probe's module)

_guard = ingest_module("d4a2d23", "parsing_lines")  # the guard's commit (reverted by the next)
_probe_picture_sentence = parsing_lines._is_picture_sentence


def _is_picture_sentence(line: str) -> bool:
    return _probe_picture_sentence(line) and not _guard._ATTRIBUTION_CLOSING.search(
        line.rstrip()[-_guard._ATTRIBUTION_TAIL:])


parsing_lines._is_picture_sentence = _is_picture_sentence
