package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Stage[T any] struct {
	Name string
	Fn   func(T) (T, bool)
}

type Pipeline[T any] struct {
	stages []Stage[T]
	drops  map[string]int
}

func (p *Pipeline[T]) Add(name string, fn func(T) (T, bool)) *Pipeline[T] {
	p.stages = append(p.stages, Stage[T]{name, fn})
	return p
}

func (p *Pipeline[T]) Run(in []T) []T {
	if p.drops == nil {
		p.drops = map[string]int{}
	}
	var out []T
items:
	for _, v := range in {
		for _, st := range p.stages {
			var keep bool
			v, keep = st.Fn(v)
			if !keep {
				p.drops[st.Name]++
				continue items
			}
		}
		out = append(out, v)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	lines := []string{
		"  Hello World  ",
		"",
		"# a comment",
		"closures are FUN",
		"   ",
		"loops and closures",
		"#another comment",
		"Go 1.22 fixed loop vars",
	}

	stopwords := map[string]bool{"are": true, "and": true}
	p := &Pipeline[string]{}
	p.Add("trim", func(s string) (string, bool) {
		s = strings.TrimSpace(s)
		return s, s != ""
	}).Add("comments", func(s string) (string, bool) {
		return s, !strings.HasPrefix(s, "#")
	}).Add("lower", func(s string) (string, bool) {
		return strings.ToLower(s), true
	}).Add("stopwords", func(s string) (string, bool) {
		var kept []string
		for _, w := range strings.Fields(s) {
			if !stopwords[w] {
				kept = append(kept, w)
			}
		}
		return strings.Join(kept, " "), len(kept) > 0
	})

	clean := p.Run(lines)
	for i, l := range clean {
		fmt.Printf("%d: %q\n", i, l)
	}
	for _, st := range p.stages {
		fmt.Printf("dropped by %-11s %d\n", st.Name+":", p.drops[st.Name])
	}

	lengths := Map(clean, func(s string) int { return len(s) })
	fmt.Println("lengths:", lengths)
	total := Reduce(lengths, 0, func(a, n int) int { return a + n })
	fmt.Println("total chars:", total)

	letters := Reduce(clean, map[rune]int{}, func(m map[rune]int, s string) map[rune]int {
		for _, r := range s {
			if unicode.IsLetter(r) {
				m[r]++
			}
		}
		return m
	})
	var top []string
	for r := 'a'; r <= 'z'; r++ {
		if n, ok := letters[r]; ok && n >= 4 {
			top = append(top, fmt.Sprintf("%c=%d", r, n))
		}
	}
	fmt.Println("frequent letters:", strings.Join(top, " "))

	// Numeric pipeline built from a slice of multipliers.
	np := &Pipeline[int]{}
	for _, m := range []int{2, 3, 5} {
		np.Add(fmt.Sprintf("x%d", m), func(n int) (int, bool) {
			return n * m, n*m < 200
		})
	}
	fmt.Println("numeric:", np.Run([]int{1, 2, 5, 7, 10}))
	fmt.Println("numeric drops:", np.drops)
}
