"""`python -m jianggao.prepared`: make the shipped prepared data again (see prepared/make.py), and the regular
expressions and dataclass methods compiled for this interpreter (prepared/regexes.py, prepared/methods.py)."""
from ..model.patterns import worked_out_needles
from . import methods, regexes
from .make import make

for path in make():
    print(path)
print(regexes.make(worked_out_needles))
print(methods.make())
