package main

import (
	"fmt"
	"sort"
	"sync"
)

// A key-value store owned by a single goroutine. All access goes through
// its mailbox; replies come back on per-request channels.

type request struct {
	op    string
	key   string
	delta int
	reply chan response
}

type response struct {
	value int
	ok    bool
	keys  []string
}

type Store struct {
	mailbox chan request
	done    chan struct{}
}

func NewStore() *Store {
	s := &Store{mailbox: make(chan request, 8), done: make(chan struct{})}
	go s.loop()
	return s
}

func (s *Store) loop() {
	defer close(s.done)
	data := make(map[string]int)
	handled := 0
	for req := range s.mailbox {
		handled++
		switch req.op {
		case "incr":
			data[req.key] += req.delta
			req.reply <- response{value: data[req.key], ok: true}
		case "get":
			v, ok := data[req.key]
			req.reply <- response{value: v, ok: ok}
		case "delete":
			_, ok := data[req.key]
			delete(data, req.key)
			req.reply <- response{ok: ok}
		case "keys":
			keys := make([]string, 0, len(data))
			for k := range data {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			req.reply <- response{keys: keys, ok: true}
		case "stats":
			req.reply <- response{value: handled, ok: true}
		}
	}
}

func (s *Store) call(op, key string, delta int) response {
	reply := make(chan response, 1)
	s.mailbox <- request{op: op, key: key, delta: delta, reply: reply}
	return <-reply
}

func (s *Store) Incr(key string, d int) int { return s.call("incr", key, d).value }
func (s *Store) Get(key string) (int, bool) { r := s.call("get", key, 0); return r.value, r.ok }
func (s *Store) Delete(key string) bool     { return s.call("delete", key, 0).ok }
func (s *Store) Keys() []string             { return s.call("keys", "", 0).keys }
func (s *Store) Handled() int               { return s.call("stats", "", 0).value }

func (s *Store) Close() {
	close(s.mailbox)
	<-s.done
}

func main() {
	store := NewStore()
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}

	var wg sync.WaitGroup
	for c := 0; c < 6; c++ {
		wg.Add(1)
		go func(client int) {
			defer wg.Done()
			for i := 0; i < 37; i++ {
				w := words[(client+i)%len(words)]
				store.Incr(w, client+1)
			}
		}(c)
	}
	wg.Wait()

	for _, k := range store.Keys() {
		v, _ := store.Get(k)
		fmt.Printf("%-8s %d\n", k, v)
	}

	fmt.Println("delete beta:", store.Delete("beta"))
	fmt.Println("delete beta again:", store.Delete("beta"))
	if _, ok := store.Get("beta"); !ok {
		fmt.Println("beta is gone")
	}
	fmt.Println("incr zeta:", store.Incr("zeta", 7))
	fmt.Println("keys:", store.Keys())

	total := 0
	for _, k := range store.Keys() {
		v, _ := store.Get(k)
		total += v
	}
	fmt.Println("total:", total)
	fmt.Println("messages handled:", store.Handled())
	store.Close()
	fmt.Println("store closed")
}
