package sessiontest

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"
)

// soakExecutes is how many executes the soak test runs (GOKERNEL_SOAK
// sets it; CI keeps the default, about a minute on two shared cores).
func soakExecutes() int {
	if n, err := strconv.Atoi(os.Getenv("GOKERNEL_SOAK")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// Thousands of executes that rebind a large slice through the real
// kernel: the RSS of the kernel and all its processes stays bounded (the
// issue measured 41 MB growing to 639 MB over 3000 of these). The bound
// is generous: 80 KB per execute kept would break it many times over.
func TestSoakMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of executes")
	}
	k := start(t)
	n := soakExecutes()
	code := "s := make([]int, 10000); fmt.Println(len(s))"
	for i := 0; i < 50; i++ { // warm up: caches, first compactions
		k.ok(code)
	}
	base := k.rss()
	peak := base
	deadline := time.Now().Add(2 * time.Minute)
	for i := 0; i < n && time.Now().Before(deadline); i++ {
		r := k.ok(code)
		if r.Stdout != "10000\n" {
			t.Fatalf("execute %d printed %q", i, r.Stdout)
		}
		if i%100 == 0 {
			peak = max(peak, k.rss())
		}
	}
	end := k.rss()
	t.Logf("RSS of the kernel's processes: %d MB after warm-up, peak %d MB, %d MB after %d executes", base>>20, peak>>20, end>>20, n)
	if limit := base + 64<<20; peak > limit {
		t.Errorf("RSS grew from %d MB to %d MB over %d executes (limit %d MB)", base>>20, peak>>20, n, limit>>20)
	}
}

// BenchmarkMemoryPerExecute reports the growth of the kernel's RSS per
// execute of a cell that rebinds a large slice, and of a trivial cell.
func BenchmarkMemoryPerExecute(b *testing.B) {
	for _, code := range []string{"s := make([]int, 10000); fmt.Println(len(s))", "fmt.Println(1)"} {
		b.Run(fmt.Sprintf("%.20s", code), func(b *testing.B) {
			k := start(b)
			for i := 0; i < 50; i++ {
				k.ok(code)
			}
			base := k.rss()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k.ok(code)
			}
			b.StopTimer()
			b.ReportMetric(float64(k.rss()-base)/float64(b.N), "rss-B/exec")
		})
	}
}

// BenchmarkReplayToChild reports the cost of starting a process as the
// session grows: the child rebuilds only what its target needs.
func BenchmarkReplayToChild(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("decls=%d", n), func(b *testing.B) {
			k := start(b, "GOKERNEL_NATIVE_CHILDREN=off")
			for i := 0; i < n; i += 50 {
				src := ""
				for j := i; j < i+50 && j < n; j++ {
					src += fmt.Sprintf("func f%d(x int) int { return x + %d }\nvar v%d = f%d(1)\n", j, j, j, j)
				}
				k.ok(src)
			}
			k.ok("func target() int { return f0(41) }")
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r := k.ok("p, _ := processes.Start(target); fmt.Println(p.Join())")
				if r.Stdout != "<nil>\n" {
					b.Fatalf("%q %q", r.Stdout, r.Stderr)
				}
			}
		})
	}
}
