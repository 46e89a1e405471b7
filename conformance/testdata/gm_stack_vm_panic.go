package main

import (
	"fmt"
	"strconv"
	"strings"
)

// arity lists every opcode and whether it takes an argument.
var arity = map[string]bool{
	"PUSH": true, "LOAD": true, "STORE": true, "JMP": true, "JZ": true,
	"ADD": false, "SUB": false, "MUL": false, "DUP": false, "SWAP": false, "OVER": false, "PRINT": false, "HALT": false,
}

type Instr struct {
	Op  string
	Arg int
}

func (i Instr) String() string {
	if arity[i.Op] {
		return fmt.Sprintf("%s %d", i.Op, i.Arg)
	}
	return i.Op
}

// Assemble turns source text into instructions in two passes (labels first).
func Assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		line, _, _ := strings.Cut(raw, ";")
		f := strings.Fields(line)
		if len(f) == 1 && strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
		} else if len(f) > 0 {
			lines = append(lines, f)
		}
	}
	prog := make([]Instr, 0, len(lines))
	for n, f := range lines {
		in := Instr{Op: strings.ToUpper(f[0])}
		hasArg, known := arity[in.Op]
		if !known {
			return nil, fmt.Errorf("instruction %d: unknown opcode %q", n, f[0])
		}
		if hasArg != (len(f) == 2) {
			return nil, fmt.Errorf("instruction %d: %s expects %d argument(s)", n, in.Op, map[bool]int{true: 1}[hasArg])
		}
		if len(f) == 2 {
			if target, ok := labels[f[1]]; ok {
				in.Arg = target
			} else if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else {
				return nil, fmt.Errorf("instruction %d: bad argument %q", n, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack []int
	mem   [4]int
	Out   []int
	Steps int
}

func (vm *VM) push(vs ...int) { vm.stack = append(vm.stack, vs...) }
func (vm *VM) pop(pc int, in Instr) int {
	if len(vm.stack) == 0 {
		panic(fmt.Errorf("vm: stack underflow at pc=%d (%v)", pc, in))
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

// Run executes prog; a stack underflow panics inside and is returned as an error.
func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for pc := 0; pc < len(prog); pc++ {
		in := prog[pc]
		vm.Steps++
		switch in.Op {
		case "PUSH":
			vm.push(in.Arg)
		case "ADD", "SUB", "MUL":
			b, a := vm.pop(pc, in), vm.pop(pc, in)
			vm.push(map[string]int{"ADD": a + b, "SUB": a - b, "MUL": a * b}[in.Op])
		case "DUP":
			v := vm.pop(pc, in)
			vm.push(v, v)
		case "OVER":
			b, a := vm.pop(pc, in), vm.pop(pc, in)
			vm.push(a, b, a)
		case "SWAP":
			b, a := vm.pop(pc, in), vm.pop(pc, in)
			vm.push(b, a)
		case "LOAD":
			vm.push(vm.mem[in.Arg])
		case "STORE":
			vm.mem[in.Arg] = vm.pop(pc, in)
		case "JMP":
			pc = in.Arg - 1
		case "JZ":
			if vm.pop(pc, in) == 0 {
				pc = in.Arg - 1
			}
		case "PRINT":
			vm.Out = append(vm.Out, vm.pop(pc, in))
		case "HALT":
			return nil
		}
	}
	return nil
}

const factorial = "PUSH 1\nSTORE 0\nPUSH 10\nSTORE 1\nloop:\nLOAD 1\nJZ end\nLOAD 0\nLOAD 1\nMUL\nSTORE 0\n" +
	"LOAD 1\nPUSH 1\nSUB\nSTORE 1\nJMP loop\nend:\nLOAD 0\nPRINT\nHALT"

// fibonacci keeps the pair (a, b) on the stack and a counter in mem[0].
const fibonacci = "push 0\npush 1\npush 12\nstore 0\nloop:\nload 0\njz done\nover ; a b a\nprint\nswap\n" +
	"over\nadd ; b a+b\nload 0\npush 1\nsub\nstore 0\njmp loop\ndone:\nhalt"

func main() {
	for _, src := range []string{factorial, fibonacci, "PUSH\nHALT", "PUSH 1\nJUMP 0", "PUSH 3\nDUP\nMUL\nDUP\nPRINT\nPUSH 2\nADD\nPRINT"} {
		prog, err := Assemble(src)
		if err != nil {
			fmt.Println("assemble error:", err)
			continue
		}
		vm := &VM{}
		if err := vm.Run(prog); err != nil {
			fmt.Println("runtime error:", err)
		}
		fmt.Printf("%2d instrs, %3d steps, out=%v, stack=%v\n", len(prog), vm.Steps, vm.Out, vm.stack)
	}
	prog, _ := Assemble("PUSH 2\nPUSH 3\nADD\nMUL\nPRINT")
	fmt.Println("running program with a bug:", prog)
	if err := (&VM{}).Run(prog); err != nil {
		panic(err)
	}
}
