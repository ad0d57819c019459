"""Generate resources/sounds/alarm-p1.wav … alarm-p4.wav: one pattern per alarm priority.

Run from the repository root: python resources/sounds/make_priority_sounds.py
16-bit mono 22050 Hz, each ending in silence so that looping gives a pause between bursts.
The patterns follow the idea of IEC 60601-1-8 (more pulses, faster and higher = more urgent)
so the priorities differ by rhythm and pitch, not only by loudness:

- p1 Critical: 3 + 2 pulses of 880 Hz, 0.1 s each (fast, high), 0.6 loudness;
- p2 High: four alternating tones 784/659 Hz, 0.18 s each, 0.55;
- p3 Medium: three pulses of 523 Hz, 0.2 s, 0.2 s apart, 0.45;
- p4 Low: two soft pulses of 440 Hz, 0.25 s, 0.4 s apart, 0.35.
"""

import math
import struct
import wave

RATE = 22050


def tone(freq, seconds, amp):
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)
    out = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(int(amp * envelope * 32767 * math.sin(2 * math.pi * freq * i / RATE)))
    return out


def rest(seconds):
    return [0] * int(RATE * seconds)


def pulses(freq, count, length, gap, amp):
    out = []
    for _ in range(count):
        out += tone(freq, length, amp) + rest(gap)
    return out


PATTERNS = {
    1: pulses(880, 3, 0.1, 0.06, 0.6) + rest(0.2) + pulses(880, 2, 0.1, 0.06, 0.6) + rest(0.6),
    2: tone(784, 0.18, 0.55)
    + tone(659, 0.18, 0.55)
    + tone(784, 0.18, 0.55)
    + tone(659, 0.18, 0.55)
    + rest(0.8),
    3: pulses(523, 3, 0.2, 0.2, 0.45) + rest(1.2),
    4: pulses(440, 2, 0.25, 0.4, 0.35) + rest(2.0),
}

for priority, samples in PATTERNS.items():
    with wave.open(f"resources/sounds/alarm-p{priority}.wav", "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
