package main

import (
	"cmp"
	"fmt"
	"math"
)

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Less(math.NaN(), 1.0), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), cmp.Or[string]())
}
