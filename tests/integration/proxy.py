"""A loopback TCP proxy that can cut a connection in the middle of a server response.

It forwards bytes untouched (TLS passes through), so the client cannot tell it from the
server until :meth:`CuttingProxy.cut_after` makes it drop the next connection(s) once the
server has sent that many more bytes: a network failure at an exact, repeatable moment.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttingProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
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
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[: max(0, limit - sent)])
                    with self._lock:
                        self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
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
