"""Python multiprocessing counterparts of the Go benchmarks in bench_test.go.

usage: bench_mp.py start|map10k|cpu1|cpu2 ITERATIONS [SPIN]
Prints "ns_per_op N": the mean time of one iteration, measured here so that
interpreter start-up is not counted.
"""
import multiprocessing as mp
import sys
import time


def signal(q):
    q.put(1)


def square(x):
    return x * x


def spin(n):
    x = n & 0xFFFFFFFF
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
    return x % 1000


CPU_ITEMS = 8


def main():
    mode, iters = sys.argv[1], int(sys.argv[2])
    work = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    if mode == "start":
        q = mp.Queue()
        total = 0
        procs = []
        for _ in range(iters):
            t0 = time.perf_counter_ns()
            p = mp.Process(target=signal, args=(q,))
            p.start()
            q.get()
            total += time.perf_counter_ns() - t0
            procs.append(p)
        for p in procs:
            p.join()
    elif mode == "map10k":
        items = list(range(10000))
        with mp.Pool(2) as pool:
            pool.map(square, items)  # warm up the workers
            t0 = time.perf_counter_ns()
            for _ in range(iters):
                pool.map(square, items)
            total = time.perf_counter_ns() - t0
    elif mode in ("cpu1", "cpu2"):
        with mp.Pool(1 if mode == "cpu1" else 2) as pool:
            pool.map(square, range(4))  # warm up the workers
            t0 = time.perf_counter_ns()
            for _ in range(iters):
                pool.map(spin, [work] * CPU_ITEMS)
            total = time.perf_counter_ns() - t0
    else:
        sys.exit("unknown mode " + mode)
    print("ns_per_op", total // iters)


if __name__ == "__main__":
    main()
