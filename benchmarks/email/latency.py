"""A far server on loopback: a TCP proxy that hands every chunk on ``delay`` seconds after it
arrived, in both directions, without limiting the bandwidth (TLS passes through untouched).

Loopback answers in microseconds, so a client that waits for each answer before it asks the
next looks as fast there as one that pipelines; from Almaty or Tashkent to Gmail or Microsoft
365 a round trip is 60-150 ms. ``run.py --latency-ms 40`` puts this between Dovecot and both
clients (OmniInbox and mbsync), 40 ms each way.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque


class DelayProxy:
    def __init__(self, target_port: int, delay: float, host: str = "127.0.0.1") -> None:
        self.target = (host, target_port)
        self.delay = delay
        self.listener = socket.create_server((host, 0))
        self.port = int(self.listener.getsockname()[1])
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._pipe(client, server)
            self._pipe(server, client)

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        held: deque[tuple[float, bytes]] = deque()
        ready = threading.Condition()

        def receive() -> None:
            while True:
                try:
                    chunk = source.recv(262144)
                except OSError:
                    chunk = b""
                with ready:
                    held.append((time.monotonic() + self.delay, chunk))
                    ready.notify()
                if not chunk:
                    return

        def send() -> None:
            while True:
                with ready:
                    while not held:
                        ready.wait()
                    due, chunk = held.popleft()
                pause = due - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                if not chunk:
                    with contextlib.suppress(OSError):
                        sink.shutdown(socket.SHUT_WR)
                    return
                try:
                    sink.sendall(chunk)
                except OSError:
                    return

        threading.Thread(target=receive, daemon=True).start()
        threading.Thread(target=send, daemon=True).start()
