# classes: inheritance, MRO, super, properties, class/static methods, dunders
class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def describe(self):
        return "Base(%d)" % self.x
    def __repr__(self):
        return "<%s %d>" % (type(self).__name__, self.x)

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child:" + super().describe()

c = Child(1, 2)
print(c.describe(), c, Base.count, isinstance(c, Base), issubclass(Child, Base))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t
    @staticmethod
    def unit():
        return "C"

t = Temp.make(21)
print(t.celsius, Temp.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __repr__(self): return "Vec(%r, %r)" % (self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __hash__(self): return hash((self.x, self.y))
    def __call__(self, s): return s * self.x
    def __contains__(self, v): return v in (self.x, self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)

v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, -v, len(v), v[1], list(v), bool(Vec(0, 0)), v(10), 4 in v, v == Vec(4, 6), v != Vec(4, 6))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {Vec(1, 1): "a"}[Vec(1, 1)])

Tagged = type("Tagged", (Base,), {"tag": "t"})
print(Tagged.tag, type(Tagged).__name__, Tagged(3).describe())

class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
d = Dyn()
d.real = 1
print(d.real, d.other, getattr(d, "x"), hasattr(d, "y"))

class Slotted:
    __slots__ = ("a",)
print(Slotted.__name__)

class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list))

class MyExc(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyExc(7)
except MyExc as e:
    print(repr(e), e.code, e.args)

try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(1).__name__, type(type).__name__, type(None).__name__)
