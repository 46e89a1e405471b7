package main

import "fmt"

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

func Reverse[S ~[]E, E any](s S) S {
	r := make(S, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}

type Names []string

func (n Names) Join() string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out
}

func main() {
	n := Names{"ann", "bob", "cy"}
	r := Reverse(n)
	fmt.Println(r.Join())
	fmt.Printf("%T\n", r)
	f, ok := First(n)
	fmt.Println(f, ok)
	_, ok = First([]int{})
	fmt.Println(ok)
}
