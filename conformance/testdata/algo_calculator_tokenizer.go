package main

import (
	"fmt"
	"strconv"
	"strings"
)

func tokenize(src string) ([]string, error) {
	var toks []string
	var num strings.Builder
	for i, r := range src + " " {
		if r >= '0' && r <= '9' || r == '.' {
			num.WriteRune(r)
			continue
		}
		if num.Len() > 0 {
			toks = append(toks, num.String())
			num.Reset()
		}
		switch r {
		case ' ', '\t':
		case '+', '-', '*', '/', '(', ')':
			toks = append(toks, string(r))
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", r, i)
		}
	}
	return toks, nil
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}

// eval uses the shunting-yard idea with an operand and an operator stack.
func eval(src string) (result float64, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	nums, ops := []float64{}, []string{}
	defer func() {
		if r := recover(); r != nil {
			result, err = 0, fmt.Errorf("%q: %v", src, r)
		}
	}()
	apply := func() {
		if len(nums) < 2 {
			panic("not enough operands")
		}
		a, b, op := nums[len(nums)-2], nums[len(nums)-1], ops[len(ops)-1]
		nums, ops = nums[:len(nums)-2], ops[:len(ops)-1]
		if op == "/" && b == 0 {
			panic("division by zero")
		}
		res, ok := map[string]float64{"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
		if !ok {
			panic("unbalanced (")
		}
		nums = append(nums, res)
	}
	for _, t := range toks {
		switch t {
		case "(":
			ops = append(ops, t)
		case ")":
			for ops[len(ops)-1] != "(" { // panics (and is recovered) if no "(" is open
				apply()
			}
			ops = ops[:len(ops)-1]
		case "+", "-", "*", "/":
			for len(ops) > 0 && prec[ops[len(ops)-1]] >= prec[t] {
				apply()
			}
			ops = append(ops, t)
		default:
			v, perr := strconv.ParseFloat(t, 64)
			if perr != nil {
				return 0, perr
			}
			nums = append(nums, v)
		}
	}
	for len(ops) > 0 {
		apply()
	}
	if len(nums) != 1 {
		panic("malformed expression")
	}
	return nums[0], nil
}

func main() {
	toks, _ := tokenize("3.5*(2 - 10)")
	fmt.Printf("%q (%d tokens)\n", toks, len(toks))
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 2", "2 * (3 + 4) * 5 / 7", "8 / (3 - 3)", "4 + $", "1 + 2)", "1 2", "1.5.2", "(2 *", "((1) 2"} {
		v, err := eval(src)
		fmt.Printf("%-20s = %-5g err: %v\n", src, v, err)
	}
}
