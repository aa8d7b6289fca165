"""`gutsleep report`: a PDF of a period on a temporary data folder; exit codes and one line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from gutsleep.cli import build_parser, main
from gutsleep.domain.dates import DateWords
from gutsleep.services.context import open_services
from gutsleep.services.demo import create_demo

END = date(2026, 3, 29)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("gutsleep: ")
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    services = open_services(folder, zone="Europe/London")
    try:
        create_demo(services, days=40, seed=2, end=END)
    finally:
        services.close()
    return folder


def test_the_synopsis() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    usage = sub.choices["report"].format_usage()
    assert usage.strip() == (
        "usage: gutsleep report [-h] [--from DATE] [--to DATE] [--appendix] PATH.pdf"
    )


def test_report_writes_a_pdf_of_the_period(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "for the doctor.pdf"
    first = END - timedelta(days=27)
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data),
        "report",
        "--from",
        first.isoformat(),
        "--to",
        END.isoformat(),
        str(target),
    )
    assert (code, err) == (0, "")
    reader = PdfReader(target)
    assert len(reader.pages) == 2  # the two summary pages
    assert out.startswith(f"Wrote the report for {first} to {END} (2 pages, ")
    assert out.endswith(f" days with entries) to {target}.\n") and out.count("\n") == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert (
        f"Period: {DateWords().full(first)} to {DateWords().full(END)} (28 days)" in text
        and "self-reported" in text
    )


def test_report_appendix_adds_the_daily_diary(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "with diary.pdf"
    first = END - timedelta(days=27)
    args = ["--from", first.isoformat(), "--to", END.isoformat(), "--appendix", str(target)]
    code, out, err = run(capsys, "--data-dir", str(data), "report", *args)
    assert (code, err) == (0, "")
    reader = PdfReader(target)
    assert len(reader.pages) == 3
    assert out.startswith(f"Wrote the report for {first} to {END} (3 pages, ")
    text = " ".join(reader.pages[2].extract_text().split())
    assert "Appendix: the daily sleep diary" in text and DateWords().full(first) in text


def test_report_without_dates_covers_the_last_four_weeks(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "report", str(tmp_path / "r.PDF"))
    assert code == 0
    today = date.today()
    assert f"for {today - timedelta(days=27)} to {today}" in out
    assert (tmp_path / "r.PDF").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "out.txt"], "doesn't end in .pdf"),
        (["report", "out"], "doesn't end in .pdf"),
        (["report", "--from", "2026-03-10", "--to", "2026-03-01", "x.pdf"], "--from comes after"),
        (["report", "missing-folder/x.pdf"], "does not exist"),
    ],
)
def test_report_refusals_exit_1_with_one_line(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--data-dir", str(data), *argv)
    assert code == 1 and out == ""
    assert message in one_line_error(err)
    assert not list(tmp_path.glob("*.pdf"))


def test_report_on_a_folder_without_a_journal_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "none"), "report", str(tmp_path / "r.pdf")
    )
    assert code == 1
    assert "There is no journal" in one_line_error(err)
    assert not (tmp_path / "r.pdf").exists()


def test_a_file_that_cannot_be_written_fails_with_one_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("x" * 300 + ".pdf")  # longer than any file system allows
    code, out, err = run(capsys, "--data-dir", str(data), "report", str(target))
    assert code == 1 and out == ""
    assert "can't be written" in one_line_error(err)
    assert list(tmp_path.iterdir()) == [data]
    (tmp_path / "r.pdf.part").mkdir()  # where the PDF is written before its final name
    code, out, err = run(capsys, "--data-dir", str(data), "report", str(tmp_path / "r.pdf"))
    assert code == 1 and out == ""
    assert "can't be written" in one_line_error(err)
    assert not (tmp_path / "r.pdf").exists()


def test_a_bad_date_is_a_usage_error(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data), "report", "--from", "29/03/2026", "x.pdf"])
    assert exited.value.code == 2
    assert "is not a date like" in capsys.readouterr().err
