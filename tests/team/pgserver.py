"""A real PostgreSQL server for the tests, started in a private folder.

Uses Debian's ``postgresql`` binaries (``/usr/lib/postgresql/N/bin``) or
``pg_config --bindir``. ``initdb`` refuses to run as root, so as root the server
runs as the ``postgres`` user; it listens on 127.0.0.1 (a free port) and on a
Unix socket in its own folder, with ``trust`` authentication for local users.
``REVIEWER_TEST_PG_DSN`` points the tests at an existing server instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.insert(0, Path(out.stdout.strip()))
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """One throwaway cluster; ``stop()`` removes it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="reviewer-pg-", dir="/tmp"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.user = "postgres" if self.as_postgres else os.environ.get("USER", "")

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")

    def start(self) -> str:
        """Create and start the cluster; return a DSN for its default database."""
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            self.bindir / "initdb",
            "-D",
            self.data,
            "-A",
            "trust",
            "-U",
            self.user or "postgres",
            "--no-sync",
            "-E",
            "UTF8",
        )
        options = (
            f"-k {self.root} -c listen_addresses=127.0.0.1 -p {self.port} "
            "-c fsync=off -c max_connections=60"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.root / "log",
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )
        return self.dsn("postgres")

    def dsn(self, database: str) -> str:
        """A DSN for ``database`` over TCP on loopback."""
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}"

    def pause(self) -> None:
        """Stop the server (it keeps its data) until :meth:`resume`."""
        self._run(
            self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"
        )

    def resume(self) -> None:
        """Start a paused server again."""
        options = (
            f"-k {self.root} -c listen_addresses=127.0.0.1 -p {self.port} "
            "-c fsync=off -c max_connections=60"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.root / "log",
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )

    def restart(self) -> None:
        """Stop the server at once (as a crash would) and start it again."""
        self._run(
            self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"
        )
        options = (
            f"-k {self.root} -c listen_addresses=127.0.0.1 -p {self.port} "
            "-c fsync=off -c max_connections=60"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.root / "log",
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self._run(
                self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
