// sync.Pool for reusing scratch buffers. How often a buffer is actually
// reused depends on the runtime, so only scheduling-independent facts are printed.
package main

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

type BufferPool struct {
	pool    sync.Pool
	created atomic.Int64
	gets    atomic.Int64
}

func NewBufferPool() *BufferPool {
	bp := &BufferPool{}
	bp.pool.New = func() any {
		bp.created.Add(1)
		return new(bytes.Buffer)
	}
	return bp
}

func (bp *BufferPool) Get() *bytes.Buffer {
	bp.gets.Add(1)
	b := bp.pool.Get().(*bytes.Buffer)
	b.Reset() // a reused buffer may hold old data
	return b
}

func (bp *BufferPool) Put(b *bytes.Buffer) { bp.pool.Put(b) }

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func render(bp *BufferPool, pts []Point) string {
	buf := bp.Get()
	defer bp.Put(buf)
	for i, p := range pts {
		if i > 0 {
			buf.WriteString(" -> ")
		}
		buf.WriteString(p.String())
	}
	return buf.String() // String copies, so it is safe to return the buffer
}

func main() {
	bp := NewBufferPool()
	const jobs = 40
	out := make([]string, jobs)
	var wg sync.WaitGroup
	for j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pts := make([]Point, j%4+1)
			for k := range pts {
				pts[k] = Point{j, k * j}
			}
			out[j] = render(bp, pts)
		}()
	}
	wg.Wait()

	// Sequential use: after a Put, a Get normally returns the same buffer, but
	// the runtime is free to drop pooled items, so we only check bounds.
	for i := range 20 {
		out = append(out, render(bp, []Point{{i, -i}}))
	}

	fmt.Println(out[0])
	fmt.Println(out[7])
	fmt.Println(out[jobs-1])
	fmt.Println(out[len(out)-1])
	uniq := slices.Compact(slices.Sorted(slices.Values(out)))
	fmt.Println("distinct renderings:", len(uniq))
	fmt.Println("gets:", bp.gets.Load())
	created := bp.created.Load()
	fmt.Println("created at least one buffer:", created >= 1)
	fmt.Println("created no more than gets:", created <= bp.gets.Load())
}
