package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const poem = `The fog comes
on little cat feet.

It sits looking
over harbor and city
on silent haunches
and then moves on.`

func main() {
	lines := bufio.NewScanner(strings.NewReader(poem))
	lineNo := 0
	longest := ""
	for lines.Scan() {
		lineNo++
		text := lines.Text()
		if len(text) > len(longest) {
			longest = text
		}
		fmt.Printf("%2d | %s\n", lineNo, text)
	}
	if err := lines.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("longest line: %q\n", longest)

	words := bufio.NewScanner(strings.NewReader(poem))
	words.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for words.Scan() {
		w := strings.ToLower(strings.Trim(words.Text(), ".,"))
		counts[w]++
		total++
	}
	fmt.Println("total words:", total)
	fmt.Println("distinct:", len(counts))

	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:4] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}

	nums := bufio.NewScanner(strings.NewReader("10 20 x 30"))
	nums.Split(bufio.ScanWords)
	sum := 0
	for nums.Scan() {
		var n int
		if _, err := fmt.Sscan(nums.Text(), &n); err != nil {
			fmt.Println("skip:", nums.Text())
			continue
		}
		sum += n
	}
	fmt.Println("sum:", sum)
}
