"""The app's layout stays one-way: imports run from the pages, the API and the admin down to the models, with no
import cycle among the modules of ``articles/`` and no import of an ``articles`` module inside a function (the
way to get round a cycle) but the few listed here with their reason.

Read from the source with ``ast``, nothing imported: every import counts, at the top, inside a function or
under ``if TYPE_CHECKING:``. Tests and migrations are left out.
"""

import ast
import functools
from pathlib import Path

APP = Path(__file__).resolve().parents[1]

# (importing module, imported module) -> why the import is inside a function
FUNCTION_LEVEL_ALLOWED = {
    **{
        ("articles.apps", imported): "AppConfig.ready(): these import the models, which the app registry must "
        "have loaded first"
        for imported in (
            "articles.checks", "articles.signals", "articles.core.caching", "articles.core.counts",
            "articles.admin.editors", "articles.search",
        )
    },
    ("articles.ingest.stored_vocabulary", "articles.models"): "the tagger is imported, and its Matcher used, "
    "without Django (bench/tagging_speed.py); only reading the admin's vocabulary needs the models",
}


def _module_files() -> dict[str, Path]:
    files = {}
    for path in APP.rglob("*.py"):
        relative = path.relative_to(APP.parent)
        if {"tests", "migrations"} & set(relative.parts):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = path
    return files


def _known(name: str, modules) -> str | None:
    """The module of ours that importing ``name`` runs: itself, or the package it is a name in."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path, modules):
    """``(imported module, inside a function)`` for each import of one of our modules in ``path``."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def walk(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join(anchor + ([child.module] if child.module else []))
                # "from . import jobs" imports a module; "from .jobs import expand" a name in one
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in child.names]
            else:
                yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))
                continue
            for target in targets:
                known = _known(target, modules)
                if known and known != module:
                    yield known, in_function

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False)


@functools.lru_cache(maxsize=1)
def _graph():
    modules = _module_files()
    edges = {module: set() for module in modules}
    in_functions = set()
    for module, path in modules.items():
        for imported, in_function in _imports(module, path, modules):
            edges[module].add(imported)
            if in_function:
                in_functions.add((module, imported))
    return edges, in_functions


def _cycles(edges) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_modules_of_the_app_import_each_other_without_a_cycle():
    edges, _ = _graph()
    cycles = _cycles(edges)
    described = [
        "; ".join(f"{a} -> {b}" for a in cycle for b in sorted(edges[a]) if b in cycle) for cycle in cycles
    ]
    assert not cycles, "import cycles (give the shared idea one home both sides import):\n" + "\n".join(described)


def test_no_module_of_the_app_is_imported_inside_a_function_but_for_a_stated_reason():
    _, in_functions = _graph()
    unexplained = sorted(in_functions - FUNCTION_LEVEL_ALLOWED.keys())
    assert not unexplained, f"imports of the app's modules inside functions, with no reason listed: {unexplained}"


def test_every_listed_reason_still_has_its_import():
    _, in_functions = _graph()
    assert not FUNCTION_LEVEL_ALLOWED.keys() - in_functions, "reasons listed for imports no longer inside a function"


def _in(module: str, *packages: str) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def test_imports_run_one_way_from_the_pages_and_the_admin_down_to_the_models():
    """As the README's layout says: ingest imports, outside itself, only the models, querysets.py and core/; the
    models only querysets.py, search/ and core/; and none of these imports the pages, the API or the admin."""
    edges, _ = _graph()
    lower = ("articles.models", "articles.querysets", "articles.search", "articles.core", "articles.ingest")
    allowed = {
        "articles.ingest": ("articles.ingest", "articles.models", "articles.querysets", "articles.core"),
        # models/ is a package: its modules import each other, as ingest's do
        "articles.models": ("articles.models", "articles.querysets", "articles.search", "articles.core"),
    }
    wrong = sorted(
        (module, imported) for module, imports in edges.items() for imported in imports
        if (_in(module, *lower) and not _in(imported, *lower))
        or any(_in(module, owner) and not _in(imported, *targets) for owner, targets in allowed.items())
    )
    assert not wrong, f"imports against the layout's direction: {wrong}"


def test_the_cycle_finder_finds_a_cycle_and_what_runs_through_it():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert _cycles(edges) == [["a", "b", "c"]]
