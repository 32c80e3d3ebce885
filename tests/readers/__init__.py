"""Strict readers of the export formats, written from the formats' public rules, for round-trip tests."""
