"""`kg serve` as a command: one-line errors, loopback by default, and no engine left
behind when it stops or is killed."""
from __future__ import annotations

import signal
import socket
import subprocess
import time

import pytest

from serve_helpers import KG, ROOT, KgServer, alive, free_port


def run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(KG + list(args), capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)


@pytest.mark.parametrize("port", ["99999", "-1", "abc", "65536"])
def test_bad_port_is_one_line(seed_store, port):
    r = run("serve", "--store", str(seed_store), f"--port={port}")
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg serve:") and "port" in lines[0], r.stderr


def test_busy_port_is_one_line(seed_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        r = run("serve", "--store", str(seed_store), "--port", str(port))
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(lines) == 1 and "already in use" in lines[0], r.stderr


def test_missing_store_is_one_line(tmp_path):
    r = run("serve", "-o", str(tmp_path), "--port", str(free_port()))
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(lines) == 1 and "kg build" in lines[0], r.stderr


def test_ctrl_c_stops_server_and_engines(seed_store):
    srv = KgServer(seed_store, "--workers", "2")
    engines = srv.engines()
    assert len(engines) == 2
    srv.proc.send_signal(signal.SIGINT)
    assert srv.proc.wait(timeout=10) in (0, 130)
    srv.stop()
    time.sleep(0.3)
    assert not any(alive(p) for p in engines)


def test_engines_die_with_a_killed_parent(seed_store):
    srv = KgServer(seed_store, "--workers", "2")
    engines = srv.engines()
    srv.proc.kill()
    srv.proc.wait(timeout=10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(p) for p in engines):
        time.sleep(0.1)
    srv.stop()
    assert not any(alive(p) for p in engines)


def test_listens_on_loopback_only_by_default(kg_server):
    import os
    # the socket the server listens on is bound to 127.0.0.1
    port_hex = f"{kg_server.port:04X}"
    listening = [line.split() for line in open("/proc/net/tcp").read().splitlines()[1:]]
    ours = [f for f in listening if f[1].endswith(":" + port_hex) and f[3] == "0A"]
    assert ours and all(f[1].startswith("0100007F:") for f in ours)
    assert os.path.exists("/proc/net/tcp")
