// A Brainfuck interpreter with precomputed bracket jumps and a step limit.
package main

import (
	"fmt"
	"strings"
)

type BracketError struct {
	Pos  int
	Char byte
}

func (e BracketError) Error() string {
	return fmt.Sprintf("unmatched %q at position %d", e.Char, e.Pos)
}

type Machine struct {
	tape  [256]byte
	ptr   uint8
	steps int
	out   strings.Builder
}

func compile(code string) (map[int]int, error) {
	jumps := map[int]int{}
	var stack []int
	for i := range len(code) {
		switch code[i] {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, BracketError{i, ']'}
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jumps[open], jumps[i] = i, open
		}
	}
	if len(stack) > 0 {
		return nil, BracketError{stack[len(stack)-1], '['}
	}
	return jumps, nil
}

func (m *Machine) Run(code, input string, limit int) error {
	jumps, err := compile(code)
	if err != nil {
		return err
	}
	in := 0
	for pc := 0; pc < len(code); pc++ {
		if m.steps++; m.steps > limit {
			return fmt.Errorf("step limit %d exceeded at pc=%d", limit, pc)
		}
		switch code[pc] {
		case '>':
			m.ptr++
		case '<':
			m.ptr--
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '.':
			m.out.WriteByte(m.tape[m.ptr])
		case ',':
			if in < len(input) {
				m.tape[m.ptr] = input[in]
				in++
			} else {
				m.tape[m.ptr] = 0
			}
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = jumps[pc]
			}
		}
	}
	return nil
}

func main() {
	programs := []struct {
		name, code, input string
	}{
		{"hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""},
		{"echo-upper", ",[>++++[<-------->-]<.,]", "hello"},
		{"add 3+4", "+++>++++[<+>-]<++++++++++++++++++++++++++++++++++++++++++++++++.", ""},
		{"reverse", ">,[>,]<[.<]", "stressed"},
		{"infinite", "+[]", ""},
		{"bad", "+[[-]", ""},
	}
	for _, p := range programs {
		m := &Machine{}
		err := m.Run(p.code, p.input, 10000)
		fmt.Printf("%-10s input=%-10q ", p.name, p.input)
		if err != nil {
			fmt.Printf("error: %v\n", err)
			continue
		}
		fmt.Printf("output=%q steps=%d\n", m.out.String(), m.steps)
		fmt.Printf("%12s tape[0:6]=% x ptr=%d\n", "", m.tape[:6], m.ptr)
	}
}
