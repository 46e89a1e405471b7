// Command handlers stored in a map and in a struct, dispatched to
// goroutines. Each handler mutates a shared register file under a lock.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Registers struct {
	mu   sync.Mutex
	vals map[string]int
}

func (r *Registers) Update(name string, f func(int) int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.vals[name] = f(r.vals[name])
}

type Hooks struct {
	Before func(cmd string)
	After  func(cmd string)
}

type command struct {
	op  string
	reg string
	arg int
}

func main() {
	regs := &Registers{vals: map[string]int{}}

	handlers := map[string]func(reg string, arg int){
		"add": func(reg string, arg int) {
			regs.Update(reg, func(v int) int { return v + arg })
		},
		"sub": func(reg string, arg int) {
			regs.Update(reg, func(v int) int { return v - arg })
		},
		"max": func(reg string, arg int) {
			regs.Update(reg, func(v int) int { return max(v, arg) })
		},
	}

	var hookMu sync.Mutex
	started := map[string]int{}
	finished := map[string]int{}
	hooks := Hooks{
		Before: func(cmd string) { hookMu.Lock(); started[cmd]++; hookMu.Unlock() },
		After:  func(cmd string) { hookMu.Lock(); finished[cmd]++; hookMu.Unlock() },
	}

	var cmds []command
	for i := 1; i <= 30; i++ {
		cmds = append(cmds, command{"add", "a", i})
		if i%3 == 0 {
			cmds = append(cmds, command{"sub", "b", i})
		}
		if i%5 == 0 {
			cmds = append(cmds, command{"max", "c", i * 7 % 40})
		}
	}
	cmds = append(cmds, command{"mul", "a", 2}) // unknown op

	var wg sync.WaitGroup
	var unknownMu sync.Mutex
	var unknown []string
	for _, c := range cmds {
		h, ok := handlers[c.op]
		if !ok {
			wg.Go(func() {
				unknownMu.Lock()
				unknown = append(unknown, c.op)
				unknownMu.Unlock()
			})
			continue
		}
		wg.Go(func() {
			hooks.Before(c.op)
			h(c.reg, c.arg)
			hooks.After(c.op)
		})
	}
	wg.Wait()

	names := make([]string, 0, len(regs.vals))
	for n := range regs.vals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("register %s = %d\n", n, regs.vals[n])
	}

	ops := make([]string, 0, len(started))
	for op := range started {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		fmt.Printf("%-3s started=%2d finished=%2d\n", op, started[op], finished[op])
	}
	fmt.Println("unknown ops:", strings.Join(unknown, ","))
	fmt.Println("commands dispatched:", len(cmds))
}
