package main

import (
	"fmt"
	"strings"
)

type Headline struct {
	Text     string
	Section  string
	Priority int
	Score    float64
}

type Section string

func (s Section) String() string {
	return "[" + strings.ToUpper(string(s)) + "]"
}

func main() {
	h := Headline{Text: "Mayor Unveils \"Green\" Plan", Section: "metro", Priority: 2, Score: 87.456}

	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%#v\n", h)
	fmt.Printf("%T\n", h)
	fmt.Printf("%q\n", h.Text)
	fmt.Printf("%x\n", h.Section)
	fmt.Printf("% x\n", []byte("AP"))
	fmt.Printf("|%8.2f|\n", h.Score)
	fmt.Printf("|%-8.1f|\n", h.Score)
	fmt.Printf("|%08.3f|\n", h.Score)
	fmt.Printf("|%5d|%-5d|%05d|\n", h.Priority, h.Priority, h.Priority)
	fmt.Printf("%b %o %X %#x\n", 42, 42, 255, 255)
	fmt.Printf("%t %v\n", h.Priority > 1, nil)
	fmt.Printf("%c%c%c\n", 'N', 'E', 'W')
	fmt.Printf("%U\n", '§')
	fmt.Printf("%e\n", 1234567.0)
	fmt.Printf("%g %g\n", 0.000012, 100000000.0)
	fmt.Printf("%6.2f%%\n", 12.3456)

	sec := Section("sports")
	fmt.Printf("%v %s %d\n", sec, sec, len(sec))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprint(3, 4))

	widths := []int{10, 20}
	for _, w := range widths {
		fmt.Printf("|%*s|\n", w, "BREAKING")
		fmt.Printf("|%-*s|\n", w, "BREAKING")
	}
	fmt.Printf("%[2]s by %[1]s\n", "staff", "Markets rally")
	fmt.Printf("%v %d\n", []string{"a", "b"}, []int{1, 2, 3})
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1})
	p := &h
	fmt.Printf("%+v\n", *p)
	fmt.Printf("%s\n", fmt.Errorf("headline too long: %d chars", 140))
	fmt.Printf("%v|%6v|%-6v|\n", true, 3.5, "ok")
}
