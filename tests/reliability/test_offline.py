"""Offline by construction: no network code in gutsleep, none used by the real app.

Three layers of evidence:

1. every test in the suite runs under pytest-socket (``--disable-socket
   --allow-unix-socket`` in pyproject.toml), checked in test_architecture.py;
2. no module of gutsleep imports a network library (this file, by AST);
3. the real app process, started with ``--self-test`` (it builds the window and
   visits every page), runs under a socket guard installed by a
   ``sitecustomize`` hook that records and refuses any non-UNIX socket use,
   and again inside a network namespace with no network at all (``unshare -n``)
   where the system permits it.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "gutsleep"

#: Modules that open network connections (or serve them). ``urllib.parse`` is
#: allowed: it only splits and quotes strings (storage uses it for file: URIs).
FORBIDDEN = (
    "socket",
    "ssl",
    "socketserver",
    "asyncio",
    "selectors",
    "http.client",
    "http.server",
    "http.cookiejar",
    "urllib.request",
    "urllib.robotparser",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "websocket",
    "websockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebView",
)
#: The only QtNetwork names allowed: a local UNIX socket (a named pipe on Windows)
#: that lets a second instance ask the first to raise its window (ui.single_instance).
LOCAL_ONLY = {"QLocalServer", "QLocalSocket"}
QT_NETWORK = "PySide6.QtNetwork"


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, imported names, line) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, list[str], int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [alias.name for alias in node.names]
            found.append((node.module, names, node.lineno))
            if not node.module.startswith("PySide6"):
                # "from urllib import request" / "from http import client"
                found += [(f"{node.module}.{n}", [], node.lineno) for n in names]
            for alias in node.names:
                if node.module == "PySide6":
                    # "from PySide6 import QtNetwork": what is used of it, by attribute
                    local = alias.asname or alias.name
                    used = sorted(
                        {
                            n.attr
                            for n in ast.walk(tree)
                            if isinstance(n, ast.Attribute)
                            and isinstance(n.value, ast.Name)
                            and n.value.id == local
                        }
                    )
                    found.append((f"PySide6.{alias.name}", used or ["<module>"], node.lineno))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in {
                "import_module",
                "__import__",
            }
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.args[0].value, [], node.lineno))
    return found


def _forbidden(module: str) -> bool:
    return module == "urllib" or any(
        module == bad or module.startswith(bad + ".") for bad in FORBIDDEN
    )


def test_no_module_of_gutsleep_imports_a_network_library() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 20
    offences = []
    for path in sources:
        for module, names, line in _imports(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if _forbidden(module):
                offences.append(f"{where} imports {module}")
            if module == QT_NETWORK or module.startswith(QT_NETWORK + "."):
                extra = set(names) - LOCAL_ONLY
                if not names or extra:
                    offences.append(f"{where} uses QtNetwork beyond local sockets: {extra}")
    assert offences == []


def test_the_scan_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\nfrom urllib import request\nfrom http.client import HTTPConnection\n"
        "from PySide6.QtNetwork import QNetworkAccessManager, QLocalSocket\n"
        "import importlib\nimportlib.import_module('requests')\nfrom urllib.parse import quote\n"
        "from PySide6 import QtNetwork as qn\nqn.QLocalServer\nqn.QTcpSocket\n",
        encoding="utf-8",
    )
    modules = [m for m, _, _ in _imports(sample) if _forbidden(m)]
    assert {"socket", "urllib.request", "http.client", "requests"} <= set(modules)
    assert "urllib.parse" not in modules
    network = [n for m, n, _ in _imports(sample) if m == QT_NETWORK]
    assert set(network[0]) - LOCAL_ONLY == {"QNetworkAccessManager"}
    assert set(network[1]) - LOCAL_ONLY == {"QTcpSocket"}


def test_no_source_names_a_remote_url_loader() -> None:
    """No QNetworkAccessManager, web view or remote fetch hidden behind a string."""
    needles = ("QNetworkAccessManager", "QWebEngine", "urlopen(", "QNetworkRequest")
    hits = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in PACKAGE.rglob("*.py")
        for n in needles
        if n in p.read_text(encoding="utf-8")
    ]
    assert hits == []


GUARD = textwrap.dedent(
    '''
    """Installed as sitecustomize: refuse and record any socket use that isn't AF_UNIX."""
    import os
    import socket

    _LOG = os.environ["GUTSLEEP_SOCKET_LOG"]
    _UNIX = getattr(socket, "AF_UNIX", None)


    def _record(what):
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(what + "\\n")
        raise OSError(f"network access blocked by the test guard: {what}")


    def _guard(name):
        original = getattr(socket.socket, name)

        def guarded(self, *args, **kwargs):
            if self.family != _UNIX:
                _record(f"socket.{name} {self.family!r} {args!r}")
            return original(self, *args, **kwargs)

        setattr(socket.socket, name, guarded)


    for _name in ("connect", "connect_ex", "bind", "sendto", "sendmsg"):
        if hasattr(socket.socket, _name):
            _guard(_name)


    def _create_connection(address, *args, **kwargs):
        _record(f"create_connection {address!r}")


    def _getaddrinfo(host, *args, **kwargs):
        _record(f"getaddrinfo {host!r}")


    socket.create_connection = _create_connection
    socket.getaddrinfo = _getaddrinfo
    open(_LOG, "a", encoding="utf-8").close()
    '''
)


def _guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "socket-attempts.log"
    path = os.pathsep.join(p for p in (str(hook), os.environ.get("PYTHONPATH", "")) if p)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": path,
        "GUTSLEEP_SOCKET_LOG": str(log),
    }
    return env, log


def test_the_guard_itself_refuses_and_records(tmp_path: Path) -> None:
    env, log = _guarded_env(tmp_path)
    probe = (
        "import socket\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n    print('blocked', e)\n"
        "u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\nu.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env
    )
    assert "blocked" in result.stdout, result.stderr
    assert "socket.connect" in log.read_text(encoding="utf-8")


def _self_test(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)


@pytest.mark.e2e
def test_the_real_app_visits_every_page_without_touching_the_network(tmp_path: Path) -> None:
    env, log = _guarded_env(tmp_path)
    data = tmp_path / "data"
    result = _self_test(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data), "--self-test"], env
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert log.exists(), "the guard was not installed"
    assert log.read_text(encoding="utf-8") == ""


@pytest.mark.e2e
def test_the_real_app_runs_with_no_network_at_all(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare is not installed")
    # As root a new network namespace needs nothing more; otherwise map us to root in it.
    flags = ["-n"] if os.geteuid() == 0 else ["-r", "-n"]
    probe = subprocess.run(
        [unshare, *flags, "--", "true"], capture_output=True, text=True, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"network namespaces are not permitted here: {probe.stderr.strip()}")
    env, log = _guarded_env(tmp_path)
    data = tmp_path / "data"
    result = _self_test(
        [
            unshare,
            *flags,
            "--",
            sys.executable,
            "-m",
            "gutsleep",
            "--data-dir",
            str(data),
            "--self-test",
        ],
        env,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert log.read_text(encoding="utf-8") == ""
