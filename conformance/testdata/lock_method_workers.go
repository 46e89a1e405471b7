package main

import (
	"fmt"
	"strings"
	"sync"
)

type Server struct {
	name    string
	mu      sync.Mutex
	handled map[int][]string
	wg      sync.WaitGroup
}

type request struct {
	id   int
	path string
}

// worker is started with `go s.worker(i, ch)`; s is bound as the receiver.
func (s *Server) worker(id int, ch <-chan request) {
	defer s.wg.Done()
	for req := range ch {
		resp := s.handle(req)
		s.mu.Lock()
		s.handled[id] = append(s.handled[id], resp)
		s.mu.Unlock()
	}
}

func (s *Server) handle(r request) string {
	return fmt.Sprintf("%s#%d:%s", s.name, r.id, strings.Trim(r.path, "/"))
}

func (s *Server) Run(workers int, reqs []request) []string {
	s.handled = make(map[int][]string)
	ch := make(chan request)
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go s.worker(i, ch)
	}
	for _, r := range reqs {
		ch <- r
	}
	close(ch)
	s.wg.Wait()

	var all []string
	for _, rs := range s.handled {
		all = append(all, rs...)
	}
	return all
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Add(k int) {
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
}

func main() {
	s := &Server{name: "api"}
	paths := []string{"/users", "/orders/", "/health", "/items", "/cart/", "/login"}
	var reqs []request
	for i, p := range paths {
		reqs = append(reqs, request{id: i, path: p})
	}
	all := s.Run(3, reqs)

	// sort by request id which is embedded after '#'
	ordered := make([]string, len(reqs))
	for _, r := range all {
		var id int
		fmt.Sscanf(r[strings.Index(r, "#")+1:], "%d", &id)
		ordered[id] = r
	}
	for _, r := range ordered {
		fmt.Println(r)
	}
	fmt.Println("handled:", len(all))

	// A method value stored in a variable and handed to goroutines.
	c := &Counter{}
	add := c.Add
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(i)
		}()
	}
	wg.Wait()
	fmt.Println("counter:", c.n)

	// Method values from different receivers are independent.
	c1, c2 := &Counter{}, &Counter{}
	funcs := []func(int){c1.Add, c2.Add, c1.Add}
	for _, f := range funcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(5)
		}()
	}
	wg.Wait()
	fmt.Println("c1:", c1.n, "c2:", c2.n)
}
