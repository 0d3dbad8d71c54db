# an uncaught exception: MicroPython's traceback format on stderr (most recent call last, Python line numbers)
def inner(x):
    return 10 // x

def outer(values):
    total = 0
    for v in values:
        total += inner(v)
    return total

class Runner:
    def run(self):
        try:
            return outer([1, 2, 0])
        finally:
            print("cleanup")

print("start")
Runner().run()
print("not reached")
