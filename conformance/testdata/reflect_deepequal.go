package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	V    int
	Kids []*Node
}

func main() {
	a := &Node{1, []*Node{{2, nil}}}
	b := &Node{1, []*Node{{2, nil}}}
	fmt.Println(a == b, reflect.DeepEqual(a, b))
	b.Kids[0].V = 3
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(map[int]int{1: 1}, map[int]int{1: 1}))
}
