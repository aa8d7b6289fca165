"""The real application process: start, create the journal, visit every page, quit cleanly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_python_m_gutsleep_creates_the_journal_and_quits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data), "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "Traceback" not in result.stderr
    con = sqlite3.connect(data / "journal.sqlite3")
    assert con.execute("select count(*) from alembic_version").fetchone() == (1,)
    con.close()


@pytest.mark.e2e
def test_version_and_help(tmp_path: Path) -> None:
    from gutsleep import __version__

    out = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    ).stdout
    assert out.strip() == f"gutsleep {__version__}"
    out = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    ).stdout
    assert "--data-dir DIR" in out


@pytest.mark.e2e
def test_data_dir_environment_variable(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUTSLEEP_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "journal.sqlite3").exists()


@pytest.mark.e2e
def test_a_newer_journal_is_refused_with_a_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    con = sqlite3.connect(data / "journal.sqlite3")
    con.execute("create table alembic_version (version_num varchar(32) primary key)")
    con.execute("insert into alembic_version values ('9999_future')")
    con.commit()
    con.close()
    before = (data / "journal.sqlite3").read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import gutsleep.ui.dialogs as d; d.warn = lambda *a: None; "
        "import sys; from gutsleep.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 2
    assert "newer version of gutsleep" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data / "journal.sqlite3").read_bytes() == before
