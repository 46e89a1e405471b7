package sessiontest

import "testing"

// An assignment of several values through a pointer to a type that
// refers back to itself through a func field runs in the interpreter and
// prints what go run prints (yaegi panicked: reflect.Set ... not
// assignable to type []*unsafe2.dummy); Go's order of assignment stays:
// the places on the left are taken before any is assigned.
func TestAssignmentsThroughPointers(t *testing.T) {
	const decls = `import "fmt"

type timer struct {
	id    int
	fn    func(l *Loop, t *timer)
	index int
}

type timerHeap []*timer

type Loop struct{ h timerHeap }

func (h *timerHeap) Pop() *timer {
	old := *h
	t := old[len(old)-1]
	*h, t.index = old[:len(old)-1], -1
	return t
}

type node struct{ v int }`
	const body = `l := &Loop{}
l.h = append(l.h, &timer{id: 1}, &timer{id: 2})
x := l.h.Pop()
fmt.Println(x.id, x.index, len(l.h))
a, b := node{1}, node{2}
p := &a
p, *p = &b, node{3}
fmt.Println(a, b, *p)
q := &a
*q, a.v = node{4}, 5
fmt.Println(a)
xs := []int{1, 2, 3}
i := 0
ip := &i
*ip, xs[i] = 2, 9
fmt.Println(i, xs)`
	interpretedAsGoRun(t, decls, body)
}
