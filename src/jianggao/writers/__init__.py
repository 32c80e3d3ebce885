"""Writers at the edge of the flow: a Speech out as .docx (GB/T 9704 profiles) or as md / txt / outline text."""
from __future__ import annotations

__all__ = ["FORMATS", "build_document", "render_text", "write_docx", "write_speech"]

# Every --format the render command accepts; docx is binary, the rest are text.
FORMATS = ("docx", "md", "txt", "outline")


def __getattr__(name: str):
    # Lazy: importing the package must not pay for python-docx when only text is wanted.
    if name in ("build_document", "write_docx"):
        from . import docx_writer
        return getattr(docx_writer, name)
    if name in ("render_text", "write_speech"):
        from . import text
        return getattr(text, name)
    raise AttributeError(name)
