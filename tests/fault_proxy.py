"""A TCP proxy between seats and the station that injects network faults on command:
cut every connection, delay traffic, duplicate or reorder a chunk of bytes. Inside TLS a
duplicated or reordered chunk must break the connection (and nothing else)."""

from __future__ import annotations

import asyncio
import threading


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.delay = 0.0
        self.duplicate_next = False
        self.reorder_next = False
        self.drop_replies = False  # swallow what the station sends (an acknowledgement that never arrives)
        self.loop = asyncio.new_event_loop()
        self._writers: set[asyncio.StreamWriter] = set()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def start(self) -> int:
        self._thread.start()
        self._ready.wait(5)
        return self.port

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self._cut)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)

    def cut(self) -> None:
        self.loop.call_soon_threadsafe(self._cut)

    def _cut(self) -> None:
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        await asyncio.gather(self._pump(reader, up_writer, True), self._pump(up_reader, writer, False),
                             return_exceptions=True)
        for w in (writer, up_writer):
            self._writers.discard(w)
            w.close()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: bool) -> None:
        held: bytes | None = None
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if not upstream and self.drop_replies:
                    continue
                if self.delay:
                    await asyncio.sleep(self.delay)
                if upstream and self.duplicate_next and len(chunk) > 20:
                    self.duplicate_next = False
                    chunk = chunk + chunk
                if upstream and self.reorder_next and len(chunk) > 20 and held is None:
                    self.reorder_next = False
                    held = chunk
                    continue
                writer.write(chunk)
                if held is not None:
                    writer.write(held)
                    held = None
                await writer.drain()
        finally:
            writer.close()
