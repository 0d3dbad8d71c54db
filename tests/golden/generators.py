# generators: send/throw/close, yield from with return values, generator expressions
def echo():
    received = yield "ready"
    while True:
        received = yield "got %s" % received

g = echo()
print(next(g), g.send(1), g.send("two"))

def sub():
    x = yield 1
    yield x * 2
    return "sub-done"

def outer():
    r = yield from sub()
    print("sub returned", r)
    yield from range(2)

o = outer()
print(next(o), o.send(21), next(o), next(o))

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)

t = thrower()
next(t)
t.throw(ValueError("x"))
t.throw(ValueError("y"))
t.close()

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(x * x for x in countdown(4)), max(countdown(3)))
it = iter(countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_gen()
print([next(f) for _ in range(10)])

gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))

def ret_value():
    yield 1
    return 42
try:
    r = ret_value()
    next(r)
    next(r)
except StopIteration as e:
    print("value", e.value)

def inner_gen():
    yield 1
    raise StopIteration
try:
    list(inner_gen())
except RuntimeError as e:
    print("RuntimeError", e)
