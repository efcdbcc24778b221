"""Serving the mock with uvicorn: in a background thread (tests, suite, benchmarks) or blocking."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import uvicorn
from starlette.types import ASGIApp

from .dataset import get_dataset

STARTUP_TIMEOUT_S = 30.0


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it small responses wait ~40 ms for delayed ACKs (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _server(app: ASGIApp) -> uvicorn.Server:
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    return uvicorn.Server(config)


@contextlib.contextmanager
def serve_in_thread(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` on `host:port` (0: a free port) in a daemon thread; yields the base URL.

    The socket is bound before the thread starts, so the URL is known and connectable at once;
    the dataset is built first so the first request is as fast as the others.
    """
    get_dataset().warm()
    sock = _bind(host, port)
    server = _server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not server.started:  # uvicorn offers no startup event to wait on
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.005)
        yield base_url(sock)
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT_S)
        sock.close()


def serve_forever(app: ASGIApp, host: str, port: int, on_ready: Callable[[str], None]) -> None:
    """Serve in the foreground until interrupted; `on_ready(base_url)` once the port is bound."""
    get_dataset().warm()
    sock = _bind(host, port)
    on_ready(base_url(sock))
    _server(app).run(sockets=[sock])
