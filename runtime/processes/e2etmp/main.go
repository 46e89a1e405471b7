package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"gokernel/kernel/eval"
	"gokernel/runtime/processes"
	"gokernel/runtime/session"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == processes.ChildCommand {
		os.Exit(processes.RunChild(eval.ChildResolver))
	}
	s, err := eval.New(eval.Options{Preload: true})
	if err != nil {
		panic(err)
	}
	session.SetDeclarations(s.Declarations)
	session.SetEmitter(func(o session.Output) {
		fmt.Printf("[%s %s] %s", o.Cell, o.Name, o.Text)
	})
	cells := []string{
		`import ("fmt"; "os")
var counter = 0
func greet(name string) string {
	fmt.Printf("Process %d: Hello %s!\n", os.Getpid(), name)
	return "hi " + name
}
func inc(name string) int {
	for i := 0; i < 2; i++ { counter += 3; fmt.Println(name, counter) }
	return counter
}
func square(x int) int { return x * x }
fmt.Println("kernel pid", os.Getpid())`,
		`var ps []*processes.Process
for _, n := range []string{"Harry", "George", "Dirk", "David"} {
	p := processes.New(greet, n)
	if err := p.Start(); err != nil { fmt.Println(err) }
	ps = append(ps, p)
}
for _, p := range ps { p.Join() }
fmt.Println(ps[0].Result(), ps[0])`,
		`a, _ := processes.Start(inc, "A"); b, _ := processes.Start(inc, "B"); a.Join(); b.Join(); fmt.Println("kernel counter", counter, a.Result(), b.Result())`,
		`pool := processes.NewPool(3)
res, err := pool.Map(greet, []string{"Harry", "George", "Dirk", "David", "James", "Tom", "Sam"})
fmt.Println("Done!", res, err)`,
		`r := pool.MapAsync(greet, []string{"A1", "B1", "C1"})
fmt.Println("Done!")`,
		`r.Wait(); sq, err := pool.Map(square, []int{1,2,3,4}); fmt.Println(sq, err)`,
		`q := queues.NewQueue(0)
func put(q *queues.Queue, v int) { q.Put(v * 10) }
p, err := processes.Start(put, q, 4)
v, err := q.Get()
fmt.Println("from queue", v, err)`,
		`_, err = processes.Start(func(x int) {}, 1)
fmt.Println(err)`,
		`func boom() { panic("kaboom") }
bp, _ := processes.Start(boom); bp.Join(); fmt.Println(bp.ExitCode())`,
	}
	for i, c := range cells {
		id := fmt.Sprintf("c%d", i)
		session.SetCurrentCell(id)
		t0 := time.Now()
		res, err := s.Execute(context.Background(), c)
		fmt.Printf("--- cell %d took %v err=%v", i, time.Since(t0), err)
		if res != nil && res.HasValue {
			fmt.Printf(" value=%v", res.Data["text/plain"])
		}
		fmt.Println()
	}
	time.Sleep(200 * time.Millisecond)
	_ = strings.TrimSpace
}
