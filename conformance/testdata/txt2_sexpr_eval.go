package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface{ String() string }

type (
	Num  float64
	Sym  string
	List []Expr
)

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (s Sym) String() string { return string(s) }
func (l List) String() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.String()
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func read(toks []string, pos int) (Expr, int, error) {
	switch t := toks[pos]; t {
	case "(":
		var l List
		for pos++; pos < len(toks) && toks[pos] != ")"; {
			e, next, err := read(toks, pos)
			if err != nil {
				return nil, next, err
			}
			l, pos = append(l, e), next
		}
		if pos >= len(toks) {
			return nil, pos, fmt.Errorf("token %d: missing ')'", pos)
		}
		return l, pos + 1, nil
	case ")":
		return nil, pos, fmt.Errorf("token %d: unexpected ')'", pos)
	default:
		if f, err := strconv.ParseFloat(t, 64); err == nil {
			return Num(f), pos + 1, nil
		}
		return Sym(t), pos + 1, nil
	}
}

func eval(e Expr, env map[string]Expr) (Expr, error) {
	switch v := e.(type) {
	case Num:
		return v, nil
	case Sym:
		val, ok := env[string(v)]
		if !ok {
			return nil, fmt.Errorf("unbound symbol %s (got %v)", v, val)
		}
		return val, nil
	case List:
		head, _ := v[0].(Sym)
		switch head {
		case "define":
			val, err := eval(v[2], env)
			if err == nil {
				env[v[1].String()] = val
			}
			return val, err
		case "quote":
			return v[1], nil
		}
		if len(v) < 2 {
			return nil, fmt.Errorf("%v: need an operator and arguments", v)
		}
		var acc float64
		for i, a := range v[1:] {
			r, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			n, ok := r.(Num)
			if !ok {
				return nil, fmt.Errorf("%s: argument %s is not a number", head, r)
			}
			switch {
			case i == 0:
				acc = float64(n)
			case head == "+":
				acc += float64(n)
			case head == "-":
				acc -= float64(n)
			case head == "*":
				acc *= float64(n)
			default:
				return nil, fmt.Errorf("unknown operator %s", head)
			}
		}
		return Num(acc), nil
	}
	return nil, fmt.Errorf("cannot evaluate %v", e)
}

func main() {
	env := map[string]Expr{"pi": Num(3.14159)}
	paren := strings.NewReplacer("(", " ( ", ")", " ) ")
	programs := []string{
		"(+ 1 2 3)", "(define r 10)", "(* pi r r)", "(quote (a b c))", "(- 100 (* 2 (+ 3 4)))",
		"(+ 1 (quote x))", "(+ 1 unknown)", "(* 2 (+ 1 2)", ")", "(% 7 2)", "(+)",
	}
	for _, src := range programs {
		toks := strings.Fields(paren.Replace(src))
		ast, next, err := read(toks, 0)
		if err == nil && next != len(toks) {
			err = fmt.Errorf("token %d: trailing input", next)
		}
		if err != nil {
			fmt.Printf("%-28s parse error: %v\n", src, err)
			continue
		}
		if res, err := eval(ast, env); err != nil {
			fmt.Printf("%-28s error: %v\n", ast, err)
		} else {
			fmt.Printf("%-28s => %v\n", ast, res)
		}
	}
}
