"""The passphrase dialogs: wrong answers are told in the dialog, cancel changes nothing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from gutsleep.storage.file import crypto
from gutsleep.ui import dialogs, passphrase, startup

SECRET = "a good long passphrase"
DAY = date(2026, 6, 1)
needs_sqlcipher = pytest.mark.skipif(
    not crypto.encryption_available(), reason="the encryption extra is missing"
)


def script(monkeypatch: pytest.MonkeyPatch, *steps: Callable[[passphrase.PassphraseDialog], None]):
    """Replace the modal exec() by scripted steps on the (shown) dialog."""
    seen: list[passphrase.PassphraseDialog] = []

    def exec_(self: passphrase.PassphraseDialog) -> int:
        seen.append(self)
        self.show()
        for step in steps:
            if not self.isVisible():
                break
            step(self)
        return self.result() if not self.isVisible() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(passphrase.PassphraseDialog, "exec", exec_)
    return seen


def type_and_ok(*values: str) -> Callable[[passphrase.PassphraseDialog], None]:
    def step(dialog: passphrase.PassphraseDialog) -> None:
        for field, value in zip(dialog.fields, values, strict=True):
            assert field.echoMode() == QLineEdit.EchoMode.Password
            field.setText(value)
        dialog.ok_button.click()

    return step


def cancel(dialog: passphrase.PassphraseDialog) -> None:
    dialog.reject()


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: texts.append(text))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: texts.append(text))
    return texts


@needs_sqlcipher
def test_protect_then_unlock_at_start_with_retries(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, informed: list[str]
) -> None:
    data = tmp_path / "data"
    services = open_services(data)
    services.journal.save(DayEntry(day=DAY, notes="protected day"))
    messages: list[str] = []

    def remember(dialog: passphrase.PassphraseDialog) -> None:
        messages.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")

    script(
        monkeypatch,
        type_and_ok("short", "short"),
        remember,
        type_and_ok(SECRET, SECRET + "x"),
        remember,
        type_and_ok(SECRET, SECRET),
    )
    assert passphrase.protect_journal(None, services)
    assert "at least 8" in messages[0]
    assert "differ" in messages[1]
    assert services.database.encrypted
    assert "now protected" in informed[-1]
    assert "encrypted" in passphrase.protection_status(services)
    services.close()

    attempts: list[str] = []
    script(
        monkeypatch,
        type_and_ok("wrong one"),
        lambda d: attempts.append(d.message.text()),
        type_and_ok("still wrong"),
        lambda d: attempts.append(d.message.text()),
        type_and_ok(SECRET),
    )
    opened = startup.open_journal(data)
    try:
        assert opened.journal.load(DAY).notes == "protected day"
        assert opened.database.encrypted
    finally:
        opened.close()
    assert len(attempts) == 2 and all("doesn't open" in a for a in attempts)


@needs_sqlcipher
def test_cancel_at_start_quits_and_changes_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    services = open_services(data)
    services.database.protect(SECRET)
    services.close()
    before = {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    script(monkeypatch, cancel)
    with pytest.raises(startup.Quit) as quit_:
        startup.open_journal(data)
    assert quit_.value.code == 0
    assert {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


@needs_sqlcipher
def test_change_and_remove_from_settings(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, informed: list[str]
) -> None:
    services = open_services(tmp_path / "data")
    services.journal.save(DayEntry(day=DAY, notes="kept"))
    services.database.protect(SECRET)
    seen = script(
        monkeypatch,
        type_and_ok("not the current", "another good one", "another good one"),
        type_and_ok(SECRET, "another good one", "another good one"),
    )
    assert passphrase.change_passphrase(None, services)
    assert "doesn't open" in seen[0].message.text()
    script(monkeypatch, type_and_ok("another good one"))
    assert passphrase.remove_protection(None, services)
    assert not services.database.encrypted
    assert services.journal.load(DAY).notes == "kept"
    assert all(f.text() == "" for f in seen[0].fields)  # nothing typed stays in the fields
    services.close()


def test_without_the_extra_the_options_explain_how_to_get_it(
    qtbot, services, monkeypatch: pytest.MonkeyPatch, informed: list[str]
) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if the extra were not installed
    assert not passphrase.protect_journal(None, services)
    assert 'pip install "gutsleep[encryption]"' in informed[-1]
    assert 'pip install "gutsleep[encryption]"' in passphrase.protection_status(services)


@needs_sqlcipher
def test_protecting_asks_before_deleting_damaged_copies_and_the_status_tells_the_truth(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, informed: list[str]
) -> None:
    data = tmp_path / "data"
    services = open_services(data)
    services.journal.save(DayEntry(day=DAY, notes="protected day"))
    damaged = data / "journal.damaged-20260101-000000.sqlite3"
    damaged.write_bytes((data / "journal.sqlite3").read_bytes())
    questions: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(
        dialogs, "ask", lambda parent, title, text: questions.append(text) or answers.pop(0)
    )
    shown = script(monkeypatch, type_and_ok(SECRET, SECRET))
    assert not passphrase.protect_journal(None, services)  # declined: nothing asked, nothing done
    assert "damaged" in questions[0] and not shown and damaged.exists()
    assert not services.database.encrypted

    shown = script(monkeypatch, type_and_ok(SECRET, SECRET))
    assert passphrase.protect_journal(None, services)
    assert "deleted" in shown[0].text.text()
    assert services.database.encrypted and not damaged.exists()
    assert passphrase.protection_status(services).startswith("The journal and its backups are")

    plain = data / "backups" / "journal-20260102-000000-manual.sqlite3"
    plain.write_bytes(b"SQLite format 3\x00" + bytes(1008))  # a copy left plain
    status = passphrase.protection_status(services)
    assert "not encrypted" in status and plain.name in status, status
    services.close()


def test_a_long_warning_after_a_mismatch_is_shown_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog grows to show every line of its warning (it used to clip it)."""
    refusal = (
        "The two passphrases are not the same. Type the same passphrase in both fields, "
        "then press OK again; nothing was changed."
    )
    dialog = passphrase.PassphraseDialog(
        None,
        "Set a passphrase",
        "Choose a passphrase.",
        ["Passphrase", "Again"],
        lambda _v: refusal,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()
    message = dialog.message
    qtbot.waitUntil(message.isVisible)
    assert message.height() >= message.heightForWidth(message.width())
    assert dialog.buttons.geometry().top() >= message.geometry().bottom()
