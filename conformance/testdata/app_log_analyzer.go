package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const rawLogs = `2024-03-01T10:00:01Z INFO  api     GET /users 200 12ms
2024-03-01T10:00:02Z INFO  api     GET /users/7 200 8ms
2024-03-01T10:00:02Z WARN  auth    token near expiry user=7
2024-03-01T10:00:05Z INFO  api     POST /orders 201 45ms
2024-03-01T10:00:09Z ERROR db      query timeout table=orders
2024-03-01T10:00:09Z INFO  api     POST /orders 500 3001ms
2024-03-01T10:01:00Z INFO  api     GET /health 200 1ms
2024-03-01T10:01:13Z DEBUG cache   miss key=user:7
this line is garbage and should be reported
2024-03-01T10:01:14Z INFO  api     GET /users/7 200 15ms
2024-03-01T10:01:30Z ERROR payment card declined order=991
2024-03-01T10:01:31Z INFO  api     POST /payments 402 120ms
2024-03-01T10:02:02Z WARN  db      slow query 850ms table=users
2024-03-01T10:02:05Z INFO  api     GET /users 200 30ms
2024-03-01T10:02:07Z INFO  api     GET /orders/991 404 5ms
2024-03-01T10:02:40Z ERROR db      connection reset
2024-03-01T10:02:41Z INFO  api     GET /users 503 2ms
2024-03-01T10:02:59Z INFO  api     GET /health 200 1ms`

type Level int

const (
	DEBUG Level = iota
	INFO
	WARN
	ERROR
)

var levelNames = map[string]Level{"DEBUG": DEBUG, "INFO": INFO, "WARN": WARN, "ERROR": ERROR}

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l] }

type Entry struct {
	Minute    string
	Level     Level
	Component string
	Message   string
}

type Stats struct {
	mu          sync.Mutex
	byLevel     map[Level]int
	byComponent map[string]int
	errorsByMin map[string]int
	latencies   map[string][]int // endpoint -> ms
	statuses    map[int]int
	bad         []int
}

func parse(line string) (Entry, error) {
	f := strings.Fields(line)
	if len(f) < 4 || len(f[0]) != 20 {
		return Entry{}, fmt.Errorf("malformed line %q", line)
	}
	lvl, ok := levelNames[f[1]]
	if !ok {
		return Entry{}, fmt.Errorf("unknown level %q", f[1])
	}
	return Entry{f[0][11:16], lvl, f[2], strings.Join(f[3:], " ")}, nil
}

func (s *Stats) add(lineNo int, line string) {
	e, err := parse(line)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.bad = append(s.bad, lineNo)
		return
	}
	s.byLevel[e.Level]++
	s.byComponent[e.Component]++
	if e.Level == ERROR {
		s.errorsByMin[e.Minute]++
	}
	if f := strings.Fields(e.Message); e.Component == "api" && len(f) == 4 {
		code, _ := strconv.Atoi(f[2])
		ms, _ := strconv.Atoi(strings.TrimSuffix(f[3], "ms"))
		s.statuses[code/100*100]++
		s.latencies[f[0]+" "+f[1]] = append(s.latencies[f[0]+" "+f[1]], ms)
	}
}

func sortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func main() {
	s := &Stats{byLevel: map[Level]int{}, byComponent: map[string]int{}, errorsByMin: map[string]int{},
		latencies: map[string][]int{}, statuses: map[int]int{}}
	var wg sync.WaitGroup
	sc := bufio.NewScanner(strings.NewReader(rawLogs))
	for n := 1; sc.Scan(); n++ {
		wg.Add(1)
		go func(n int, line string) {
			defer wg.Done()
			s.add(n, line)
		}(n, sc.Text())
	}
	wg.Wait()
	sort.Ints(s.bad) // goroutines finish in any order

	fmt.Println("== levels ==")
	for l := DEBUG; l <= ERROR; l++ {
		fmt.Printf("%-5v %3d %s\n", l, s.byLevel[l], strings.Repeat("#", s.byLevel[l]))
	}
	fmt.Println("== components (by volume) ==")
	comps := sortedKeys(s.byComponent)
	sort.SliceStable(comps, func(i, j int) bool { return s.byComponent[comps[i]] > s.byComponent[comps[j]] })
	for _, c := range comps {
		fmt.Printf("%-8s %d\n", c, s.byComponent[c])
	}
	fmt.Println("== errors per minute ==")
	for _, m := range sortedKeys(s.errorsByMin) {
		fmt.Printf("%s %d\n", m, s.errorsByMin[m])
	}
	fmt.Println("== endpoints ==")
	for _, ep := range sortedKeys(s.latencies) {
		l := append([]int(nil), s.latencies[ep]...)
		sort.Ints(l)
		total := 0
		for _, v := range l {
			total += v
		}
		fmt.Printf("%-18s n=%d min=%4dms max=%4dms avg=%8.2fms\n", ep, len(l), l[0], l[len(l)-1], float64(total)/float64(len(l)))
	}
	fmt.Printf("status classes: %v\n", s.statuses)
	fmt.Printf("unparseable lines: %v\n", s.bad)
}
