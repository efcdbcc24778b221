"""The embedded mock in a process of its own (`python -m contract_tests.mock --port 0`).

P2 also times the walk against this server: then the mock's CPU work, heap and garbage
collections stay out of the client's process, as a real API's would.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ANNOUNCEMENT = re.compile(r" on (http://\S+)")


@contextlib.contextmanager
def mock_in_subprocess() -> Iterator[str]:
    """Start the mock on a free loopback port; yields its base URL, stops it afterwards."""
    command = [sys.executable, "-m", "contract_tests.mock", "--host", "127.0.0.1", "--port", "0"]
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()  # printed once the port is bound
        found = _ANNOUNCEMENT.search(first_line)
        if found is None:
            server.kill()
            _, errors = server.communicate(timeout=10)
            raise RuntimeError(f"the mock did not start: {first_line}{errors}".strip())
        yield found.group(1)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        for stream in (server.stdout, server.stderr):
            if stream is not None:
                stream.close()
