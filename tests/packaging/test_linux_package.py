"""The Linux package as a journalist gets it: packaging/build-linux.sh builds the .deb
(or finds it up to date), the test unpacks it as dpkg would install it and runs the
packaged app offscreen on fresh libraries, through packaging/smoke_test.py, the smoke test
CI runs on every OS."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsroom import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.newsroom.Newsroom"

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="the .deb is built on Debian or Ubuntu",
    ),
]


def _smoke_module() -> ModuleType:
    path = ROOT / "packaging" / "smoke_test.py"
    spec = importlib.util.spec_from_file_location("smoke_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke_test = _smoke_module()


@pytest.fixture(scope="module")
def deb() -> Path:
    """The .deb of this tree: built now unless the one in dist/ is up to date."""
    done = subprocess.run(
        [str(ROOT / "packaging" / "build-linux.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    path = Path(done.stdout.strip().splitlines()[-1])
    assert path.name == f"newsroom_{__version__}_amd64.deb" and path.is_file()
    return path


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's files unpacked into a fresh root, as ``dpkg -i`` puts them in /."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True, timeout=300)
    return root


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def depends_names(deb: Path) -> set[str]:
    """Every package Depends names, alternatives included, without versions."""
    return {
        re.sub(r"\s*\(.*\)", "", alternative).strip()
        for clause in field(deb, "Depends").split(",")
        for alternative in clause.split("|")
    }


def test_the_control_file_names_the_version_and_the_system_parts(deb: Path) -> None:
    assert field(deb, "Package") == "newsroom"
    assert field(deb, "Version") == __version__
    assert field(deb, "Architecture") == "amd64"
    depends = depends_names(deb)
    assert {"libc6", "libenchant-2-2", "libgl1", "libxcb1"} <= depends
    assert "hunspell-en-us" in field(deb, "Recommends")
    installed_kb = int(field(deb, "Installed-Size"))
    assert 100_000 < installed_kb < 1_000_000  # the app, Qt and QtWebEngine: not a stub


def test_every_file_belongs_to_root_and_none_is_world_writable(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listing) > 100
    for line in listing:
        mode, owner = line.split()[:2]
        assert owner == "root/root", line
        assert mode[0] == "l" or mode[8] != "w", line  # a symlink's own mode means nothing


def test_the_desktop_integration_files_are_installed(installed: Path) -> None:
    share = installed / "usr" / "share"
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    # %F is dropped when the menu starts it; a library path becomes --library PATH, and
    # articles to import are imported and opened (newsroom.cli.files_to_open).
    assert "Exec=newsroom %F" in desktop
    assert f"Icon={APP_ID}" in desktop
    types = re.search(r"^MimeType=(.*)$", desktop, re.M)
    assert types is not None
    assert {
        "application/x-newsroom-library",
        "text/markdown",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/html",
    } <= set(types.group(1).split(";"))
    mime = (share / "mime" / "packages" / f"{APP_ID}.xml").read_text(encoding="utf-8")
    assert 'type="application/x-newsroom-library"' in mime and 'pattern="*.newsroom"' in mime
    metainfo = (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}" date="' in metainfo and "@" not in metainfo
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", icon
    command = installed / "usr" / "bin" / "newsroom"
    assert command.is_symlink() and os.readlink(command) == "../lib/newsroom/newsroom"
    assert os.access(command.resolve(), os.X_OK)


def test_the_bundle_has_qtwebengine_and_leaves_out_what_newsroom_does_not_use(
    installed: Path,
) -> None:
    internal = installed / "usr" / "lib" / "newsroom" / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert os.access(qt / "libexec" / "QtWebEngineProcess", os.X_OK)
    assert (qt / "resources" / "qtwebengine_resources.pak").is_file()
    assert (qt / "resources" / "icudtl.dat").is_file()
    locales = {p.name for p in (qt / "translations" / "qtwebengine_locales").iterdir()}
    assert "en-US.pak" in locales and "fr.pak" in locales and "de.pak" in locales
    assert all(name.split("-")[0].split(".")[0] in {"en", "fr", "de"} for name in locales)
    assert (internal / "newsroom" / "resources" / "templates" / "article.html.j2").is_file()
    names = {p.name for p in internal.rglob("*")}
    for left_out in ("libgtk-3.so.0", "libcups.so.2", "libqgtk3.so", "QtQml.abi3.so"):
        assert left_out not in names
    assert "PIL" in names, "Pillow makes the web renditions of images for publishing"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_appstream_metainfo_is_valid(installed: Path) -> None:
    metainfo = installed / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_the_desktop_entry_is_valid(installed: Path) -> None:
    desktop = installed / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout, done.stdout + done.stderr


def test_every_system_library_the_app_links_to_is_in_depends(deb: Path, installed: Path) -> None:
    """The bundle leaves glibc, OpenGL, libxcb and Wayland to the system (PyInstaller's
    rule); each library it finds outside itself on this machine must come from a package
    the .deb depends on, or installing it elsewhere gives an app that cannot start."""
    bundle = installed / "usr" / "lib" / "newsroom"
    search = ":".join(
        str(p) for p in (bundle / "_internal", bundle / "_internal" / "PySide6" / "Qt" / "lib")
    )
    outside: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        done = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            env=dict(os.environ, LD_LIBRARY_PATH=search),
        )
        for line in done.stdout.splitlines():
            assert "not found" not in line, f"{path.relative_to(bundle)}: {line.strip()}"
            match = re.search(r"=> (/\S+)", line)
            if match and not match.group(1).startswith(str(installed)):
                outside.add(os.path.realpath(match.group(1)))
    assert outside, "ldd found no system library at all: the check itself is broken"
    owners = set()
    for library in sorted(outside):
        found = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if found.returncode != 0:  # merged /usr: dpkg knows the /lib path
            found = subprocess.run(
                ["dpkg", "-S", library.removeprefix("/usr")], capture_output=True, text=True
            )
        assert found.returncode == 0, f"no package owns {library}"
        owners.add(found.stdout.split(":")[0])
    assert owners <= depends_names(deb), f"missing from Depends: {owners - depends_names(deb)}"


def test_the_packaged_app_starts_exports_and_imports_offscreen(
    installed: Path, tmp_path: Path
) -> None:
    """``--version``; the window on a new library until its preview paints the welcome
    article; ``list --json``; exporting that article as HTML; importing a sample article
    and exporting it. All with the packaged app alone (no virtual environment)."""
    app = [str(installed / "usr" / "bin" / "newsroom")]
    report = smoke_test.smoke(app, tmp_path, offscreen=True)
    assert report[0] == f"version: Newsroom {__version__}"
    assert len(report) == 5


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").exists(), reason="no en_US Hunspell")
def test_the_packaged_app_checks_spelling_with_the_system_dictionaries(
    installed: Path, tmp_path: Path
) -> None:
    """The package depends on the system's libenchant (Depends) and Hunspell dictionaries
    (Recommends) rather than carrying them."""
    app = [str(installed / "usr" / "bin" / "newsroom")]
    env = smoke_test.app_environment(tmp_path / "home", offscreen=True)
    _editable, _painted, languages = smoke_test.start_window(app, tmp_path / "S.newsroom", env)
    assert "en_US" in languages


def test_the_smoke_test_fails_on_an_app_that_does_not_work(tmp_path: Path) -> None:
    """A stand-in "app" that prints the right version but cannot open a window."""
    fake = tmp_path / "newsroom"
    fake.write_text(f"#!/bin/sh\necho 'Newsroom {__version__}'\n")
    fake.chmod(0o755)
    with pytest.raises(smoke_test.SmokeError, match="did not report a painted preview"):
        smoke_test.smoke([str(fake)], tmp_path, offscreen=True)
