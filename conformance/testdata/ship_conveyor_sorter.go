package main

import (
	"fmt"
	"strings"
)

const beltLen = 8

type Parcel struct {
	ID   int
	Dest byte // 'A'..'C'
}

// Belt is a fixed array of slots; slot 0 is the intake, the last slot
// feeds the diverter.
type Belt struct {
	slots [beltLen]*Parcel
	tick  int
}

func (b *Belt) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for _, p := range b.slots {
		if p == nil {
			sb.WriteString("..")
		} else {
			fmt.Fprintf(&sb, "%c%d", p.Dest, p.ID%10)
		}
		sb.WriteByte(' ')
	}
	return strings.TrimRight(sb.String(), " ") + "]"
}

// Step advances the belt by one slot and returns what fell off the end.
func (b *Belt) Step(in *Parcel) *Parcel {
	out := b.slots[beltLen-1]
	copy(b.slots[1:], b.slots[:beltLen-1])
	b.slots[0] = in
	b.tick++
	return out
}

func (b *Belt) Empty() bool {
	for _, p := range b.slots {
		if p != nil {
			return false
		}
	}
	return true
}

type Chute struct {
	Name  byte
	Limit int
	Bin   []int
}

func (c *Chute) Full() bool { return len(c.Bin) >= c.Limit }

func main() {
	chutes := map[byte]*Chute{
		'A': {Name: 'A', Limit: 3},
		'B': {Name: 'B', Limit: 4},
		'C': {Name: 'C', Limit: 2},
	}
	dests := "ABCABBACCBAC"
	var reject []int
	belt := &Belt{}
	next := 0
	for next < len(dests) || !belt.Empty() {
		var in *Parcel
		if next < len(dests) && belt.tick%4 != 3 {
			in = &Parcel{ID: next + 1, Dest: dests[next]}
			next++
		}
		out := belt.Step(in)
		if belt.tick%3 == 0 {
			fmt.Printf("t=%02d %v\n", belt.tick, belt)
		}
		if out == nil {
			continue
		}
		c, ok := chutes[out.Dest]
		if !ok || c.Full() {
			reject = append(reject, out.ID)
			continue
		}
		c.Bin = append(c.Bin, out.ID)
	}
	for _, k := range []byte("ABC") {
		c := chutes[k]
		fmt.Printf("chute %c %d/%d %v full=%t\n", c.Name, len(c.Bin), c.Limit, c.Bin, c.Full())
	}
	fmt.Println("rejected to manual sort:", reject)
}
