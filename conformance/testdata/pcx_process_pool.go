package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Request is one job submitted to the pool, modelled on a process pool's
// apply_async: the caller gets a future back immediately.
type Request struct {
	ID    int
	Kind  string
	Arg   string
	reply chan Response
}

type Response struct {
	ID     int
	Output string
	Err    error
}

type Future struct{ ch chan Response }

func (f Future) Get() Response { return <-f.ch }

type Pool struct {
	requests chan Request
	wg       sync.WaitGroup
	mu       sync.Mutex
	served   int
	nextID   int
}

var ErrUnknownKind = errors.New("unknown job kind")

var handlers = map[string]func(string) (string, error){
	"upper":   func(s string) (string, error) { return strings.ToUpper(s), nil },
	"reverse": reverse,
	"vowels": func(s string) (string, error) {
		return fmt.Sprint(strings.Count(s, "a") + strings.Count(s, "e") + strings.Count(s, "i") +
			strings.Count(s, "o") + strings.Count(s, "u")), nil
	},
	"words": func(s string) (string, error) {
		if s == "" {
			return "", errors.New("empty input")
		}
		return fmt.Sprint(len(strings.Fields(s))), nil
	},
}

func reverse(s string) (string, error) {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r), nil
}

func NewPool(size int) *Pool {
	p := &Pool{requests: make(chan Request)}
	for range size {
		p.wg.Add(1)
		go p.loop()
	}
	return p
}

func (p *Pool) loop() {
	defer p.wg.Done()
	for req := range p.requests {
		resp := Response{ID: req.ID}
		if h, ok := handlers[req.Kind]; ok {
			resp.Output, resp.Err = h(req.Arg)
		} else {
			resp.Err = fmt.Errorf("job %d (%s): %w", req.ID, req.Kind, ErrUnknownKind)
		}
		p.mu.Lock()
		p.served++
		p.mu.Unlock()
		req.reply <- resp
	}
}

func (p *Pool) Submit(kind, arg string) Future {
	p.nextID++
	f := Future{ch: make(chan Response, 1)}
	p.requests <- Request{ID: p.nextID, Kind: kind, Arg: arg, reply: f.ch}
	return f
}

func (p *Pool) Close() int {
	close(p.requests)
	p.wg.Wait()
	return p.served
}

func main() {
	pool := NewPool(3)
	jobs := [][2]string{
		{"upper", "goroutines are cheap"},
		{"reverse", "channels"},
		{"vowels", "communicating sequential processes"},
		{"words", "do not communicate by sharing memory"},
		{"compress", "unsupported"},
		{"words", ""},
		{"reverse", "racecar"},
		{"upper", "select"},
	}

	futures := make([]Future, 0, len(jobs))
	for _, j := range jobs {
		futures = append(futures, pool.Submit(j[0], j[1]))
	}

	failed := 0
	for i, f := range futures {
		r := f.Get()
		if r.Err != nil {
			failed++
			fmt.Printf("#%d %-8s ERROR %v (unknown=%t)\n", r.ID, jobs[i][0], r.Err, errors.Is(r.Err, ErrUnknownKind))
			continue
		}
		fmt.Printf("#%d %-8s %q\n", r.ID, jobs[i][0], r.Output)
	}
	served := pool.Close()
	fmt.Printf("served=%d failed=%d succeeded=%d\n", served, failed, served-failed)
}
