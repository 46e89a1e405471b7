// Chapter: embedding an interface to override one method.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
	Keys() []string
}

type mapStore struct{ m map[string]string }

func newMapStore() *mapStore { return &mapStore{m: map[string]string{}} }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }
func (s *mapStore) Keys() []string {
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// upperStore overrides Set only; Get and Keys are promoted from the embedded Store.
type upperStore struct {
	Store
}

func (u upperStore) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

// countingStore counts Get calls and delegates everything else.
type countingStore struct {
	Store
	gets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

// reversed embeds sort.Interface and flips Less, like sort.Reverse.
type reversed struct{ sort.Interface }

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// partial embeds an interface but leaves it nil: unimplemented calls panic.
type partial struct{ Store }

func (partial) Keys() []string { return []string{"only", "keys"} }

func fill(s Store) {
	s.Set("b", "beta")
	s.Set("a", "alpha")
}

func dump(name string, s Store) {
	fmt.Print(name, ":")
	for _, k := range s.Keys() {
		v, _ := s.Get(k)
		fmt.Printf(" %s=%s", k, v)
	}
	fmt.Println()
}

func main() {
	base := newMapStore()
	fill(base)
	dump("base", base)

	up := upperStore{newMapStore()}
	fill(up)
	dump("upper", up)

	cs := &countingStore{Store: up}
	fill(cs)
	dump("counting", cs)
	_, ok := cs.Get("missing")
	fmt.Println("gets:", cs.gets, "found missing:", ok)

	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(reversed{sort.IntSlice(nums)})
	fmt.Println(nums)

	p := partial{}
	fmt.Println(p.Keys())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Set("x", "y") // promoted through a nil interface
	}()

	fmt.Printf("%T %T\n", cs.Store, up.Store)
}
