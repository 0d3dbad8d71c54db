# exceptions: try/except/else/finally, nesting, re-raise, context managers, messages
def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        r = None
    else:
        print("no error")
    finally:
        print("finally")
    return r

print(div(7, 2), div(1, 0))

def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret_in_finally())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())

try:
    try:
        {}["k"]
    except KeyError:
        raise
except LookupError as e:
    print("LookupError", repr(e), e.args)

try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", type(e).__name__)

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("c", swallow=True):
    raise RuntimeError("hidden")
try:
    with CM("d"):
        raise RuntimeError("shown")
except RuntimeError as e:
    print("outer", e)

for expr in ("1 + 'a'", "len(5)", "None()", "[][0]", "{}[1]", "undefined_name", "int('x')",
             "1 < 'a'", "iter(5)", "None.attr", "-'a'", "(1, 2)[5]", "[1] * 'a'"):
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def gen_exc():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_exc()
print(next(g))
g.close()

e = OSError(2, "nf")
print(e.errno, e.args)
print(StopIteration(5).value, repr(KeyError("k")), str(KeyError("k")))
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("AssertionError", e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.args)
