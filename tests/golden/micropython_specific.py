# MicroPython-specific behaviour: const(), messages, builtin module attributes
from micropython import const
X = const(10)
_HIDDEN = const(X * 2)
print(X, _HIDDEN, "_HIDDEN" in globals())
def f():
    return X + _HIDDEN
print(f())
import sys
try:
    sys.new_attr = 1
except AttributeError:
    print("builtin modules are read-only")
print(sys.implementation.name)
try:
    raise Exception from ValueError()
except Exception:
    print("chained")
print(repr(ValueError(1)), repr(ValueError()), repr(ValueError("a", 2)))
