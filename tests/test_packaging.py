"""The install: the server needs only its runtime packages, and every install is locked.

`make run` and `pip install twinspace-live` bring the server alone; the load tester and the
WebRTC test peers are the `loadtest` extra, which `make test` installs (requirements/dev.txt).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
#: Import names of the loadtest extra's packages (and aiortc's own av).
EXTRA_MODULES = ["hdrh", "matplotlib", "socketio", "engineio", "aiortc", "av"]


def _name(requirement: str) -> str:
    """The normalised distribution name of a PEP 508 requirement."""
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _locked(lock: str) -> dict[str, list[str]]:
    """Each package pinned in a lock file, with the hashes given for it."""
    text = (REPO / "requirements" / lock).read_text(encoding="utf-8")
    pins: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        pin = re.match(r"^([A-Za-z0-9._-]+)==\S+", line)
        if pin:
            current = _name(pin.group(1))
            pins[current] = []
        hashed = re.search(r"--hash=sha256:([0-9a-f]{64})", line)
        if hashed and current:
            pins[current].append(hashed.group(1))
    return pins


def _without_extras(code: str) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter where the extra's packages cannot be imported."""
    blocked = "; ".join(f"sys.modules[{name!r}] = None" for name in EXTRA_MODULES)
    return subprocess.run(
        [sys.executable, "-c", f"import sys; {blocked}; {code}"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("lock", ["run.txt", "dev.txt"])
def test_every_locked_package_is_pinned_with_hashes(lock: str) -> None:
    pins = _locked(lock)
    assert pins
    assert [name for name, hashes in pins.items() if not hashes] == []


def test_the_runtime_lock_holds_every_runtime_dependency_and_no_extra() -> None:
    pins = _locked("run.txt")
    runtime = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert runtime - set(pins) == set()
    extra = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["loadtest"]}
    assert extra & set(pins) == set()


def test_the_test_lock_holds_the_runtime_lock_and_every_extra() -> None:
    pins = _locked("dev.txt")
    extras = PYPROJECT["project"]["optional-dependencies"]
    wanted = {_name(r) for r in [*extras["loadtest"], *extras["dev"]]} - {"twinspace-live"}
    assert wanted - set(pins) == set()
    runtime = _locked("run.txt")
    # The same versions in both: `make run` after `make test` changes nothing.
    assert {n: h for n, h in pins.items() if n in runtime} == runtime


def test_the_server_serves_without_the_load_testers_packages(tmp_path: Path) -> None:
    result = _without_extras(
        "from server.app import create_app; from server.config import Settings; "
        f"create_app(Settings(data_dir={str(tmp_path)!r})); "
        "from server.cli import main; main(['--help'])"
    )
    assert result.returncode == 0, result.stderr
    assert "serve" in result.stdout


def test_the_load_tester_without_its_packages_says_what_to_install() -> None:
    result = _without_extras("from loadtest.__main__ import main; sys.exit(main(['classroom']))")
    assert result.returncode == 2, result.stderr
    assert "pip install 'twinspace-live[loadtest]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_video_probe_without_aiortc_says_what_to_install() -> None:
    result = _without_extras(
        "from server.cli import main; "
        "main(['video-probe', '1', '--janus-url', 'http://127.0.0.1:1', '--janus-admin-key', 'k'])"
    )
    assert result.returncode == 2, result.stderr
    assert "pip install 'twinspace-live[loadtest]'" in result.stderr
    assert "Traceback" not in result.stderr


#: What the page loads from web/: its HTML, styles, modules, pictures and catalogues (not the
#: npm pins of a vendored module, which only `make` reads).
PAGE_FILES = {".html", ".css", ".js", ".mjs", ".svg", ".png", ".ftl", ".woff2"}


def test_every_file_the_page_is_served_from_is_installed_with_the_package() -> None:
    # server/http/web.py serves web/ and server/mail reads web/locales/ from the installed
    # package (web.ROOT): a file left out of package-data works from a checkout only.
    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["web"]
    web_root = REPO / "web"
    left_out = [
        relative
        for path in sorted(web_root.rglob("*"))
        if path.is_file() and path.suffix in PAGE_FILES
        for relative in [path.relative_to(web_root).as_posix()]
        if not any(
            PurePosixPath(relative).match(glob) and relative.count("/") == glob.count("/")
            for glob in globs
        )
    ]
    assert (web_root / "locales" / "en.ftl").is_file()
    assert left_out == []
