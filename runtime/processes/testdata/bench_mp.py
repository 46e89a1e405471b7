"""Python multiprocessing counterparts of the Go benchmarks in bench_test.go.

usage: bench_mp.py start|map10k|cpu1|cpu2|fib1|fib2 ITERATIONS [SPIN or FIB N]
Prints "ns_per_op N": the mean time of one iteration, measured here so that
interpreter start-up is not counted.

usage: bench_mp.py report ITERATIONS FIB_N
Prints "<mode> ns_per_op N" for start, map10k, fib1 and fib2 (the CPU modes
with ITERATIONS/4 iterations, at least 2), for TestPythonRatios.
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


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


CPU_ITEMS = 8


def measure(mode, iters, work):
    """Mean ns of one iteration of mode."""
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
    elif mode in ("cpu1", "cpu2", "fib1", "fib2"):
        fn = spin if mode.startswith("cpu") else fib
        with mp.Pool(1 if mode.endswith("1") else 2) as pool:
            pool.map(square, range(4))  # warm up the workers
            t0 = time.perf_counter_ns()
            for _ in range(iters):
                pool.map(fn, [work] * CPU_ITEMS)
            total = time.perf_counter_ns() - t0
    else:
        sys.exit("unknown mode " + mode)
    return total // iters


def main():
    mode, iters = sys.argv[1], int(sys.argv[2])
    work = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    if mode == "report":
        for m in ("start", "map10k", "fib1", "fib2"):
            n = iters if m in ("start", "map10k") else max(2, iters // 4)
            print(m, "ns_per_op", measure(m, n, work), flush=True)
        return
    print("ns_per_op", measure(mode, iters, work))


if __name__ == "__main__":
    main()
