package main

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
)

var ErrEmptyRing = errors.New("ring has no nodes")

type vnode struct {
	hash uint32
	node string
}

// Ring maps keys to nodes; each physical node owns several virtual points.
type Ring struct {
	replicas int
	points   []vnode // sorted by hash
	nodes    map[string]bool
}

func NewRing(replicas int) *Ring {
	return &Ring{replicas: replicas, nodes: make(map[string]bool)}
}

func hashOf(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	x := h.Sum32()
	// finalizer from murmur3 to spread similar inputs
	x ^= x >> 16
	x *= 0x85ebca6b
	x ^= x >> 13
	x *= 0xc2b2ae35
	x ^= x >> 16
	return x
}

func (r *Ring) AddNode(name string) error {
	if r.nodes[name] {
		return fmt.Errorf("node %q already in ring", name)
	}
	r.nodes[name] = true
	for i := range r.replicas {
		r.points = append(r.points, vnode{hashOf(name + "#" + strconv.Itoa(i)), name})
	}
	slices.SortFunc(r.points, func(a, b vnode) int {
		return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.node, b.node))
	})
	return nil
}

func (r *Ring) RemoveNode(name string) error {
	if !r.nodes[name] {
		return fmt.Errorf("node %q not in ring", name)
	}
	delete(r.nodes, name)
	r.points = slices.DeleteFunc(r.points, func(v vnode) bool { return v.node == name })
	return nil
}

func (r *Ring) Lookup(key string) (string, error) {
	if len(r.points) == 0 {
		return "", ErrEmptyRing
	}
	h := hashOf(key)
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i].hash >= h })
	if i == len(r.points) {
		i = 0 // wrap around
	}
	return r.points[i].node, nil
}

func (r *Ring) assign(keys []string) map[string]string {
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		out[k], _ = r.Lookup(k)
	}
	return out
}

func printLoad(label string, owner map[string]string) {
	load := map[string]int{}
	for _, n := range owner {
		load[n]++
	}
	names := make([]string, 0, len(load))
	for n := range load {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Printf("%s:", label)
	for _, n := range names {
		fmt.Printf(" %s=%d", n, load[n])
	}
	fmt.Println()
}

func main() {
	r := NewRing(50)
	if _, err := r.Lookup("x"); err != nil {
		fmt.Println("lookup on empty ring:", err)
	}
	for _, n := range []string{"alpha", "beta", "gamma", "delta"} {
		if err := r.AddNode(n); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("add again:", r.AddNode("beta"))
	fmt.Println("virtual points:", len(r.points))

	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = "user:" + strconv.Itoa(i)
	}
	before := r.assign(keys)
	printLoad("4 nodes", before)
	for _, k := range keys[:5] {
		fmt.Printf("  %s -> %s\n", k, before[k])
	}

	if err := r.RemoveNode("gamma"); err != nil {
		fmt.Println(err)
	}
	fmt.Println("remove again:", r.RemoveNode("gamma"))
	after := r.assign(keys)
	printLoad("without gamma", after)
	moved, wrongly := 0, 0
	for _, k := range keys {
		if before[k] != after[k] {
			moved++
			if before[k] != "gamma" {
				wrongly++
			}
		}
	}
	fmt.Printf("moved %d keys, %d of them not from gamma\n", moved, wrongly)

	r.AddNode("epsilon")
	printLoad("with epsilon", r.assign(keys))
}
