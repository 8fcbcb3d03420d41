"""The loopback proxy the resilience tests and the far-server benchmark use: with a delay,
every byte arrives, in order, that much later each way, and the bandwidth is not capped."""

from __future__ import annotations

import socket
import threading
import time

from tests.integration.proxy import CuttingProxy

DELAY = 0.05


def echo_server() -> socket.socket:
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    return listener


def receive(sock: socket.socket, size: int) -> bytes:
    got = bytearray()
    while len(got) < size:
        chunk = sock.recv(size - len(got))
        assert chunk, "the connection closed early"
        got += chunk
    return bytes(got)


def test_a_delayed_proxy_adds_the_delay_each_way_and_keeps_every_byte() -> None:
    listener = echo_server()
    proxy = CuttingProxy("127.0.0.1", listener.getsockname()[1], delay=DELAY)
    try:
        with socket.create_connection(("127.0.0.1", proxy.port)) as client:
            started = time.monotonic()
            client.sendall(b"ping")
            assert receive(client, 4) == b"ping"
            round_trip = time.monotonic() - started
            payload = bytes(range(256)) * 40_000  # 10 MB: one delay, not one per chunk
            started = time.monotonic()
            threading.Thread(target=client.sendall, args=(payload,), daemon=True).start()
            assert receive(client, len(payload)) == payload
            bulk = time.monotonic() - started
    finally:
        proxy.close()
        listener.close()
    assert round_trip >= 2 * DELAY
    assert bulk < 2 * DELAY + 5.0  # far below 160 chunks x 0.1 s
