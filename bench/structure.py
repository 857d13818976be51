"""The shape of the code: the longest functions and classes, and the import cycles between modules.

    .venv/bin/python bench/structure.py [PACKAGE_DIR] [--top N]

Lengths are in lines, from a definition's first line (its decorators excluded) to its last. An
import cycle is a set of modules each of which imports, directly or not, every other: every
import of one of the package's modules counts, at the top of a module or inside a function
(shown "in a function": such an import only hides a cycle), but for those under
`if TYPE_CHECKING:` and the package's lazy export of its API (`__getattr__` in `__init__.py`,
which runs only when a caller asks the package for an API name). Exit 1 when there is a cycle.
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _skipped(tree: ast.Module, init: bool) -> set[int]:
    """The ids of the nodes whose imports do not count."""
    roots = [n for n in ast.walk(tree) if isinstance(n, ast.If) and "TYPE_CHECKING" in ast.unparse(n.test)]
    if init:
        roots += [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "__getattr__"]
    return {id(x) for r in roots for x in ast.walk(r)}


def _targets(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The modules an import names (for `from . import x`, the submodule or the package)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not node.level:
        return [node.module or ""]
    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
    return [f"{base}.{node.module}"] if node.module else [f"{base}.{a.name}" for a in node.names]


def read(root: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]], dict[str, dict[str, bool]]]:
    """(functions, classes, imports): (lines, where) of each, and module -> {module it imports:
    whether only inside functions}."""
    functions, classes, imports = [], [], {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = path.relative_to(root.parent).with_suffix("").parts
        init = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if init else parts)
        package = module if init else module.rpartition(".")[0]
        skipped = _skipped(tree, init)
        in_function = {id(x) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                       for x in ast.walk(f)}
        found = imports.setdefault(module, {})
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                size = node.end_lineno - node.lineno + 1
                (classes if isinstance(node, ast.ClassDef) else functions).append((size, f"{where}:{node.lineno} {node.name}"))
            elif isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in skipped:
                for target in _targets(node, package):
                    if target.partition(".")[0] == root.name:
                        found[target] = found.get(target, True) and id(node) in in_function
    for module, found in imports.items():     # `from . import name`: the package when name is no module
        imports[module] = {t if t in imports else t.rpartition(".")[0]: lazy for t, lazy in found.items()}
        imports[module].pop(module, None)
    return functions, classes, imports


def cycles(imports: dict[str, dict[str, bool]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in imports[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = stack[stack.index(v):]
            del stack[stack.index(v):]
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(imports):
        if v not in index:
            visit(v)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=ROOT / "factcheck")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    functions, classes, imports = read(args.root.resolve())
    for title, items in (("longest functions", functions), ("longest classes", classes)):
        print(f"{title}:")
        for size, where in sorted(items, reverse=True)[: args.top]:
            print(f"  {size:5d}  {where}")
    found = cycles(imports)
    print("import cycles:", "none" if not found else len(found))
    for component in found:
        print("  " + ", ".join(component))
        for a in component:
            for b, lazy in sorted(imports[a].items()):
                if b in component:
                    print(f"      {a} -> {b}{'   (in a function)' if lazy else ''}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
