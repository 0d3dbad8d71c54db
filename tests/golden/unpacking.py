# unpacking, star expressions, f-strings, slicing, chained comparisons, operators
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
p, (q, r), s = 1, (2, 3), 4
print(first, rest, init, last, p, q, r, s)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(dict({"a": 1}, **{"b": 2}))

name, val = "pi", 3.14159
print(f"{name}={val:.2f} {val!r} {name!r:>6} {10:#x} {'nest'+'ed'} {{literal}} {val:{8}.{3}}")
lst = list(range(10))
print(lst[2:5], lst[::-1][:3], lst[-3:], lst[::3], "hello"[1:-1])
lst[2:4] = ["x"]
del lst[0]
print(lst)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2 != 3)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** 100, 1 << 40, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(10 / 4, 2 ** -1, 9007199254740993 + 1, 3 * 9007199254740991, -(2 ** 63))
print(True + True, 1 if [] else 0, [] or "default", 0 and 1, not None)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3
print(x)
s = "ab"
s *= 3
print(s, [0] * 3, (1,) * 2)
print(divmod(17, 5), divmod(-17, 5), abs(-3), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3], 10))
print(round(2.5), round(3.5), int("42"), float("1.5"), str(12), repr("q'"), bool(0.0))
