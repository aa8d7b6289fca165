"""Run by the system Python (Debian's python3-pyatspi): what a screen reader sees of gutsleep.

Started by ``test_atspi.py`` with the app already running on a private AT-SPI
bus; prints one JSON object with what it found. Not a test module itself.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]

TIMEOUT = 60.0


def wait_for(what: Callable[[], Any], seconds: float = TIMEOUT) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = what()
        except Exception:  # the tree changes under us while pages are built
            found = None
        if found:
            return found
        time.sleep(0.3)
    return None


def app() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and child.childCount and "gutsleep" in (child.name or "").lower():
            return child
    return None


def walk(node: Any, depth: int = 0) -> Iterator[Any]:
    if node is None or depth > 40:
        return
    yield node
    for index in range(node.childCount):
        yield from walk(node.getChildAtIndex(index), depth + 1)


def showing(node: Any) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def find(root: Any, role: str, name: str, *, shown: bool = True) -> Any:
    for node in walk(root):
        if node.getRoleName() == role and node.name == name and (showing(node) or not shown):
            return node
    return None


def labelled_by(node: Any) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                names.append(relation.getTarget(index).name or "")
    return names


def type_into(field: Any, text: str) -> None:
    """Focus ``field`` and type ``text`` and Tab as key presses, the way a person types
    (setting the text through the API would not be an edit the page hears)."""
    field.queryComponent().grabFocus()
    wait_for(lambda: field.getState().contains(pyatspi.STATE_FOCUSED), 10)
    for character in text:
        pyatspi.Registry.generateKeyboardEvent(ord(character), None, pyatspi.KEY_SYM)
        time.sleep(0.05)
    pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # Tab


def select_page(root: Any, title: str) -> bool:
    pages = find(root, "list", "Pages")
    for index in range(pages.childCount):
        if pages.getChildAtIndex(index).name == title:
            try:
                return bool(pages.querySelection().selectChild(index))
            except Exception:  # no reply in time: building the page can take a while
                return True  # whether it worked shows in what is on screen next
    return False


def main() -> int:
    result: dict[str, Any] = {}
    root = wait_for(app)
    if root is None:
        print(json.dumps({"error": "gutsleep never appeared on the AT-SPI bus"}))
        return 1
    out_of_bed = wait_for(lambda: find(root, "text", "Got out of bed"))
    result["journal_shown"] = out_of_bed is not None
    result["combos"] = [
        [node.name, labelled_by(node)]
        for node in walk(root)
        if node.getRoleName() == "combo box" and showing(node)
    ]
    if out_of_bed is not None:
        type_into(out_of_bed, "25:99")
        result["rejected_description"] = (
            wait_for(
                lambda: out_of_bed.description if "time" in (out_of_bed.description or "") else "",
                20,
            )
            or out_of_bed.description
        )
    result["select_checklist"] = select_page(root, "Checklist")
    result["checklist_shown"] = bool(wait_for(lambda: find(root, "push button", "See my result")))
    result["journal_hidden"] = bool(
        wait_for(lambda: find(root, "text", "Got out of bed") is None, 10)
    )
    result["select_articles"] = select_page(root, "Articles")
    reader = wait_for(
        lambda: next((n for n in walk(root) if n.name == "Article text" and showing(n)), None)
    )
    if reader is not None:
        text = reader.queryText()
        states = reader.getState()
        before = text.caretOffset
        reader.queryComponent().grabFocus()
        wait_for(lambda: reader.getState().contains(pyatspi.STATE_FOCUSED), 10)
        pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down
        after = wait_for(lambda: text.caretOffset if text.caretOffset != before else None, 10)
        result["reader"] = {
            "role": reader.getRoleName(),
            "characters": text.characterCount,
            "caret_before": before,
            "caret_after_down": after,
            "focusable": bool(states.contains(pyatspi.STATE_FOCUSABLE)),
            "editable": bool(states.contains(pyatspi.STATE_EDITABLE)),
        }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
