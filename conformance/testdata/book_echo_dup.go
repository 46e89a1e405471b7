// Sections 1.2-1.3 and Exercises 1.1-1.4: echo variants and dup over fixed input.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

func echo1(args []string) string {
	var s, sep string
	for i := 1; i < len(args); i++ {
		s += sep + args[i]
		sep = " "
	}
	return s
}

func echo2(args []string) string {
	s, sep := "", ""
	for _, arg := range args[1:] {
		s += sep + arg
		sep = " "
	}
	return s
}

func echo3(args []string) string { return strings.Join(args[1:], " ") }

// countLines counts the lines of input, and remembers which files each line appeared in.
func countLines(name, input string, counts map[string]int, files map[string]map[string]bool) {
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		line := sc.Text()
		counts[line]++
		if files[line] == nil {
			files[line] = make(map[string]bool)
		}
		files[line][name] = true
	}
}

func main() {
	args := []string{"echo", "hello,", "gopher", "and", "world"}
	fmt.Println(echo1(args))
	fmt.Println(echo2(args))
	fmt.Println(echo3(args))
	fmt.Println(args[0])
	for i, a := range args[1:] {
		fmt.Println(i+1, a)
	}

	inputs := map[string]string{
		"a.txt": "apple\nbanana\napple\ncherry\n",
		"b.txt": "banana\ndate\nbanana\napple",
		"c.txt": "",
		"d.txt": "elderberry\n\n\n",
	}
	counts := make(map[string]int)
	files := make(map[string]map[string]bool)
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		countLines(name, inputs[name], counts, files)
	}

	lines := make([]string, 0, len(counts))
	for line := range counts {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	for _, line := range lines {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%q\t%v\n", n, line, files[line])
		}
	}
}
