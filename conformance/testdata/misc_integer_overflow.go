package main

import (
	"fmt"
	"math"
)

func main() {
	var u uint8 = 250
	u += 10
	fmt.Println(u)
	var i int8 = 127
	i++
	fmt.Println(i)
	var m int32 = math.MaxInt32
	m++
	fmt.Println(m)
	x := -7
	fmt.Println(x/2, x%2, x>>1, -x/2)
	fmt.Println(1<<10, 0xff&^0x0f, 6^3, ^0)
	f := 7.9
	fmt.Println(int(f), int(-f), uint16(70000%65536))
}
