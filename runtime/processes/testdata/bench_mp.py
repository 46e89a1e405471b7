"""Python multiprocessing counterparts of the Go benchmarks in bench_test.go.

usage: bench_mp.py start|map10k|cpu1|cpu2|fib1|fib2 ITERATIONS [SPIN or FIB N]
Prints "ns_per_op N": the mean time of one iteration, measured here so that
interpreter start-up is not counted.

usage: bench_mp.py report ITERATIONS FIB_N
Prints "<mode> min_ns N mean_ns M" for start, map10k, fib1 and fib2 (the
CPU modes with ITERATIONS/4 iterations, at least 2), for TestPythonRatios.
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
    """The time of each of iters iterations of mode, in ns."""
    times = []

    def timed(op):
        t0 = time.perf_counter_ns()
        op()
        times.append(time.perf_counter_ns() - t0)

    if mode == "start":
        q = mp.Queue()
        procs = []

        def start():
            p = mp.Process(target=signal, args=(q,))
            p.start()
            q.get()
            procs.append(p)

        for _ in range(iters):
            timed(start)
        for p in procs:
            p.join()
    elif mode == "map10k":
        items = list(range(10000))
        with mp.Pool(2) as pool:
            pool.map(square, items)  # warm up the workers
            for _ in range(iters):
                timed(lambda: pool.map(square, items))
    elif mode in ("cpu1", "cpu2", "fib1", "fib2"):
        fn = spin if mode.startswith("cpu") else fib
        with mp.Pool(1 if mode.endswith("1") else 2) as pool:
            pool.map(square, range(4))  # warm up the workers
            for _ in range(iters):
                timed(lambda: pool.map(fn, [work] * CPU_ITEMS))
    else:
        sys.exit("unknown mode " + mode)
    return times


def main():
    mode, iters = sys.argv[1], int(sys.argv[2])
    work = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    if mode == "report":
        for m in ("start", "map10k", "fib1", "fib2"):
            n = iters if m in ("start", "map10k") else max(2, iters // 4)
            times = measure(m, n, work)
            print(m, "min_ns", min(times), "mean_ns", sum(times) // len(times), flush=True)
        return
    times = measure(mode, iters, work)
    print("ns_per_op", sum(times) // len(times))


if __name__ == "__main__":
    main()
