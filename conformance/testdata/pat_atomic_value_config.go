package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Mode    string
	Limit   int
	Tags    []string
}

func (c *Config) String() string {
	return fmt.Sprintf("v%d %s limit=%d tags=%s", c.Version, c.Mode, c.Limit, strings.Join(c.Tags, ","))
}

type Server struct {
	cfg atomic.Value // holds *Config; never mutated after Store
}

func (s *Server) Config() *Config { return s.cfg.Load().(*Config) }

func (s *Server) Handle(req int) string {
	c := s.Config() // one consistent snapshot for the whole request
	n := min(req, c.Limit)
	return fmt.Sprintf("req%d@v%d:%s:%d", req, c.Version, c.Mode, n)
}

func runPhase(s *Server, reqs []int) []string {
	out := make([]string, 0, len(reqs))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, r := range reqs {
		wg.Go(func() {
			line := s.Handle(r)
			mu.Lock()
			out = append(out, line)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(out)
	return out
}

func main() {
	var s Server
	fmt.Println("before store:", s.cfg.Load() == nil)
	s.cfg.Store(&Config{Version: 1, Mode: "safe", Limit: 2, Tags: []string{"a"}})

	phases := []func(old *Config) *Config{
		nil,
		func(old *Config) *Config {
			return &Config{Version: old.Version + 1, Mode: "fast", Limit: 4, Tags: append(slices.Clone(old.Tags), "b")}
		},
		func(old *Config) *Config {
			return &Config{Version: old.Version + 1, Mode: "drain", Limit: 1}
		},
	}
	var history []*Config
	for i, update := range phases {
		if update != nil {
			old := s.Config()
			next := update(old)
			fmt.Println("swap ok:", s.cfg.CompareAndSwap(old, next))
			fmt.Println("stale swap ok:", s.cfg.CompareAndSwap(old, next))
		}
		history = append(history, s.Config())
		fmt.Printf("phase %d [%v]\n", i, s.Config())
		fmt.Println("  ", runPhase(&s, []int{1, 3, 5}))
	}
	prev := s.cfg.Swap(&Config{Version: 99, Mode: "off"}).(*Config)
	fmt.Println("swapped out:", prev)
	fmt.Println("now:", s.Config())
	fmt.Println("history unchanged:", history[0], "|", history[1])
}
