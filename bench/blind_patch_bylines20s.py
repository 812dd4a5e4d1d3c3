"""Session 20's Korean byline rule (issue 12, branch fields20s) put into a probe commit's code, for
``bench/blind_replay.py --patch``: where no byline was read, the reporter a Korean story's first paragraphs open with
in brackets ("[뉴스24 홍길동 기자] …", "[서울=뉴스24] 홍길동 기자 = …"), read by today's
``byline_names.korean_reporter_opening`` after the probe's ``parse_text`` (today's parser runs it before the signature
and known-name rules; the probes' have those or not). Runs ``blind_patch_credits20s.py`` first, the baseline."""

import ast
import re
import sys
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_credits20s.py")

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
WANTED = {"_TITLE", "_KOREAN_REPORTER_OPENING", "korean_reporter_opening"}
names_space: dict = {"re": re}
for node in ast.parse((TODAY / "byline_names.py").read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        name.id for target in getattr(node, "targets", []) for name in ast.walk(target) if isinstance(name, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), "byline_names.py", "exec"), names_space)
assert WANTED <= set(names_space), WANTED - set(names_space)
FIRST_PARAGRAPHS = 5

for name, module in list(sys.modules.items()):
    probe_parse = getattr(module, "parse_text", None) if name.startswith("articles.ingest") else None
    if callable(probe_parse) and getattr(probe_parse, "__module__", "") == "articles.ingest.parsing":
        def parse_text(*args, probe_parse=probe_parse, **kwargs):
            article = probe_parse(*args, **kwargs)
            if not article.authors and not article.byline:
                for paragraph in article.paragraphs[:FIRST_PARAGRAPHS]:
                    reporter = names_space["korean_reporter_opening"](paragraph)
                    if reporter:
                        article.byline, article.authors = reporter, [reporter]
                        article.warnings = [w for w in article.warnings if w != "No byline found."]
                        break
            return article

        module.parse_text = parse_text
