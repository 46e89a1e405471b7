package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name     string
	Born     int
	Parents  []*Person
	Children []*Person
}

type Family struct {
	people map[string]*Person
}

func (f *Family) get(name string, born int) *Person {
	if p, ok := f.people[name]; ok {
		return p
	}
	p := &Person{Name: name, Born: born}
	f.people[name] = p
	return p
}

func (f *Family) AddChild(parent, child string, born int) {
	p, c := f.get(parent, 0), f.get(child, born)
	p.Children = append(p.Children, c)
	c.Parents = append(c.Parents, p)
}

func (p *Person) Descendants() []string {
	var out []string
	var walk func(*Person)
	walk = func(x *Person) {
		for _, c := range x.Children {
			out = append(out, c.Name)
			walk(c)
		}
	}
	walk(p)
	return out
}

func (p *Person) Ancestors(depth int) map[string]int {
	out := map[string]int{}
	var walk func(*Person, int)
	walk = func(x *Person, d int) {
		for _, par := range x.Parents {
			if old, seen := out[par.Name]; !seen || d < old {
				out[par.Name] = d
			}
			walk(par, d+1)
		}
	}
	walk(p, depth)
	return out
}

func (f *Family) Cousins(name string) []string {
	p := f.people[name]
	set := map[string]bool{}
	for _, par := range p.Parents {
		for _, gp := range par.Parents {
			for _, auntUncle := range gp.Children {
				if auntUncle == par {
					continue
				}
				for _, c := range auntUncle.Children {
					set[c.Name] = true
				}
			}
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (p *Person) Print(indent int) {
	fmt.Printf("%s%s (%d)\n", strings.Repeat("  ", indent), p.Name, p.Born)
	for _, c := range p.Children {
		c.Print(indent + 1)
	}
}

func main() {
	f := &Family{people: map[string]*Person{}}
	f.get("Edith", 1920)
	for _, rel := range []struct {
		parent, child string
		born          int
	}{
		{"Edith", "Frank", 1945}, {"Edith", "Grace", 1948}, {"Frank", "Hana", 1970},
		{"Frank", "Ivan", 1973}, {"Grace", "Jules", 1975}, {"Hana", "Kira", 1999},
		{"Jules", "Leo", 2001}, {"Jules", "Mia", 2004}, {"Omar", "Jules", 1975}, {"Ivan", "Nia", 2002},
	} {
		f.AddChild(rel.parent, rel.child, rel.born)
	}
	f.people["Edith"].Print(0)
	fmt.Println("descendants of Frank:", f.people["Frank"].Descendants())
	anc := f.people["Leo"].Ancestors(1)
	names := make([]string, 0, len(anc))
	for n := range anc {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if anc[names[i]] != anc[names[j]] {
			return anc[names[i]] < anc[names[j]]
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		fmt.Printf("Leo's ancestor %-6s generation %d\n", n, anc[n])
	}
	for _, n := range []string{"Hana", "Leo", "Kira"} {
		fmt.Printf("cousins of %s: %q\n", n, f.Cousins(n))
	}
	if p, ok := f.people["Zed"]; !ok {
		fmt.Println("Zed unknown:", p == nil)
	}
}
