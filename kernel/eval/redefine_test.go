package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Random sessions of cells that define, redefine (to other types, from
// their own old values, several at once), assign and print variables
// print what Go prints for the same statements in nested blocks, one
// block per cell: a cell's `x := ...` of a session name starts a new x
// from that statement on, as in a function. (Found by this test:
// `n := n + 1` read the new, zero n; `a, b := b, a` gave 0 0; a rerun
// `a := g * 2` after `g` changed type in the same cell kept a's old
// type.)
func TestRandomRedefinitionsAsNestedScopes(t *testing.T) {
	for seed := range uint64(12) {
		cells := redefinitionSession(rand.New(rand.NewPCG(seed, 7)))
		body := strings.Repeat("{\n", 1) + strings.Join(cells, "\n{\n") + strings.Repeat("\n}", len(cells))
		want := goRunOutput(t, `import "fmt"`, body)
		s := newSession(t, Options{})
		run(t, s, `import "fmt"`)
		var got strings.Builder
		for _, c := range cells {
			out, _ := run(t, s, c)
			got.WriteString(out)
		}
		if got.String() != want {
			t.Errorf("seed %d: cells\n%s\nprinted\n%s\ngo run of the nested blocks:\n%s", seed, strings.Join(cells, "\n----\n"), got.String(), want)
		}
	}
}

// redefinitionSession makes the cells of one session over variables a-g
// of types int, float64, string and []int.
func redefinitionSession(r *rand.Rand) []string {
	types := []string{"int", "float64", "string", "[]int"}
	env := map[string]string{}
	of := func(t string) []string {
		var vs []string
		for n, tt := range env {
			if tt == t {
				vs = append(vs, n)
			}
		}
		slices.Sort(vs)
		return vs
	}
	pick := func(opts []string) string { return opts[r.IntN(len(opts))] }
	expr := func(t string) string {
		var opts []string
		switch t {
		case "int":
			opts = []string{fmt.Sprint(r.IntN(10))}
			for _, v := range of("int") {
				opts = append(opts, v, v+" + 3", v+" * 2")
			}
			for _, v := range append(of("[]int"), of("string")...) {
				opts = append(opts, "len("+v+")")
			}
			for _, v := range of("float64") {
				opts = append(opts, "int("+v+")")
			}
		case "float64":
			opts = []string{"1.5"}
			for _, v := range of("float64") {
				opts = append(opts, v, v+" * 2")
			}
			for _, v := range of("int") {
				opts = append(opts, "float64("+v+") / 2")
			}
		case "string":
			opts = []string{`"s"`}
			for _, v := range of("string") {
				opts = append(opts, v, v+` + "x"`)
			}
			for _, v := range append(of("int"), of("float64")...) {
				opts = append(opts, "fmt.Sprint("+v+")")
			}
		case "[]int":
			opts = []string{"[]int{1, 2}"}
			for _, v := range of("[]int") {
				opts = append(opts, v, v+"[len("+v+")/2:]", "append("+v+", 7)")
			}
		}
		return pick(opts)
	}
	var cells []string
	for range 10 {
		var stmts []string
		defined := map[string]bool{}
		for range 2 + r.IntN(3) {
			var free []string
			for _, n := range strings.Split("abcdefg", "") {
				if !defined[n] {
					free = append(free, n)
				}
			}
			var known []string
			for n := range env {
				if !defined[n] {
					known = append(known, n)
				}
			}
			slices.Sort(known)
			switch k := r.Float64(); {
			case k < 0.45 || len(env) == 0:
				n, t := pick(free), pick(types)
				stmts = append(stmts, n+" := "+expr(t), "_ = "+n)
				env[n], defined[n] = t, true
			case k < 0.6 && len(known) >= 2:
				i := r.Perm(len(known))
				a, b := known[i[0]], known[i[1]]
				stmts = append(stmts, fmt.Sprintf("%s, %s := %s, %s", a, b, expr(env[b]), expr(env[a])), "_, _ = "+a+", "+b)
				env[a], env[b] = env[b], env[a]
				defined[a], defined[b] = true, true
			case k < 0.75 && len(env) > 0:
				var all []string
				for n := range env {
					all = append(all, n)
				}
				slices.Sort(all)
				n := pick(all)
				stmts = append(stmts, n+" = "+expr(env[n]))
			}
		}
		var all []string
		for n := range env {
			all = append(all, n)
		}
		slices.Sort(all)
		stmts = append(stmts, "fmt.Println("+strings.Join(all, ", ")+")")
		cells = append(cells, strings.Join(stmts, "\n"))
	}
	return cells
}
