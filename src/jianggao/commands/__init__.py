"""Subcommand implementations, one module per command; the CLI imports them lazily."""
