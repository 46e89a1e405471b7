package main

import (
	"fmt"
	"strings"
)

type handler func(string) string

func logged(name string, h handler) handler {
	return func(s string) string {
		fmt.Println("enter", name, s)
		r := h(s)
		fmt.Println("leave", name, r)
		return r
	}
}

func main() {
	up := logged("upper", strings.ToUpper)
	trim := logged("trim", func(s string) string { return strings.TrimSpace(s) })
	fmt.Println(up(trim("  hi there  ")))
}
