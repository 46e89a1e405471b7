package racereport

import "testing"

func TestLearnerFunc(t *testing.T) {
	for sym, want := range map[string]string{
		"main.addOne":                            "addOne",
		"main.main":                              "main",
		"main.main.func1":                        "a func literal in main",
		"main.main.func1.2":                      "a func literal in a func literal in main",
		"main.(*Counter).Add":                    "(*Counter).Add",
		"main.Counter.Get.func3":                 "a func literal in Counter.Get",
		"main.Map[go.shape.int]":                 "Map",
		"main.walk-range1":                       "a func literal in walk",
		"main.init.0":                            "init",
		"sync.(*Mutex).Lock":                     "sync.(*Mutex).Lock",
		"gokernel/runtime/threads.(*Thread).run": "gokernel/runtime/threads.(*Thread).run",
	} {
		if got := learnerFunc(sym); got != want {
			t.Errorf("learnerFunc(%q) = %q, want %q", sym, got, want)
		}
	}
}

func TestLearnerStackNeverEmpty(t *testing.T) {
	full := []Frame{{Symbol: "runtime.mapassign_fast64", File: "/go/src/internal/runtime/maps/runtime_fast64.go"}, {Symbol: "main.main.gowrap1", File: "cell", Line: 3}}
	if got := learnerStack(full); len(got) != 1 || got[0] != full[0] {
		t.Errorf("learnerStack = %+v, want the innermost frame only", got)
	}
}

// The race detector's C/C++ and Go runtimes name a global on these lines;
// Go programs do not print them today, but a report that has one is used.
func TestVariableFromLocationLine(t *testing.T) {
	for _, line := range []string{
		"Location is global 'main.counter' of size 8 at 0x00000065b558 (prog+0x65b558)",
		"Global var main.counter of size 8 at 0x00000065b558 declared at session:1",
	} {
		block := "==================\nWARNING: DATA RACE\nWrite at 0x00000065b558 by goroutine 8:\n  main.addOne()\n      session:4 +0x8e\n\n" + line + "\n==================\n"
		r := Parse(block)
		if len(r) != 1 || r[0].Variable != "counter" {
			t.Errorf("%q: reports %+v, want Variable counter", line, r)
		}
	}
}
