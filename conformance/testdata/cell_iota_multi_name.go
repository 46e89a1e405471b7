package main

import "fmt"

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%T\n", MB)
}
