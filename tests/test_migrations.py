"""The package's migrations load on every supported Wagtail and need no third-party fields."""

import ast
from pathlib import Path

import pytest

MIGRATIONS = sorted(
    (Path(__file__).resolve().parent.parent / "wagtail_council" / "migrations").glob("0*.py")
)
ALLOWED_IMPORT_ROOTS = {"django", "wagtail", "modelcluster", "wagtail_council", "uuid", "decimal"}


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda path: path.name)
def test_migration_imports_only_stable_modules(path):
    tree = ast.parse(path.read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= ALLOWED_IMPORT_ROOTS, imported - ALLOWED_IMPORT_ROOTS


@pytest.mark.parametrize("path", MIGRATIONS, ids=lambda path: path.name)
def test_migration_does_not_depend_on_wagtail_8_only_names(path):
    source = path.read_text()
    # Wagtail 8's swappable page model and its newest core migration do not exist on 7.4.
    assert "WAGTAIL_PAGE_MODEL" not in source
    assert "0098_apitoken" not in source
