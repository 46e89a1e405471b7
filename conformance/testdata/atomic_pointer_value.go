package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&Config{1, "first"})
	old := cur.Swap(&Config{2, "second"})
	fmt.Println(old.Name, cur.Load().Version)
	var v atomic.Value
	v.Store([]string{"x", "y"})
	fmt.Println(v.Load().([]string))
	var u atomic.Uint32
	u.Store(10)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}
