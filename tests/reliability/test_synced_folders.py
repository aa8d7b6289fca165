"""Synced and network folders are recognised, and the app warns about them once."""

from __future__ import annotations

from pathlib import Path

import pytest

from gutsleep.storage.file.synced_folders import network_filesystem, synced_folder_kind

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
server:/export /home/ann/nfs nfs4 rw,relatime 0 0
//nas/share /mnt/nas cifs rw 0 0
//nas/new /mnt/smb3 smb3 rw 0 0
ann@host:/srv /home/ann/remote fuse.sshfs rw 0 0
ann@host:/x /home/ann/My\\040Remote sshfs rw 0 0
tmpfs /home/ann/nfs/local tmpfs rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/ann/Dropbox/gutsleep", "Dropbox"),
        ("/home/ann/Dropbox (Personal)/gutsleep", "Dropbox"),
        ("C:/Users/ann/OneDrive/Documents/gutsleep", "OneDrive"),
        ("C:/Users/ann/OneDrive - Contoso/gutsleep", "OneDrive"),
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/gutsleep", "iCloud Drive"),
        ("C:/Users/ann/iCloudDrive/gutsleep", "iCloud Drive"),
        ("/Users/ann/Google Drive/My Drive/gutsleep", "Google Drive"),
        ("/Users/ann/Library/CloudStorage/GoogleDrive-ann@example.org/My Drive/j", "Google Drive"),
        ("/Users/ann/Library/CloudStorage/OneDrive-Personal/j", "OneDrive"),
        ("/Users/ann/Library/CloudStorage/Box-Box/j", "Box"),
        ("/home/ann/Nextcloud/journal", "Nextcloud"),
        ("/home/ann/ownCloud/journal", "ownCloud"),
        ("/home/ann/nfs/gutsleep", "network drive (nfs4)"),
        ("/mnt/nas/gutsleep", "network drive (cifs)"),
        ("/mnt/smb3/gutsleep", "network drive (smb3)"),
        ("/home/ann/remote/gutsleep", "network drive (fuse.sshfs)"),
        ("/home/ann/My Remote/gutsleep", "network drive (sshfs)"),
        ("/home/ann/.local/share/gutsleep", None),
        ("/home/ann/nfs/local/gutsleep", None),  # a local mount inside the network one
        ("/home/ann/Dropboxes-are-boxes/gutsleep", None),
    ],
)
def test_known_places(path: str, kind: str | None, mounts: Path) -> None:
    assert synced_folder_kind(Path(path), mounts=mounts) == kind


def test_markers_in_a_parent_folder(tmp_path: Path, mounts: Path) -> None:
    synced = tmp_path / "shared"
    (synced / ".stfolder").mkdir(parents=True)
    assert synced_folder_kind(synced / "deep" / "gutsleep", mounts=mounts) == "Syncthing"
    box = tmp_path / "box"
    box.mkdir()
    (box / ".dropbox").write_text("{}", encoding="utf-8")
    assert synced_folder_kind(box / "gutsleep", mounts=mounts) == "Dropbox"
    cloud = tmp_path / "cloud"
    cloud.mkdir()
    (cloud / ".sync_0123abcd.db").write_bytes(b"")
    assert synced_folder_kind(cloud / "j", mounts=mounts) == "Nextcloud/ownCloud"


def test_dropbox_settings_folder_in_home_is_not_a_synced_folder(
    tmp_path: Path, mounts: Path
) -> None:
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)  # the client's settings, not a synced root
    assert synced_folder_kind(home / ".local" / "share" / "gutsleep", mounts=mounts) is None


def test_a_symlink_into_a_synced_folder_is_seen_through(tmp_path: Path, mounts: Path) -> None:
    real = tmp_path / "Dropbox" / "gutsleep"
    real.mkdir(parents=True)
    link = tmp_path / "journal"
    link.symlink_to(real)
    assert synced_folder_kind(link, mounts=mounts) == "Dropbox"


def test_no_mount_table_means_no_network_guess(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path, tmp_path / "missing") is None


def test_the_app_warns_once(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gutsleep.services.context import open_services
    from gutsleep.storage.settings import SYNCED_FOLDER_WARNED, SettingsStore
    from gutsleep.ui import dialogs, startup

    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    data = tmp_path / "Dropbox" / "gutsleep"
    services = open_services(data)
    try:
        assert startup.warn_synced_folder_once(None, services) == "Dropbox"
        assert startup.warn_synced_folder_once(None, services) is None
    finally:
        services.close()
    assert len(warnings) == 1
    assert "Dropbox" in warnings[0] and "backups" in warnings[0]
    assert SettingsStore(data).get(SYNCED_FOLDER_WARNED) is True
    local = open_services(tmp_path / "local")
    try:
        assert startup.warn_synced_folder_once(None, local) is None
    finally:
        local.close()
    assert len(warnings) == 1
