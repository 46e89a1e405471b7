package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	values map[string]string
	loads  int
}

type App struct {
	config func() *Config
	primes func() []int
	lookup map[string]func() string
	trace  []string
}

func NewApp() *App {
	a := &App{}
	a.config = sync.OnceValue(func() *Config {
		a.trace = append(a.trace, "loading config")
		return &Config{values: map[string]string{"env": "test", "region": "eu", "debug": "true"}, loads: 1}
	})
	a.primes = sync.OnceValue(func() []int {
		a.trace = append(a.trace, "sieving primes")
		const n = 60
		composite := make([]bool, n+1)
		var ps []int
		for i := 2; i <= n; i++ {
			if composite[i] {
				continue
			}
			ps = append(ps, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
		return ps
	})

	// Build lazy per-key getters in a loop; each one is computed at most once.
	a.lookup = map[string]func() string{}
	for _, key := range []string{"env", "region", "missing"} {
		a.lookup[key] = sync.OnceValue(func() string {
			a.trace = append(a.trace, "resolving "+key)
			if v, ok := a.config().values[key]; ok {
				return strings.ToUpper(v)
			}
			return "<unset>"
		})
	}
	return a
}

type Lazy[T any] struct {
	once sync.Once
	init func() (T, error)
	val  T
	err  error
}

func (l *Lazy[T]) Get() (T, error) {
	l.once.Do(func() { l.val, l.err = l.init() })
	return l.val, l.err
}

func main() {
	app := NewApp()
	fmt.Println("trace before use:", len(app.trace))

	for _, k := range []string{"region", "env", "region", "missing", "env"} {
		fmt.Printf("%s = %s\n", k, app.lookup[k]())
	}
	fmt.Println("config loads:", app.config().loads)

	ps := app.primes()
	fmt.Println("primes:", ps[:8], "... count", len(app.primes()))

	for i, t := range app.trace {
		fmt.Printf("trace %d: %s\n", i, t)
	}

	attempts := 0
	bad := &Lazy[int]{init: func() (int, error) {
		attempts++
		return 0, fmt.Errorf("connect failed (attempt %d)", attempts)
	}}
	for range 3 {
		_, err := bad.Get()
		fmt.Println("lazy error:", err)
	}

	good := &Lazy[map[string]int]{init: func() (map[string]int, error) {
		attempts++
		return map[string]int{"b": 2, "a": 1, "c": 3}, nil
	}}
	m, _ := good.Get()
	m["d"] = 4 // mutation is visible on later Gets
	m2, err := good.Get()
	keys := make([]string, 0, len(m2))
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("good keys:", keys, "err:", err, "total init attempts:", attempts)
}
