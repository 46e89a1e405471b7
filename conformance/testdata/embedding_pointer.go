package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	*sync.Mutex
	hits map[string]int
}

func main() {
	s := Stats{&sync.Mutex{}, map[string]int{}}
	for _, p := range []string{"/", "/a", "/"} {
		s.Lock()
		s.hits[p]++
		s.Unlock()
	}
	fmt.Println(s.hits)
}
