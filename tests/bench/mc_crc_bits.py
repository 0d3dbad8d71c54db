# Microcontroller-style benchmark: CRC-16/CCITT and bit twiddling over sensor frames, as drivers do.
# Prints one deterministic RESULT line.


def crc16_ccitt(data, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def reverse_bits(value):
    result = 0
    for _ in range(8):
        result = (result << 1) | (value & 1)
        value >>= 1
    return result


def make_frame(seq):
    frame = bytearray(32)
    for i in range(32):
        frame[i] = (seq * 31 + i * 7 + (seq >> 3)) & 0xFF
    return frame


def run(frames):
    total = 0
    ones = 0
    for seq in range(frames):
        frame = make_frame(seq)
        total = (total + crc16_ccitt(frame)) & 0xFFFFFFFF
        for b in frame:
            r = reverse_bits(b)
            while r:
                r &= r - 1
                ones += 1
    return total, ones


_t, _o = run(8000)
print("RESULT", "mc_crc_bits", 8000, _t, _o)
