"""Content-addressed blob stores behind one small interface (base.py): local disk (the
default) or an S3-protocol bucket, chosen by ``TWINSPACE_BLOBS_URL`` (target.py)."""

from __future__ import annotations

from pathlib import Path

from .base import BlobStore
from .target import parse_blobs_url


def open_blob_store(
    url: str | None,
    files_dir: Path,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
) -> BlobStore:
    """The store the settings name, not yet started."""
    if not url:
        from .local import LocalBlobStore

        return LocalBlobStore(files_dir)
    from .s3 import S3BlobStore

    return S3BlobStore(parse_blobs_url(url, access_key_id, secret_access_key))
