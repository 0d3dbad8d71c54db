# scopes: globals, nonlocal, class bodies, comprehensions, walrus, del, globals()/locals()
x = "global"
def read():
    return x
def write():
    global x
    x = "changed"
print(read()); write(); print(x)

def shadow():
    try:
        print(x)
        x = 1
    except NameError as e:
        print("NameError", e)
shadow()

class K:
    v = 1
    w = [v * 2 for _ in range(2)] if False else 2
    def m(self):
        return v
try:
    K().m()
except NameError as e:
    print("NameError", e)
print(K.w)

v = "module v"
print(K().m())

data = [y for y in range(5) if (z := y * 2) > 4]
print(data, z)

def outer():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    a = 2
    return mid()()
print(outer())

n = 5
del n
try:
    n
except NameError as e:
    print("NameError", e)

def loc(p, q=2):
    r = p + q
    return sorted(k for k in locals() if not k.startswith("_"))
print(loc(1))
g = globals()
g["injected"] = 99
print(injected, "injected" in globals(), g is globals())

exec("ex = 40 + 2")
print(ex, eval("ex + 1"), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def f(): return 'from exec'", ns)
print(ns["f"]())

for i in range(3):
    pass
print("loop var", i)
print([i for i in "ab"], i)

def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter_gen()
print(add(1), add(2), add(3))
