package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type opInfo struct {
	prec       int
	rightAssoc bool
}

var ops = map[string]opInfo{
	"+": {1, false}, "-": {1, false},
	"*": {2, false}, "/": {2, false}, "%": {2, false},
	"^": {3, true},
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case c == ' ':
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case strings.ContainsRune("+-*/%^()", c):
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("bad character %q at %d", c, i)
		}
	}
	return toks, nil
}

func toRPN(toks []string) ([]string, error) {
	var out, stack []string
	for _, t := range toks {
		switch {
		case t == "(":
			stack = append(stack, t)
		case t == ")":
			for len(stack) > 0 && stack[len(stack)-1] != "(" {
				out = append(out, stack[len(stack)-1])
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				return nil, errors.New("unbalanced ')'")
			}
			stack = stack[:len(stack)-1]
		case ops[t] != (opInfo{}):
			o1 := ops[t]
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				o2, isOp := ops[top]
				if !isOp || !(o2.prec > o1.prec || (o2.prec == o1.prec && !o1.rightAssoc)) {
					break
				}
				out = append(out, top)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		default:
			out = append(out, t)
		}
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if top == "(" {
			return nil, errors.New("unbalanced '('")
		}
		out = append(out, top)
		stack = stack[:len(stack)-1]
	}
	return out, nil
}

var apply = map[string]func(a, b int) int{
	"+": func(a, b int) int { return a + b },
	"-": func(a, b int) int { return a - b },
	"*": func(a, b int) int { return a * b },
	"/": func(a, b int) int { return a / b },
	"%": func(a, b int) int { return a % b },
	"^": func(a, b int) int { return int(math.Pow(float64(a), float64(b))) },
}

func evalRPN(rpn []string) (int, error) {
	var st []int
	for _, t := range rpn {
		if _, isOp := ops[t]; !isOp {
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, err
			}
			st = append(st, n)
			continue
		}
		if len(st) < 2 {
			return 0, fmt.Errorf("operator %s lacks operands", t)
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		if (t == "/" || t == "%") && b == 0 {
			return 0, errors.New("division by zero")
		}
		r := apply[t](a, b)
		st = append(st, r)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("malformed expression (stack %v)", st)
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 10 / 5", "17 % 5 * 3",
		"3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "((1))", "8 / (4 - 4)", "(1 + 2", "1 + 2)", "1 2 +", "7 & 3",
	}
	for _, e := range exprs {
		toks, err := tokenize(e)
		if err == nil {
			toks, err = toRPN(toks)
		}
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e, err)
			continue
		}
		v, err := evalRPN(toks)
		if err != nil {
			fmt.Printf("%-28s rpn=[%s] error: %v\n", e, strings.Join(toks, " "), err)
			continue
		}
		fmt.Printf("%-28s rpn=[%s] = %d\n", e, strings.Join(toks, " "), v)
	}
}
