"""A deliberately small front-matter reader (no YAML library).

Front matter is the block between two ``---`` lines at the top of a Markdown
file. We accept only ``key: value`` lines and ``- item`` lists under a key;
that covers our articles and keeps a malformed file from meaning something
surprising. Bundled files are read strictly so a typo fails the test suite;
user imports are read leniently because their front matter was written for
some other tool.
"""

from __future__ import annotations

import re

from gutsleep.articles.model import ArticleError

FrontMatter = dict[str, str | list[str]]

_DELIMITER = "---"
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(?P<value>.*))?$")
_ITEM_LINE = re.compile(r"^\s+-\s+(?P<item>.*)$|^-\s+(?P<top>.*)$")
_COMMENT = re.compile(r"\s#\s")


def _clean(value: str) -> str:
    """Drop a trailing ``  # comment`` and one pair of surrounding quotes."""
    comment = _COMMENT.search(value)  # one pass; `\s+#\s.*$` was quadratic on long spaces
    value = (value[: comment.start()] if comment else value).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[list[str] | None, str]:
    """Separate the front-matter lines from the body.

    Returns ``(None, text)`` when the text does not start with ``---``.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].strip() != _DELIMITER:
        return None, text
    for index in range(1, len(lines)):
        if lines[index].strip() == _DELIMITER:
            body = "\n".join(lines[index + 1 :])
            return lines[1:index], body.lstrip("\n")
    return None, text


def parse_front_matter(text: str, *, origin: str, strict: bool = True) -> tuple[FrontMatter, str]:
    """Parse the front matter of ``text`` into a dict, and return the body too.

    ``origin`` names the file in error messages. In strict mode a missing
    block or a line we don't understand raises :class:`ArticleError`; in
    lenient mode such lines are skipped and a missing block gives ``{}``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, body = split_front_matter(text)
    if lines is None:
        if strict:
            raise ArticleError(
                f"{origin} has no front matter: it must start with a '---' line, "
                "then 'key: value' lines, then another '---' line."
            )
        return {}, body
    data: FrontMatter = {}
    current_list: str | None = None
    for number, raw in enumerate(lines, start=2):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_LINE.match(line)
        if item and current_list is not None:
            value = _clean(item.group("item") or item.group("top") or "")
            listed = data[current_list]
            assert isinstance(listed, list)
            listed.append(value)
            continue
        key_match = _KEY_LINE.match(line)
        if key_match:
            key = key_match.group("key").lower()
            if key in data:
                if strict:
                    raise ArticleError(f"{origin}, line {number}: '{key}' is given twice.")
                continue
            value = key_match.group("value")
            if value is None or not _clean(value):
                data[key] = []
                current_list = key
            else:
                data[key] = _clean(value)
                current_list = None
            continue
        if strict:
            raise ArticleError(
                f"{origin}, line {number}: expected 'key: value' or '- item', "
                f"found {line.strip()!r}."
            )
        current_list = None
    return data, body
