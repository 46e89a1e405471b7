package main

import (
	"errors"
	"fmt"
	"strings"
)

type RecordType int

const (
	A RecordType = iota + 1
	CNAME
)

func (t RecordType) String() string {
	switch t {
	case A:
		return "A"
	case CNAME:
		return "CNAME"
	}
	return "?"
}

type Record struct {
	Type  RecordType
	Value string
	TTL   int
}

var ErrNXDomain = errors.New("NXDOMAIN")
var ErrLoop = errors.New("CNAME loop")

type cacheEntry struct {
	addr    string
	expires int
}

type Resolver struct {
	zone    map[string]Record
	cache   map[string]cacheEntry
	now     int
	lookups int
	hits    int
}

func (r *Resolver) Tick(sec int) { r.now += sec }

func (r *Resolver) Resolve(name string) (string, error) {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if e, ok := r.cache[name]; ok && e.expires > r.now {
		r.hits++
		return e.addr, nil
	}
	seen := map[string]bool{}
	cur, minTTL := name, 1<<30
	for {
		if seen[cur] {
			return "", fmt.Errorf("resolve %s: %w", name, ErrLoop)
		}
		seen[cur] = true
		r.lookups++
		rec, ok := r.zone[cur]
		if !ok {
			return "", fmt.Errorf("resolve %s (at %s): %w", name, cur, ErrNXDomain)
		}
		minTTL = min(minTTL, rec.TTL)
		if rec.Type == A {
			r.cache[name] = cacheEntry{rec.Value, r.now + minTTL}
			return rec.Value, nil
		}
		cur = rec.Value
	}
}

func main() {
	r := &Resolver{
		zone: map[string]Record{
			"example.com":     {A, "93.184.216.34", 300},
			"www.example.com": {CNAME, "example.com", 60},
			"cdn.example.com": {CNAME, "edge.cdn.net", 30},
			"edge.cdn.net":    {A, "151.101.1.1", 120},
			"loop1.test":      {CNAME, "loop2.test", 10},
			"loop2.test":      {CNAME, "loop1.test", 10},
			"dangling.test":   {CNAME, "gone.test", 10},
		},
		cache: map[string]cacheEntry{},
	}
	queries := []struct {
		after int
		name  string
	}{
		{0, "www.example.com"}, {5, "WWW.Example.com."}, {0, "cdn.example.com"},
		{40, "cdn.example.com"}, {0, "loop1.test"}, {0, "dangling.test"},
		{30, "www.example.com"}, {0, "nope.invalid"},
	}
	for _, q := range queries {
		r.Tick(q.after)
		addr, err := r.Resolve(q.name)
		switch {
		case errors.Is(err, ErrNXDomain):
			fmt.Printf("t=%3d %-18s NX   %v\n", r.now, q.name, err)
		case errors.Is(err, ErrLoop):
			fmt.Printf("t=%3d %-18s LOOP %v\n", r.now, q.name, err)
		default:
			fmt.Printf("t=%3d %-18s -> %s\n", r.now, q.name, addr)
		}
	}
	fmt.Printf("upstream lookups=%d cache hits=%d\n", r.lookups, r.hits)
	for _, n := range []string{"www.example.com", "cdn.example.com", "loop1.test"} {
		e, ok := r.cache[n]
		fmt.Printf("cache[%q] = %+v present=%v\n", n, e, ok)
	}
	fmt.Println(RecordType(7), A, CNAME)
}
