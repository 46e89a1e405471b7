// Lab 6d: a server goroutine that owns its state ("share memory by
// communicating"). Clients send requests with a reply channel; the server
// loop selects between requests and a done channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type op int

const (
	opAdd op = iota
	opGet
	opKeys
)

type request struct {
	kind  op
	key   string
	delta int
	reply chan response
}

type response struct {
	value int
	keys  []string
}

type Server struct {
	reqs    chan request
	done    chan struct{}
	stopped chan int // reports how many requests were served
}

func StartServer() *Server {
	s := &Server{reqs: make(chan request), done: make(chan struct{}), stopped: make(chan int)}
	go s.loop()
	return s
}

func (s *Server) loop() {
	state := map[string]int{}
	served := 0
	for {
		select {
		case r := <-s.reqs:
			served++
			switch r.kind {
			case opAdd:
				state[r.key] += r.delta
				r.reply <- response{value: state[r.key]}
			case opGet:
				r.reply <- response{value: state[r.key]}
			case opKeys:
				keys := make([]string, 0, len(state))
				for k := range state {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				r.reply <- response{keys: keys}
			}
		case <-s.done:
			s.stopped <- served
			return
		}
	}
}

func (s *Server) call(r request) response {
	r.reply = make(chan response, 1)
	s.reqs <- r
	return <-r.reply
}

func (s *Server) Add(key string, d int) int {
	return s.call(request{kind: opAdd, key: key, delta: d}).value
}
func (s *Server) Get(key string) int { return s.call(request{kind: opGet, key: key}).value }
func (s *Server) Keys() []string     { return s.call(request{kind: opKeys}).keys }

func (s *Server) Stop() int {
	close(s.done)
	return <-s.stopped
}

func main() {
	srv := StartServer()
	products := []string{"apples", "pears", "plums", "cherries"}

	var wg sync.WaitGroup
	for client := 1; client <= 6; client++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, p := range products {
				srv.Add(p, client*(i+1))
			}
			if client%2 == 0 {
				srv.Add("returns", -client)
			}
		}()
	}
	wg.Wait()

	for _, k := range srv.Keys() {
		fmt.Printf("%-9s %4d\n", k, srv.Get(k))
	}
	fmt.Println("unknown key:", srv.Get("bananas"))
	served := srv.Stop()
	fmt.Println("requests served:", served)

	// Non-blocking send with select/default on a small buffered channel.
	slots := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		select {
		case slots <- i:
			fmt.Println("queued", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	close(slots)
	for v := range slots {
		fmt.Println("drained", v)
	}
}
