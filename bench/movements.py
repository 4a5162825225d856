"""Times random 20-minute windows of GET /deliverr/inventory/movements; prints percentiles."""
import base64
import datetime
import json
import random
import sys
import time
import urllib.request

host, user, password, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
random.seed(42)


def window():
    start = now - datetime.timedelta(minutes=random.randint(20, 365 * 24 * 60))
    # Offsets sent un-encoded, as the partner does: "+00:00" reaches the server as " 00:00".
    return (start.isoformat(), (start + datetime.timedelta(minutes=20)).isoformat())


def get(warehouse, start, end):
    url = f"http://{host}/deliverr/inventory/movements?warehouse={warehouse}&fromTime={start}&toTime={end}"
    request = urllib.request.Request(url, headers={"Authorization": auth})
    began = time.perf_counter()
    with urllib.request.urlopen(request) as answer:
        rows = len(json.loads(answer.read()))
    return (time.perf_counter() - began) * 1000, rows


for _ in range(50):  # warm-up: JIT, connection pool, caches
    get(f"BENCH{random.randint(1, 20):02d}", *window())

latencies, counts = [], []
for _ in range(requests):
    ms, rows = get(f"BENCH{random.randint(1, 20):02d}", *window())
    latencies.append(ms)
    counts.append(rows)
latencies.sort()


def pct(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))]


print(f"requests={requests} rows/window avg={sum(counts) / len(counts):.1f} max={max(counts)}")
print(f"latency ms: p50={pct(50):.1f} p90={pct(90):.1f} p99={pct(99):.1f} max={latencies[-1]:.1f}")
