// Section 9.7: concurrent non-blocking cache with duplicate suppression.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	value any
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

type Func func(key string) (any, error)

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (any, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		// First request for this key: this goroutine computes the value.
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

var documents = map[string]string{
	"golang.org": "The Go Programming Language",
	"gopl.io":    "The Go Programming Language book",
	"godoc.org":  "Go documentation",
}

func main() {
	var callsMu sync.Mutex
	calls := make(map[string]int)
	fetch := func(key string) (any, error) {
		callsMu.Lock()
		calls[key]++
		callsMu.Unlock()
		body, ok := documents[key]
		if !ok {
			return nil, fmt.Errorf("%s: not found", key)
		}
		return strings.ToUpper(body), nil
	}
	m := New(fetch)

	keys := []string{"golang.org", "gopl.io", "godoc.org", "bad.example", "golang.org", "gopl.io", "golang.org", "bad.example"}
	var wg sync.WaitGroup
	results := make([]string, len(keys)*3)
	for round := range 3 {
		for i, key := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err := m.Get(key)
				if err != nil {
					results[round*len(keys)+i] = fmt.Sprintf("%s: error %v", key, err)
				} else {
					results[round*len(keys)+i] = fmt.Sprintf("%s: %d bytes", key, len(v.(string)))
				}
			}()
		}
	}
	wg.Wait()
	sort.Strings(results)
	prev := ""
	for _, r := range results {
		if r != prev {
			fmt.Println(r)
		}
		prev = r
	}
	fmt.Println("results:", len(results))
	fmt.Println("calls per key:", calls)
}
