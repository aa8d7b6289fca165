"""Is the data folder inside a cloud-synced or network folder?

Sync clients copy files while SQLite is writing them and can upload a
database without its -wal file, or bring back an older copy over a newer
one; network file systems often lack the locking SQLite relies on. Either
can damage the journal, so the app warns once (see ui.startup) and suggests
keeping the journal local and saving backups to the synced place instead.

Recognised by folder names and markers along the path (no network access,
only names and ``stat``), and on Linux by the file system type in /proc/mounts.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

MOUNTS = Path("/proc/mounts")

#: File system types (as in /proc/mounts) of network folders.
NETWORK_FILESYSTEMS = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "SMB",
    "smb3": "SMB",
    "smbfs": "SMB",
    "sshfs": "SSHFS",
    "fuse.sshfs": "SSHFS",
    "fuse.rclone": "rclone",
    "davfs": "WebDAV",
    "fuse.davfs2": "WebDAV",
    "afs": "AFS",
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "fuse.glusterfs": "GlusterFS",
}

#: Markers a sync client keeps at the top of what it syncs: name -> (kind, is a folder).
#: (Dropbox's own settings live in a *folder* ~/.dropbox; its synced root has a *file*.)
MARKERS = {
    ".stfolder": ("Syncthing", None),
    ".dropbox": ("Dropbox", False),
    ".dropbox.cache": ("Dropbox", True),
}


def _kind_of_name(name: str, parent: str) -> str | None:
    low = name.casefold()
    if low == "dropbox" or low.startswith(("dropbox (", "dropbox-")):
        return "Dropbox"
    if low == "onedrive" or low.startswith(("onedrive -", "onedrive-")):
        return "OneDrive"
    if low in {"icloud drive", "iclouddrive", "icloud drive (archive)"} or (
        low == "mobile documents" and parent.casefold() == "library"
    ):
        return "iCloud Drive"
    if low in {"google drive", "googledrive", "my drive"} or low.startswith("googledrive-"):
        return "Google Drive"
    if low == "nextcloud" or low.startswith("nextcloud-"):
        return "Nextcloud"
    if low == "owncloud" or low.startswith("owncloud-"):
        return "ownCloud"
    return None


def _marker_kind(folder: Path) -> str | None:
    for marker, (kind, is_folder) in MARKERS.items():
        candidate = folder / marker
        try:
            if candidate.exists() and (is_folder is None or candidate.is_dir() == is_folder):
                return kind
        except OSError:
            continue
    try:
        for entry in folder.glob(".sync_*.db"):
            if entry.is_file():
                return "Nextcloud/ownCloud"  # the desktop client's sync journal
        for entry in folder.glob("._sync_*.db"):
            if entry.is_file():
                return "Nextcloud/ownCloud"
    except OSError:
        pass
    return None


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_filesystem(path: Path, mounts: Path = MOUNTS) -> str | None:
    """The network file system type holding ``path`` (Linux /proc/mounts), or None."""
    try:
        text = mounts.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    target = str(path)
    best: tuple[int, str] | None = None
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_FILESYSTEMS else None


def synced_folder_kind(path: Path, *, mounts: Path = MOUNTS) -> str | None:
    """A name for the sync service or network drive ``path`` lies in, or None.

    E.g. "Dropbox", "OneDrive", "iCloud Drive", "Google Drive", "Nextcloud",
    "Syncthing", or "network drive (nfs)".
    """
    given = Path(os.path.abspath(os.path.expanduser(path)))
    try:
        real = given.resolve()
    except (OSError, RuntimeError):
        real = given
    for candidate in dict.fromkeys((given, real)):
        kind = _synced_kind(candidate, mounts)
        if kind:
            return kind
    return None


def _synced_kind(path: Path, mounts: Path) -> str | None:
    parts = PurePath(path).parts
    for index, name in enumerate(parts):
        parent = parts[index - 1] if index else ""
        kind = _kind_of_name(name, parent)
        if kind is None and parent.casefold() == "cloudstorage":
            # macOS File Provider: ~/Library/CloudStorage/<Provider-account>
            kind = name.split("-", 1)[0] or None
        if kind:
            return kind
    folder: Path | None = path
    while folder is not None:
        kind = _marker_kind(folder)
        if kind:
            return kind
        folder = folder.parent if folder.parent != folder else None
    fstype = network_filesystem(path, mounts)
    if fstype:
        return f"network drive ({fstype})"
    return None
