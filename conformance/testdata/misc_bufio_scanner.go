package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	in := "alpha beta\ngamma\n\ndelta epsilon zeta\n"
	sc := bufio.NewScanner(strings.NewReader(in))
	line := 0
	for sc.Scan() {
		line++
		fmt.Printf("%d: %q\n", line, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader(in))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words:", n)
}
