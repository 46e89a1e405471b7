package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error { g.wg.Wait(); return g.err }

func main() {
	var g group
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 5; i++ {
		g.Go(func() error {
			mu.Lock()
			total += i
			mu.Unlock()
			if i == 4 {
				return errors.New("task 4 failed")
			}
			return nil
		})
	}
	fmt.Println(g.Wait(), total)
}
