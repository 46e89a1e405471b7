package main

import (
	"fmt"
	"strings"
)

type OpCode byte

const (
	PUSH OpCode = iota
	ADD
	MUL
	SUB
	DUP
	SWAP
	PRINT
	JNZ // jump if top of stack non-zero (pops it)
	DROP
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "MUL", "SUB", "DUP", "SWAP", "PRINT", "JNZ", "DROP", "HALT"}

func (o OpCode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  OpCode
	Arg int
}

func (i Instr) String() string {
	if i.Op == PUSH || i.Op == JNZ {
		return fmt.Sprintf("%s %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type StackUnderflow struct {
	PC int
	Op OpCode
}

func (e StackUnderflow) Error() string {
	return fmt.Sprintf("stack underflow at pc=%d (%v)", e.PC, e.Op)
}

type VM struct {
	stack []int
	pc    int
	steps int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(StackUnderflow{vm.pc, OpCode(255)})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) need(n int, op OpCode) {
	if len(vm.stack) < n {
		panic(StackUnderflow{vm.pc, op})
	}
}

func (vm *VM) Run(prog []Instr) {
	for vm.pc < len(prog) {
		in := prog[vm.pc]
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, MUL, SUB:
			vm.need(2, in.Op)
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.stack = append(vm.stack, a+b)
			case MUL:
				vm.stack = append(vm.stack, a*b)
			case SUB:
				vm.stack = append(vm.stack, a-b)
			}
		case DUP:
			vm.need(1, in.Op)
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case SWAP:
			vm.need(2, in.Op)
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case PRINT:
			vm.need(1, in.Op)
			fmt.Println("  out:", vm.stack[len(vm.stack)-1])
		case JNZ:
			vm.need(1, in.Op)
			if vm.pop() != 0 {
				vm.pc = in.Arg
				continue
			}
		case DROP:
			vm.need(1, in.Op)
			vm.pop()
		case HALT:
			return
		}
		vm.pc++
	}
}

func listing(prog []Instr) string {
	var sb strings.Builder
	for i, in := range prog {
		fmt.Fprintf(&sb, "  %02d  %v\n", i, in)
	}
	return sb.String()
}

func main() {
	// count down from 5, leaving every value on the stack
	fact := []Instr{
		{PUSH, 1}, {PUSH, 5},
		{DUP, 0}, {PUSH, -1}, {ADD, 0}, // ... n n-1
		{SWAP, 0}, {PRINT, 0}, {SWAP, 0},
		{DUP, 0}, {JNZ, 2},
		{HALT, 0},
	}
	fmt.Print("program:\n", listing(fact))
	vm := &VM{}
	vm.Run(fact)
	fmt.Printf("stack after countdown: %v (steps=%d)\n", vm.stack, vm.steps)

	vm2 := &VM{stack: vm.stack}
	vm2.Run([]Instr{{DROP, 0}, {MUL, 0}, {MUL, 0}, {MUL, 0}, {MUL, 0}, {MUL, 0}, {PRINT, 0}})
	fmt.Printf("5! = %v (steps=%d)\n", vm2.stack, vm2.steps)

	fmt.Println("running broken program...")
	bad := &VM{}
	bad.Run([]Instr{{PUSH, 2}, {PUSH, 3}, {ADD, 0}, {PRINT, 0}, {MUL, 0}, {PRINT, 0}})
	fmt.Println("unreachable")
}
