package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrCycle = errors.New("circular reference")

type Sheet struct {
	cells map[string]string
	cache map[string]float64
	state map[string]int // 1 = visiting, 2 = done
}

func NewSheet(cells map[string]string) *Sheet {
	return &Sheet{cells: cells, cache: map[string]float64{}, state: map[string]int{}}
}

func (s *Sheet) Eval(ref string) (float64, error) {
	switch s.state[ref] {
	case 1:
		return 0, fmt.Errorf("%s: %w", ref, ErrCycle)
	case 2:
		return s.cache[ref], nil
	}
	raw, ok := s.cells[ref]
	if !ok {
		return 0, nil // empty cell
	}
	s.state[ref] = 1
	defer func() {
		if s.state[ref] == 1 {
			delete(s.state, ref)
		}
	}()
	var v float64
	var err error
	if expr, isFormula := strings.CutPrefix(raw, "="); isFormula {
		v, err = s.formula(expr)
	} else {
		v, err = strconv.ParseFloat(raw, 64)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", ref, err)
	}
	s.cache[ref], s.state[ref] = v, 2
	return v, nil
}

// formula supports SUM(A1:A3) or terms joined by + and -.
func (s *Sheet) formula(expr string) (float64, error) {
	if inner, ok := strings.CutPrefix(expr, "SUM("); ok {
		inner = strings.TrimSuffix(inner, ")")
		from, to, found := strings.Cut(inner, ":")
		if !found || from[0] != to[0] {
			return 0, fmt.Errorf("bad range %q", inner)
		}
		lo, _ := strconv.Atoi(from[1:])
		hi, _ := strconv.Atoi(to[1:])
		total := 0.0
		for r := lo; r <= hi; r++ {
			v, err := s.Eval(fmt.Sprintf("%c%d", from[0], r))
			if err != nil {
				return 0, err
			}
			total += v
		}
		return total, nil
	}
	expr = strings.ReplaceAll(expr, "-", "+-")
	total := 0.0
	for _, term := range strings.Split(expr, "+") {
		term = strings.TrimSpace(term)
		if term == "" {
			continue
		}
		sign := 1.0
		if t, neg := strings.CutPrefix(term, "-"); neg {
			sign, term = -1, t
		}
		v, err := strconv.ParseFloat(term, 64)
		if err != nil {
			v, err = s.Eval(term)
			if err != nil {
				return 0, err
			}
		}
		total += sign * v
	}
	return total, nil
}

func main() {
	s := NewSheet(map[string]string{
		"A1": "10", "A2": "20.5", "A3": "=A1+A2", "A4": "=SUM(A1:A3)",
		"B1": "=A4 - 1.5 + C9", "B2": "=B3+1", "B3": "=B4", "B4": "=B2",
		"C1": "abc", "C2": "=C1+1", "C3": "=SUM(A1:B2)", "D1": "=B1-A3",
	})
	refs := make([]string, 0, len(s.cells))
	for r := range s.cells {
		refs = append(refs, r)
	}
	sort.Strings(refs)
	for _, r := range refs {
		v, err := s.Eval(r)
		var ne *strconv.NumError
		switch {
		case errors.Is(err, ErrCycle):
			fmt.Printf("%-3s %-16q #CYCLE  (%v)\n", r, s.cells[r], err)
		case errors.As(err, &ne):
			fmt.Printf("%-3s %-16q #VALUE  (%s)\n", r, s.cells[r], ne.Num)
		case err != nil:
			fmt.Printf("%-3s %-16q #ERR    (%v)\n", r, s.cells[r], err)
		default:
			fmt.Printf("%-3s %-16q %g\n", r, s.cells[r], v)
		}
	}
}
