package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf *bytes.Buffer
	var w io.Writer = buf
	fmt.Println(buf == nil, w == nil)
	fmt.Printf("%T %v\n", w, w)
	var s []int
	var x any = s
	fmt.Println(s == nil, x == nil)
	var m map[string]int
	x = m
	fmt.Println(x == nil, len(m))
	x = nil
	fmt.Println(x == nil)
}
