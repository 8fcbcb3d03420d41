"""A loopback TCP proxy that can cut a connection in the middle of a server response, or
make the server far away.

It forwards bytes untouched (TLS passes through), so the client cannot tell it from the
server until :meth:`CuttingProxy.cut_after` makes it drop the next connection(s) once the
server has sent that many more bytes: a network failure at an exact, repeatable moment.
With ``delay``, every chunk is handed on that many seconds after it arrived, both ways,
without limiting the bandwidth: loopback answers in microseconds, so a client that waits for
each answer looks as fast there as one that pipelines; from Almaty to a European data
centre a round trip is 60-150 ms (benchmarks/email/run.py --latency-ms).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int, delay: float = 0.0) -> None:
        self.target = (target_host, target_port)
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._cut_after: int | None = None
        self.cuts = 0
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, downstream_bytes: int | None) -> None:
        """Drop connections opened from now on after the server sent this many bytes
        (``None``: stop cutting)."""
        with self._lock:
            self._cut_after = downstream_bytes

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            for sock in (client, server):  # no Nagle: small IMAP commands go out at once
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                limit = self._cut_after
                self._open += [client, server]
            pair = (client, server)
            threading.Thread(
                target=self._pump, args=(server, client, limit, pair), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(client, server, None, pair), daemon=True
            ).start()

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        limit: int | None,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        sent = 0
        late = _Late(sink, self.delay) if self.delay > 0 else None
        forward = late.send if late is not None else sink.sendall
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    forward(data[: max(0, limit - sent)])
                    with self._lock:
                        self.cuts += 1
                    break
                forward(data)
                sent += len(data)
        except OSError:
            pass
        if late is not None:
            late.drain()
        for sock in pair:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        """Stop listening and break every open connection (as a network outage would)."""
        self._closed = True
        with self._lock:
            sockets = [self.listener, *self._open]
        for sock in sockets:  # shutdown() wakes threads blocked on the socket; close() does not
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class _Late:
    """Sends what it is given to ``sink`` ``delay`` seconds later, in order, on a thread."""

    def __init__(self, sink: socket.socket, delay: float) -> None:
        self.sink, self.delay = sink, delay
        self.held: deque[tuple[float, bytes | None]] = deque()
        self.ready = threading.Condition()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def send(self, data: bytes) -> None:
        with self.ready:
            self.held.append((time.monotonic() + self.delay, data))
            self.ready.notify()

    def drain(self) -> None:
        """Wait until everything given so far has gone out (or the sink failed)."""
        with self.ready:
            self.held.append((time.monotonic() + self.delay, None))
            self.ready.notify()
        self.thread.join()

    def _run(self) -> None:
        while True:
            with self.ready:
                while not self.held:
                    self.ready.wait()
                due, data = self.held.popleft()
            if data is None:
                return
            time.sleep(max(0.0, due - time.monotonic()))
            try:
                self.sink.sendall(data)
            except OSError:
                return
