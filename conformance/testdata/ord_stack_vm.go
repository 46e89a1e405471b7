package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpOver
	OpJz
	OpJmp
	OpPrint
	OpHalt
)

var opNames = map[Opcode]string{
	OpPush: "PUSH", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL", OpDup: "DUP",
	OpSwap: "SWAP", OpOver: "OVER", OpJz: "JZ", OpJmp: "JMP", OpPrint: "PRINT", OpHalt: "HALT",
}

func (o Opcode) String() string { return opNames[o] }

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	stack []int
	out   strings.Builder
	steps int
}

var ErrStepLimit = errors.New("step limit exceeded")

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr, limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm fault after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(prog); {
		if vm.steps++; vm.steps > limit {
			return ErrStepLimit
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul:
			b, a := vm.pop(), vm.pop()
			r := map[Opcode]int{OpAdd: a + b, OpSub: a - b, OpMul: a * b}[in.Op]
			vm.stack = append(vm.stack, r)
		case OpDup:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case OpSwap:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpOver:
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-2])
		case OpJz:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case OpJmp:
			pc = in.Arg
		case OpPrint:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case OpHalt:
			return nil
		default:
			return fmt.Errorf("bad opcode %d at %d", in.Op, pc-1)
		}
	}
	return nil
}

func disasm(prog []Instr) string {
	var b strings.Builder
	for i, in := range prog {
		switch in.Op {
		case OpPush, OpJz, OpJmp:
			fmt.Fprintf(&b, "%03d  %-5v %d\n", i, in.Op, in.Arg)
		default:
			fmt.Fprintf(&b, "%03d  %v\n", i, in.Op)
		}
	}
	return b.String()
}

func main() {
	// Stack holds [acc n]; loop multiplies acc by n and decrements n until zero.
	factorial := []Instr{
		{OpPush, 1}, {OpPush, 6},
		{OpDup, 0}, {OpJz, 11},
		{OpSwap, 0}, {OpOver, 0}, {OpMul, 0}, {OpSwap, 0},
		{OpPush, 1}, {OpSub, 0}, {OpJmp, 2},
		{OpSwap, 0}, {OpPrint, 0}, {OpHalt, 0},
	}

	// countdown: push 5; loop: print; push 1; sub; dup; jz end; jmp loop
	countdown := []Instr{
		{OpPush, 5}, {OpPrint, 0}, {OpPush, 1}, {OpSub, 0}, {OpDup, 0}, {OpJz, 7}, {OpJmp, 1}, {OpHalt, 0},
	}
	fmt.Print(disasm(countdown))
	programs := []struct {
		name  string
		prog  []Instr
		limit int
	}{
		{"countdown", countdown, 100},
		{"factorial", factorial, 200},
		{"arith", []Instr{{OpPush, 6}, {OpPush, 7}, {OpMul, 0}, {OpPush, 2}, {OpSub, 0}, {OpPrint, 0}}, 100},
		{"underflow", []Instr{{OpPush, 1}, {OpAdd, 0}}, 100},
		{"forever", []Instr{{OpPush, 1}, {OpPrint, 0}, {OpJmp, 1}}, 10},
		{"bad-op", []Instr{{OpPush, 1}, {Opcode(42), 0}}, 10},
	}
	for _, p := range programs {
		vm := &VM{}
		err := vm.Run(p.prog, p.limit)
		fmt.Printf("%-10s out=%-14q stack=%v steps=%d err=%v limit=%t\n",
			p.name, vm.out.String(), vm.stack, vm.steps, err, errors.Is(err, ErrStepLimit))
	}
}
