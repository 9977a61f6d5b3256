"""No test reaches past loopback: every process of the suite counts and refuses the rest.

Installed for the whole session by ``conftest.py`` and, through ``sitecustomize`` on
``PYTHONPATH`` (``tests/no_network_site``), in every Python child process a test starts
(``newsarchive`` commands, Celery workers, crawls killed mid-run). It wraps the places a
packet could leave from:

* ``socket.getaddrinfo``/``gethostbyname`` (the counting resolver): a name other than
  ``localhost`` is refused with ``gaierror`` before any DNS query is sent (an address
  literal needs no query and goes on to the connection check);
* ``socket.socket.connect``/``connect_ex``/``sendto``: an IPv4/IPv6 destination outside
  loopback is refused with ``ENETUNREACH`` before the system call.

Each refusal is recorded (in this process, and appended to ``$NEWSARCHIVE_NO_NETWORK_LOG``
by children); the session fails if any was recorded, naming the destinations. Even code
under test that is broken (a guard that lets a private address through) therefore cannot
send anything: the suite's own guard test (``test_no_network.py``) shows both halves.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys
import traceback
from typing import Any

LOG_ENV = "NEWSARCHIVE_NO_NETWORK_LOG"
ATTEMPTS: list[str] = []
_LOCAL_NAMES = frozenset(("localhost", "localhost.localdomain", "ip6-localhost", ""))
_WILDCARDS = frozenset(("0.0.0.0", "::"))


def is_local(host: Any) -> bool:
    """Loopback, a wildcard (binding a listener) or no host at all."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%", 1)[0].lower()
    if host in _LOCAL_NAMES or host in _WILDCARDS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_literal(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _record(kind: str, destination: object) -> None:
    where = "".join(traceback.format_stack(limit=6)[:-2]).strip().splitlines()
    entry = (
        f"{kind} {destination!r} (pid {os.getpid()}; from {where[-2].strip() if where else '?'})"
    )
    ATTEMPTS.append(entry)
    log = os.environ.get(LOG_ENV)
    if log:
        try:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(entry.replace("\n", " ") + "\n")
        except OSError:
            pass


def _guard_resolver(name: str) -> None:
    """Replace ``socket.<name>`` by a counting, refusing one, everywhere it was copied to
    (``from socket import getaddrinfo``; Twisted's resolver keeps it as a default argument)."""
    real = getattr(socket, name)

    def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_local(host) and not _is_literal(host):  # a literal needs no DNS query
            _record("resolve", host)
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve only loopback: {host!r}")
        return real(host, *args, **kwargs)

    setattr(socket, name, resolve)
    for module in list(sys.modules.values()):
        namespace = getattr(module, "__dict__", None)
        if not namespace or module is socket:
            continue
        for attribute, value in list(namespace.items()):
            if value is real:
                setattr(module, attribute, resolve)
    twisted_resolver = sys.modules.get("twisted.internet._resolver")
    if twisted_resolver is not None:
        init = twisted_resolver.GAIResolver.__init__
        init.__defaults__ = tuple(resolve if d is real else d for d in init.__defaults__ or ())


def install() -> None:
    """Wrap the socket module once per process (idempotent)."""
    if getattr(socket, "_newsarchive_no_network", False):
        return
    socket._newsarchive_no_network = True  # type: ignore[attr-defined]
    real_socket = socket.socket
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        _guard_resolver(name)

    def _check(sock: socket.socket, address: Any, kind: str) -> None:
        inet = sock.family in (socket.AF_INET, socket.AF_INET6)
        if inet and isinstance(address, tuple) and not is_local(address[0]):
            _record(kind, address[0])
            raise OSError(errno.ENETUNREACH, f"tests reach only loopback: {address[0]}")

    # Patch the methods on ``socket.socket`` itself (a Python class over ``_socket``), so
    # sockets made before this ran, and ``ssl.SSLSocket``, are covered and ``isinstance``
    # checks elsewhere still hold.
    real_connect = real_socket.connect
    real_connect_ex = real_socket.connect_ex
    real_sendto = real_socket.sendto

    def connect(self: socket.socket, address: Any) -> None:
        _check(self, address, "connect")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check(self, address, "connect")
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        _check(self, args[-1], "sendto")
        return real_sendto(self, data, *args)

    real_socket.connect = connect  # type: ignore[method-assign]
    real_socket.connect_ex = connect_ex  # type: ignore[method-assign]
    real_socket.sendto = sendto  # type: ignore[method-assign]
