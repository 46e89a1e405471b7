package sessiontest

import (
	"math/rand"
	"path/filepath"
	"runtime"
	"testing"

	"gokernel/kernel/client"
	"gokernel/kernel/notebook"
)

// courseCells are the code cells of every course notebook, by notebook.
func courseCells(t *testing.T) map[string][]string {
	_, file, _, _ := runtime.Caller(0)
	paths, err := filepath.Glob(filepath.Join(filepath.Dir(file), "..", "..", "notebooks", "*.ipynb"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no course notebooks: %v", err)
	}
	out := map[string][]string{}
	for _, p := range paths {
		nb, err := notebook.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range nb.Cells {
			if c.Type == "code" && !c.HasTag("skip-execution") {
				out[filepath.Base(p)] = append(out[filepath.Base(p)], c.Source)
			}
		}
	}
	return out
}

// outcome is what must not change when a cell is rerun: whether it
// failed, and how (outputs may differ: pids, races, timings).
func outcome(r *client.ExecResult) string {
	if r.Error != nil {
		return r.Status + " " + r.Error.Ename
	}
	return r.Status
}

// fresh runs cells in order in a new kernel, as the reference.
func fresh(t *testing.T, cells []string) []string {
	k := start(t)
	var out []string
	for _, c := range cells {
		out = append(out, outcome(k.exec(c)))
	}
	k.close()
	return out
}

// Every cell of every course notebook, run twice in one kernel: the
// second pass ends as a fresh kernel's first pass does, cell by cell.
func TestRerunEveryCourseCellTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every course notebook three times")
	}
	for name, cells := range courseCells(t) {
		t.Run(name, func(t *testing.T) {
			want := fresh(t, cells)
			k := start(t)
			for pass := 1; pass <= 2; pass++ {
				for i, c := range cells {
					r := k.exec(c)
					if got := outcome(r); got != want[i] {
						t.Errorf("pass %d, cell %d: %s, a fresh kernel gives %s\n%s\ncell:\n%s", pass, i+1, got, want[i], errText(r), c)
					}
				}
			}
		})
	}
}

// After a notebook ran once, its cells rerun in random orders (fixed
// seeds) end as they did in a fresh kernel.
func TestRerunInRandomOrders(t *testing.T) {
	if testing.Short() {
		t.Skip("runs course notebooks in several orders")
	}
	for name, cells := range courseCells(t) {
		t.Run(name, func(t *testing.T) {
			want := fresh(t, cells)
			k := start(t)
			for _, c := range cells {
				k.exec(c)
			}
			for seed := int64(1); seed <= 2; seed++ {
				rng := rand.New(rand.NewSource(seed))
				for _, i := range rng.Perm(len(cells)) {
					r := k.exec(cells[i])
					if got := outcome(r); got != want[i] {
						t.Errorf("seed %d, cell %d: %s, a fresh kernel gives %s\n%s\ncell:\n%s", seed, i+1, got, want[i], errText(r), cells[i])
					}
				}
			}
		})
	}
}

func errText(r *client.ExecResult) string {
	if r.Error == nil {
		return r.Stderr
	}
	return r.Error.Ename + ": " + r.Error.Evalue + "\n" + r.Stderr
}
