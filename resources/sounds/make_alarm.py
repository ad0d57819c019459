"""Generate resources/sounds/alarm.wav: a two-tone siren, 0.6 s, 16-bit mono 22050 Hz."""

# Run from the repository root: python resources/sounds/make_alarm.py
import math
import struct
import wave

RATE = 22050


def tone(freq, seconds, amp=0.6):
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)
    out = []
    for i in range(n):
        env = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(int(amp * env * 32767 * math.sin(2 * math.pi * freq * i / RATE)))
    return out


samples = tone(960, 0.15) + tone(770, 0.15) + tone(960, 0.15) + tone(770, 0.15)
with wave.open("resources/sounds/alarm.wav", "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
