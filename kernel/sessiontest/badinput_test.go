package sessiontest

import (
	"maps"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// Half-typed cells (the course cells cut in the middle of a line, fixed
// seed) and broken text get a syntax or compile error through the real
// kernel, never an internal error.
func TestBrokenCellsNeverInternalError(t *testing.T) {
	k := start(t)
	cells := []string{"func addUnlocked(tot", `func ( {{{ ]] "unterminated`,
		// yaegi panicked on these (a call on an undefined name, assigned).
		"func power(x, n int) int {\n\treturn x\n}\n\nv, err := pool.Apply(power, 2, 10)\nfmt.Println(v, err)\n\nit :",
		"v, err := pool.Apply(2, 10)", "var x undefinedThing"}
	rng := rand.New(rand.NewSource(1))
	course := courseCells(t)
	names := slices.Sorted(maps.Keys(course)) // the same cuts every run
	for _, name := range names {
		if strings.HasPrefix(name, "05") { // timing cells: long when they run
			continue
		}
		for _, c := range course[name] {
			for i := 0; i < 4 && len(c) > 2; i++ {
				cut := 1 + rng.Intn(len(c)-1)
				if c[cut-1] == '\n' || c[cut] == '\n' {
					continue
				}
				cells = append(cells, c[:cut])
			}
		}
	}
	for _, c := range cells {
		r := k.exec(c)
		if r.Error == nil {
			continue
		}
		text := r.Error.Ename + ": " + r.Error.Evalue
		for _, bad := range []string{"runtime error", "invalid memory address", "index out of range", "nil pointer", "InternalError"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s\ncell:\n%s", text, c)
				break
			}
		}
	}
	t.Logf("%d broken cells", len(cells))
}
