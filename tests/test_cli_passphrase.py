"""The command line asks for a protected journal's passphrase at a terminal, and only there."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from gutsleep.storage.file import crypto

pytestmark = pytest.mark.skipif(
    not crypto.encryption_available(), reason="needs the encryption extra (sqlcipher3)"
)


@pytest.fixture
def protected(data_dir: Path) -> Path:
    services = open_services(data_dir)
    services.journal.save(DayEntry(day=date(2026, 3, 1), notes="secret day"))
    services.database.protect("correct horse")
    services.close()
    return data_dir


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_asks_at_a_terminal_and_works(protected: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    answers = iter(["wrong", "correct horse"])
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    out = tmp_path / "export.json"
    assert main(["--data-dir", str(protected), "export", str(out)]) == 0
    assert "secret day" in out.read_text(encoding="utf-8")
    assert "try again" in capsys.readouterr().err


def test_refuses_in_one_line_without_a_terminal(protected: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--data-dir", str(protected), "check"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "protected with a passphrase" in err[0]


def test_three_wrong_passphrases_change_nothing(protected: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: "nope")
    assert main(["--data-dir", str(protected), "check"]) == 1
    assert "did not open the journal" in capsys.readouterr().err
