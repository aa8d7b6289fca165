"""Opening the journal at start: passphrase, damaged files, synced folders.

:func:`open_journal` is what the composition root calls instead of
open_services: it asks for the passphrase of a protected journal (as often as
needed), and when the file is damaged or isn't a gutsleep journal it offers to
restore the newest good backup or start a new journal, always keeping the
unusable file aside (storage.file.recovery). :func:`warn_synced_folder_once` warns,
once per data folder, when the folder is in a cloud-synced or network place.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from gutsleep.services.context import Services, open_services
from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import DATABASE_NAME
from gutsleep.storage.file.schema import DamagedFileError, StoreError
from gutsleep.storage.settings import SYNCED_FOLDER_WARNED
from gutsleep.ui.tr import tr

# The passphrase prompt, the recovery and the dialogs are imported where they
# are needed: a plain, healthy journal (nearly every start) never shows them.


class Quit(Exception):
    """The person chose not to open the journal; ``code`` is the exit status."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def open_journal(data_dir: Path, parent: QWidget | None = None) -> Services:
    """Services for ``data_dir``, after any passphrase prompt or recovery.

    Raises Quit when the person cancels (0) or quits over an unusable file
    (2), and other StoreErrors (newer file, encryption missing) unchanged.
    """
    passphrase: str | None = None
    unreadable = False
    while True:
        try:
            if unreadable:
                unreadable = False
                raise DamagedFileError(
                    f"{data_dir / DATABASE_NAME} can't be read as a journal "
                    "(it is neither a plain journal nor one a passphrase opens)."
                )
            return open_services(data_dir, passphrase=passphrase)
        except crypto.PassphraseRequired as exc:
            from gutsleep.storage.file import recovery
            from gutsleep.ui import passphrase as passphrase_ui

            typed: list[str] = []

            def opener(value: str, typed: list[str] = typed) -> Services:
                typed.append(value)
                return open_services(data_dir, passphrase=value)

            try:
                result = passphrase_ui.unlock_at_start(parent, opener, wrong=exc.wrong)
            except StoreError as error:
                passphrase = typed[-1] if typed else None
                if not recovery.is_unusable(error):
                    raise
                if not recover(parent, data_dir, error, passphrase):
                    raise Quit(2) from error
                continue
            if result is None:
                raise Quit(0) from None
            if result == passphrase_ui.NOT_PROTECTED:
                unreadable = True
                continue
            assert isinstance(result, Services)
            return result
        except StoreError as error:
            from gutsleep.storage.file import recovery

            if not recovery.is_unusable(error):
                raise
            if not recover(parent, data_dir, error, passphrase):
                raise Quit(2) from error


def recover(
    parent: QWidget | None, data_dir: Path, error: BaseException, passphrase: str | None = None
) -> bool:
    """Offer restore / new / quit for an unusable journal; False means quit.

    Restoring or starting anew first moves the file aside; it is never
    overwritten or deleted.
    """
    from gutsleep.storage.file import recovery
    from gutsleep.ui import dialogs

    good = recovery.newest_good_backup(data_dir, passphrase)
    lines = [str(error)]
    if good is not None:
        lines.append(tr("The newest good backup is {name}.").format(name=good.path.name))
    else:
        lines.append(tr("There is no good backup in the backups folder."))
    lines.append(
        tr(
            "Whatever you choose, the file is kept aside in the data folder, never "
            "overwritten or deleted."
        )
    )
    choice = dialogs.damaged_journal(parent, "\n\n".join(lines), good is not None)
    if choice == dialogs.QUIT:
        print(recovery.cli_message(error, data_dir), file=sys.stderr)
        return False
    aside = recovery.move_aside(data_dir)
    if choice == dialogs.RESTORE and good is not None:
        recovery.restore_backup(good, data_dir, passphrase)
        done = tr("The journal was restored from {name}.").format(name=good.path.name)
    else:
        done = tr("A new, empty journal was started.")
    if aside is not None:
        done += "\n\n" + tr("The unusable file was kept as {path}.").format(path=aside)
    dialogs.inform(parent, tr("The journal can be used again"), done)
    return True


def synced_warning(kind: str, data_dir: Path) -> str:
    return tr(
        "Your journal's folder {folder} is in {kind}.\n\n"
        "Sync services and network drives can copy an SQLite file while it is being "
        "written, or bring back an older copy, and so damage the journal. Keep the "
        "journal in a local folder (start gutsleep with --data-dir, or move the folder "
        "while gutsleep is closed) and save backups to {kind} instead."
    ).format(folder=data_dir, kind=kind)


def warn_synced_folder_once(parent: QWidget | None, services: Services) -> str | None:
    """Warn if the data folder is synced or on a network drive, once; the kind, or None."""
    from gutsleep.storage.file.synced_folders import synced_folder_kind
    from gutsleep.ui import dialogs

    if services.settings.get(SYNCED_FOLDER_WARNED):
        return None
    kind = synced_folder_kind(services.data_dir)
    if kind is None:
        return None
    dialogs.warn(
        parent, tr("Your journal is in a synced folder"), synced_warning(kind, services.data_dir)
    )
    services.settings.set(SYNCED_FOLDER_WARNED, True)
    return kind
