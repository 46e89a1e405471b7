package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

type CycleError struct {
	Remaining []string
}

func (e *CycleError) Error() string {
	return "dependency cycle among: " + strings.Join(e.Remaining, ", ")
}

// BuildOrder returns a topological order using Kahn's algorithm. Among ready
// nodes, the alphabetically smallest is chosen first so the result is stable.
func BuildOrder(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for pkg, ds := range deps {
		if _, ok := indeg[pkg]; !ok {
			indeg[pkg] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[pkg]++
			users[d] = append(users[d], pkg)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		var rest []string
		for n, d := range indeg {
			if d > 0 {
				rest = append(rest, n)
			}
		}
		slices.Sort(rest)
		return order, &CycleError{rest}
	}
	return order, nil
}

// Levels groups packages by longest dependency chain depth.
func Levels(order []string, deps map[string][]string) map[int][]string {
	depth := map[string]int{}
	out := map[int][]string{}
	for _, n := range order {
		d := 0
		for _, dep := range deps[n] {
			d = max(d, depth[dep]+1)
		}
		depth[n] = d
		out[d] = append(out[d], n)
	}
	return out
}

func main() {
	deps := map[string][]string{
		"app":     {"http", "db", "log"},
		"http":    {"net", "log"},
		"db":      {"net", "sql", "log"},
		"sql":     {"strings"},
		"net":     {"io"},
		"log":     {"io", "fmt"},
		"fmt":     {"io", "strings"},
		"strings": {},
	}
	order, err := BuildOrder(deps)
	if err != nil {
		fmt.Println("unexpected:", err)
		os.Exit(2)
	}
	fmt.Println("build order:", strings.Join(order, " "))
	lv := Levels(order, deps)
	for d := 0; d < len(lv); d++ {
		fmt.Printf("  level %d: %v\n", d, lv[d])
	}

	deps["io"] = []string{"app"} // introduce a cycle
	deps["util"] = []string{"strings"}
	order, err = BuildOrder(deps)
	fmt.Printf("partial order before failure: %q\n", order)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Printf("error: %v (%d packages stuck)\n", err, len(ce.Remaining))
		os.Exit(1)
	}
	fmt.Println("not reached")
}
