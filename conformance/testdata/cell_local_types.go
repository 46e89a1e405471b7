package main

import (
	"fmt"
	"sort"
)

func main() {
	type score struct {
		name string
		pts  int
	}
	scores := []score{{"b", 3}, {"a", 5}, {"c", 1}}
	sort.Slice(scores, func(i, j int) bool { return scores[i].pts > scores[j].pts })
	fmt.Println(scores)
	type celsius float64
	t := celsius(36.6)
	fmt.Printf("%.1f %T\n", t, scores[0].pts)
	const limit = 2
	fmt.Println(scores[:limit])
}
