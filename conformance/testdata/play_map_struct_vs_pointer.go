package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	// Map of struct values: cannot assign to field directly.
	byVal := map[string]Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 7},
	}
	p := byVal["ann"]
	p.Score += 5 // modifies the copy only
	fmt.Println("copy modified:", p, "map still:", byVal["ann"])
	byVal["ann"] = p // write back
	fmt.Println("after write back:", byVal["ann"])

	// Map of pointers: mutation is visible through the map.
	byPtr := map[string]*Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 7},
	}
	byPtr["bob"].Score *= 3
	fmt.Println("bob via pointer:", *byPtr["bob"])

	// Alias the same pointer under two keys.
	byPtr["robert"] = byPtr["bob"]
	byPtr["robert"].Score = 1
	fmt.Println("bob:", byPtr["bob"].Score, "robert:", byPtr["robert"].Score)

	// fmt prints maps sorted by key.
	fmt.Println("byVal:", byVal)
	fmt.Printf("byVal %%+v: %+v\n", byVal)

	// Missing key yields zero value.
	ghost := byVal["zed"]
	fmt.Printf("missing value: %+v\n", ghost)
	if _, ok := byPtr["zed"]; !ok {
		fmt.Println("missing pointer is nil:", byPtr["zed"] == nil)
	}

	// Deterministic iteration by sorting keys.
	keys := make([]string, 0, len(byPtr))
	for k := range byPtr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-7s -> %+v\n", k, *byPtr[k])
	}

	// Maps are reference-like: assigning shares the data.
	alias := byVal
	alias["cat"] = Player{"Cat", 3}
	fmt.Println("len byVal after alias insert:", len(byVal))

	// delete during iteration is safe
	for k := range alias {
		if k != "cat" {
			delete(alias, k)
		}
	}
	fmt.Println("after deletes:", byVal)

	// Slice of structs with range copy pitfall
	team := []Player{{"X", 1}, {"Y", 2}}
	for _, pl := range team {
		pl.Score = 100
	}
	fmt.Println("range copy:", team)
	for i := range team {
		team[i].Score = 100
	}
	fmt.Println("range index:", team)
}
