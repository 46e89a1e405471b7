package main

import (
	"container/heap"
	"fmt"
)

type timer struct {
	id     int
	when   int64
	period int64
	name   string
	fn     func(l *Loop, t *timer)
	index  int
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].id < h[j].id // FIFO among timers due at the same instant
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *timerHeap) Push(x any) { t := x.(*timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h, t.index = old[:len(old)-1], -1
	return t
}

// Loop owns all state; other goroutines talk to it only through cmds.
type Loop struct {
	now    int64
	nextID int
	timers timerHeap
	byID   map[int]*timer
	cmds   chan func()
	log    []string
}

func (l *Loop) logf(format string, args ...any) {
	l.log = append(l.log, fmt.Sprintf("[t=%5d] ", l.now)+fmt.Sprintf(format, args...))
}

func (l *Loop) schedule(name string, delay, period int64, fn func(*Loop, *timer)) int {
	l.nextID++
	t := &timer{id: l.nextID, when: l.now + delay, period: period, name: name, fn: fn}
	heap.Push(&l.timers, t)
	l.byID[t.id] = t
	return t.id
}

func (l *Loop) cancel(id int) bool {
	t, ok := l.byID[id]
	if ok {
		heap.Remove(&l.timers, t.index)
		delete(l.byID, id)
	}
	return ok
}

// advance moves the fake clock forward, firing due timers in order.
func (l *Loop) advance(d int64) {
	target := l.now + d
	for len(l.timers) > 0 && l.timers[0].when <= target {
		t := heap.Pop(&l.timers).(*timer)
		delete(l.byID, t.id)
		l.now = t.when
		if t.period > 0 {
			t.when += t.period
			heap.Push(&l.timers, t)
			l.byID[t.id] = t
		}
		t.fn(l, t)
	}
	l.now = target
}

// call runs f on the loop goroutine and waits for it to finish.
func (l *Loop) call(f func()) {
	done := make(chan struct{})
	l.cmds <- func() { f(); close(done) }
	<-done
}

func main() {
	l := &Loop{byID: map[int]*timer{}, cmds: make(chan func())}
	stopped := make(chan struct{})
	go func() {
		for cmd := range l.cmds {
			cmd()
		}
		close(stopped)
	}()

	beats := 0
	var timeoutID int
	l.call(func() {
		l.schedule("heartbeat", 250, 250, func(l *Loop, t *timer) {
			beats++
			l.logf("%s #%d", t.name, beats)
		})
		timeoutID = l.schedule("idle-timeout", 1000, 0, func(l *Loop, t *timer) { l.logf("%s fired!", t.name) })
		l.schedule("flush", 400, 0, func(l *Loop, t *timer) { l.logf("flush 3 dirty pages") })
		var retry func(*Loop, *timer)
		attempt, backoff := 0, int64(100)
		retry = func(l *Loop, t *timer) {
			attempt++
			if attempt < 4 {
				l.logf("connect attempt %d failed, retry in %d", attempt, backoff)
				l.schedule("retry", backoff, 0, retry)
				backoff *= 2
				return
			}
			l.logf("connect attempt %d succeeded", attempt)
		}
		l.schedule("retry", 100, 0, retry)
	})

	steps := []int64{300, 300, 150}
	for _, d := range steps {
		l.call(func() { l.advance(d); l.logf("-- advanced %d", d) })
	}
	l.call(func() {
		l.logf("user activity: cancel timeout -> %v, again -> %v", l.cancel(timeoutID), l.cancel(timeoutID))
		timeoutID = l.schedule("idle-timeout", 1000, 0, func(l *Loop, t *timer) { l.logf("%s fired!", t.name) })
	})
	l.call(func() { l.advance(1200) })

	var pending []string
	l.call(func() {
		for _, t := range l.timers {
			pending = append(pending, fmt.Sprintf("%s@%d", t.name, t.when))
		}
	})
	close(l.cmds)
	<-stopped
	for _, line := range l.log {
		fmt.Println(line)
	}
	fmt.Printf("now=%d heartbeats=%d pending=%v\n", l.now, beats, pending)
}
