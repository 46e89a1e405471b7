package main

import (
	"fmt"
	"iter"
	"strings"
)

type dnode struct {
	key        string
	prev, next *dnode
}

// Playlist is a circular doubly linked list with a sentinel node.
type Playlist struct {
	root dnode
	n    int
}

func NewPlaylist() *Playlist {
	p := &Playlist{}
	p.root.next = &p.root
	p.root.prev = &p.root
	return p
}

func (p *Playlist) insertAfter(at *dnode, key string) *dnode {
	n := &dnode{key: key, prev: at, next: at.next}
	at.next.prev = n
	at.next = n
	p.n++
	return n
}

func (p *Playlist) Append(key string) *dnode  { return p.insertAfter(p.root.prev, key) }
func (p *Playlist) Prepend(key string) *dnode { return p.insertAfter(&p.root, key) }

func (p *Playlist) Remove(n *dnode) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	p.n--
}

func (p *Playlist) MoveToFront(n *dnode) {
	if p.root.next == n {
		return
	}
	p.Remove(n)
	p.n++
	n.prev = &p.root
	n.next = p.root.next
	p.root.next.prev = n
	p.root.next = n
}

func (p *Playlist) Forward() iter.Seq[string] {
	return func(yield func(string) bool) {
		for n := p.root.next; n != &p.root; n = n.next {
			if !yield(n.key) {
				return
			}
		}
	}
}

func (p *Playlist) Backward() iter.Seq[string] {
	return func(yield func(string) bool) {
		for n := p.root.prev; n != &p.root; n = n.prev {
			if !yield(n.key) {
				return
			}
		}
	}
}

func join(seq iter.Seq[string]) string {
	var parts []string
	for s := range seq {
		parts = append(parts, s)
	}
	return strings.Join(parts, " <-> ")
}

func (p *Playlist) String() string {
	return fmt.Sprintf("%d songs: %s", p.n, join(p.Forward()))
}

func (p *Playlist) find(key string) *dnode {
	for n := p.root.next; n != &p.root; n = n.next {
		if n.key == key {
			return n
		}
	}
	return nil
}

func main() {
	pl := NewPlaylist()
	for _, s := range []string{"Intro", "Verse", "Chorus", "Bridge"} {
		pl.Append(s)
	}
	pl.Prepend("Count-in")
	fmt.Println(pl)
	fmt.Println("backward:", join(pl.Backward()))

	if n := pl.find("Chorus"); n != nil {
		pl.MoveToFront(n)
		fmt.Println("chorus first:", pl)
	}
	if n := pl.find("Verse"); n != nil {
		pl.Remove(n)
		fmt.Println("no verse:", pl)
	}
	if pl.find("Outro") == nil {
		fmt.Println("Outro not found, appending")
		pl.Append("Outro")
	}
	fmt.Println(pl)
	count := 0
	for s := range pl.Backward() {
		count++
		fmt.Printf("  #%d from end: %s\n", count, s)
		if count == 3 {
			break
		}
	}
	fmt.Printf("sentinel consistent: %t\n", pl.root.next.prev == &pl.root && pl.root.prev.next == &pl.root)
}
