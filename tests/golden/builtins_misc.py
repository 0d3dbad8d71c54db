# builtins and iteration helpers
print(list(zip("abc", range(5))), list(enumerate("ab", 1)), list(map(lambda x: x * 2, [1, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), sorted("cba", reverse=True))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(all([]), any([]), all([1, 0]), any([0, 1]))
print(isinstance(1, (str, float)), isinstance(1, (str, int)), callable(len), callable(1))
print(chr(65), ord("A"), hex(255), oct(8), bin(5), hash(1) == hash(1.0))
print(getattr([], "append") is not None, hasattr("", "nope"), getattr(1, "nope", "dflt"))
print(len({1: 2, 3: 4}), len("héllo"), len(range(0, 10, 3)))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
def gen():
    yield from [3, 2, 1]
print(sorted(gen()), min(gen()), max(gen(), default=0), max([], default="empty"))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(type(range(3)).__name__, range(1, 5)[2], 3 in range(5), list(range(5, 0, -2)))
print(id(it) == id(it), type(id(it)).__name__)
print(dir(int)[:0], repr(None), str(...), NotImplemented)
class P:
    pass
p = P()
setattr(p, "a", 5)
print(p.a, hasattr(p, "a"))
delattr(p, "a")
print(hasattr(p, "a"))
print(pow(2, 10, 1000), pow(2, -1), divmod(7.5, 2))
print(int.__name__, str.upper("x"), [].__class__.__name__)
print("%s-%d-%05.1f" % ("a", 3, 2.25), "{}:{:>4}".format("k", 7))
print(isinstance(p, object), type(p) is P, P.__name__, P.__module__)
