# async def / await driven by hand (no event loop), async with / async for
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        yield "suspend"
        return self.v

async def add(a, b):
    x = await Awaitable(a)
    return x + b

async def main():
    r = await add(1, 2)
    total = 0
    async with ACM() as v:
        total += v
    async for i in ARange(3):
        total += i
    return r, total

class ACM:
    async def __aenter__(self):
        print("aenter")
        return 10
    async def __aexit__(self, *a):
        print("aexit")

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

coro = main()
print(type(coro).__name__)
try:
    while True:
        print("yielded", coro.send(None))
except StopIteration as e:
    print("result", e.value)
