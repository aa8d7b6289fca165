"""Hostile import files in the GUI: the import dialog shows the same one sentence as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gutsleep.services import data
from gutsleep.services.context import Services
from gutsleep.ui.main_window import MainWindow
from tests.helpers.dialogs import FakeDialogs
from tests.reliability.test_hostile_input import HOSTILE_FILES
from tests.ui.test_data_actions import actions_of, finish


@pytest.mark.parametrize(
    "case", ["null-day", "huge-int-json", "lone-surrogate", "corrupt-deflate", "zone-folder"]
)
def test_a_hostile_file_is_explained_in_the_import_dialog(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    asked: FakeDialogs,
    tmp_path: Path,
    case: str,
) -> None:
    suffix, content, sentence = HOSTILE_FILES[case]
    path = tmp_path / f"{case}{suffix}"
    if callable(content):
        content = content()
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    path.write_bytes(content)
    asked.answers["open_path"] = str(path)
    finish(qtbot, window, "plan", actions_of(window).import_action.trigger)
    assert not asked.named("warn")  # never "Something unexpected went wrong: ..."
    (_title, text, lines) = asked.named("show_report")[0]
    assert len(lines) == 1 and sentence.lower() in lines[0].lower()
    assert "Nothing was imported" in text
    assert data.list_backups(services) == []
