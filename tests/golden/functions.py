# functions: arguments, defaults, keywords, *args/**kwargs, closures, nonlocal, decorators, lambdas
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(*[1, 2], **{"c": 3, "d": 5}))

def g(a, b, c):
    return a + b + c
print(g(1, 2, c=3))

for call in (lambda: f(), lambda: f(1), lambda: g(1, 2, 3, 4), lambda: f(1, c=1, x=2, a=3), lambda: g(1, b=2, a=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
c(); c(5)
print(c())

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + ":" + str(fn(*a, **k))
        return inner
    return wrap

@deco("x")
@deco("y")
def h(v):
    return v * 2
print(h(21))

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([l() for l in late])

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def gen_defaults(x=[]):
    x.append(1)
    return len(x)
print(gen_defaults(), gen_defaults(), gen_defaults([]))
print(f.__name__, (lambda: 0).__name__)
