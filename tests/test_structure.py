"""The import structure, checked on the code itself: no import circle, and nothing imports upwards.

Floors, from the bottom: the domain (service.*), the HTTP plumbing every blueprint shares
(service.api_base, service.page_base), the packages that serve (service.api, service.web, feeds,
notifications: each imports only its own package sideways), and the wiring (the factory in
service/__init__.py, service.cli, wsgi). Migrations import no live code but the column types of service.db.
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("service", "feeds", "notifications")
SERVING = ("service.api", "service.web", "feeds", "notifications")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {_module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}
    found["wsgi"] = ROOT / "wsgi.py"
    return found


def _imports(path: Path, modules) -> set[str]:
    """Project modules imported anywhere in the file (lazy imports inside functions count too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                out.add(submodule if submodule in modules else node.module)
    return {m for m in out if m in modules}


def _graph():
    modules = _modules()
    return {name: _imports(path, modules) for name, path in modules.items()
            if not name.startswith("service.migrations")}


def _floor(module: str) -> int:
    if module in ("service", "service.cli", "wsgi"):
        return 3
    if any(module == p or module.startswith(p + ".") for p in SERVING):
        return 2
    if module in ("service.api_base", "service.page_base"):
        return 1
    return 0


def _package(module: str) -> str | None:
    return next((p for p in SERVING if module == p or module.startswith(p + ".")), None)


def test_no_import_circle():
    graph = _graph()
    index, low, on_stack, stack, circles = {}, {}, set(), [], []

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    # A blueprint package's __init__ importing its own route modules, which import its blueprint back, is how
    # Flask blueprints are written; that is the only circle allowed, and only inside one package.
    def within_one_blueprint_package(circle):
        return any(package in circle and all(m == package or m.startswith(package + ".") for m in circle)
                   for package in ("service.api", "service.web"))

    assert [c for c in circles if not within_one_blueprint_package(c)] == []


def test_nothing_imports_upwards():
    upward = []
    for module, imported in _graph().items():
        for target in imported:
            if _floor(target) > _floor(module):
                upward.append(f"{module} -> {target}")
            elif _floor(target) == _floor(module) == 2 and _package(target) != _package(module):
                upward.append(f"{module} -> {target} (another serving package)")
    assert upward == []


def test_migrations_import_no_live_code():
    modules = _modules()
    for name, path in modules.items():
        if name.startswith("service.migrations.versions"):
            assert _imports(path, modules) <= {"service.db"}, name
