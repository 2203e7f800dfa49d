"""One Redis URL, a single server or a Redis Cluster: the clients every Redis adapter uses.

The setting is the URL's scheme (``TWINSPACE_REDIS_URL``):

``redis://host:port/db`` (``rediss://``, ``unix://``)
    One Redis server (the default). Pub/Sub is classic (SUBSCRIBE/PUBLISH).
``redis+cluster://host:port`` (``rediss+cluster://``)
    A Redis Cluster (Redis 7 or later), found from any one of its nodes. Commands go through
    redis-py's :class:`~redis.asyncio.cluster.RedisCluster`, which routes each key to the
    master owning its slot; the broker's Pub/Sub is sharded (SSUBSCRIBE/SPUBLISH), so a
    channel's events stay on the shard that holds its sequence and history. A cluster has
    database 0 only: a path other than ``/`` or ``/0`` is refused.

Every multi-key operation of the adapters (a Lua script, a MULTI, an MGET) touches keys that
share one hash tag (``{s12}`` for a space, ``{a7}`` for an account, ``{attempts}``,
``{control}``), so it runs on one slot, as Redis Cluster requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import redis.asyncio
import redis.exceptions
from redis.asyncio.client import Pipeline
from redis.asyncio.cluster import ClusterPipeline, RedisCluster
from redis.commands.core import AsyncScript
from redis.typing import EncodableT

#: What redis-py raises when Redis does not answer for a moment rather than for a bug: no
#: connection or no answer in time, a cluster slot with no master yet or a write that reached
#: a replica (a failover under way), a pool at its bound. The edges answer these
#: ``unavailable`` (503) as they answer a database outage; anything else is a bug (500).
#: (``SlotNotCoveredError`` is no ``RedisError``, and ``ReadOnlyError`` a ``ResponseError``.)
REDIS_DOWN: tuple[type[Exception], ...] = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    redis.exceptions.ClusterDownError,
    redis.exceptions.TryAgainError,
    redis.exceptions.ReadOnlyError,
    redis.exceptions.SlotNotCoveredError,
)

#: URL schemes that name a Redis Cluster, and the plain scheme each stands for.
CLUSTER_SCHEMES = {"redis+cluster": "redis", "rediss+cluster": "rediss"}

#: Either client: the adapters call only commands both have.
RedisClient = redis.asyncio.Redis | RedisCluster
AnyPipeline = Pipeline | ClusterPipeline


def is_cluster_url(url: str) -> bool:
    """Whether ``url`` names a Redis Cluster (``redis+cluster://``, ``rediss+cluster://``)."""
    return urlsplit(url).scheme in CLUSTER_SCHEMES


def cluster_seed_url(url: str) -> str:
    """The plain ``redis://`` URL of the cluster node named by a ``redis+cluster://`` URL."""
    parts = urlsplit(url)
    if parts.path not in ("", "/", "/0"):
        raise ValueError(f"a Redis Cluster has database 0 only, got {parts.path!r} in {url!r}")
    return urlunsplit(parts._replace(scheme=CLUSTER_SCHEMES[parts.scheme], path=""))


def connect(url: str, **kwargs: Any) -> RedisClient:
    """A client for ``url``: :class:`RedisCluster` for a cluster URL, else :class:`Redis`.

    ``kwargs`` are the connection options both take (timeouts, ``decode_responses``,
    ``client_name``, ``retry``); no connection is opened until the first command.
    """
    if is_cluster_url(url):
        return RedisCluster.from_url(cluster_seed_url(url), **kwargs)
    return redis.asyncio.Redis.from_url(url, **kwargs)


async def queue_script(
    pipe: AnyPipeline,
    script: AsyncScript,
    keys: Sequence[str],
    args: Sequence[EncodableT],
) -> None:
    """Queue ``script`` in ``pipe``. A cluster pipeline sends the script's text (EVAL) rather
    than its digest: it cannot load a script on the node that answers NOSCRIPT (a replica
    promoted by a failover has none loaded), and our scripts are a few hundred bytes."""
    if isinstance(pipe, ClusterPipeline):
        text = script.script
        pipe.eval(text if isinstance(text, str) else bytes(text).decode(), len(keys), *keys, *args)
        return
    await script(keys, args, client=pipe)
