package evalproc

import "testing"

// An initializer is the same every run when it calls only builtins and
// deterministic packages; the function given to sync.OnceValue and its
// kin runs at the first call, not in the initializer, so what it uses
// does not matter.
func TestSameEveryRun(t *testing.T) {
	for decl, want := range map[string]bool{
		`var n = max(len("ab"), 3)`: true,
		`var e = errors.New("x")`:   true,
		`var t = time.Now()`:        false,
		`var c = load()`:            false,
		`var f = sync.OnceValue(func() int { calls.Add(1); return 2 })`: true,
		`var g = sync.OnceFunc(func() { fmt.Println(time.Now()) })`:     true,
		`var h = sync.OnceValue(load)`:                                  true,
		`var i = sync.OnceValue(pick())`:                                false,
		`var j = func() int { calls.Add(1); return 1 }()`:               false,
	} {
		if got := sameEveryRun(decl); got != want {
			t.Errorf("sameEveryRun(%q) = %v, want %v", decl, got, want)
		}
	}
}
