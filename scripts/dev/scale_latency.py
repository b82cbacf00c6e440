"""Request latencies of a running `crystaldb serve` (part of `scale_harness.sh`).

Dev-only, standard library only. Usage: scale_latency.py BASE_URL [--requests N]
For each kind of request — by id, a filtered page, a nearest-neighbour search through the HNSW
index, the same search exact, a filtered search — prints one JSON line: the first request's
latency (cold: the server has not served that kind yet) and p50/p99 of the next N (warm), in ms;
the by-id and nearest-neighbour requests each use a distinct random stored id, the filtered page
is the same request every time.
"""

import argparse
import json
import random
import statistics
import time
import urllib.parse
import urllib.request


def get(url: str) -> tuple[float, dict]:
    t = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1e3, json.loads(body)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    base = args.base.rstrip("/") + "/v1/structures"
    _, info = get(base + "?page_limit=1&response_fields=id")
    available = info["meta"]["data_available"]
    rng = random.Random(7)
    # Ids from random pages (cheap: one id each).
    ids = []
    for off in rng.sample(range(available), min(available, args.requests + 1)):
        _, page = get(base + f"?page_limit=1&page_offset={off}&response_fields=id")
        ids.append(page["data"][0]["id"])
    flt = urllib.parse.quote('elements HAS "O" AND nelements>=3')
    kinds = {
        "by_id": lambda i: f"{base}/{urllib.parse.quote(i)}?response_fields=nsites",
        "filtered_page": lambda i: f"{base}?filter={flt}&page_limit=10&response_fields=nsites",
        "near_hnsw": lambda i: f"{base}?_crystaldb_near={urllib.parse.quote(i)}&_crystaldb_k=10&response_fields=nsites",
        "near_exact": lambda i: f"{base}?_crystaldb_near={urllib.parse.quote(i)}&_crystaldb_k=10&_crystaldb_exact=true&response_fields=nsites",
        "near_filtered": lambda i: f"{base}?_crystaldb_near={urllib.parse.quote(i)}&_crystaldb_k=10&filter={flt}&response_fields=nsites",
    }
    for name, url in kinds.items():
        cold, doc = get(url(ids[0]))
        warm = sorted(get(url(i))[0] for i in ids[1:])
        plan = doc.get("meta", {}).get("_crystaldb_plan") or {}
        print(json.dumps({
            "request": name, "cold_ms": round(cold, 2), "p50_ms": round(statistics.median(warm), 2),
            "p99_ms": round(warm[int(0.99 * (len(warm) - 1))], 2), "n": len(warm),
            "strategy": plan.get("strategy"),
        }), flush=True)


if __name__ == "__main__":
    main()
