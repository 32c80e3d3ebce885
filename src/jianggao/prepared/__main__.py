"""`python -m jianggao.prepared`: make the shipped prepared data again (see prepared/make.py)."""
from .make import make

for path in make():
    print(path)
