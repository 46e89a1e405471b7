package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
	Tags    []string
}

var (
	cfgOnce   sync.Once
	cfg       *Config
	loadCount atomic.Int32
)

func loadConfig() {
	loadCount.Add(1)
	cfg = &Config{
		Name:    "render-farm",
		Workers: 8,
		Tags:    []string{"gpu", "batch", "nightly"},
	}
}

func GetConfig() *Config {
	cfgOnce.Do(loadConfig)
	return cfg
}

// A lazily computed lookup table using sync.OnceValue.
var squareTable = sync.OnceValue(func() []int {
	loadCount.Add(1)
	t := make([]int, 16)
	for i := range t {
		t[i] = i * i
	}
	return t
})

// sync.OnceValues remembers an error as well.
var parsePort = sync.OnceValues(func() (int, error) {
	loadCount.Add(1)
	return 0, fmt.Errorf("port %q is not numeric", "http")
})

func main() {
	var wg sync.WaitGroup
	names := make([]string, 20)
	sums := make([]int, 20)
	errs := make([]string, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := GetConfig()
			names[i] = fmt.Sprintf("%s/%d", c.Name, c.Workers)
			sums[i] = squareTable()[i%16]
			if _, err := parsePort(); err != nil {
				errs[i] = err.Error()
			}
		}()
	}
	wg.Wait()

	distinct := map[string]bool{}
	for _, n := range names {
		distinct[n] = true
	}
	keys := make([]string, 0, len(distinct))
	for k := range distinct {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	fmt.Println("goroutines that read the config:", len(names))
	fmt.Println("distinct views:", keys)
	fmt.Println("tags:", strings.Join(GetConfig().Tags, ","))
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("sum of looked-up squares:", total)
	fmt.Println("first error:", errs[0])
	fmt.Println("same error everywhere:", errs[0] == errs[19])
	fmt.Println("initialisers run:", loadCount.Load())

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("only printed once, i =", i) })
	}
}
