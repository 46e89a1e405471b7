// Initiative order with container/heap: faster units act more often.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Actor struct {
	Name  string
	Speed int
	next  int // time of next action
	acted int
}

// timeline is a min-heap on next action time, ties broken by name.
type timeline []*Actor

func (t timeline) Len() int { return len(t) }
func (t timeline) Less(i, j int) bool {
	if t[i].next != t[j].next {
		return t[i].next < t[j].next
	}
	return t[i].Name < t[j].Name
}
func (t timeline) Swap(i, j int) { t[i], t[j] = t[j], t[i] }
func (t *timeline) Push(x any)   { *t = append(*t, x.(*Actor)) }
func (t *timeline) Pop() any {
	old := *t
	a := old[len(old)-1]
	*t = old[:len(old)-1]
	return a
}

const turnCost = 120

func delay(speed int) int { return turnCost / speed }

func main() {
	actors := []*Actor{
		{Name: "Knight", Speed: 4},
		{Name: "Archer", Speed: 6},
		{Name: "Slime", Speed: 2},
		{Name: "Bat", Speed: 10},
		{Name: "Mage", Speed: 5},
	}
	tl := &timeline{}
	for _, a := range actors {
		a.next = delay(a.Speed)
		heap.Push(tl, a)
	}
	var order []string
	for step := 1; step <= 30; step++ {
		a := heap.Pop(tl).(*Actor)
		a.acted++
		order = append(order, a.Name[:2])
		fmt.Printf("t=%3d  %-6s acts (#%d)\n", a.next, a.Name, a.acted)
		if a.Name == "Slime" && a.acted == 1 {
			a.Speed *= 3
			fmt.Println("       Slime splits and hastes itself!")
		}
		a.next += delay(a.Speed)
		heap.Push(tl, a)
	}
	fmt.Println("order:", strings.Join(order, " "))
	for _, a := range actors {
		fmt.Printf("%-6s speed %2d acted %d times\n", a.Name, a.Speed, a.acted)
	}
}
