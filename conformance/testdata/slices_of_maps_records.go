package main

import (
	"fmt"
	"sort"
)

type Record map[string]any

func main() {
	rows := []Record{
		{"name": "widget", "qty": 3, "price": 2.5},
		{"name": "gadget", "qty": 1, "price": 10.0},
		{"name": "doohickey", "qty": 12, "price": 0.75},
	}
	total := 0.0
	for _, r := range rows {
		total += float64(r["qty"].(int)) * r["price"].(float64)
	}
	fmt.Printf("total: %.2f\n", total)
	sort.Slice(rows, func(i, j int) bool { return rows[i]["qty"].(int) < rows[j]["qty"].(int) })
	for _, r := range rows {
		fmt.Println(r["name"], r["qty"])
	}
	for _, r := range rows {
		r["seen"] = true
	}
	fmt.Println(rows[0]["seen"], len(rows[2]))
	fmt.Println(rows[1])
	counts := make([]map[rune]int, 2)
	for i, w := range []string{"hello", "level"} {
		counts[i] = map[rune]int{}
		for _, c := range w {
			counts[i][c]++
		}
	}
	fmt.Println(counts)
	var nilMaps []map[string]int
	nilMaps = append(nilMaps, nil, map[string]int{"a": 1})
	fmt.Println(len(nilMaps), nilMaps[0]["zz"], nilMaps[1])
}
