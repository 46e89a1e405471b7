package main

import "fmt"

func main() {
	s := "héllo\n\"go\""
	fmt.Printf("%s|%q|%+q|%#q\n", s, s, s, "raw`s")
	fmt.Printf("%x|% x|%X\n", "hi", "hi", []byte("ok"))
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%10s|%-10s|%.2s|\n", "right", "left", "trunc")
	fmt.Printf("%v %s %d\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%q %v %c\n", 'x', 'x', 'x')
}
