package main

import "fmt"

func main() {
	s := "héllo\t\"go\""
	fmt.Printf("%q\n%+q\n%#q\n", s, s, "raw`no")
	fmt.Printf("%x\n% x\n%X\n% X\n", "hi!", "hi!", []byte{1, 171}, "é")
	fmt.Printf("%c %q %U %#U %d\n", 'G', 'é', '⌘', '⌘', 'A')
	fmt.Printf("%q\n", []string{"a b", "c\n"})
	fmt.Printf("%08b %o %#x %#X %x\n", 5, 64, 3054, 3054, -255)
	fmt.Printf("%5q|%-6c|%3x\n", 'z', 'y', "ab")
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
}
