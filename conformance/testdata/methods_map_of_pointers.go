package main

import (
	"fmt"
	"maps"
	"slices"
)

type Player struct {
	Name  string
	Score int
}

func (p *Player) Add(n int)      { p.Score += n }
func (p Player) Doubled() Player { p.Score *= 2; return p }

func main() {
	byVal := map[string]Player{"ann": {"ann", 1}}
	p := byVal["ann"]
	p.Add(10)
	fmt.Println("copy:", p.Score, "map:", byVal["ann"].Score)
	byVal["ann"] = p

	byPtr := map[string]*Player{"bob": {"bob", 2}, "cy": {"cy", 3}}
	for _, pl := range byPtr {
		pl.Add(100)
	}
	for _, k := range slices.Sorted(maps.Keys(byPtr)) {
		fmt.Printf("%s=%d ", k, byPtr[k].Score)
	}
	fmt.Println()
	d := byVal["ann"].Doubled()
	fmt.Println(d, byVal["ann"])
}
