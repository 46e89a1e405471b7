package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Opcode int

const (
	Push Opcode = iota
	Load
	Store
	Add
	Mul
	Mod
	Jmp
	Jz
	Print
)

var opNames = [...]string{"push", "load", "store", "add", "mul", "mod", "jmp", "jz", "print"}

// arity is the number of stack operands each opcode consumes.
var arity = [...]int{0, 0, 1, 2, 2, 2, 0, 1, 1}

func (o Opcode) String() string { return opNames[o] }

type Instr struct {
	Op  Opcode
	Arg int
}

// Assemble parses instructions separated by ';' or newlines. A word ending
// in ':' defines a label that jumps may refer to.
func Assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var words [][]string
	for _, stmt := range strings.FieldsFunc(src, func(r rune) bool { return r == ';' || r == '\n' }) {
		f := strings.Fields(stmt)
		if len(f) == 1 && strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(words)
		} else if len(f) > 0 {
			words = append(words, f)
		}
	}
	prog := make([]Instr, 0, len(words))
	for _, f := range words {
		op := slices.Index(opNames[:], f[0])
		if op < 0 {
			return nil, fmt.Errorf("unknown opcode %q", f[0])
		}
		in := Instr{Op: Opcode(op)}
		if len(f) > 1 {
			if target, ok := labels[f[1]]; ok {
				in.Arg = target
			} else if n, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = n
			} else {
				return nil, fmt.Errorf("%v: bad argument %q", in.Op, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

var ErrUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	regs  [4]int
	out   []int
	steps int
}

func (vm *VM) Run(prog []Instr, limit int) error {
	for pc := 0; pc < len(prog); vm.steps++ {
		if vm.steps >= limit {
			return fmt.Errorf("step limit %d reached", limit)
		}
		in := prog[pc]
		pc++
		n := arity[in.Op]
		if len(vm.stack) < n {
			return fmt.Errorf("pc %d (%v): %w", pc-1, in.Op, ErrUnderflow)
		}
		var operands [2]int
		copy(operands[:], vm.stack[len(vm.stack)-n:])
		a, b := operands[0], operands[1]
		vm.stack = vm.stack[:len(vm.stack)-n]
		switch in.Op {
		case Push:
			vm.stack = append(vm.stack, in.Arg)
		case Load:
			vm.stack = append(vm.stack, vm.regs[in.Arg])
		case Store:
			vm.regs[in.Arg] = a
		case Add:
			vm.stack = append(vm.stack, a+b)
		case Mul:
			vm.stack = append(vm.stack, a*b)
		case Mod:
			if b == 0 {
				return fmt.Errorf("pc %d (%v): division by zero", pc-1, in.Op)
			}
			vm.stack = append(vm.stack, a%b)
		case Jmp:
			pc = in.Arg
		case Jz:
			if a == 0 {
				pc = in.Arg
			}
		case Print:
			vm.out = append(vm.out, a)
		}
	}
	return nil
}

func main() {
	programs := []struct{ name, src string }{
		{"factorial", "push 1; store 0; push 10; store 1\nloop:; load 1; jz end; load 0; load 1; mul; store 0\nload 1; push -1; add; store 1; jmp loop\nend:; load 0; print"},
		{"fibonacci", "push 0; store 0; push 1; store 1; push 12; store 2\nloop:; load 2; jz end; load 0; print\nload 0; load 1; add; load 1; store 0; store 1; load 2; push -1; add; store 2; jmp loop\nend:"},
		{"gcd", "push 1071; store 0; push 462; store 1\nloop:; load 1; jz end; load 0; load 1; mod; load 1; store 0; store 1; jmp loop\nend:; load 0; print"},
		{"mod by zero", "push 7; push 0; mod; print"},
		{"underflow", "push 1; add"},
		{"forever", "top:; push 1; jmp top"},
		{"bad opcode", "push 1; frobnicate"},
	}
	for _, p := range programs {
		prog, err := Assemble(p.src)
		if err != nil {
			fmt.Printf("%-12s assemble error: %v\n", p.name, err)
			continue
		}
		vm := &VM{}
		err = vm.Run(prog, 500)
		fmt.Printf("%-12s %2d instrs %3d steps output=%v regs=%v\n", p.name, len(prog), vm.steps, vm.out, vm.regs)
		if err != nil {
			fmt.Printf("%-12s runtime error: %v (underflow=%v)\n", "", err, errors.Is(err, ErrUnderflow))
		}
	}
}
