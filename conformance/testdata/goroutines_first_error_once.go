package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func check(n int) error {
	if n%7 == 0 {
		return fmt.Errorf("bad input %d", n)
	}
	return nil
}

func main() {
	var g Group
	squares := make([]int, 6)
	for i := range squares {
		g.Go(func() error {
			squares[i] = i * i
			return check(i + 1)
		})
	}
	fmt.Println(g.Wait(), squares)

	var g2 Group
	for i := range 10 {
		if i == 6 {
			g2.Go(func() error { return errors.New("only failure") })
			continue
		}
		g2.Go(func() error { return nil })
	}
	fmt.Println("err:", g2.Wait())
}
