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

The client's connections are bounded and a burst past the bound queues: past
:data:`MAX_CONNECTIONS` commands at once, a command waits for a connection (at most the
command timeout) instead of failing. redis-py 6 and later bound a plain pool at 100
connections and refuse the 101st at once with "Too many connections": the fan-out benchmark
saw 20 subscribes refused that way at 5,100 subscribers (issue 24).

Every multi-key operation of the adapters (a Lua script, a MULTI, an MGET) touches keys that
share one hash tag (``{s12}`` for a space, ``{a7}`` for an account, ``{attempts}``,
``{control}``), so it runs on one slot, as Redis Cluster requires.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import redis.asyncio
import redis.exceptions
from redis.asyncio.client import Pipeline
from redis.asyncio.cluster import ClusterPipeline, RedisCluster
from redis.commands.core import AsyncScript
from redis.exceptions import ConnectionError as RedisConnectionError
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

#: Redis connections one client opens at most (per node on a cluster). Past it, a command
#: waits for a connection to come back, for :data:`DEFAULT_POOL_WAIT_S` or the client's
#: ``socket_timeout``, and then fails with ``ConnectionError`` ("No connection available").
MAX_CONNECTIONS = 100
#: Seconds a command waits for a pooled connection when the client has no ``socket_timeout``.
DEFAULT_POOL_WAIT_S = 5.0


def is_cluster_url(url: str) -> bool:
    """Whether ``url`` names a Redis Cluster (``redis+cluster://``, ``rediss+cluster://``)."""
    return urlsplit(url).scheme in CLUSTER_SCHEMES


def cluster_seed_url(url: str) -> str:
    """The plain ``redis://`` URL of the cluster node named by a ``redis+cluster://`` URL."""
    parts = urlsplit(url)
    if parts.path not in ("", "/", "/0"):
        raise ValueError(f"a Redis Cluster has database 0 only, got {parts.path!r} in {url!r}")
    return urlunsplit(parts._replace(scheme=CLUSTER_SCHEMES[parts.scheme], path=""))


class QueueingRedisCluster(RedisCluster):
    """A :class:`RedisCluster` whose commands and pipelines past ``max_connections`` in flight
    wait for one to finish (at most ``pool_wait_s``, then ``ConnectionError``), as a
    :class:`~redis.asyncio.BlockingConnectionPool` does on one server. redis-py's cluster
    nodes refuse the command past their bound at once ("MaxConnectionsError"); a command holds
    one connection and a pipeline at most one per node, so this many in flight never exceeds
    any node's bound."""

    def __init__(
        self,
        *,
        max_connections: int = MAX_CONNECTIONS,
        pool_wait_s: float = DEFAULT_POOL_WAIT_S,
        **kwargs: Any,
    ) -> None:
        super().__init__(max_connections=max_connections, **kwargs)
        self._in_flight = asyncio.Semaphore(max_connections)
        self._pool_wait_s = pool_wait_s

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """One of the ``max_connections`` places, waited for up to ``pool_wait_s``."""
        try:
            async with asyncio.timeout(self._pool_wait_s):
                await self._in_flight.acquire()
        except TimeoutError:
            raise RedisConnectionError("No connection available.") from None
        try:
            yield
        finally:
            self._in_flight.release()

    async def execute_command(self, *args: EncodableT, **kwargs: Any) -> Any:
        async with self.slot():
            return await super().execute_command(*args, **kwargs)

    def pipeline(
        self, transaction: Any | None = None, shard_hint: Any | None = None
    ) -> ClusterPipeline:
        if shard_hint:
            return super().pipeline(transaction, shard_hint)  # refused by redis-py, as it says
        # redis-py's stubs call an attribute abstract that its own pipeline() sets up.
        return QueueingClusterPipeline(self, transaction)  # type: ignore[abstract]


class QueueingClusterPipeline(ClusterPipeline):
    """A cluster pipeline that takes one of its client's places while it executes."""

    def __init__(self, client: QueueingRedisCluster, transaction: Any | None = None) -> None:
        super().__init__(client, transaction)
        self._queueing = client

    async def execute(
        self, raise_on_error: bool = True, allow_redirections: bool = True
    ) -> list[Any]:
        async with self._queueing.slot():
            return await super().execute(raise_on_error, allow_redirections)


def connect(
    url: str,
    *,
    max_connections: int = MAX_CONNECTIONS,
    pool_wait_s: float | None = None,
    **kwargs: Any,
) -> RedisClient:
    """A client for ``url``: :class:`RedisCluster` for a cluster URL, else :class:`Redis`.

    ``kwargs`` are the connection options both take (timeouts, ``decode_responses``,
    ``client_name``, ``retry``); no connection is opened until the first command.

    On one server, a command finding all ``max_connections`` in use waits for one (a
    :class:`~redis.asyncio.BlockingConnectionPool`) for ``pool_wait_s``, by default as long
    as a command may take (``socket_timeout``, else :data:`DEFAULT_POOL_WAIT_S`). redis-py's
    cluster client has no blocking pool: a :class:`QueueingRedisCluster` makes its commands
    wait the same way.
    """
    if pool_wait_s is None:
        pool_wait_s = kwargs.get("socket_timeout") or DEFAULT_POOL_WAIT_S
    if is_cluster_url(url):
        return QueueingRedisCluster.from_url(
            cluster_seed_url(url),
            max_connections=max_connections,
            pool_wait_s=pool_wait_s,
            **kwargs,
        )
    pool = redis.asyncio.BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=pool_wait_s, **kwargs
    )
    # from_pool: the client owns the pool, so closing the client closes its connections.
    return redis.asyncio.Redis.from_pool(pool)


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
