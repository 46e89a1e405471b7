package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var opNames = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV,
	"dup": DUP, "swap": SWAP, "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT}

func (o Op) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VMError struct {
	PC  int
	In  Instr
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.In.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrDivZero   = errors.New("division by zero")
	ErrStepLimit = errors.New("step limit exceeded")
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(*s) == 0 {
		return zero, ErrUnderflow
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func Assemble(src string) ([]Instr, error) {
	var prog []Instr
	for n, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			in.Arg, _ = strconv.Atoi(f[1])
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func Run(prog []Instr, out *[]int) (err error) {
	var st Stack[int]
	pc := 0
	defer func() {
		if err != nil {
			err = &VMError{pc, prog[pc], err}
		}
	}()
	for steps := 0; pc < len(prog); steps++ {
		if steps > 1000 {
			return ErrStepLimit
		}
		in := prog[pc]
		var a, b int
		switch in.Op {
		case ADD, SUB, MUL, DIV, SWAP:
			if b, err = st.Pop(); err == nil {
				a, err = st.Pop()
			}
		case DUP, JZ, PRINT:
			a, err = st.Pop()
		}
		if err != nil {
			return err
		}
		next := pc + 1
		switch in.Op {
		case PUSH:
			st.Push(in.Arg)
		case ADD:
			st.Push(a + b)
		case SUB:
			st.Push(a - b)
		case MUL:
			st.Push(a * b)
		case DIV:
			if b == 0 {
				return ErrDivZero
			}
			st.Push(a / b)
		case DUP:
			st.Push(a)
			st.Push(a)
		case SWAP:
			st.Push(b)
			st.Push(a)
		case JZ:
			if a == 0 {
				next = in.Arg
			}
		case JMP:
			next = in.Arg
		case PRINT:
			*out = append(*out, a)
		case HALT:
			next = len(prog)
		}
		pc = next
	}
	return nil
}

func main() {
	programs := map[string]string{
		"1-arith":     "push 6\npush 7\nmul\npush 2\nsub\nprint",
		"2-countdown": "push 5\ndup\nprint\npush 1\nsub\ndup\njz 8\njmp 1\nhalt",
		"3-divzero":   "push 1\npush 0\ndiv",
		"4-underflow": "push 1\nadd",
		"5-loop":      "jmp 0",
		"6-bad":       "push 1\nfrobnicate",
	}
	for _, name := range []string{"1-arith", "2-countdown", "3-divzero", "4-underflow", "5-loop", "6-bad"} {
		prog, err := Assemble(programs[name])
		if err != nil {
			fmt.Printf("%-12s assemble error: %v\n", name, err)
			continue
		}
		var out []int
		err = Run(prog, &out)
		var ve *VMError
		if errors.As(err, &ve) {
			fmt.Printf("%-12s out=%v error: %v [div0=%t underflow=%t]\n", name, out, ve,
				errors.Is(err, ErrDivZero), errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-12s out=%v (%d instrs)\n", name, out, len(prog))
	}
}
