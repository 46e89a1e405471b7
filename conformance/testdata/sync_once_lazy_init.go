package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Ports []int
}

var (
	cfg      *Config
	cfgOnce  sync.Once
	initRuns int
)

func GetConfig() *Config {
	cfgOnce.Do(func() {
		initRuns++
		cfg = &Config{Name: "prod", Ports: []int{80, 443}}
	})
	return cfg
}

type Service struct {
	once sync.Once
	conn string
}

func (s *Service) Conn() string {
	s.once.Do(func() { s.conn = "connected:" + GetConfig().Name })
	return s.conn
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 8)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = GetConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(initRuns, same, *ptrs[0])
	s := &Service{}
	fmt.Println(s.Conn(), s.Conn())
	var o sync.Once
	for i := range 3 {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}
}
