package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

var ErrPoolClosed = errors.New("pool closed")

type Conn struct {
	ID   int
	Uses int
}

// Pool hands out at most max connections, reusing idle ones LIFO.
type Pool struct {
	mu     sync.Mutex
	cond   *sync.Cond
	idle   []*Conn
	all    []*Conn
	max    int
	inUse  int
	peak   int
	closed bool
}

func NewPool(max int) *Pool {
	p := &Pool{max: max}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// acquireLocked assumes p.mu is held and a connection is available.
func (p *Pool) acquireLocked() *Conn {
	var c *Conn
	if n := len(p.idle); n > 0 {
		c, p.idle = p.idle[n-1], p.idle[:n-1]
	} else {
		c = &Conn{ID: len(p.all) + 1}
		p.all = append(p.all, c)
	}
	p.inUse++
	p.peak = max(p.peak, p.inUse)
	return c
}

func (p *Pool) available() bool { return len(p.idle) > 0 || len(p.all) < p.max }

func (p *Pool) Get() (*Conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for !p.closed && !p.available() {
		p.cond.Wait()
	}
	if p.closed {
		return nil, ErrPoolClosed
	}
	return p.acquireLocked(), nil
}

func (p *Pool) TryGet() (*Conn, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || !p.available() {
		return nil, false
	}
	return p.acquireLocked(), true
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	p.idle = append(p.idle, c)
	p.inUse--
	p.mu.Unlock()
	p.cond.Signal()
}

func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *Pool) Stats() (open, idle, inUse, peak int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.all), len(p.idle), p.inUse, p.peak
}

func main() {
	// Sequential phase: fully deterministic reuse order.
	p := NewPool(3)
	a, _ := p.Get()
	b, _ := p.Get()
	c, _ := p.Get()
	_, ok := p.TryGet()
	fmt.Printf("got %d %d %d; fourth TryGet ok=%v\n", a.ID, b.ID, c.ID, ok)
	p.Put(b)
	p.Put(a)
	d, _ := p.Get()
	fmt.Println("after returning 2 then 1, Get reuses conn", d.ID)
	p.Put(c)
	p.Put(d)
	open, idle, inUse, peak := p.Stats()
	fmt.Printf("open=%d idle=%d inUse=%d peak=%d\n", open, idle, inUse, peak)

	// Concurrent phase: only order-independent facts are printed.
	const workers, rounds = 12, 25
	var total atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range rounds {
				conn, err := p.Get()
				if err != nil {
					return
				}
				conn.Uses++ // exclusive while checked out
				total.Add(1)
				p.Put(conn)
			}
		})
	}
	wg.Wait()
	open, idle, inUse, peak = p.Stats()
	uses := 0
	for _, conn := range p.all {
		uses += conn.Uses
	}
	fmt.Printf("requests=%d uses=%d open=%d idle=%d inUse=%d peak<=max:%v\n",
		total.Load(), uses, open, idle, inUse, peak <= p.max)

	p.Close()
	_, err := p.Get()
	fmt.Println("after close:", err, errors.Is(err, ErrPoolClosed))
}
