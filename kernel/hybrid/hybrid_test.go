package hybrid_test

import (
	"slices"
	"testing"

	"gokernel/kernel/hybrid"
)

func TestNeededThroughSessionDeclarations(t *testing.T) {
	session := []string{
		`/*line _.go:1:1*/import "fmt"`,
		`/*line _.go:2:1*/func helper() int { return 1 }`,
		`/*line _.go:3:1*/func run() { fmt.Println(helper()) }`,
		`/*line _.go:4:1*/func other() {}`,
	}
	var d hybrid.Decls
	if got := d.Needed(session, "run()"); got != nil {
		t.Fatalf("empty: %v", got)
	}
	// helper is redeclared in a form only compiled runs have: run, which
	// the interpreter keeps with the old helper, needs it too.
	d.Add([]string{`/*line _.go:1:1*/import "slices"`, `/*line _.go:2:1*/func helper() int { return slices.Max([]int{1, 2}) }`})
	if got := d.Needed(session, "run()"); !slices.Equal(got, []string{"helper"}) {
		t.Errorf("run(): %v", got)
	}
	if got := d.Needed(session, "other()"); got != nil {
		t.Errorf("other(): %v", got)
	}
	// A cell that declares helper itself does not need the old one.
	if got := d.Needed(session, "func helper() int { return 3 }\nfmt.Println(helper())"); got != nil {
		t.Errorf("redeclaring cell: %v", got)
	}
	merged := d.Merge(session)
	if slices.Contains(merged, session[1]) || !slices.Contains(merged, session[2]) || merged[len(merged)-1] != d.List()[1] {
		t.Errorf("merge: %q", merged)
	}
	// The interpreter took helper back.
	d.Forget([]string{"helper"})
	if got := d.Needed(session, "run()"); got != nil {
		t.Errorf("after Forget: %v", got)
	}
	if slices.ContainsFunc(d.Names(), func(n string) bool { return n == "helper" }) {
		t.Errorf("names after Forget: %v", d.Names())
	}
}

func TestAddReplacesAndMarkedRoundTrips(t *testing.T) {
	var d hybrid.Decls
	d.Add([]string{`/*line _.go:1:1*/type Box[T any] struct{ v T }`, `/*line _.go:2:1*/func (b Box[T]) Get() T { return b.v }`})
	d.Add([]string{`/*line _.go:1:1*/type Box[T any] struct{ v, w T }`})
	if names := d.Names(); !slices.Equal(names, []string{"Box.Get", "Box"}) {
		t.Errorf("names: %v", names)
	}
	session := []string{`/*line _.go:1:1*/func f() {}`}
	marked := d.Marked(session)
	s, c := hybrid.Split(marked)
	if !slices.Equal(s, session) || !slices.Equal(c, d.List()) {
		t.Errorf("split of %q: %q, %q", marked, s, c)
	}
	d.Reset()
	if len(d.List()) != 0 || !slices.Equal(d.Merge(session), session) {
		t.Errorf("after reset: %q", d.List())
	}
}
