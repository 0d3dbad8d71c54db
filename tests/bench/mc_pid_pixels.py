# Microcontroller-style benchmark: a fixed-point PID loop driving a NeoPixel colour wheel into a GRB buffer.
# Prints one deterministic RESULT line.


def wheel(pos):
    pos = pos & 255
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


class Pid:
    def __init__(self, kp, ki, kd):
        self.kp = kp
        self.ki = ki
        self.kd = kd
        self.integral = 0
        self.last = 0

    def update(self, setpoint, measured):
        error = setpoint - measured
        self.integral = max(-100000, min(100000, self.integral + error))
        derivative = error - self.last
        self.last = error
        return (self.kp * error + self.ki * self.integral + self.kd * derivative) >> 8


def run(steps, pixels):
    buf = bytearray(pixels * 3)
    pid = Pid(180, 12, 40)
    level = 0
    checksum = 0
    for step in range(steps):
        target = 4000 if (step // 200) % 2 == 0 else 1000
        level += pid.update(target, level) // 4
        brightness = max(0, min(255, level >> 4))
        for i in range(pixels):
            r, g, b = wheel(i * 256 // pixels + step)
            j = i * 3
            buf[j] = (g * brightness) >> 8
            buf[j + 1] = (r * brightness) >> 8
            buf[j + 2] = (b * brightness) >> 8
        checksum = (checksum * 31 + sum(buf)) & 0xFFFFFF
    return level, checksum


_l, _c = run(2000, 30)
print("RESULT", "mc_pid_pixels", 2000, _l, _c)
