"""Which blob store: ``TWINSPACE_BLOBS_URL`` parsed, without importing any S3 client.

* unset (the default): the local disk store under ``<data_dir>/files`` (local.py);
* ``s3://BUCKET[/PREFIX][?endpoint=URL&region=NAME]``: an S3-protocol bucket (s3.py).
  ``endpoint`` is the server's address (``http://127.0.0.1:7480`` for a local radosgw; left
  out: AWS's endpoint of the region); ``region`` defaults to ``us-east-1`` (what radosgw,
  MinIO and Garage accept unless configured otherwise). The bucket must exist. Credentials
  come from TWINSPACE_BLOBS_ACCESS_KEY_ID / TWINSPACE_BLOBS_SECRET_ACCESS_KEY, or, when
  those are unset, from botocore's usual chain (AWS_ACCESS_KEY_ID, ~/.aws, instance roles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

#: S3's rule for bucket names (3-63 lowercase letters, digits, dots and hyphens).
BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
QUERY_KEYS = frozenset({"endpoint", "region"})


class BadBlobsUrl(ValueError):
    """TWINSPACE_BLOBS_URL cannot work; the message says why."""


@dataclass(frozen=True, slots=True)
class S3Target:
    """Where the S3 store lives."""

    bucket: str
    #: Prepended to every object name ("" or ending in "/").
    prefix: str = ""
    #: The S3 server's address; None for AWS's own endpoint of the region.
    endpoint: str | None = None
    region: str = "us-east-1"
    #: None: botocore's own chain (AWS_ACCESS_KEY_ID, ~/.aws, instance roles).
    access_key_id: str | None = None
    secret_access_key: str | None = None


def parse_blobs_url(
    url: str, access_key_id: str | None = None, secret_access_key: str | None = None
) -> S3Target:
    """The S3 target of an ``s3://`` URL; BadBlobsUrl for anything else."""
    parts = urlsplit(url)
    if parts.scheme != "s3":
        raise BadBlobsUrl(f"blobs URL {url!r} must start with s3:// (unset: local disk)")
    bucket = parts.netloc
    if not BUCKET_RE.fullmatch(bucket):
        raise BadBlobsUrl(f"blobs URL {url!r} names no valid bucket (s3://BUCKET/...)")
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = set(query) - QUERY_KEYS
    if unknown:
        raise BadBlobsUrl(f"blobs URL {url!r}: unknown options {', '.join(sorted(unknown))}")
    endpoint = query.get("endpoint", [""])[-1] or None
    if endpoint is not None:
        given = urlsplit(endpoint)
        if given.scheme not in ("http", "https") or not given.hostname:
            raise BadBlobsUrl(f"blobs URL {url!r}: endpoint must be like http://host:port")
    if bool(access_key_id) != bool(secret_access_key):
        raise BadBlobsUrl(
            "TWINSPACE_BLOBS_ACCESS_KEY_ID and TWINSPACE_BLOBS_SECRET_ACCESS_KEY go together"
        )
    prefix = parts.path.strip("/")
    return S3Target(
        bucket=bucket,
        prefix=f"{prefix}/" if prefix else "",
        endpoint=endpoint,
        region=query.get("region", [""])[-1] or "us-east-1",
        access_key_id=access_key_id or None,
        secret_access_key=secret_access_key or None,
    )
