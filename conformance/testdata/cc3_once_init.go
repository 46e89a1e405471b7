package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Registry struct {
	once  sync.Once
	inits atomic.Int32
	names map[string]int
}

func (r *Registry) init() {
	r.inits.Add(1)
	r.names = map[string]int{"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}
}

func (r *Registry) Lookup(name string) (int, bool) {
	r.once.Do(r.init)
	v, ok := r.names[name]
	return v, ok
}

var tableBuilds atomic.Int32

var squares = sync.OnceValue(func() []int {
	tableBuilds.Add(1)
	t := make([]int, 16)
	for i := range t {
		t[i] = i * i
	}
	return t
})

var parseCalls atomic.Int32

var parsedConfig = sync.OnceValues(func() (map[string]string, error) {
	parseCalls.Add(1)
	raw := "workers=4;queue=16;mode"
	cfg := make(map[string]string)
	for _, part := range strings.Split(raw, ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return cfg, fmt.Errorf("bad entry %q", part)
		}
		cfg[k] = v
	}
	return cfg, nil
})

func main() {
	reg := &Registry{}
	const G = 10
	found := make([]string, G)
	names := []string{"alpha", "beta", "gamma", "delta", "omega"}
	var wg sync.WaitGroup
	for i := 0; i < G; i++ {
		wg.Go(func() {
			name := names[i%len(names)]
			v, ok := reg.Lookup(name)
			sq := squares()[i]
			cfg, err := parsedConfig()
			found[i] = fmt.Sprintf("g%d: %s=%d ok=%t sq=%d cfgLen=%d err=%v",
				i, name, v, ok, sq, len(cfg), err)
		})
	}
	wg.Wait()
	for _, line := range found {
		fmt.Println(line)
	}
	fmt.Println("registry inits:", reg.inits.Load())
	fmt.Println("square table builds:", tableBuilds.Load())
	fmt.Println("config parse calls:", parseCalls.Load())

	cfg, err := parsedConfig()
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("partial config %s=%s\n", k, cfg[k])
	}
	fmt.Println("config error:", err)

	var cleanups atomic.Int32
	cleanup := sync.OnceFunc(func() { cleanups.Add(1) })
	for i := 0; i < 5; i++ {
		cleanup()
	}
	fmt.Println("cleanups run:", cleanups.Load())

	boom := sync.OnceFunc(func() { panic(errors.New("init failed")) })
	for i := 1; i <= 3; i++ {
		func() {
			defer func() {
				fmt.Printf("call %d recovered: %v\n", i, recover())
			}()
			boom()
		}()
	}
}
