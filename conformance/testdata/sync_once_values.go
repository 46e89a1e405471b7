package main

import (
	"fmt"
	"sync"
)

var calls int

func load() map[string]int {
	calls++
	return map[string]int{"a": 1}
}

var getConfig = sync.OnceValue(load)

func main() {
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() { _ = getConfig() })
	}
	wg.Wait()
	fmt.Println(getConfig()["a"], calls)
	parse := sync.OnceValues(func() (int, error) { return 42, nil })
	v, err := parse()
	fmt.Println(v, err)
}
