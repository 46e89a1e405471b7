// A small stack-based virtual machine with jumps, running a few programs.
package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	JZ
	JMP
	LOAD
	STORE
	PRINT
	HALT
)

func (o Op) String() string {
	return [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "JZ", "JMP", "LOAD", "STORE", "PRINT", "HALT"}[o]
}

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JZ, JMP, LOAD, STORE:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack[T]) Top() T { return s.items[len(s.items)-1] }

type VM struct {
	stack Stack[int]
	regs  [4]int
	out   strings.Builder
	steps int
}

func (vm *VM) Run(code []Instr) {
	pc := 0
loop:
	for pc < len(code) {
		in := code[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.stack.Push(in.Arg)
		case ADD:
			vm.stack.Push(vm.stack.Pop() + vm.stack.Pop())
		case MUL:
			vm.stack.Push(vm.stack.Pop() * vm.stack.Pop())
		case SUB:
			b, a := vm.stack.Pop(), vm.stack.Pop()
			vm.stack.Push(a - b)
		case DUP:
			vm.stack.Push(vm.stack.Top())
		case JZ:
			if vm.stack.Pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case LOAD:
			vm.stack.Push(vm.regs[in.Arg])
		case STORE:
			vm.regs[in.Arg] = vm.stack.Pop()
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack.Top())
		case HALT:
			break loop
		}
	}
}

func main() {
	programs := map[string][]Instr{
		"arith":     {{PUSH, 2}, {PUSH, 3}, {ADD, 0}, {PUSH, 7}, {MUL, 0}, {PRINT, 0}, {HALT, 0}},
		"countdown": {{PUSH, 5}, {DUP, 0}, {JZ, 7}, {PRINT, 0}, {PUSH, 1}, {SUB, 0}, {JMP, 1}, {HALT, 0}},
		// factorial of 6 using registers r0 = acc, r1 = n
		"factorial": {{PUSH, 1}, {STORE, 0}, {PUSH, 6}, {STORE, 1}, {LOAD, 1}, {JZ, 15},
			{LOAD, 0}, {LOAD, 1}, {MUL, 0}, {STORE, 0}, {LOAD, 1}, {PUSH, 1}, {SUB, 0}, {STORE, 1}, {JMP, 4},
			{LOAD, 0}, {PRINT, 0}, {HALT, 0}},
	}
	names := []string{"arith", "countdown", "factorial"}
	for _, name := range names {
		code := programs[name]
		fmt.Printf("== %s (%d instrs)\n", name, len(code))
		for i, in := range code {
			fmt.Printf("  %02d  %v\n", i, in)
		}
		vm := &VM{}
		vm.Run(code)
		fmt.Printf("  output: %s\n  steps: %d, final stack: %v, regs: %v\n", strings.TrimSpace(vm.out.String()), vm.steps, vm.stack.items, vm.regs)
	}
	fmt.Printf("%T %v %#v\n", MUL, []Op{PUSH, JZ, HALT}, Instr{JMP, 3})
}
