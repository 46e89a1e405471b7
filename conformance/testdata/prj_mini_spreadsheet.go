package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type CellRef string

type CycleError struct{ Path []CellRef }

func (e *CycleError) Error() string {
	parts := make([]string, len(e.Path))
	for i, p := range e.Path {
		parts[i] = string(p)
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

var ErrBadRef = errors.New("bad reference")

type Sheet struct {
	raw   map[CellRef]string
	cache map[CellRef]float64
}

func NewSheet() *Sheet { return &Sheet{raw: map[CellRef]string{}} }

func (s *Sheet) Set(ref CellRef, formula string) { s.raw[ref] = formula }

// Formulas: a number, a reference, or "=A1+B2+3" / "=SUM(A1,A2)".
func (s *Sheet) Eval(ref CellRef) (float64, error) {
	s.cache = map[CellRef]float64{}
	return s.eval(ref, nil)
}

func (s *Sheet) eval(ref CellRef, stack []CellRef) (float64, error) {
	if i := slices.Index(stack, ref); i >= 0 {
		return 0, &CycleError{append(slices.Clone(stack[i:]), ref)}
	}
	if v, ok := s.cache[ref]; ok {
		return v, nil
	}
	src, ok := s.raw[ref]
	if !ok {
		return 0, fmt.Errorf("%s: %w", ref, ErrBadRef)
	}
	stack = append(stack, ref)
	var terms []string
	switch {
	case strings.HasPrefix(src, "=SUM(") && strings.HasSuffix(src, ")"):
		terms = strings.Split(src[5:len(src)-1], ",")
	case strings.HasPrefix(src, "="):
		terms = strings.Split(src[1:], "+")
	default:
		terms = []string{src}
	}
	total := 0.0
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if n, err := strconv.ParseFloat(t, 64); err == nil {
			total += n
			continue
		}
		v, err := s.eval(CellRef(t), stack)
		if err != nil {
			return 0, fmt.Errorf("in %s: %w", ref, err)
		}
		total += v
	}
	s.cache[ref] = total
	return total, nil
}

func (s *Sheet) Report() {
	for _, ref := range slices.Sorted(maps.Keys(s.raw)) {
		v, err := s.Eval(ref)
		var ce *CycleError
		switch {
		case errors.As(err, &ce):
			fmt.Printf("%-3s %-16s #CYCLE (%d cells)\n", ref, s.raw[ref], len(ce.Path)-1)
		case errors.Is(err, ErrBadRef):
			fmt.Printf("%-3s %-16s #REF! %v\n", ref, s.raw[ref], err)
		default:
			fmt.Printf("%-3s %-16s %8.2f\n", ref, s.raw[ref], v)
		}
	}
}

func main() {
	sh := NewSheet()
	sh.Set("A1", "10")
	sh.Set("A2", "32.5")
	sh.Set("A3", "=SUM(A1, A2, 7)")
	sh.Set("B1", "=A3+A1")
	sh.Set("B2", "=B1+Z9")
	sh.Set("C1", "=C2+1")
	sh.Set("C2", "=C3")
	sh.Set("C3", "=A1+C1")
	sh.Report()
	fmt.Println("-- fix C3 --")
	sh.Set("C3", "=A1+A2")
	sh.Set("Z9", "-0.5")
	sh.Report()
	_, err := sh.Eval("Q7")
	fmt.Println("lookup Q7:", err)
}
