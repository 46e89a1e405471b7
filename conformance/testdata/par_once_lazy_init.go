// Lazy initialisation with sync.Once, sync.OnceValue and sync.OnceValues:
// many goroutines ask, exactly one does the work.
package main

import (
	"errors"
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

func (c *Config) String() string {
	return fmt.Sprintf("%s(workers=%d, tags=%s)", c.Name, c.Workers, strings.Join(c.Tags, "+"))
}

var (
	initCalls atomic.Int32
	once      sync.Once
	config    *Config
)

func getConfig() *Config {
	once.Do(func() {
		initCalls.Add(1)
		config = &Config{Name: "cluster", Workers: 8, Tags: []string{"hpc", "go"}}
	})
	return config
}

var tableBuilds atomic.Int32

// squares is computed on first use and then shared.
var squares = sync.OnceValue(func() []int {
	tableBuilds.Add(1)
	t := make([]int, 16)
	for i := range t {
		t[i] = i * i
	}
	return t
})

var errNoDevice = errors.New("no accelerator present")

var probeCalls atomic.Int32

var probeAccelerator = sync.OnceValues(func() (string, error) {
	probeCalls.Add(1)
	return "", errNoDevice
})

func main() {
	const goroutines = 10
	var wg sync.WaitGroup
	seen := make([]string, goroutines)
	sums := make([]int, goroutines)
	errs := make([]error, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[g] = getConfig().String()
			sums[g] = squares()[g]
			_, errs[g] = probeAccelerator()
		}()
	}
	wg.Wait()

	sort.Strings(seen)
	fmt.Println("config:", seen[0])
	fmt.Println("all saw same config:", seen[0] == seen[goroutines-1])
	fmt.Println("init calls:", initCalls.Load())
	fmt.Println("squares read:", sums)
	fmt.Println("table builds:", tableBuilds.Load())
	sameErr := true
	for _, err := range errs {
		sameErr = sameErr && errors.Is(err, errNoDevice)
	}
	fmt.Println("probe error:", errs[0], "| shared by all:", sameErr)
	fmt.Println("probe calls:", probeCalls.Load())
}
