"""Times N sequential GETs of one URL after a short warm-up; prints p50/p99.
   python3 bench/timing.py URL AUTHORIZATION N LABEL"""
import sys
import time
import urllib.request

url, auth, n, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def get():
    request = urllib.request.Request(url, headers={"Authorization": auth})
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        answer.read()
    return (time.perf_counter() - began) * 1000


for _ in range(min(n, 20)):
    get()
times = sorted(get() for _ in range(n))
print(f"{label}: p50={times[len(times) // 2]:.1f}ms p99={times[min(len(times) - 1, int(len(times) * 0.99))]:.1f}ms ({n} requests)")
