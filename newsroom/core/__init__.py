"""The Qt-free core: model, library store, rendering, import and export.

Nothing under this package may import PySide6; an import-linter contract in
pyproject.toml and tests/core/test_architecture.py keep it so.
"""
