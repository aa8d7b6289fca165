"""A data folder that can't be written: a read-only mount, or one its owner set to 0500.

The tests run as root, for whom permission bits don't stop a write, so the real
thing is used where it can be: a tmpfs mounted read-only in a mount namespace of
the test's own (``unshare -m``); elsewhere that test is skipped. The 0500 rule
(never loosen what the owner made stricter) is checked on the modes themselves.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.paths import ensure_private_dir, make_private
from gutsleep.storage.journal.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and mounts")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_stricter_mode_the_owner_chose_is_never_loosened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    ensure_private_dir(folder)
    assert _mode(folder) == 0o500  # was changed back to 0700 on every open
    folder.chmod(0o755)
    ensure_private_dir(folder)
    assert _mode(folder) == 0o700  # group and others still lose access
    new = ensure_private_dir(tmp_path / "new" / "deeper")
    assert _mode(new) == 0o700
    note = folder / "note.txt"
    note.write_text("x", encoding="utf-8")
    note.chmod(0o400)
    make_private(note)
    assert _mode(note) == 0o400
    note.chmod(0o644)
    make_private(note)
    assert _mode(note) == 0o600


def test_opening_a_journal_in_a_0500_folder_keeps_the_folder_0500(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 4, 1), notes="one"))
    database.close()
    data.chmod(0o500)
    try:
        database = Database.open(data)
        assert JournalRepository(database).count() == 1
        database.close()
        assert _mode(data) == 0o500
    finally:
        data.chmod(0o700)


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt 2>/dev/null || exit 3"],
        capture_output=True,
        timeout=30,
    )
    return result.returncode == 0


#: Makes the journals inside the (still writable) mount: one closed cleanly, one whose
#: last session did not close (its -wal and -shm copied while it was open).
SETUP = """
import shutil, sys
from datetime import date, timedelta
from pathlib import Path
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

mount = Path(sys.argv[1])
days = [DayEntry(day=date(2026, 1, 1) + timedelta(days=n), notes=f"day {n}") for n in range(20)]
database = Database.open(mount / "clean")
JournalRepository(database).save_many(days)
database.close()
database = Database.open(mount / "source")
JournalRepository(database).save_many(days[:10])
database.close()
database = Database.open(mount / "source")
JournalRepository(database).save_many(days[10:])
(mount / "unclean").mkdir(mode=0o700)
for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
    shutil.copyfile(mount / "source" / name, mount / "unclean" / name)
database.close()
(mount / "clean").chmod(0o755)
(mount / "no-shm").mkdir(mode=0o700)
for name in ("journal.sqlite3", "journal.sqlite3-wal"):
    shutil.copyfile(mount / "unclean" / name, mount / "no-shm" / name)
"""

#: Run after the mount was made read-only: what a person would run.
CHECKS = """
set -u
G="{python} -m gutsleep"
for name in clean unclean; do
  $G --data-dir "$M/$name" export "$OUT/$name.json"; echo "export $name rc=$?"
  $G --data-dir "$M/$name" check; echo "check $name rc=$?"
  $G --data-dir "$M/$name" import "$OUT/$name.json"; echo "import $name rc=$?"
done
{python} -c "
import sys
from pathlib import Path
from datetime import date
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
database = Database.open(Path(sys.argv[1]))
print('read_only', database.read_only)
try:
    JournalRepository(database).save(DayEntry(day=date(2030, 1, 1), notes='x'))
except Exception as exc:
    print('save refused:', type(exc).__name__, exc)
database.close()
" "$M/clean"
$G --data-dir "$M/no-shm" export "$OUT/no-shm.json"; echo "export no-shm rc=$?"
stat -c "mode %a" "$M/clean"
ls -A "$M/clean"
"""


@pytest.mark.slow
@pytest.mark.skipif(not _unshare_works(), reason="no mount namespaces here (unshare -m)")
def test_export_and_check_work_on_a_read_only_mount(tmp_path: Path) -> None:
    mount = tmp_path / "mount"
    mount.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    script = (
        f'mount -t tmpfs tmpfs "$M" && {sys.executable} -c "$SETUP" "$M" '
        '&& mount -o remount,ro "$M" && ' + CHECKS.format(python=sys.executable)
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "M": str(mount), "OUT": str(out), "SETUP": SETUP},
    )
    log = result.stdout + result.stderr
    assert "Traceback" not in log, log
    for name in ("clean", "unclean"):
        assert f"export {name} rc=0" in log, log
        assert f"check {name} rc=0" in log, log
        assert f"import {name} rc=1" in log, log  # refused in words, see below
    assert "Exported 20 days" in log  # the unclean one's -wal days too
    assert log.count("Exported 20 days") == 2, log
    assert "The journal is sound" in log
    assert "export no-shm rc=1" in log  # its -wal can't be read here: said, not "damaged"
    assert "no-shm/journal.sqlite3 is in a folder that can't be written" in log
    assert "is damaged" not in log
    assert "Read-only file system" in log  # the import's refusal names the reason
    assert "read_only True" in log
    assert "save refused: ReadOnlyJournalError" in log and "nothing can be saved" in log
    assert "mode 755" in log  # a read-only mount can't be tightened: left alone, no crash
    listing = result.stdout.split("mode 755", 1)[1].split()
    assert set(listing) == {"journal.sqlite3", "journal.verified"}  # nothing created
    for name in ("clean", "unclean"):
        exported = (out / f"{name}.json").read_text(encoding="utf-8")
        assert exported.count('"day": "2026-') == 20


def test_a_setting_that_cannot_be_written_holds_for_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from gutsleep.storage import settings

    store = settings.SettingsStore(tmp_path)

    def read_only(path: Path, *_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(settings, "open_private", read_only)
    store.set(settings.THEME, "dark")  # raised OSError, and the window closed on it
    assert store.get(settings.THEME) == "dark"
    assert not (tmp_path / "settings.json").exists()
    assert not (tmp_path / "settings.json.partial").exists()


GUI_ON_READ_ONLY_MOUNT = """
set -u
mount -t tmpfs tmpfs "$M" && {python} -c "$SETUP" "$M" && mount -o remount,ro "$M" &&
QT_QPA_PLATFORM=offscreen {python} -m gutsleep --data-dir "$M/clean" --self-test
echo "self-test rc=$?"
"""


@pytest.mark.slow
@pytest.mark.e2e
@pytest.mark.skipif(not _unshare_works(), reason="no mount namespaces here (unshare -m)")
def test_the_app_opens_a_journal_on_a_read_only_mount(tmp_path: Path) -> None:
    mount = tmp_path / "mount"
    mount.mkdir()
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", GUI_ON_READ_ONLY_MOUNT.format(python=sys.executable)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "M": str(mount), "SETUP": SETUP},
    )
    log = result.stdout + result.stderr
    assert "self-test rc=0" in log and "self-test ok" in log, log
    assert "Traceback" not in log, log


def test_an_encrypted_journal_opens_read_only_through_sqlcipher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gutsleep.storage.file import crypto, database, paths
    from gutsleep.storage.file.database import ReadOnlyJournalError

    if not crypto.encryption_available():
        pytest.skip("SQLCipher is not installed")
    data = tmp_path / "data"
    opened = Database.open(data)
    JournalRepository(opened).save(DayEntry(day=date(2026, 4, 1), notes="one"))
    opened.protect("correct horse battery")
    opened.close()
    # The folder can't be written (patched: as root, modes don't stop writes): the
    # journal opens immutable=1 through SQLCipher, reads, and refuses a save.
    monkeypatch.setattr(database, "writable", lambda _folder: False)
    monkeypatch.setattr(paths, "writable", lambda _folder: False)
    before = sorted(p.name for p in data.iterdir())
    opened = Database.open(data, "correct horse battery")
    try:
        assert opened.read_only and opened.encrypted
        assert JournalRepository(opened).count() == 1
        with pytest.raises(ReadOnlyJournalError):
            JournalRepository(opened).save(DayEntry(day=date(2026, 4, 2), notes="two"))
    finally:
        opened.close()
    assert sorted(p.name for p in data.iterdir()) == before
