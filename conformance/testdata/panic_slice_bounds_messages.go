package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	try("slice j<i", func() { _ = s[i:j] })
	try("slice cap", func() { _ = s[:j+5] })
	try("index", func() { _ = s[i+3] })
	try("string", func() { _ = "abc"[j+4] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *struct{ X int }
	try("nil deref", func() { p.X++ })
	try("conversion", func() { _ = [2]int(s) })
	try("neg make", func() { _ = make([]int, i-5) })
	fmt.Println("last one is fatal")
	arr := s[:2]
	fmt.Println(arr[j+2])
}
