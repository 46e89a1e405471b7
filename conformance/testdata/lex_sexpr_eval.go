// A minimal Lisp evaluator: numbers, symbols, define, if, lambda with closures.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type (
	Value   any
	Sym     string
	Builtin func(args []Value) Value
	Proc    struct {
		params []Value // each one a Sym
		body   Value
		env    *Env
	}
	Env struct {
		vars  map[Sym]Value
		outer *Env
	}
)

func (p *Proc) String() string { return fmt.Sprintf("<lambda/%d>", len(p.params)) }

func read(toks *[]string) Value {
	t := (*toks)[0]
	*toks = (*toks)[1:]
	if t == "(" {
		var list []Value
		for (*toks)[0] != ")" {
			list = append(list, read(toks))
		}
		*toks = (*toks)[1:]
		return list
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n
	}
	return Sym(t)
}

func eval(x Value, env *Env) Value {
	switch v := x.(type) {
	case Sym:
		for e := env; e != nil; e = e.outer {
			if val, ok := e.vars[v]; ok {
				return val
			}
		}
		panic(fmt.Sprintf("unbound symbol %s", v))
	case []Value:
		if head, ok := v[0].(Sym); ok {
			switch head {
			case "define":
				env.vars[v[1].(Sym)] = eval(v[2], env)
				return v[1]
			case "if":
				if c := eval(v[1], env); c != false && c != 0 {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "lambda":
				return &Proc{v[1].([]Value), v[2], env}
			}
		}
		fn := eval(v[0], env)
		args := make([]Value, len(v)-1)
		for i, a := range v[1:] {
			args[i] = eval(a, env)
		}
		switch f := fn.(type) {
		case Builtin:
			return f(args)
		case *Proc:
			local := &Env{map[Sym]Value{}, f.env} // closure: new scope inside the defining one
			for i, p := range f.params {
				local.vars[p.(Sym)] = args[i]
			}
			return eval(f.body, local)
		}
		panic(fmt.Sprintf("not a procedure: %v", fn))
	}
	return x // numbers evaluate to themselves
}

func global() *Env {
	return &Env{vars: map[Sym]Value{
		"+": Builtin(func(a []Value) Value { return a[0].(int) + a[1].(int) }),
		"-": Builtin(func(a []Value) Value { return a[0].(int) - a[1].(int) }),
		"*": Builtin(func(a []Value) Value { return a[0].(int) * a[1].(int) }),
		"<": Builtin(func(a []Value) Value { return a[0].(int) < a[1].(int) }),
	}}
}

func run(env *Env, src string) (result Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval error: %v", r)
		}
	}()
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src))
	return eval(read(&toks), env), nil
}

func main() {
	env := global()
	programs := []string{"(+ 1 (* 2 3))", "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)", "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))", "(define add5 (make-adder 5))", "add5",
		"(add5 37)", "((make-adder 100) 1)", "(< (fact 5) 121)", "(undefined-thing 1)", "(1 2 3)"}
	for _, p := range programs {
		if v, err := run(env, p); err != nil {
			fmt.Printf("%-72s ; %v\n", p, err)
		} else {
			fmt.Printf("%-72s ; %v (%T)\n", p, v, v)
		}
	}
}
