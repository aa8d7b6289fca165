"""Private files: the data folder is 0700, everything gutsleep writes in it 0600.

Run under a permissive umask (0), so a file that relies on the umask instead
of being created private would show up as world-readable here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file import crypto
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.snapshot import backup_before, copy_database
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.settings import LAST_PAGE, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def assert_private_tree(data: Path) -> list[Path]:
    assert mode(data) == 0o700, data
    files = []
    for path in sorted(data.rglob("*")):
        if path.is_dir():
            assert mode(path) == 0o700, path
        else:
            assert mode(path) == 0o600, f"{path} is {oct(mode(path))}"
            files.append(path)
    return files


def test_journal_wal_shm_settings_and_backups_are_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 1), notes="private"))
    settings = SettingsStore(data)
    settings.set(LAST_PAGE, "journal")
    backup_before(database.path, data, "test")
    database.copy_to(data / "backups" / "manual.sqlite3")
    with database.engine.connect() as con:  # keep the -wal and -shm around while we look
        con.exec_driver_sql("SELECT count(*) FROM day_entry").fetchall()
        names = {p.name for p in assert_private_tree(data)}
    database.close()
    assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"} <= names
    assert {"settings.json", "manual.sqlite3"} <= names
    assert any(n.startswith("journal-") and n.endswith("-test.sqlite3") for n in names)
    assert_private_tree(data)


def test_an_existing_folder_is_tightened(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "shared"
    data.mkdir(mode=0o777)
    data.chmod(0o777)
    Database.open(data).close()
    assert_private_tree(data)


def test_a_copy_outside_the_data_folder_is_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    Database.open(data).close()
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    copy_database(data / "journal.sqlite3", target)
    assert mode(target) == 0o600


@pytest.mark.skipif(not crypto.encryption_available(), reason="the encryption extra is missing")
def test_an_encrypted_journal_and_its_conversions_stay_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 1), notes="private"))
    database.protect("a long passphrase")
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 2), notes="more"))
    database.copy_to(data / "backups" / "manual.sqlite3")
    assert_private_tree(data)
    database.close()


# everything written outside the data folder -----------------------------------------------

END = date(2026, 3, 29)


def others_can_read(folder: Path) -> list[str]:
    return [f"{p.name} {oct(mode(p))}" for p in folder.iterdir() if mode(p) & 0o077]


@pytest.fixture
def demo_services(open_umask, services):  # type: ignore[no-untyped-def]
    from gutsleep.services.demo import create_demo

    create_demo(services, days=40, seed=5, end=END)
    return services


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def check_while_writing(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, folder: Path
) -> list[list[str]]:
    """Wrap ``owner.name`` so that every call looks at ``folder`` while the file is written."""
    seen: list[list[str]] = []
    original = getattr(owner, name)

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = original(*args, **kwargs)
        seen.append(others_can_read(folder))
        return result

    monkeypatch.setattr(owner, name, spy)
    return seen


def test_the_report_pdf_is_private_from_its_first_page(
    demo_services, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    from gutsleep.services.report import make_report

    seen = check_while_writing(monkeypatch, PdfPages, "savefig", out)
    make_report(demo_services, None, None, out / "report.pdf", today=END)
    assert seen and all(found == [] for found in seen), seen
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
    assert mode(out / "report.pdf") == 0o600


def test_the_experiment_pdf_is_private(
    demo_services, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib.figure import Figure

    from gutsleep.domain.experiments import Design, Experiment

    outcome = demo_services.experiments.create(
        Experiment(
            title="Kefir every day",
            template="fermented",
            outcome="tst",
            start=END - timedelta(days=28),
            design=Design.AB,
            phase_days=14,
            change="a glass of kefir with breakfast",
        )
    )
    assert outcome.experiment is not None, outcome.problems
    seen = check_while_writing(monkeypatch, Figure, "savefig", out)
    target = demo_services.experiments.export_pdf(outcome.experiment, out / "summary.pdf", END)
    assert seen and all(found == [] for found in seen), seen
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]
    assert mode(target) == 0o600


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_figure_saved_from_trends_is_private_from_the_first_byte(
    demo_services, out: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    from matplotlib.figure import Figure

    from gutsleep.charts.timeseries import sleep_figure

    chart = sleep_figure(demo_services.trends.frame())
    seen = check_while_writing(monkeypatch, Figure, "savefig", out)
    path = demo_services.trends.export_figure(out / f"sleep{suffix}", chart)
    assert seen and all(found == [] for found in seen), seen
    assert [p.name for p in out.iterdir()] == [path.name]
    assert mode(path) == 0o600


def test_a_table_saved_from_trends_is_private_from_the_first_row(demo_services, out: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []

    def rows() -> Iterator[list[object]]:
        for day in range(3):
            seen.append(others_can_read(out))
            yield [day, 1.0]

    count = demo_services.trends.export_table(out / "sleep.csv", ["day", "value"], rows())
    assert count == 3 and seen[1:] and all(found == [] for found in seen), seen
    assert [p.name for p in out.iterdir()] == ["sleep.csv"]
    assert mode(out / "sleep.csv") == 0o600


@pytest.mark.parametrize("format", ["json", "csv"])
def test_exports_are_private(demo_services, out: Path, format: str) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.storage.transfer.operations import export_journal

    path = out / f"journal.{'json' if format == 'json' else 'zip'}"
    export_journal(demo_services.database, path, format=format)  # type: ignore[arg-type]
    assert [p.name for p in out.iterdir()] == [path.name]
    assert mode(path) == 0o600


KILLED_REPORT = """
import os, signal, sys
from datetime import date, timedelta
from pathlib import Path
from matplotlib.backends.backend_pdf import PdfPages
from gutsleep.services.context import open_services
from gutsleep.services.demo import create_demo
from gutsleep.services.report import make_report

os.umask(0)
services = open_services(Path(sys.argv[1]), zone="Europe/London")
create_demo(services, days=40, seed=5, end=date(2026, 3, 29))
original = PdfPages.savefig

def die(self, *args, **kwargs):
    original(self, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)  # after the first page is on its way to disk

PdfPages.savefig = die
make_report(services, None, None, Path(sys.argv[2]) / "report.pdf", today=date(2026, 3, 29))
"""


def test_a_report_killed_while_writing_leaves_nothing_others_can_read(
    tmp_path: Path, out: Path, open_umask
) -> None:
    import signal
    import subprocess
    import sys

    from gutsleep.services.context import open_services
    from gutsleep.services.report import make_report

    data = tmp_path / "data"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", KILLED_REPORT, str(data), str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert list(out.iterdir()), "the killed writer left no partial file to look at"
    assert others_can_read(out) == []
    assert not (out / "report.pdf").exists()
    services = open_services(data, zone="Europe/London")
    try:  # the next report into that folder clears the dead writer's part away
        make_report(services, None, None, out / "report.pdf", today=END)
    finally:
        services.close()
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
    assert mode(out / "report.pdf") == 0o600


def test_the_copy_of_a_damaged_journal_kept_before_a_restore_is_private(
    tmp_path: Path, open_umask
) -> None:
    from gutsleep.storage.backups import restoring

    data = tmp_path / "data"
    Database.open(data).close()
    journal = data / "journal.sqlite3"
    Path(f"{journal}-wal").write_bytes(b"w" * 64)
    Path(f"{journal}-wal").chmod(0o600)
    kept = restoring.keep_damaged(journal, data)
    assert mode(kept) == 0o600 and mode(Path(f"{kept}-wal")) == 0o600
    assert_private_tree(data)


def test_the_moved_folder_pointer_is_private(tmp_path: Path, open_umask) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.storage.file.relocate import move_data_dir

    data = tmp_path / "data"
    Database.open(data).close()
    pointer = tmp_path / "config" / "data-location.txt"
    moved = move_data_dir(data, tmp_path / "moved", pointer=pointer)
    assert mode(pointer) == 0o600
    assert_private_tree(moved)
