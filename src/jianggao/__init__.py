"""jianggao (讲稿): draft Chinese health-work-conference speeches offline from a short YAML brief."""
from __future__ import annotations

__all__ = [
    "__version__",
    "Brief",
    "JianggaoError",
    "Phrase",
    "PhraseBank",
    "Speech",
    "load_bank",
]


def __getattr__(name: str):
    if name == "__version__":  # written once, in pyproject.toml
        from importlib.metadata import version
        return version("jianggao")
    # Lazy so that `import jianggao` (and `jianggao --help`) does not pay for pydantic and friends.
    if name == "Brief":
        from .model.brief import Brief
        return Brief
    if name == "JianggaoError":
        from .errors import JianggaoError
        return JianggaoError
    if name in ("Phrase", "PhraseBank", "load_bank"):
        from .model import bank as phrasebank
        return getattr(phrasebank, name)
    if name == "Speech":
        from .model.speech import Speech
        return Speech
    raise AttributeError(name)
