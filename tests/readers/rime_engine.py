"""Drive the real librime engine through ctypes: deploy a folder holding custom_phrase.txt, type codes, read candidates.

Run as a script in a child process (librime keeps global state and may abort the process):
    python rime_engine.py WORKDIR SCHEMA CODE [CODE …]   → JSON {code: [candidate text, …]} on stdout
SCHEMA is "-" for a minimal schema of our own (nothing but the custom-phrase translator), or the id of a
schema installed in the shared data folder (e.g. luna_pinyin from Debian's rime-data-luna-pinyin).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

SCHEMA_ID = "jianggao_test"
SHARED_DATA = Path("/usr/share/rime-data")

# A schema with nothing but the custom-phrase table translator, so every candidate comes from our file.
SCHEMA = f"""\
schema:
  schema_id: {SCHEMA_ID}
  name: jianggao test
  version: "1"
engine:
  processors: [speller, selector, navigator, express_editor]
  segmentors: [abc_segmentor, fallback_segmentor]
  translators: [table_translator@custom_phrase]
speller:
  alphabet: zyxwvutsrqponmlkjihgfedcba
custom_phrase:
  dictionary: ""
  user_dict: custom_phrase
  db_class: stabledb
  enable_completion: false
  enable_sentence: false
  initial_quality: 1
"""

DEFAULT = f"""\
schema_list:
  - schema: {SCHEMA_ID}
menu:
  page_size: 9
"""


def find_librime() -> str | None:
    """The shared library's path, or None when librime is not installed."""
    name = ctypes.util.find_library("rime")
    if name:
        return name
    for cand in ("/usr/lib/x86_64-linux-gnu/librime.so.1", "/usr/lib/aarch64-linux-gnu/librime.so.1",
                 "/usr/lib/librime.so.1"):
        if Path(cand).exists():
            return cand
    return None


class RimeTraits(ctypes.Structure):
    _fields_ = [
        ("data_size", ctypes.c_int),
        ("shared_data_dir", ctypes.c_char_p),
        ("user_data_dir", ctypes.c_char_p),
        ("distribution_name", ctypes.c_char_p),
        ("distribution_code_name", ctypes.c_char_p),
        ("distribution_version", ctypes.c_char_p),
        ("app_name", ctypes.c_char_p),
        ("modules", ctypes.POINTER(ctypes.c_char_p)),
        ("min_log_level", ctypes.c_int),
        ("log_dir", ctypes.c_char_p),
        ("prebuilt_data_dir", ctypes.c_char_p),
        ("staging_dir", ctypes.c_char_p),
    ]


class RimeCandidate(ctypes.Structure):
    _fields_ = [("text", ctypes.c_char_p), ("comment", ctypes.c_char_p), ("reserved", ctypes.c_void_p)]


class RimeCandidateListIterator(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("index", ctypes.c_int), ("candidate", RimeCandidate)]


def installed_schema(schema_id: str) -> bool:
    """Whether the shared data folder holds this schema."""
    return (SHARED_DATA / f"{schema_id}.schema.yaml").is_file()


def candidates(workdir: Path, codes: list[str], schema: str | None = None,
               limit: int = 50) -> dict[str, list[str]]:
    """Deploy ``workdir`` (which holds custom_phrase.txt) and return the candidates offered for each code."""
    lib = ctypes.CDLL(find_librime())
    lib.RimeCreateSession.restype = ctypes.c_size_t
    lib.RimeSimulateKeySequence.argtypes = [ctypes.c_size_t, ctypes.c_char_p]
    lib.RimeSelectSchema.argtypes = [ctypes.c_size_t, ctypes.c_char_p]
    lib.RimeCandidateListBegin.argtypes = [ctypes.c_size_t, ctypes.POINTER(RimeCandidateListIterator)]
    lib.RimeClearComposition.argtypes = [ctypes.c_size_t]
    lib.RimeDestroySession.argtypes = [ctypes.c_size_t]

    if schema is None:
        schema, shared = SCHEMA_ID, workdir
        (workdir / f"{SCHEMA_ID}.schema.yaml").write_text(SCHEMA, encoding="utf-8")
        (workdir / "default.yaml").write_text(DEFAULT, encoding="utf-8")
    else:
        shared = SHARED_DATA
        (workdir / "default.custom.yaml").write_text(f"patch:\n  schema_list:\n    - schema: {schema}\n",
                                                     encoding="utf-8")
    logs = workdir / "log"
    logs.mkdir(exist_ok=True)
    traits = RimeTraits()
    traits.data_size = ctypes.sizeof(RimeTraits) - ctypes.sizeof(ctypes.c_int)
    traits.shared_data_dir = str(shared).encode()
    traits.user_data_dir = str(workdir).encode()
    traits.distribution_name = b"jianggao-test"
    traits.distribution_code_name = b"jianggao-test"
    traits.distribution_version = b"0"
    traits.app_name = b"rime.jianggao_test"
    traits.min_log_level = 3
    traits.log_dir = str(logs).encode()
    lib.RimeSetup(ctypes.byref(traits))
    lib.RimeInitialize(ctypes.byref(traits))
    lib.RimeStartMaintenance(1)
    lib.RimeJoinMaintenanceThread()
    session = lib.RimeCreateSession()
    if not session:
        raise RuntimeError("librime could not create a session")
    if not lib.RimeSelectSchema(session, schema.encode()):
        raise RuntimeError(f"librime could not select schema {schema}")
    out: dict[str, list[str]] = {}
    for code in codes:
        lib.RimeClearComposition(session)
        lib.RimeSimulateKeySequence(session, code.encode())
        it = RimeCandidateListIterator()
        texts: list[str] = []
        if lib.RimeCandidateListBegin(session, ctypes.byref(it)):
            while len(texts) < limit and lib.RimeCandidateListNext(ctypes.byref(it)):
                texts.append(it.candidate.text.decode("utf-8"))
            lib.RimeCandidateListEnd(ctypes.byref(it))
        out[code] = texts
    lib.RimeClearComposition(session)
    lib.RimeDestroySession(session)
    lib.RimeFinalize()
    return out


def run_in_child(custom_phrase: Path, workdir: Path, codes: list[str],
                 schema: str | None = None) -> dict[str, list[str]]:
    """Copy ``custom_phrase`` into a fresh user folder and ask a child Python process for the candidates."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(custom_phrase, workdir / "custom_phrase.txt")
    proc = subprocess.run([sys.executable, __file__, str(workdir), schema or "-", *codes], capture_output=True,
                          text=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"librime child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    chosen = None if sys.argv[2] == "-" else sys.argv[2]
    print(json.dumps(candidates(Path(sys.argv[1]), sys.argv[3:], chosen), ensure_ascii=False), flush=True)
