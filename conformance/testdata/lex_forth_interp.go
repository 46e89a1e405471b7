// A small Forth interpreter with user-defined words and a data stack.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrUnderflow = errors.New("stack underflow")

type WordError struct {
	Word string
	Err  error
}

func (e *WordError) Error() string { return fmt.Sprintf("in %q: %v", e.Word, e.Err) }
func (e *WordError) Unwrap() error { return e.Err }

type Stack []int

func (s *Stack) Push(vs ...int) { *s = append(*s, vs...) }

func (s *Stack) Pop() int {
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

type Forth struct {
	Stack // embedded: Push and Pop are promoted
	words map[string][]string
	out   strings.Builder
}

// arity is how many stack items each built-in word needs.
var arity = map[string]int{"+": 2, "-": 2, "*": 2, "dup": 1, "drop": 1, ".": 1, "swap": 2, "over": 2}

func (f *Forth) Eval(src string) error {
	toks := strings.Fields(strings.ToLower(src))
	for i := 0; i < len(toks); i++ {
		if toks[i] == ":" { // definition: ": name body ;"
			end := i + 2
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			f.words[toks[i+1]] = toks[i+2 : end]
			i = end
			continue
		}
		if err := f.exec(toks[i]); err != nil {
			return &WordError{toks[i], err}
		}
	}
	return nil
}

func (f *Forth) exec(tok string) error {
	if body, ok := f.words[tok]; ok {
		for _, t := range body {
			if err := f.exec(t); err != nil {
				return err
			}
		}
		return nil
	}
	if n, err := strconv.Atoi(tok); err == nil {
		f.Push(n)
		return nil
	}
	need, ok := arity[tok]
	if !ok {
		return fmt.Errorf("unknown word %q", tok)
	}
	if len(f.Stack) < need {
		return ErrUnderflow
	}
	switch tok {
	case "+":
		f.Push(f.Pop() + f.Pop())
	case "*":
		f.Push(f.Pop() * f.Pop())
	case "-":
		b, a := f.Pop(), f.Pop()
		f.Push(a - b)
	case "dup":
		v := f.Pop()
		f.Push(v, v)
	case "drop":
		f.Pop()
	case ".":
		fmt.Fprintf(&f.out, "%d ", f.Pop())
	case "swap":
		b, a := f.Pop(), f.Pop()
		f.Push(b, a)
	case "over":
		f.Push(f.Stack[len(f.Stack)-2])
	}
	return nil
}

func main() {
	f := &Forth{words: map[string][]string{}}
	lines := []string{"1 2 3", "+ *", ": square dup * ;", ": cube dup square * ;", "3 cube . 4 square",
		"10 swap - dup .", "1 2 over over", "DROP drop drop drop drop drop", "frobnicate",
		": double 2 * ; 21 double .", "drop drop"}
	for _, line := range lines {
		err := f.Eval(line)
		fmt.Printf("%-30s stack=%v", line, f.Stack)
		if err != nil {
			fmt.Printf(" error=%v underflow=%v", err, errors.Is(err, ErrUnderflow))
		}
		fmt.Println()
	}
	fmt.Printf("printed: %s\n", strings.TrimSpace(f.out.String()))
	fmt.Printf("user words: %v\n", f.words) // maps print sorted by key
	fmt.Printf("%T %#v\n", f.Stack, f.Stack)
}
