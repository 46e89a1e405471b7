package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c))
	fmt.Printf("%.2f\n", c*c)
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Pow(2, 10), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E))
}
