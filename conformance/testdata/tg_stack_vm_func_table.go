package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type VM struct {
	stack []int
	trace func(op string, stack []int) // optional hook; nil means no tracing
	ops   map[string]func(*VM) error
}

var errUnderflow = errors.New("stack underflow")

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, errUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

// binary adapts a plain two-argument function into a VM operation.
func binary(f func(a, b int) (int, error)) func(*VM) error {
	return func(vm *VM) error {
		b, err := vm.pop()
		if err != nil {
			return err
		}
		a, err := vm.pop()
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		vm.push(r)
		return nil
	}
}

func NewVM() *VM {
	vm := &VM{}
	vm.ops = map[string]func(*VM) error{
		"+": binary(func(a, b int) (int, error) { return a + b, nil }),
		"-": binary(func(a, b int) (int, error) { return a - b, nil }),
		"*": binary(func(a, b int) (int, error) { return a * b, nil }),
		"/": binary(func(a, b int) (int, error) {
			if b == 0 {
				return 0, errors.New("divide by zero")
			}
			return a / b, nil
		}),
		"dup": func(vm *VM) error {
			v, err := vm.pop()
			if err == nil {
				vm.push(v)
				vm.push(v)
			}
			return err
		},
		"swap": func(vm *VM) error {
			n := len(vm.stack)
			if n < 2 {
				return errUnderflow
			}
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
			return nil
		},
	}
	return vm
}

func (vm *VM) Run(prog string) (result int, err error) {
	vm.stack = vm.stack[:0]
	for _, tok := range strings.Fields(prog) {
		if op, ok := vm.ops[tok]; ok {
			err = op(vm)
		} else if n, convErr := strconv.Atoi(tok); convErr == nil {
			vm.push(n)
		} else {
			err = fmt.Errorf("unknown word %q", tok)
		}
		if err != nil {
			return 0, fmt.Errorf("at %q: %w", tok, err)
		}
		if vm.trace != nil {
			vm.trace(tok, vm.stack)
		}
	}
	return vm.pop()
}

func main() {
	vm := NewVM()
	// User-defined words compose existing operations.
	vm.ops["sq"] = func(vm *VM) error {
		if err := vm.ops["dup"](vm); err != nil {
			return err
		}
		return vm.ops["*"](vm)
	}
	names := make([]string, 0, len(vm.ops))
	for k := range vm.ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("words:", strings.Join(names, " "))

	var steps []string
	vm.trace = func(op string, st []int) { steps = append(steps, fmt.Sprintf("%s%v", op, st)) }
	r, err := vm.Run("3 4 + sq 2 swap -")
	fmt.Println("result:", r, err)
	fmt.Println("trace:", strings.Join(steps, " "))

	vm.trace = nil
	for _, prog := range []string{"10 2 /", "1 0 /", "5 +", "2 3 pow", "6 sq sq", "9 1 - 2 /"} {
		r, err := vm.Run(prog)
		if err != nil {
			fmt.Printf("%-10s error: %v (underflow=%v)\n", prog, err, errors.Is(err, errUnderflow))
			continue
		}
		fmt.Printf("%-10s = %d\n", prog, r)
	}

	// A nil func field and a missing map entry are both nil funcs.
	var missing func(*VM) error = vm.ops["pow"]
	fmt.Println("trace nil:", vm.trace == nil, "pow nil:", missing == nil)
}
