"""No untranslated literal reaches a user-visible Qt call in gutsleep/ui.

Every string a user can read goes through ``tr()`` (or ``render()`` for a domain
Message), so the German catalogue can cover it. This scans the UI modules with
the ast module and fails on a string literal passed straight to a widget
constructor or a text setter.
"""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "gutsleep" / "ui"

#: Constructors whose first argument is shown.
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction"}
#: Methods whose string arguments are shown (or read out by a screen reader).
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "addItem",
    "addTab",
    "setHorizontalHeaderLabels",
    "showMessage",
    "setStatusTip",
}
#: Calls that make a literal translatable.
TRANSLATING = {"tr", "render", "N_"}

#: Literals that are fine as they are: names and format patterns, not prose.
ALLOWLIST = {
    "gutsleep",
    "HH:mm",
    "hh:mm AP",
    "h:mm AP",
    "yyyy-MM-dd",
    "ddd d MMM",
    "dddd d MMMM yyyy",
    "d MMM yyyy",
}


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def is_harmless(text: str) -> bool:
    """Empty, whitespace, or only punctuation, symbols and digits (plus a short 'A+'-style mark)."""
    if text in ALLOWLIST:
        return True
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    if not letters:
        return True
    # Font-size buttons such as "A+" / "A−": one letter and symbols.
    return len(letters) == 1 and len(text) <= 3 and not text.isalpha()


def bare_literals(node: ast.expr) -> list[str]:
    """Literal text inside an argument that no translating call covers."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and not is_harmless(node.value) else []
    if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING:
        return []
    if isinstance(node, ast.JoinedStr):
        found: list[str] = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                found += bare_literals(part.value)
            else:
                found += bare_literals(part)
        return found
    if isinstance(node, ast.BinOp):
        return bare_literals(node.left) + bare_literals(node.right)
    if isinstance(node, ast.IfExp):
        return bare_literals(node.body) + bare_literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in bare_literals(value)]
    if isinstance(node, ast.List | ast.Tuple):
        return [text for item in node.elts for text in bare_literals(item)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "…".format(...) / "…".join(...): the receiver is shown.
        return bare_literals(node.func.value)
    return []


def _looks_like_icon(node: ast.expr) -> bool:
    text = ast.unparse(node)
    return "icon" in text.lower() or "pixmap" in text.lower()


def shown_arguments(node: ast.Call) -> list[ast.expr]:
    name = _call_name(node)
    if name in WIDGETS:
        return node.args[:1] + [k.value for k in node.keywords if k.arg == "text"]
    if name == "addItem":
        # QComboBox.addItem(text, data) / addItem(icon, text, data): the data is not shown.
        if node.args and _looks_like_icon(node.args[0]):
            return node.args[1:2]
        return node.args[:1]
    if name == "addTab":
        return node.args[1:2]
    if name in SETTERS:
        return node.args[:1]
    return []


def find_bare_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in shown_arguments(node):
            for text in bare_literals(argument):
                problems.append(f"{path.name}:{node.lineno} {_call_name(node)}({text!r})")
    return problems


UI_FILES = sorted(UI.glob("*.py"))


@pytest.mark.parametrize("path", UI_FILES, ids=[p.name for p in UI_FILES])
def test_user_visible_literals_go_through_tr(path: Path) -> None:
    problems = find_bare_strings(path)
    assert not problems, (
        "User-visible text must be wrapped in tr() (or come from render()) so it can be "
        "translated; then run `python packaging/translations.py` and translate the new "
        "strings:\n  " + "\n  ".join(problems)
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('QLabel("Hello")', ["Hello"]),
        ('QLabel(tr("Hello"))', []),
        ('b.setText("—")', []),
        ('b.setText("A+")', []),
        ("b.setText(f\"{tr('Day')} {n}\")", []),
        ('b.setText(f"Day {n}")', ["Day "]),
        ('b.setToolTip("x" if a else tr("y"))', ["x"]),
        ('t.addTab(w, "Sleep")', ["Sleep"]),
        ('c.addItem(tr("Light"), "light")', []),
        ('c.addItem("Light", "light")', ["Light"]),
        ('c.addItem(QIcon(p), "Light", "light")', ["Light"]),
        ('h.setHorizontalHeaderLabels([tr("Day"), "Value"])', ["Value"]),
        ('w.setWindowTitle("gutsleep")', []),
        ('e.setPlaceholderText("HH:mm")', []),
        ("s.showMessage(render(m))", []),
        ('QAction("&Quit", self)', ["&Quit"]),
    ],
)
def test_the_scanner_itself(tmp_path: Path, source: str, expected: list[str]) -> None:
    path = tmp_path / "sample.py"
    path.write_text(source + "\n", encoding="utf-8")
    found = [p.split("(", 1)[1] for p in find_bare_strings(path)]
    assert found == [f"{text!r})" for text in expected]
