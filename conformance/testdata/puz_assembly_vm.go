package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const program = `cpy 40 a
jnz a 2
dec a
cpy a b
dec b
cpy 0 c
cpy 3 d
inc c
dec d
jnz d -2
dec b
jnz b -5
out c`

type Op int

const (
	Cpy Op = iota
	Inc
	Dec
	Jnz
	Out
)

var opNames = [...]string{"cpy", "inc", "dec", "jnz", "out"}

func (o Op) String() string { return opNames[o] }

type Instr struct {
	Op   Op
	Args []string
}

type CPU struct {
	Regs  map[string]int
	Out   []int
	Steps int
}

func (c *CPU) val(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return c.Regs[s]
}

func (c *CPU) Run(prog []Instr) {
	for pc := 0; pc >= 0 && pc < len(prog); pc++ {
		c.Steps++
		in := prog[pc]
		switch in.Op {
		case Cpy:
			c.Regs[in.Args[1]] = c.val(in.Args[0])
		case Inc:
			c.Regs[in.Args[0]]++
		case Dec:
			c.Regs[in.Args[0]]--
		case Jnz:
			if c.val(in.Args[0]) != 0 {
				pc += c.val(in.Args[1]) - 1
			}
		case Out:
			c.Out = append(c.Out, c.val(in.Args[0]))
		}
	}
}

func parse(src string) []Instr {
	var prog []Instr
	for line := range strings.Lines(src) {
		f := strings.Fields(line)
		prog = append(prog, Instr{Op(slices.Index(opNames[:], f[0])), f[1:]})
	}
	return prog
}

func main() {
	prog := parse(program)
	counts := map[Op]int{}
	for _, in := range prog {
		counts[in.Op]++
	}
	fmt.Println("op counts:", counts)
	c1 := &CPU{Regs: map[string]int{}}
	c1.Run(prog)
	fmt.Println("part 1:", c1.Regs["a"], c1.Regs["c"], c1.Out, "steps", c1.Steps)
	c2 := &CPU{Regs: map[string]int{"c": 1}}
	prog[0].Args[0] = "7"
	c2.Run(prog)
	fmt.Println("part 2:", c2.Regs["a"], c2.Regs["c"], c2.Out, "steps", c2.Steps)
}
