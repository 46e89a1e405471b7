package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type PointPos int

const (
	Normal PointPos = iota
	Reverse
)

func (p PointPos) String() string { return [...]string{"N", "R"}[p] }

type ConflictError struct {
	Route   string
	Section string
	Holder  string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("route %s: section %s locked by %s", e.Route, e.Section, e.Holder)
}

var ErrUnknownRoute = errors.New("unknown route")

type Route struct {
	Name     string
	Sections []string
	Points   map[string]PointPos
}

type Interlocking struct {
	routes map[string]Route
	locks  map[string]string // section -> route holding it
	points map[string]PointPos
}

func NewInterlocking(rs ...Route) *Interlocking {
	il := &Interlocking{routes: map[string]Route{}, locks: map[string]string{}, points: map[string]PointPos{}}
	for _, r := range rs {
		il.routes[r.Name] = r
	}
	return il
}

func (il *Interlocking) Set(name string) error {
	r, ok := il.routes[name]
	if !ok {
		return fmt.Errorf("set %q: %w", name, ErrUnknownRoute)
	}
	for _, s := range r.Sections {
		if holder, busy := il.locks[s]; busy {
			return &ConflictError{Route: name, Section: s, Holder: holder}
		}
	}
	for _, s := range r.Sections {
		il.locks[s] = name
	}
	for p, pos := range r.Points {
		il.points[p] = pos
	}
	return nil
}

func (il *Interlocking) Release(name string) int {
	n := 0
	for s, holder := range il.locks {
		if holder == name {
			delete(il.locks, s)
			n++
		}
	}
	return n
}

func (il *Interlocking) State() string {
	var parts []string
	for _, s := range slices.Sorted(maps.Keys(il.locks)) {
		parts = append(parts, s+"="+il.locks[s])
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	il := NewInterlocking(
		Route{"S1-S4", []string{"T1", "T2", "T3"}, map[string]PointPos{"P101": Normal}},
		Route{"S2-S5", []string{"T5", "T2", "T6"}, map[string]PointPos{"P101": Reverse, "P102": Normal}},
		Route{"S3-S6", []string{"T7", "T8"}, map[string]PointPos{"P103": Reverse}},
	)

	requests := []string{"S1-S4", "S2-S5", "S3-S6", "S9-S1", "release S1-S4", "S2-S5"}
	for _, req := range requests {
		if name, ok := strings.CutPrefix(req, "release "); ok {
			fmt.Printf("release %s: %d sections freed\n", name, il.Release(name))
			continue
		}
		err := il.Set(req)
		var ce *ConflictError
		switch {
		case err == nil:
			fmt.Printf("route %s set, locks %s\n", req, il.State())
		case errors.As(err, &ce):
			fmt.Printf("REFUSED %v (conflict on %s)\n", err, ce.Section)
		case errors.Is(err, ErrUnknownRoute):
			fmt.Println("REJECTED", err)
		}
	}
	for _, p := range []string{"P101", "P102", "P103"} {
		fmt.Printf("points %s lie %v\n", p, il.points[p])
	}
}
