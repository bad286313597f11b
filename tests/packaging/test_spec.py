"""packaging/newsroom.spec on every OS, without building: the spec runs with PyInstaller's
build steps replaced by recorders, as if on Windows, macOS and Linux, and what it asks
them to build is checked. (CI builds for real: .github/workflows/installers.yml.)"""

from __future__ import annotations

import plistlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from newsroom import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "newsroom.spec"


class Step:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: records its arguments."""

    made: list[Step]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.kind = type(self).__name__
        self.args, self.kwargs = args, kwargs
        self.made.append(self)
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[object] = []
        self.scripts: list[object] = []


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Step]:
    made: list[Step] = []
    steps = {
        name: type(name, (Step,), {"made": made})
        for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    # PyInstaller itself is stood in for too: it need not be installed, and it would read
    # the faked platform if it were first imported now.
    for name in (
        "PyInstaller",
        "PyInstaller.utils",
        "PyInstaller.utils.hooks",
        "PyInstaller.depend",
        "PyInstaller.depend.bindepend",
    ):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    hooks: Any = sys.modules["PyInstaller.utils.hooks"]
    hooks.collect_data_files = lambda package: [(f"/site-packages/{package}/data.bin", package)]
    bindepend: Any = sys.modules["PyInstaller.depend.bindepend"]
    bindepend.get_imports = lambda filename: []
    monkeypatch.setattr(sys, "platform", platform)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(
        code, {**steps, "SPECPATH": str(SPEC.parent), "workpath": str(tmp_path), "__name__": "spec"}
    )
    return made


def of(made: list[Step], kind: str) -> list[Step]:
    return [step for step in made if step.kind == kind]


def test_the_analysis_bundles_the_templates_and_the_probe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (analysis,) = of(run_spec("linux", tmp_path, monkeypatch), "Analysis")
    destinations = {
        (Path(src).name, dest.replace("\\", "/")) for src, dest in analysis.kwargs["datas"]
    }
    assert ("article.html.j2", "newsroom/resources/templates") in destinations
    assert ("site.css", "newsroom/resources/templates") in destinations
    assert ("welcome.svg", "newsroom/resources/images") in destinations
    # The interface's catalogues, built from the .ts sources for the bundle.
    for language in ("fr", "de"):
        assert (f"newsroom_{language}.qm", "newsroom/resources/i18n") in destinations
    assert "startup_probe" in analysis.kwargs["hiddenimports"]
    # Imported by name from their registry: PyInstaller is told of each.
    for name in ("wordpress", "ninjs", "static", "kind"):
        assert f"newsroom.core.publish.kinds.{name}" in analysis.kwargs["hiddenimports"]
    assert (tmp_path / "src" / "newsroom" / "resources" / "templates" / "site.css").is_file()


def test_linux_makes_one_newsroom_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec("linux", tmp_path, monkeypatch)
    (exe,) = of(made, "EXE")
    assert exe.kwargs["name"] == "newsroom" and exe.kwargs["console"] is True
    (collect,) = of(made, "COLLECT")
    assert collect.kwargs["name"] == "newsroom"
    assert not of(made, "BUNDLE")


def test_windows_makes_a_window_program_and_a_command_with_icon_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_spec("win32", tmp_path, monkeypatch)
    gui, cli = of(made, "EXE")
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("Newsroom", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("newsroom-cli", True)
    assert Path(gui.kwargs["icon"]).read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico
    version_file = Path(gui.kwargs["version"]).read_text(encoding="utf-8")
    assert f'StringStruct("ProductVersion", "{__version__}")' in version_file
    assert "@" not in version_file
    (collect,) = of(made, "COLLECT")
    assert collect.kwargs["name"] == "Newsroom" and collect.args[:2] == (gui, cli)
    # the installer script takes what the spec makes
    iss = (ROOT / "packaging" / "windows" / "newsroom.iss").read_text(encoding="utf-8")
    assert '"{app}\\Newsroom.exe"" --library ""%1"""' in iss
    assert 'Subkey: "Software\\Classes\\.newsroom"' in iss
    # articles to import: offered in Open With, opened as ``Newsroom.exe FILE``
    assert '"{app}\\Newsroom.exe"" ""%1"""' in iss
    for suffix in (".md", ".docx", ".html"):
        assert f'Subkey: "Software\\Classes\\{suffix}\\OpenWithProgids"' in iss


def test_macos_declares_library_files_as_a_document_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_spec("darwin", tmp_path, monkeypatch)
    (exe,) = of(made, "EXE")
    assert exe.kwargs["argv_emulation"] is True  # a library opened in Finder arrives
    (bundle,) = of(made, "BUNDLE")
    assert bundle.kwargs["name"] == "Newsroom.app"
    assert Path(bundle.kwargs["icon"]).read_bytes()[:4] == b"icns"
    plist = bundle.kwargs["info_plist"]
    plistlib.dumps(plist)  # only what a property list can hold
    assert plist["CFBundleShortVersionString"] == __version__
    document, to_import = plist["CFBundleDocumentTypes"]
    assert to_import["LSHandlerRank"] == "Alternate"  # never taken as the default
    assert "org.openxmlformats.wordprocessingml.document" in to_import["LSItemContentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["CFBundleTypeExtensions"] == ["newsroom"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["newsroom"]
