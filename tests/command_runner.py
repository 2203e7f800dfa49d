"""The `twinspace` command run as a process of its own, without paying its imports each time.

Starting the console script costs about 1 s of CPU here, 0.7 s of it importing the server
(SQLAlchemy, Alembic, the services, aiohttp for Janus); the suite runs it some 200 times, a
fifth of the developer loop's CPU. A forkserver that imported `server.cli` once forks a child
per command instead: the child is still a process of its own (its own environment, working
folder, stdin, stdout, stderr and exit status, nothing shared with the test's process), it
just starts with the modules loaded. It runs the same entry point as the console script
(`server.cli:main`, pyproject's `[project.scripts]`).

Long-running servers fork from it too (`start_serve`): the multi-process tests start two
`twinspace serve` per test, some 60 in all, and each exec'd script spent about 1.2 s of its
2 s start-up CPU importing. The tests of the `serve` command itself (tests/test_cli.py) still
exec the installed console script.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

#: What the forkserver imports once, before any command forks from it: the CLI, and what
#: `serve` imports when it runs (the app, uvicorn's protocols and loop).
PRELOAD = [
    "server.cli",
    "server.app",
    "server.observability.logs",
    "server.websocket.transport",
    "uvicorn.protocols.http.httptools_impl",
    "uvicorn.loops.uvloop",
    "uvloop",
]

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(PRELOAD)


def _run_in_child(
    args: Sequence[str], cwd: str, env: dict[str, str], streams: Sequence[str]
) -> None:
    """The child: become the command's own process, run it, exit with its status."""
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    for fd, (path, mode) in enumerate(zip(streams, ("rb", "wb", "wb"), strict=True)):
        with open(path, mode) as stream:
            os.dup2(stream.fileno(), fd)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's stdin
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.argv = ["twinspace", *args]
    from server.cli import main

    status = 0
    try:
        main(args=list(args), prog_name="twinspace")
    except SystemExit as done:
        code = done.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
    except BaseException:
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    # As the interpreter would, minus its exit handlers: they belong to the forkserver.
    os._exit(status)


def run_command(
    args: Sequence[str], *, cwd: Path, env: dict[str, str], stdin: str, timeout: float
) -> subprocess.CompletedProcess[str]:
    """`twinspace ARGS` to completion in a child process, as subprocess.run would report it."""
    with tempfile.TemporaryDirectory(prefix="twinspace-command-") as folder:
        streams = [os.path.join(folder, name) for name in ("stdin", "stdout", "stderr")]
        Path(streams[0]).write_text(stdin, encoding="utf-8")
        child = _context.Process(target=_run_in_child, args=(list(args), str(cwd), env, streams))
        child.start()
        child.join(timeout)
        if child.exitcode is None:
            child.kill()
            child.join()
            raise subprocess.TimeoutExpired(["twinspace", *args], timeout)
        return subprocess.CompletedProcess(
            ["twinspace", *args],
            child.exitcode,
            Path(streams[1]).read_text(encoding="utf-8"),
            Path(streams[2]).read_text(encoding="utf-8"),
        )


class ForkedServer:
    """A long-running `twinspace ARGS` (a server) forked from the forkserver, driven as the
    tests drive a `subprocess.Popen`: its pid, poll, wait, send_signal, kill, and its stderr
    (a file, read when it failed). Its stdin and stdout are /dev/null."""

    def __init__(self, args: Sequence[str], env: dict[str, str]) -> None:
        self.args = ["twinspace", *args]
        self._folder = tempfile.TemporaryDirectory(prefix="twinspace-serve-")
        stderr = os.path.join(self._folder.name, "stderr")
        Path(stderr).touch()
        streams = [os.devnull, os.devnull, stderr]
        self._child = _context.Process(
            target=_run_in_child, args=(list(args), os.getcwd(), env, streams)
        )
        self._child.start()
        if self._child.pid is None:
            raise RuntimeError("the forked server has no pid")
        self.pid: int = self._child.pid
        self.stderr = open(stderr, "rb")  # noqa: SIM115 - closed by close()

    def poll(self) -> int | None:
        return self._child.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._child.join(timeout)
        if self._child.exitcode is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0.0)
        return self._child.exitcode

    def send_signal(self, signum: int) -> None:
        if self._child.exitcode is None:  # never a pid that may have been reused
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def close(self) -> None:
        self.stderr.close()
        self._folder.cleanup()


def start_serve(args: Sequence[str], env: dict[str, str]) -> ForkedServer:
    """`twinspace ARGS` started in a forked child; the caller waits for it to be ready."""
    return ForkedServer(args, env)


def stop_forkserver() -> None:
    """Stop the forkserver, if one was started, and reap it: the CPU of every command forked
    from it then counts in this process's children (the forkserver reaps its own), as an
    exec'd command's does. Otherwise it outlives the tests, its CPU counted nowhere."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    if getattr(server, "_forkserver_pid", None) is not None:
        server._stop()  # type: ignore[union-attr]  # the stdlib's own way to stop it
        # And the resource tracker the forkserver started beside it (no process is left).
        tracker = getattr(multiprocessing.resource_tracker, "_resource_tracker", None)
        if getattr(tracker, "_fd", None) is not None:
            tracker._stop()  # type: ignore[union-attr]
