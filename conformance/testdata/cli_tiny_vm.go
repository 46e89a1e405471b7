package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const program = `; factorial of 6
        mov  a 6
        mov  acc 1
loop:   mul  acc a
        dec  a
        jnz  a loop
        out  acc`

var arity = map[string]int{"mov": 2, "mul": 2, "dec": 1, "jnz": 2, "out": 1}
var ErrStepLimit = errors.New("step limit exceeded")

type Instr struct {
	Op   string
	Args []string
}

func (in Instr) String() string { return strings.ToUpper(in.Op) + " " + strings.Join(in.Args, ",") }

type VMError struct {
	PC  int
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d: %v", e.PC, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func assemble(src string) (code []Instr, labels map[string]int, err error) {
	labels = map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), ";")
		f := strings.Fields(line)
		if len(f) > 0 && strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(code)
			f = f[1:]
		}
		if len(f) == 0 {
			continue
		}
		if n, ok := arity[f[0]]; !ok || n != len(f)-1 {
			return nil, nil, fmt.Errorf("bad instruction %q", strings.Join(f, " "))
		}
		code = append(code, Instr{f[0], f[1:]})
	}
	return code, labels, nil
}

func run(code []Instr, labels map[string]int, maxSteps int) (out []int, regs map[string]int, err error) {
	regs = map[string]int{}
	val := func(s string) int {
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
		return regs[s]
	}
	for pc, steps := 0, 0; pc < len(code); steps++ {
		if steps >= maxSteps {
			return out, regs, &VMError{pc, ErrStepLimit}
		}
		in := code[pc]
		pc++
		switch a := in.Args; in.Op {
		case "mov":
			regs[a[0]] = val(a[1])
		case "mul":
			regs[a[0]] *= val(a[1])
		case "dec":
			regs[a[0]]--
		case "jnz":
			if val(a[0]) != 0 {
				pc = labels[a[1]]
			}
		case "out":
			out = append(out, val(a[0]))
		}
	}
	return out, regs, nil
}

func main() {
	code, labels, err := assemble(program)
	fmt.Println("labels:", labels, "instructions:", len(code), err, code[:3])
	out, regs, err := run(code, labels, 1000)
	fmt.Println("output:", out, "regs:", regs, "err:", err)
	out, regs, err = run(code, labels, 10)
	fmt.Println("output:", out, "regs:", regs, "err:", err, errors.Is(err, ErrStepLimit))
	var ve *VMError
	fmt.Printf("as=%t pc=%d %q\n", errors.As(err, &ve), ve.PC, code[2])
	fmt.Println(assemble("push 1"))
}
