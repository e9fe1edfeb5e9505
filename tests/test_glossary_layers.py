"""glossary/ is layered: termbase at the bottom, enforcement and checks on top, no cycles, no workbench."""

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"


def _imports(path: Path) -> set[str]:
    """Every module a glossary module imports, TYPE_CHECKING and function-level imports included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == "glossary":
                found.update(f"glossary.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    return {
        f"glossary.{path.stem}": {m for m in _imports(path) if m.startswith("glossary.")}
        for path in GLOSSARY.glob("*.py") if path.stem != "__init__"
    }


def test_the_import_graph_of_glossary_is_acyclic():
    graph = _graph()
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as cycle:
        raise AssertionError(f"import cycle in glossary/: {cycle.args[1]}") from None
    assert order.index("glossary.termbase") < order.index("glossary.enforcement")
    assert order.index("glossary.termbase") < order.index("glossary.checks")


def test_termbase_is_the_bottom_layer_and_glossary_never_imports_workbench():
    graph = _graph()
    assert not graph["glossary.termbase"] & {"glossary.enforcement", "glossary.checks"}
    assert "glossary.enforcement" not in graph["glossary.checks"]
    for path in GLOSSARY.glob("*.py"):
        assert not any(m == "workbench" or m.startswith("workbench.") for m in _imports(path)), path.name
