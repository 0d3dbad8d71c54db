# Microcontroller-style benchmark: a UART ring buffer feeding an NMEA sentence parser with checksums.
# Prints one deterministic RESULT line.


class RingBuffer:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.size = size
        self.head = 0
        self.tail = 0

    def put(self, byte):
        nxt = (self.head + 1) % self.size
        if nxt == self.tail:
            return False
        self.buf[self.head] = byte
        self.head = nxt
        return True

    def get(self):
        if self.head == self.tail:
            return -1
        byte = self.buf[self.tail]
        self.tail = (self.tail + 1) % self.size
        return byte


def sentence(i):
    body = "GPGGA,%02d%02d%02d,%d.%03d,N,%d.%03d,E,1,08,0.9,%d.%d,M" % (
        i % 24, i % 60, (i * 7) % 60, 4800 + i % 100, i % 1000, 1100 + i % 50, (i * 3) % 1000, 100 + i % 400, i % 10)
    check = 0
    for ch in body:
        check ^= ord(ch)
    return "$%s*%02X\r\n" % (body, check)


def parse(line):
    if not line.startswith("$") or "*" not in line:
        return None
    body, check = line[1:].split("*")
    calc = 0
    for ch in body:
        calc ^= ord(ch)
    if calc != int(check, 16):
        return None
    fields = body.split(",")
    return float(fields[2]), float(fields[4]), float(fields[9])


def run(count):
    ring = RingBuffer(256)
    line = []
    good = 0
    alt_sum = 0.0
    for i in range(count):
        for byte in sentence(i).encode():
            while not ring.put(byte):
                b = ring.get()
                if b == 10:
                    parsed = parse("".join(line).strip())
                    line = []
                    if parsed:
                        good += 1
                        alt_sum += parsed[2]
                else:
                    line.append(chr(b))
    return good, round(alt_sum, 1)


_g, _a = run(8000)
print("RESULT", "mc_nmea_ring", 8000, _g, _a)
