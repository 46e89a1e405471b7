package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Sheet struct {
	cells map[string]string
	cache map[string]float64
	busy  map[string]bool
}

var ErrCycle = errors.New("circular reference")

type RefError struct{ Cell, Ref string }

func (e *RefError) Error() string { return fmt.Sprintf("%s: bad reference %q", e.Cell, e.Ref) }

func (s *Sheet) Eval(name string) (float64, error) {
	if v, ok := s.cache[name]; ok {
		return v, nil
	}
	raw, ok := s.cells[name]
	if !ok {
		return 0, nil
	}
	if s.busy[name] {
		return 0, fmt.Errorf("%s: %w", name, ErrCycle)
	}
	s.busy[name] = true
	defer delete(s.busy, name)
	v, err := strconv.ParseFloat(raw, 64)
	if expr, ok := strings.CutPrefix(raw, "="); ok {
		v, err = s.expr(name, expr)
	}
	if err == nil {
		s.cache[name] = v
	}
	return v, err
}

func (s *Sheet) expr(cell, e string) (float64, error) {
	e = strings.ReplaceAll(e, "-", "+-")
	total := 0.0
	for term := range strings.SplitSeq(e, "+") {
		term = strings.TrimSpace(term)
		sign := 1.0
		if t, ok := strings.CutPrefix(term, "-"); ok {
			sign, term = -1, t
		}
		v, err := 0.0, error(nil)
		switch {
		case strings.HasPrefix(term, "SUM(") && strings.HasSuffix(term, ")"):
			lo, hi, _ := strings.Cut(term[4:len(term)-1], ":")
			for r := lo[1]; r <= hi[1]; r++ {
				x, err := s.Eval(string(lo[0]) + string(r))
				if err != nil {
					return 0, err
				}
				v += x
			}
		case term != "" && term[0] >= 'A' && term[0] <= 'Z':
			if len(term) != 2 || term[1] < '1' || term[1] > '9' {
				return 0, &RefError{cell, term}
			}
			v, err = s.Eval(term)
		default:
			v, err = strconv.ParseFloat(term, 64)
		}
		if err != nil {
			return 0, fmt.Errorf("%s: %w", cell, err)
		}
		total += sign * v
	}
	return total, nil
}

func main() {
	s := &Sheet{cells: map[string]string{
		"A1": "10", "A2": "20.5", "A3": "=A1+A1+1.5", "A4": "=A1*2", "B1": "=A1+A2-3", "B2": "=SUM(A1:A2)+B1",
		"C1": "=C2+1", "C2": "=C1", "D1": "=AB12", "D2": "=B2-A9",
	}, cache: map[string]float64{}, busy: map[string]bool{}}
	for _, name := range slices.Sorted(maps.Keys(s.cells)) {
		v, err := s.Eval(name)
		var re *RefError
		switch {
		case errors.Is(err, ErrCycle):
			fmt.Printf("%s %-12q CYCLE  (%v)\n", name, s.cells[name], err)
		case errors.As(err, &re):
			fmt.Printf("%s %-12q REF    ref=%s\n", name, s.cells[name], re.Ref)
		default:
			fmt.Printf("%s %-12q = %8.2f\n", name, s.cells[name], v)
		}
	}
}
