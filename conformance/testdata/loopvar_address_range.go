package main

import "fmt"

type Item struct{ Name string }

func main() {
	items := []Item{{"a"}, {"b"}, {"c"}}
	var ptrs []*Item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name)
	}
	fmt.Println()
	var ip []*int
	for i := range 3 {
		ip = append(ip, &i)
	}
	fmt.Println(*ip[0], *ip[1], *ip[2])
}
