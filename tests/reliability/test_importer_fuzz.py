"""Bounded fuzzing of the two importers of outside text: user articles and daily CSV files.

Neither may crash on anything: an article either loads or is refused with
ArticleError; a CSV file either yields entries that pass ``validate_day``
or is refused with problems that each carry a Message. Bounded by
hypothesis' max_examples so the whole file takes a few seconds.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gutsleep.domain.text import Message
from gutsleep.domain.validation import validate_day

articles_loader = pytest.importorskip("gutsleep.articles.loader")
csv_format = pytest.importorskip("gutsleep.storage.transfer.csv_format")
from gutsleep.articles.model import ArticleError  # noqa: E402

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

MARKUP_BITS = (
    "---\n",
    "title: x\n",
    "sources: [",
    "# Heading\n",
    "## Sub {#id}\n",
    "[link](http://example.org)",
    "[a](article:other#x)",
    "![img](http://x/y.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<iframe src=//x>",
    "<style>*{}</style>",
    "```\ncode\n",
    "| a | b |\n|---|---|\n",
    "\x00",
    "\ufeff",
    "&#x3C;script&#x3E;",
    "<!--",
    "]]>",
)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.one_of(st.sampled_from(MARKUP_BITS), st.text(max_size=40)), max_size=25)
    )
    return "".join(parts)


@FUZZ
@given(text=article_texts(), source=st.sampled_from(["markdown", "html", "text"]))
def test_user_articles_load_or_are_refused_never_crash(text: str, source: str) -> None:
    try:
        article = articles_loader.user_article_from_text(
            text, source, article_id="fuzz-article", fallback_title="Fuzz"
        )
    except ArticleError as exc:
        assert str(exc)
        return
    from gutsleep.articles.render import article_html

    html = str(article_html(article))
    for tag in re.findall(r"<[^>]*>", html):  # live tags only: escaped text is harmless
        low = tag.lower()
        assert not re.match(r"</?\s*(script|iframe|style|object|embed|form|link|meta)\b", low), tag
        assert "javascript:" not in low and not re.search(r"\son\w+\s*=", low), tag
        assert not re.search(r"\bsrc\s*=\s*['\"]?\s*(https?:|//)", low), tag  # no remote loads


CSV_HEADERS = (
    "date",
    "sleep_quality",
    "awakenings",
    "bloating",
    "stress",
    "mood",
    "notes",
    "plants",
    "lights_out",
    "final_wake",
    "alcohol_drinks",
    "bristol",
    "unknown column",
    "",
)
CSV_CELLS = st.one_of(
    st.sampled_from(
        (
            "2026-05-01",
            "2026-02-30",
            "01/05/2026",
            "3",
            "-1",
            "99999999999999999999",
            "NaN",
            "inf",
            "1e308",
            "23:10",
            "25:61",
            "'; DROP TABLE day_entry; --",
            '"quoted, with comma"',
            "kale; leek",
            "\x00",
            "=cmd|' /C calc'!A0",
        )
    ),
    st.text(max_size=12),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(st.sampled_from(CSV_HEADERS), min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(CSV_CELLS, min_size=0, max_size=len(header) + 1), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # cut anywhere
    return data


@FUZZ
@given(data=csv_files())
def test_daily_csv_imports_valid_days_or_refuses_with_messages(data: bytes) -> None:
    parsed = csv_format.read_daily_csv(Path("fuzz.csv"), data, "UTC")
    for problem in parsed.problems:
        assert isinstance(problem.message, Message)
        assert problem.message.render()
    if not parsed.problems:
        for entry in parsed.entries:
            assert validate_day(entry) == [], entry


@FUZZ
@given(data=st.binary(max_size=400))
def test_daily_csv_survives_arbitrary_bytes(data: bytes) -> None:
    parsed = csv_format.read_daily_csv(Path("noise.csv"), data, "UTC")
    if not parsed.problems:
        for entry in parsed.entries:
            assert validate_day(entry) == []


MEASURE = """
import re, resource, sys
from pathlib import Path
from gutsleep.storage.transfer import read_file
parsed = read_file(Path(sys.argv[1]), "UTC")
try:  # this process's own peak: getrusage keeps the parent's across exec on Linux
    status = Path("/proc/self/status").read_text()
    print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
print(parsed.problems[0].render() if parsed.problems else "accepted")
"""
#: Random bytes as short CSV cells: packs only a few times, so no ratio check stops it.
_CELLS = bytes.maketrans(bytes(range(256)), (b"abcdefghijklmnopqrstuvwxyz0123456789,," * 7)[:256])


def _near_limit_zips(folder: Path) -> list[Path]:
    limit = csv_format.MAX_MEMBER_BYTES - 1024 * 1024
    header = b"date,notes\n"
    made = {
        # 255 KB unpacking to ~256 MB: just under the old limit
        "bomb.zip": header + b"," * (256 * 1024 * 1024 - 1024 * 1024),
        "wide.zip": header + os.urandom(limit).translate(_CELLS),
        "rows.zip": header
        + b"".join(b"2026-01-%02d,%d\n" % (1 + i % 28, i) for i in range(limit // 20)),
    }
    paths = []
    for name, days in made.items():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("manifest.csv", "key,value\nformat,gutsleep-journal-csv\nversion,1\n")
            archive.writestr("days.csv", days)
        path = folder / name
        path.write_bytes(buffer.getvalue())
        paths.append(path)
    return paths


def test_zips_near_the_size_limit_are_read_in_bounded_memory(tmp_path: Path) -> None:
    """A zip bomb, one endless row and a table of millions of rows each stay under 300 MB."""
    for path in _near_limit_zips(tmp_path):
        done = subprocess.run(
            [sys.executable, "-c", MEASURE, str(path)],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        assert done.returncode == 0, done.stderr
        peak_mb, sentence = done.stdout.splitlines()
        assert int(peak_mb) < 300, (path.name, peak_mb)
        assert sentence != "accepted", path.name


# structural mutations of a JSON export -----------------------------------------------

json_format = pytest.importorskip("gutsleep.storage.transfer.json_format")

SEED_DAY = {
    "day": "2026-03-29",
    "sleep": {
        "zone": "Europe/London",
        "lights_out": "2026-03-28T23:10:00",
        "final_wake": "2026-03-29T06:40:00",
        "sleep_onset_min": 15,
        "quality": 4,
    },
    "food": {"foods": [{"name": "oats", "tags": ["fibre"]}], "plants": ["leek"]},
    "gut": {"bowel_movements": [{"bristol": 4, "at": "08:10:00"}], "bloating": 2},
    "stress": {"practices": [{"name": "walk", "minutes": 30}], "stress": 3},
    "intakes": [{"name": "LGG", "dose": "1", "kind": "probiotic", "strain": "", "cfu": ""}],
    "notes": "fine",
}
#: Raw text a mutation puts in place of a value (what json.dumps can't make).
RAW = {
    "huge": "9" * 5000,
    "deep": "[" * 3000 + "]" * 3000,
    "nested": "[" * 500 + "]" * 500,
    "surrogate": '"\\ud800"',
    "inf": "1e309",
    "nan": "NaN",
    "negzero": "-0.0",
}
REPLACEMENTS = st.one_of(
    st.sampled_from([None, [], {}, [None], [[1]], {"x": None}, True, 0.5, -1, 10**20, ""]),
    st.sampled_from(sorted(RAW)).map(lambda key: ("raw", key)),
)


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_exports(draw: st.DrawFn) -> str:
    import copy
    import json

    document = {
        "format": "gutsleep-journal",
        "version": 1,
        "days": [copy.deepcopy(SEED_DAY)],
        "sections": {},
    }
    raw: dict[str, str] = {}
    for number in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths[1:]))
        # A copy: the sampled lists and dicts are shared between examples, and putting
        # one inside itself (a later mutation's path can lead into it) made a cycle.
        replacement = copy.deepcopy(draw(REPLACEMENTS))
        target: object = document
        for step in path[:-1]:
            target = target[step]  # type: ignore[index]
        if isinstance(replacement, tuple):
            marker = f"@@RAW{number}@@"
            raw[f'"{marker}"'] = RAW[replacement[1]]
            replacement = marker
        target[path[-1]] = replacement  # type: ignore[index]
    text = json.dumps(document, allow_nan=True)
    for marker, value in raw.items():
        text = text.replace(marker, value)
    return text


@FUZZ
@given(text=mutated_exports())
def test_mutated_json_exports_are_refused_in_sentences_never_crash(text: str) -> None:
    parsed = json_format.read_json(Path("fuzz.json"), text, "UTC")
    for problem in parsed.problems:
        assert isinstance(problem.message, Message)
        assert problem.render()  # the sentence can always be made
    if not parsed.problems:
        for entry in parsed.entries:
            assert validate_day(entry) == [], entry
