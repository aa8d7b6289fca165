"""Marking user-visible text in layers that cannot import Qt.

The domain speaks English source strings; the UI passes them through Qt's
translator (``QCoreApplication.translate(DOMAIN_CONTEXT, source)``) when it
shows them. Templates keep their ``{placeholders}`` so translation happens
before formatting, never on an already formatted sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOMAIN_CONTEXT = "gutsleep"


def N_(source: str) -> str:
    """Mark ``source`` for translation without translating it here."""
    return source


@dataclass(frozen=True)
class Message:
    """A translatable template with its arguments."""

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """Format the (optionally translated) template with its arguments.

        Arguments that are Messages themselves are rendered (and translated)
        first, so a sentence built from parts is translated part by part.
        """
        template = translate(self.template) if translate else self.template
        args = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.args.items()
        }
        return str(template).format(**args)

    def __str__(self) -> str:
        return self.render()
