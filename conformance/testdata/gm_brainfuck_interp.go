package main

import (
	"errors"
	"fmt"
	"strings"
)

type Program struct {
	code  []byte
	jumps map[int]int
}

func Compile(src string) (*Program, error) {
	p := &Program{jumps: map[int]int{}}
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			p.code = append(p.code, src[i])
		}
	}
	var open []int
	for i, c := range p.code {
		switch c {
		case '[':
			open = append(open, i)
		case ']':
			if len(open) == 0 {
				return nil, fmt.Errorf("unmatched ']' at instruction %d", i)
			}
			j := open[len(open)-1]
			open = open[:len(open)-1]
			p.jumps[i], p.jumps[j] = j, i
		}
	}
	if len(open) > 0 {
		return nil, fmt.Errorf("%d unmatched '['", len(open))
	}
	return p, nil
}

var ErrStepLimit = errors.New("step limit exceeded")

type Result struct {
	Output   string
	Steps    int
	MaxCell  int
	UsedTape int
}

func (p *Program) Run(input string, limit int) (Result, error) {
	tape := make([]byte, 300)
	ptr, in := 0, 0
	var out strings.Builder
	var res Result
	for pc := 0; pc < len(p.code); pc++ {
		if res.Steps++; res.Steps > limit {
			return res, ErrStepLimit
		}
		switch p.code[pc] {
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '>':
			ptr++
			res.MaxCell = max(res.MaxCell, ptr)
		case '<':
			ptr--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = p.jumps[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = p.jumps[pc]
			}
		}
		res.Output = out.String()
	}
	for _, b := range tape {
		if b != 0 {
			res.UsedTape++
		}
	}
	return res, nil
}

func main() {
	cases := []struct {
		name, src, input string
	}{
		{"hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.", ""},
		{"reverse", ">,[>,]<[.<]", "stressed"},
		{"upper", ",[>++++[<-------->-]<.,]", "gopher"},
		{"add digits", ",>,[<+>-]<------------------------------------------------.", "34"},
		{"infinite", "+[]", ""},
		{"broken", "[[]", ""},
		{"stray", "+]", ""},
	}
	for _, c := range cases {
		prog, err := Compile(c.src)
		if err != nil {
			fmt.Printf("%-10s compile error: %v\n", c.name, err)
			continue
		}
		res, err := prog.Run(c.input, 10000)
		if err != nil {
			fmt.Printf("%-10s runtime error after %d steps: %v\n", c.name, res.Steps, err)
			continue
		}
		fmt.Printf("%-10s %-16q steps=%-5d cells=%d nonzero=%d\n", c.name, res.Output, res.Steps, res.MaxCell+1, res.UsedTape)
	}
}
