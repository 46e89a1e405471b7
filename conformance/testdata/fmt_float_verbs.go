package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|\n", x, x, x, x)
	fmt.Printf("%e|%E|%g|%G\n", x*1e6, x*1e6, x*1e-7, 1e21)
	fmt.Println(1e6, 1e21, 0.1+0.2, float32(0.1), 100.0)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64)
	fmt.Printf("%v %.3v %6.2f%%\n", 2.0/3, 2.0/3, 45.678)
}
