"""Files: the Document and PhotoSize objects of files customers send, and getFile (refused
above the download limit); the download itself, ``/file/bot<token>/<file_path>``, is served by
``server``."""

from __future__ import annotations

from typing import Any

from tests.emulators.telegram_api.basics import ApiError, StoredFile
from tests.emulators.telegram_api.state import State


class Files(State):
    """Files customers send, and getFile."""

    def document(
        self,
        content: bytes = b"",
        *,
        name: str = "file.pdf",
        mime: str = "application/pdf",
        size: int | None = None,
    ) -> dict[str, Any]:
        """A Document object for a file the customer sends. ``size`` declares a (huge) size
        without holding the bytes."""
        stored = self._store_file(content, "documents", name, size)
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_name": name,
            "mime_type": mime,
            "file_size": stored.size,
        }

    def photo(self, content: bytes, width: int = 1280, height: int = 960) -> list[dict[str, Any]]:
        """The PhotoSize list of a photo: a thumbnail and the full size."""
        thumb = self._store_file(content[: max(1, len(content) // 10)], "photos", "thumb.jpg")
        full = self._store_file(content, "photos", "photo.jpg")
        scale = 90 / max(width, height)
        return [
            {
                "file_id": thumb.file_id,
                "file_unique_id": thumb.unique_id,
                "width": max(1, round(width * scale)),
                "height": max(1, round(height * scale)),
                "file_size": thumb.size,
            },
            {
                "file_id": full.file_id,
                "file_unique_id": full.unique_id,
                "width": width,
                "height": height,
                "file_size": full.size,
            },
        ]

    def file_content(self, file_id: str) -> bytes:
        return self._files[file_id].content

    def _store_file(
        self, content: bytes, folder: str, name: str, size: int | None = None
    ) -> StoredFile:
        with self._cond:
            n = len(self._files) + 1
            suffix = name.rsplit(".", 1)[-1] if "." in name else "bin"
            stored = StoredFile(
                file_id=f"BQACAgIAAxkBAAI{n:05d}ZW11bGF0b3JmaWxl",
                unique_id=f"AgAD{n:05d}",
                path=f"{folder}/file_{n}.{suffix}",
                content=content,
                size=len(content) if size is None else size,
            )
            self._files[stored.file_id] = stored
            self._paths[stored.path] = stored.file_id
            return stored

    def _get_file(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        file_id = params.get("file_id")
        if not file_id:
            raise ApiError(400, "Bad Request: file_id is empty")
        stored = self._files.get(str(file_id))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.size > self.download_limit:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_size": stored.size,
            "file_path": stored.path,
        }
