package main

import (
	"fmt"
	"sync"
)

var loads int

var config = sync.OnceValue(func() map[string]string {
	loads++
	fmt.Println("loading config")
	return map[string]string{"env": "dev"}
})

var parsePort = sync.OnceValues(func() (int, error) {
	loads++
	return 8080, nil
})

func main() {
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() { _ = config()["env"] })
	}
	wg.Wait()
	fmt.Println(config()["env"], loads)
	p, err := parsePort()
	p2, _ := parsePort()
	fmt.Println(p, err, p2, loads)
	cleanup := sync.OnceFunc(func() { fmt.Println("cleanup ran") })
	cleanup()
	cleanup()
	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("once with i =", i) })
	}
}
