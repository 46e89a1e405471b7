package main

import "fmt"

type Expr interface{}
type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func eval(e Expr) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Add:
		return eval(e.L) + eval(e.R)
	case Mul:
		return eval(e.L) * eval(e.R)
	case *Neg:
		return -eval(e.E)
	}
	panic(fmt.Sprintf("unknown %T", e))
}

func main() {
	e := Add{Num(2), Mul{Num(3), &Neg{Num(4)}}}
	fmt.Println(eval(e))
	fmt.Printf("%T %v\n", e.R, e.L)
}
