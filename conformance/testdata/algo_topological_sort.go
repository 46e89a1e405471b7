package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type DAG struct {
	deps map[string][]string // node -> nodes that depend on it
	all  map[string]bool
}

func NewDAG() *DAG { return &DAG{deps: map[string][]string{}, all: map[string]bool{}} }

// Require records that task needs each of the prerequisites first.
func (d *DAG) Require(task string, prereqs ...string) {
	d.all[task] = true
	for _, p := range prereqs {
		d.all[p] = true
		d.deps[p] = append(d.deps[p], task)
	}
}

type CycleError struct {
	Remaining []string
}

func (e CycleError) Error() string {
	return "cycle among: " + strings.Join(e.Remaining, ", ")
}

// Order uses Kahn's algorithm, always taking the alphabetically smallest ready node.
func (d *DAG) Order() ([]string, error) {
	indeg := map[string]int{}
	for n := range d.all {
		indeg[n] += 0 // make sure every node has an entry
		for _, m := range d.deps[n] {
			indeg[m]++
		}
	}
	var ready []string
	for n, k := range indeg {
		if k == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range d.deps[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(d.all) {
		var rem []string
		for n, k := range indeg {
			if k > 0 {
				rem = append(rem, n)
			}
		}
		slices.Sort(rem)
		return order, CycleError{rem}
	}
	return order, nil
}

func main() {
	d := NewDAG()
	d.Require("tie", "shirt")
	d.Require("jacket", "tie", "belt")
	d.Require("belt", "pants", "shirt")
	d.Require("shoes", "pants", "socks")
	d.Require("pants", "underwear")
	d.Require("watch")
	order, err := d.Order()
	fmt.Println("dress order:", strings.Join(order, " -> "))
	fmt.Println("err:", err)

	c := NewDAG()
	c.Require("a", "c")
	c.Require("b", "a")
	c.Require("c", "b")
	c.Require("d", "a")
	c.Require("e")
	partial, err := c.Order()
	fmt.Printf("partial=%v err=%v\n", partial, err)
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Printf("%#v\n", ce)
	}
}
