package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("[%08.3f] [%-8.2f] [%+.2f] [%8.1e] [%g]\n", x, x, x, x*1e6, x)
	fmt.Printf("[%6.2f%%] [% .3f] [%x]\n", 99.5, x, 1.0)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%x] [%#o] [%b]\n", 42, 42, -42, 42, 255, 8, 5)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 4, 8, 2, math.Pi)
	fmt.Printf("[%v] [%v] [%v] [%.0f]\n", math.Inf(1), -math.Inf(1), math.NaN(), 2.5)
	fmt.Printf("[%10.4s] [%-10s] [%.2s]\n", "gophers", "go", "日本語")
	fmt.Println(1e21, 1e20, 123456789.0, float32(0.1), 1/3.0)
}
