"""A deployment that looks like several machines, brought up and torn down on this one.

Hosts (network namespaces on a private switch, :mod:`loadtest.hosts`):

====== =============== ==================================================================
host   address         runs
====== =============== ==================================================================
lb     10.216.0.2      nginx, the load balancer: port 8080, HTTP and the /ws upgrade
db     10.216.0.3      a PostgreSQL of the run's own (initdb into a scratch folder)
redis  10.216.0.4      Redis: one server on 6379, or (``Shape.redis == "cluster"``) a Redis
                       Cluster of 3 masters and 3 replicas on 7000-7005
                       (:mod:`loadtest.redis_cluster`)
s3     10.216.0.5      with ``Shape.blobs == "s3"``: Ceph's radosgw on 7480, the archive's
                       object store (:mod:`loadtest.ceph`)
n1..nN 10.216.0.11+    ``twinspace serve --workers W`` on port 8000, each a "machine"
load   10.216.0.20     the load generator's processes
====== =============== ==================================================================

The archive's blobs go to the S3 store when there is one; otherwise every node shares one
file-store folder (a disk all nodes see). Everything is started by :class:`Deployment` and
killed when it closes, also when the run fails.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .ceph import ACCESS_KEY, SECRET_KEY, CephS3
from .hosts import SUBNET, Host, Hosts, private_hosts
from .netns import kill_inside, pids_in
from .redis_cluster import DeploymentCluster

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_BIN = Path("/usr/lib/postgresql")
LB_PORT = 8080
NODE_PORT = 8000
#: fsync off: the runs kill processes, never the machine, and a killed PostgreSQL recovers from
#: its WAL in the page cache; with fsync on, creating and migrating the database took minutes
#: on a loaded 2-core machine. 6 nodes' pools (5 + 10 overflow per worker) fit in 400.
POSTGRES_OPTIONS = ["-c", "fsync=off", "-c", "max_connections=400"]
#: PostgreSQL refuses to run as root.
AS_POSTGRES = ["runuser", "-u", "postgres", "--"]
#: Seconds a service may take to answer after it was started.
START_TIMEOUT_S = 240.0  # a loaded 2-core machine took 23 s to migrate a new database
REDIS_KINDS = ("single", "cluster")
BLOB_STORES = ("disk", "s3")
S3_MON_PORT = 6789
S3_PORT = 7480
BUCKET = "twinspace-archive"
#: Makes the archive's bucket, run on the s3 host: argv ENDPOINT BUCKET KEY SECRET.
MAKE_BUCKET = """
import asyncio, sys
from server.blobs.s3 import S3BlobStore
from server.blobs.target import S3Target

async def make() -> None:
    endpoint, bucket, key, secret = sys.argv[1:5]
    target = S3Target(bucket, endpoint=endpoint, access_key_id=key, secret_access_key=secret)
    async with S3BlobStore(target).connected_client() as client:
        await client.create_bucket(Bucket=bucket)

asyncio.run(make())
"""


@dataclass(frozen=True)
class Shape:
    nodes: int = 3
    workers: int = 2
    #: "single" (one redis-server) or "cluster" (3 masters, 3 replicas).
    redis: str = "single"
    #: Where the archive's blobs go: "disk" (one folder all nodes share) or "s3" (radosgw).
    blobs: str = "disk"


@dataclass
class Deployment:
    hosts: Hosts
    folder: Path
    shape: Shape
    lb: Host = field(init=False)
    db: Host = field(init=False)
    redis: Host = field(init=False)
    s3_host: Host | None = None
    load: Host = field(init=False)
    nodes: list[Host] = field(default_factory=list)
    admin_email: str = ""
    admin_password: str = ""
    redis_cluster: DeploymentCluster | None = None
    s3: CephS3 | None = None
    #: The nodes' TWINSPACE_METRICS_TOKEN: the run reads their counters after the load.
    metrics_token: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    _processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.lb.address}:{LB_PORT}"

    @property
    def database_url(self) -> str:
        return f"postgresql+asyncpg://postgres@{self.db.address}:5432/twinspace"

    @property
    def redis_url(self) -> str:
        if self.redis_cluster is not None:
            return self.redis_cluster.url
        return f"redis://{self.redis.address}:6379/0"

    @property
    def blobs_url(self) -> str | None:
        """TWINSPACE_BLOBS_URL of the nodes: None for the shared folder."""
        if self.s3 is None:
            return None
        return f"s3://{BUCKET}/?endpoint={self.s3.endpoint}"

    def node_environment(self) -> dict[str, str]:
        """The nodes' environment: this one's, plus the metrics token and the S3 store's
        address and keys."""
        environment = dict(os.environ)
        environment["TWINSPACE_METRICS_TOKEN"] = self.metrics_token
        if self.blobs_url is not None:
            environment["TWINSPACE_BLOBS_URL"] = self.blobs_url
            environment["TWINSPACE_BLOBS_ACCESS_KEY_ID"] = ACCESS_KEY
            environment["TWINSPACE_BLOBS_SECRET_ACCESS_KEY"] = SECRET_KEY
        return environment

    @property
    def files_dir(self) -> Path:
        return self.folder / "files"

    def log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def spawn(
        self, host: Host, argv: list[str], name: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        with self.log(name).open("ab") as log:
            process = subprocess.Popen(  # noqa: S603 (our own programs and arguments)
                host.command(argv), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env
            )
        self._processes.append(process)
        return process

    def run(self, host: Host, argv: list[str], *, stdin: str | None = None) -> str:
        done = subprocess.run(  # noqa: S603
            host.command(argv),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=START_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{argv[:3]} on {host.name} failed: {done.stderr[-2000:]}")
        return done.stdout

    # -- the pieces ------------------------------------------------------------------------

    def start_postgres(self) -> None:
        """A new cluster in the run's folder (trust for the hosts' subnet), then the
        postmaster, then the database."""
        data = self.postgres_data()
        data.mkdir()
        owner = pwd.getpwnam("postgres")
        os.chown(data, owner.pw_uid, owner.pw_gid)
        initdb = [str(postgres_bin() / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
        self.run(self.db, [*AS_POSTGRES, *initdb])
        with (data / "pg_hba.conf").open("a") as hba:
            hba.write(f"host all all {SUBNET}.0/24 trust\n")
        self.start_postmaster()
        createdb = [str(postgres_bin() / "createdb"), "-h", str(data), "twinspace"]
        self.run(self.db, [*AS_POSTGRES, *createdb])

    def start_postmaster(self) -> None:
        """PostgreSQL on the db host's address (also after :meth:`stop_postgres`)."""
        data = self.postgres_data()
        argv = [
            *AS_POSTGRES,
            str(postgres_bin() / "postgres"),
            *("-D", str(data), "-c", f"listen_addresses={self.db.address}"),
            *("-c", f"unix_socket_directories={data}", *POSTGRES_OPTIONS),
        ]
        self.spawn(self.db, argv, "postgres")
        wait_for_port(self.db, 5432)

    def postgres_data(self) -> Path:
        return self.folder / "pg"

    def post_ids(self) -> set[int]:
        """The id of every forum post in the database (the run's own database: the run's
        posts and nothing else), read with psql on the db host."""
        psql = [str(postgres_bin() / "psql"), "-h", str(self.postgres_data()), "-d", "twinspace"]
        query = ["-At", "-c", "SELECT id FROM forum_posts"]
        return {int(line) for line in self.run(self.db, [*AS_POSTGRES, *psql, *query]).split()}

    def stop_postgres(self) -> None:
        """A fast shutdown (SIGINT to the postmaster): open transactions are cut."""
        pg_ctl = [str(postgres_bin() / "pg_ctl"), "-D", str(self.postgres_data())]
        self.run(self.db, [*AS_POSTGRES, *pg_ctl, "-m", "fast", "-w", "stop"])

    def start_redis(self) -> None:
        if self.shape.redis == "cluster":
            self.redis_cluster = DeploymentCluster(
                self.redis,
                self.folder,
                shutil.which("redis-server") or "redis-server",
                shutil.which("redis-cli") or "redis-cli",
                self.spawn,
            )
            self.redis_cluster.start()
            return
        argv = [
            shutil.which("redis-server") or "redis-server",
            "--bind",
            self.redis.address,
            "--port",
            "6379",
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "no",
        ]
        self.spawn(self.redis, argv, "redis")
        wait_for_port(self.redis, 6379)

    def start_s3(self) -> None:
        """Ceph's radosgw on the s3 host, its user, and the archive's bucket."""
        if self.s3_host is None:
            return
        self.s3 = CephS3(self.folder / "ceph", self.s3_host, S3_MON_PORT, S3_PORT)
        self.s3.start()
        self.run(
            self.s3_host,
            [sys.executable, "-c", MAKE_BUCKET, self.s3.endpoint, BUCKET, ACCESS_KEY, SECRET_KEY],
        )

    def start_nodes(self) -> None:
        self.run(self.nodes[0], [*self.twinspace(), "migrate", *self.storage_args()])
        self.admin_email = f"nso-{secrets.token_hex(3)}@cluster.example.org"
        self.admin_password = secrets.token_urlsafe(18)
        self.run(
            self.nodes[0],
            [
                *self.twinspace(),
                "admin",
                "create-national-admin",
                "--country",
                "FR",
                "--email",
                self.admin_email,
                "--display-name",
                "Cluster NSO",
                "--password-stdin",
                *self.storage_args(),
            ],
            stdin=self.admin_password + "\n",
        )
        for node in self.nodes:
            self.start_node(node)
        for node in self.nodes:
            wait_ready(f"http://{node.address}:{NODE_PORT}", node)

    def twinspace(self) -> list[str]:
        return [sys.executable, "-c", "from server.cli import main; main()"]

    def storage_args(self) -> list[str]:
        return ["--database-url", self.database_url, "--data-dir", str(self.files_dir)]

    def start_node(self, node: Host) -> None:
        argv = [
            *self.twinspace(),
            "serve",
            "--host",
            node.address,
            "--port",
            str(NODE_PORT),
            "--workers",
            str(self.shape.workers),
            "--redis-url",
            self.redis_url,
            "--log-level",
            "warning",
            *self.storage_args(),
        ]
        self.spawn(node, argv, node.name, self.node_environment())

    def kill_node(self, node: Host) -> None:
        """Every process of the node at once, with SIGKILL: a machine that dies."""
        for pid in pids_in(node.netns):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def start_lb(self) -> None:
        config = self.folder / "nginx.conf"
        upstreams = "\n".join(
            f"        server {node.address}:{NODE_PORT} max_fails=1 fail_timeout=5s;"
            for node in self.nodes
        )
        config.write_text(NGINX_CONF.format(folder=self.folder, upstreams=upstreams, lb=self.lb))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.spawn(self.lb, [nginx, "-c", str(config), "-p", str(self.folder)], "nginx")
        wait_for_port(self.lb, LB_PORT)

    def metrics(self) -> dict[str, str]:
        """Each node's ``/metrics`` text (every worker of it added up), asked from the load
        host; a node that does not answer is left out. A node killed and started again
        counts from its restart."""
        texts = {}
        for node in self.nodes:
            probe = (
                "import httpx,sys\n"
                f"r = httpx.get('http://{node.address}:{NODE_PORT}/metrics', timeout=10,"
                f" headers={{'Authorization': 'Bearer {self.metrics_token}'}})\n"
                "r.raise_for_status()\n"
                "sys.stdout.write(r.text)\n"
            )
            done = subprocess.run(  # noqa: S603
                self.load.command([sys.executable, "-c", probe]),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            if done.returncode == 0:
                texts[node.name] = done.stdout
        return texts

    def print_log_tails(self, lines: int = 15) -> None:
        """The end of every piece's log, on stderr: what a failed run leaves to read."""
        for log in sorted(self.folder.glob("*.log")):
            tail = log.read_text(errors="replace").splitlines()[-lines:]
            print(f"--- {log.name}", *tail, sep="\n", file=sys.stderr)

    def close(self) -> None:
        if self.s3 is not None:
            self.s3.stop()
        for process in self._processes:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
        for process in self._processes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
        for host in self.hosts.hosts.values():
            kill_inside(host.netns)


NGINX_CONF = """
daemon off;
worker_processes 1;
error_log {folder}/nginx-error.log warn;
pid {folder}/nginx.pid;
events {{ worker_connections 20000; }}
worker_rlimit_nofile 45000;
http {{
    access_log off;
    client_body_temp_path {folder}/nginx-body;
    proxy_temp_path {folder}/nginx-proxy;
    upstream twinspace {{
{upstreams}
        keepalive 64;
        # Below the nodes' own idle limit (uvicorn's 5 s): a kept connection the node closes
        # just as nginx sends a POST on it is reset, and nginx answers 502 without retrying
        # (a pupil-login was, in provisioning 200 classrooms).
        keepalive_timeout 4s;
    }}
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ""      "";
    }}
    server {{
        listen {lb.address}:8080 backlog=4096;
        client_max_body_size 200m;
        proxy_request_buffering off;
        location = /ws {{
            proxy_pass http://twinspace;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $http_host;
            proxy_read_timeout 75s;
            proxy_send_timeout 75s;
            proxy_buffering off;
        }}
        location / {{
            proxy_pass http://twinspace;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            # A node that died: the next one takes requests that never reached it.
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
        }}
    }}
}}
"""


def postgres_bin() -> Path:
    versions = sorted(POSTGRES_BIN.glob("*/bin/postgres"))
    if not versions:
        raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql")
    return versions[-1].parent


def wait_for_port(host: Host, port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    probe = f"import socket; socket.create_connection(('{host.address}', {port}), 1).close()"
    while time.monotonic() < deadline:
        done = subprocess.run(  # noqa: S603
            host.command([sys.executable, "-c", probe]), capture_output=True, check=False
        )
        if done.returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing answered on {host.name} {host.address}:{port}")


def answers_ready(host: Host, urls: list[str]) -> bool:
    """Whether every one of ``urls`` answers ``/readyz`` with 200, asked from ``host``."""
    probe = (
        "import httpx,sys\n"
        f"for u in {[f'{url}/readyz' for url in urls]!r}:\n"
        "    try:\n"
        "        ok = httpx.get(u, timeout=2).status_code == 200\n"
        "    except httpx.HTTPError:\n"
        "        ok = False\n"
        "    if not ok: sys.exit(1)\n"
    )
    done = subprocess.run(  # noqa: S603
        host.command([sys.executable, "-c", probe]), capture_output=True, check=False
    )
    return done.returncode == 0


def wait_ready(url: str, host: Host) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if answers_ready(host, [url]):
            return
        time.sleep(0.5)
    raise RuntimeError(f"{host.name} did not become ready at {url}")


@contextlib.contextmanager
def deployment(shape: Shape) -> Iterator[Deployment]:
    """Bring the whole deployment up; everything is gone when the block ends."""
    with (
        tempfile.TemporaryDirectory(prefix="tsl-deploy-") as folder,
        private_hosts() as hosts,
    ):
        os.chmod(folder, 0o755)  # noqa: S103 (postgres must reach its data folder)
        deploy = Deployment(hosts, Path(folder), shape)
        deploy.lb = hosts.add("lb", 2)
        deploy.db = hosts.add("db", 3)
        deploy.redis = hosts.add("redis", 4)
        deploy.load = hosts.add("load", 20)
        if shape.blobs == "s3":
            deploy.s3_host = hosts.add("s3", 5)
        deploy.nodes = [hosts.add(f"n{i + 1}", 11 + i) for i in range(shape.nodes)]
        try:
            deploy.start_postgres()
            deploy.start_redis()
            deploy.start_s3()
            deploy.start_nodes()
            deploy.start_lb()
            yield deploy
        except BaseException:
            deploy.print_log_tails()
            raise
        finally:
            deploy.close()
