"""Small, valid attachment files made on the spot: a photo, a PDF form, a text invoice.

Everything is generated from the arguments (no randomness here), so the same demo seed
writes the same bytes and the blob store keeps one copy of each.
"""

from __future__ import annotations

import struct
import zlib

from omniinbox.domain import IncomingAttachment


def png(width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> bytes:
    """An RGB PNG with a vertical gradient from ``top`` to ``bottom``: a stand-in photo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = bytearray()
    for y in range(height):
        t = y / max(height - 1, 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows += b"\x00" + pixel * width  # filter type 0, then the row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF 1.4 showing ASCII ``lines`` in Helvetica, with a correct xref table."""
    text = "\n".join(
        f"BT /F1 {14 if i == 0 else 11} Tf 56 {780 - 22 * i} Td ({_pdf_text(line)}) Tj ET"
        for i, line in enumerate(lines)
    ).encode("ascii", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def attachment(name: str, mime: str, content: bytes) -> IncomingAttachment:
    return IncomingAttachment(name=name, mime=mime, size=len(content), content=content)


def photo(name: str, shade: int) -> IncomingAttachment:
    """A customer's photo (a label, a crushed box): a small gradient in a colour from shade."""
    top = ((shade * 53) % 200 + 40, (shade * 97) % 200 + 40, (shade * 31) % 200 + 40)
    bottom = (max(0, top[0] - 60), max(0, top[1] - 60), max(0, top[2] - 60))
    return attachment(name, "image/png", png(32, 24, top, bottom))


def invoice_text(
    shop: str, order: str, product: str, amount: str, taxid: str = "", corrected: bool = False
) -> str:
    lines = [
        f"{shop} — INVOICE{' (corrected)' if corrected else ''}",
        f"Order: {order}",
        "",
        f"1 x {product}",
        f"Total due: {amount}",
        "Payment: bank transfer within 5 banking days",
    ]
    if taxid:
        lines.insert(2, f"Buyer tax ID: {taxid}")
    return "\n".join(lines) + "\n"


def invoice(
    shop: str, order: str, product: str, amount: str, taxid: str = "", corrected: bool = False
) -> IncomingAttachment:
    digits = "".join(ch for ch in order if ch.isdigit())
    name = f"invoice-{digits}{'-corrected' if corrected else ''}.txt"
    text = invoice_text(shop, order, product, amount, taxid, corrected)
    return attachment(name, "text/plain", text.encode("utf-8"))


def company_details(company: str, taxid: str, iban: str) -> IncomingAttachment:
    text = f"{company}\nTax ID: {taxid}\nIBAN: {iban}\nContact: accounting department\n"
    return attachment("company-details.txt", "text/plain", text.encode("utf-8"))


def return_form(shop: str, order: str) -> IncomingAttachment:
    digits = "".join(ch for ch in order if ch.isdigit())
    content = pdf(
        [
            f"{shop} - return form",
            f"Order number: {digits}",
            "Item(s) returned: ______________________",
            "Reason: ______________________",
            "Refund to: the card used for payment",
            "Hand the parcel in at any courier office; shipping is paid by the shop.",
        ]
    )
    return attachment(f"return-form-{digits}.pdf", "application/pdf", content)
