"""The suite's own guard (``tests/no_network.py``): any attempt to resolve a public name
or connect past loopback, in the test process or a child, is refused before a packet
leaves and recorded, and a recorded attempt fails the session. These tests make such
attempts on purpose, with the record redirected so they do not fail the run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import no_network
import pytest

# Documentation addresses (RFC 5737 / 3849) and a reserved name: never anyone's host.
OUTSIDE = [("192.0.2.1", socket.AF_INET), ("2001:db8::1", socket.AF_INET6)]


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Attempts made by the test go to a file of its own, not the session's record."""
    log = tmp_path / "attempts.log"
    monkeypatch.setenv(no_network.LOG_ENV, str(log))
    before = list(no_network.ATTEMPTS)
    yield log
    no_network.ATTEMPTS[:] = before


@pytest.mark.parametrize(("address", "family"), OUTSIDE)
def test_a_connection_past_loopback_is_refused_and_counted(
    record: Path, address: str, family: int
) -> None:
    with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(OSError) as refused:
        sock.connect((address, 80))
    assert "tests reach only loopback" in str(refused.value)
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setblocking(False)
        with pytest.raises(OSError):
            sock.connect_ex((address, 80))
    assert record.read_text().count(f"connect '{address}'") == 2


def test_a_public_name_is_never_resolved_and_loopback_still_works(record: Path) -> None:
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("cdchoabinh.vn", 443)
    with pytest.raises(socket.gaierror):
        socket.gethostbyname("example.invalid")
    assert "resolve 'cdchoabinh.vn'" in record.read_text()
    assert socket.getaddrinfo("localhost", 80)
    assert socket.gethostbyname("127.0.0.1") == "127.0.0.1"
    with (
        socket.create_server(("127.0.0.1", 0)) as server,
        socket.create_connection(server.getsockname()),
    ):
        pass
    assert record.read_text().count("\n") == 2


def test_child_processes_are_guarded_too(record: Path) -> None:
    """Every Python child of the suite gets the guard through ``sitecustomize``."""
    script = (
        "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), 1)\n"
        "except OSError as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=os.environ
    )
    assert "tests reach only loopback" in done.stdout, done.stderr
    assert "connect '192.0.2.1'" in record.read_text()
