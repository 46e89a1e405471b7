package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota + 1
	ADD
	SUB
	MUL
	DIV
	DUP
	JMP
	JZ
	LOAD
	STORE
	PRINT
	HALT
)

var opNames = [...]string{"?", "PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "JMP", "JZ", "LOAD", "STORE", "PRINT", "HALT"}

func (o Op) String() string { return opNames[o] }

func (o Op) hasArg() bool { return o == PUSH || o == JMP || o == JZ || o == LOAD || o == STORE }

var opByName = func() map[string]Op {
	m := map[string]Op{}
	for i, n := range opNames[1:] {
		m[n] = Op(i + 1)
	}
	return m
}()

var ErrStackUnderflow = errors.New("stack underflow")

func Assemble(src string) ([]byte, error) {
	labels := map[string]int{}
	var lines [][]string
	pc := 0
	for _, line := range strings.Split(src, "\n") {
		f := strings.Fields(strings.Split(line, ";")[0])
		if len(f) > 0 && strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")], f = pc, f[1:]
		}
		if len(f) == 0 {
			continue
		}
		op, ok := opByName[strings.ToUpper(f[0])]
		if !ok {
			return nil, fmt.Errorf("unknown instruction %q", f[0])
		}
		if op.hasArg() != (len(f) == 2) {
			return nil, fmt.Errorf("%v takes %d operand(s), got %d", op, map[bool]int{true: 1}[op.hasArg()], len(f)-1)
		}
		lines = append(lines, f)
		pc += len(f)
	}
	var code []byte
	for _, f := range lines {
		op := opByName[strings.ToUpper(f[0])]
		code = append(code, byte(op))
		if op.hasArg() {
			if addr, ok := labels[f[1]]; ok {
				code = append(code, byte(addr))
			} else if n, err := strconv.Atoi(f[1]); err == nil {
				code = append(code, byte(int8(n)))
			} else {
				return nil, fmt.Errorf("bad operand %q", f[1])
			}
		}
	}
	return code, nil
}

type VM struct {
	stack []int
	vars  [8]int
	out   []string
	steps int
}

func (vm *VM) pop() (v int) {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v, vm.stack = vm.stack[len(vm.stack)-1], vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(code []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm fault after %d steps: %w", vm.steps, r.(error))
		}
	}()
	for pc := 0; pc < len(code); vm.steps++ {
		op, arg := Op(code[pc]), 0
		if pc++; op.hasArg() {
			arg, pc = int(int8(code[pc])), pc+1
		}
		switch op {
		case PUSH:
			vm.stack = append(vm.stack, arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, map[Op]func() int{ADD: func() int { return a + b }, SUB: func() int { return a - b },
				MUL: func() int { return a * b }, DIV: func() int { return a / b }}[op]())
		case DUP:
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case JMP:
			pc = arg
		case JZ:
			if vm.pop() == 0 {
				pc = arg
			}
		case LOAD:
			vm.stack = append(vm.stack, vm.vars[arg])
		case STORE:
			vm.vars[arg] = vm.pop()
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case HALT:
			return nil
		}
	}
	return nil
}

var programs = []struct{ name, src string }{
	{"factorial", "push 1\nstore 0\npush 6\nstore 1\nloop: load 1\njz done\nload 0\nload 1\nmul\nstore 0\nload 1\npush 1\nsub\nstore 1\njmp loop\ndone: load 0\nprint\nhalt"},
	{"fibonacci", "push 0\nstore 0\npush 1\nstore 1\npush 10\nstore 2\nnext: load 0\nprint\nload 0\nload 1\ndup\nstore 0\nadd\nstore 1\nload 2\npush 1\nsub\ndup\nstore 2\njz end\njmp next\nend: halt"},
	{"divzero", "push 7\npush 0\ndiv\nprint"},
	{"underflow", "push 1\nadd ; needs two operands"},
	{"typos", "push 1\nprnt"}, {"operand", "push\nprint 3"},
}

func main() {
	for _, p := range programs {
		code, err := Assemble(p.src)
		if err != nil {
			fmt.Printf("%-9s assemble error: %v\n", p.name, err)
			continue
		}
		fmt.Printf("%-9s %2d bytes: %x\n", p.name, len(code), code)
		vm := &VM{}
		err = vm.Run(code)
		fmt.Printf("%-9s output=[%s] steps=%d stack=%v\n", "", strings.Join(vm.out, " "), vm.steps, vm.stack)
		if err != nil {
			fmt.Printf("%-9s error: %v (underflow=%t)\n", "", err, errors.Is(err, ErrStackUnderflow))
		}
	}
	fmt.Printf("%v=%d %v=%d %#v\n", PUSH, PUSH, HALT, HALT, JZ)
}
