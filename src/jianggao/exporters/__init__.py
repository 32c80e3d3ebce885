"""Exporting the phrase bank to where secretaries type: one module per target, the format registry
(``registry``), the helpers they share and ``export_bank`` (``common``)."""
from __future__ import annotations

__all__ = ["FORMATS", "ExportFormat", "ExportReport", "Rendered", "Unfit", "export_bank", "filter_phrases",
           "render"]


def __getattr__(name: str):
    # Lazy: the CLI lists the formats from ``registry`` without loading the bank model.
    if name in ("FORMATS", "ExportFormat"):
        from . import registry
        return getattr(registry, name)
    if name in __all__:
        from . import common
        return getattr(common, name)
    raise AttributeError(name)
