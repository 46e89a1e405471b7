// A task scheduler driven by a fake clock, with periodic and one-shot tasks.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Clock interface {
	Now() time.Duration
}

type FakeClock struct{ t time.Duration }

func (c *FakeClock) Now() time.Duration      { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t += d }

type Task struct {
	ID      int
	Name    string
	Next    time.Duration
	Period  time.Duration // zero means one-shot
	Runs    int
	MaxRuns int
	Fn      func(t *Task, now time.Duration)
}

type Scheduler struct {
	clock Clock
	tasks []*Task
	seq   int
}

func NewScheduler(c Clock) *Scheduler { return &Scheduler{clock: c} }

func (s *Scheduler) Every(name string, period time.Duration, max int, fn func(*Task, time.Duration)) *Task {
	s.seq++
	t := &Task{ID: s.seq, Name: name, Next: s.clock.Now() + period, Period: period, MaxRuns: max, Fn: fn}
	s.tasks = append(s.tasks, t)
	return t
}

func (s *Scheduler) After(name string, d time.Duration, fn func(*Task, time.Duration)) *Task {
	return s.Every(name, 0, 1, fn).delay(s.clock.Now() + d)
}

func (t *Task) delay(at time.Duration) *Task { t.Next = at; return t }

// Tick runs every due task in order of (Next, ID) and removes finished ones.
func (s *Scheduler) Tick() int {
	now := s.clock.Now()
	ran := 0
	for {
		sort.Slice(s.tasks, func(i, j int) bool {
			if s.tasks[i].Next != s.tasks[j].Next {
				return s.tasks[i].Next < s.tasks[j].Next
			}
			return s.tasks[i].ID < s.tasks[j].ID
		})
		if len(s.tasks) == 0 || s.tasks[0].Next > now {
			return ran
		}
		t := s.tasks[0]
		t.Runs++
		t.Fn(t, now)
		ran++
		if t.Period == 0 || (t.MaxRuns > 0 && t.Runs >= t.MaxRuns) {
			s.tasks = s.tasks[1:]
			fmt.Printf("   [%s retired after %d run(s)]\n", t.Name, t.Runs)
		} else {
			t.Next += t.Period
		}
	}
}

func main() {
	clock := &FakeClock{}
	s := NewScheduler(clock)
	counter := 0
	logf := func(t *Task, now time.Duration) {
		fmt.Printf("%6v  %-10s run #%d\n", now, t.Name, t.Runs)
	}
	s.Every("heartbeat", 3*time.Second, 0, logf)
	s.Every("flush", 5*time.Second, 3, func(t *Task, now time.Duration) {
		counter += 10
		fmt.Printf("%6v  %-10s run #%d counter=%d\n", now, t.Name, t.Runs, counter)
	})
	s.After("reminder", 7*time.Second, func(t *Task, now time.Duration) {
		fmt.Printf("%6v  %-10s fired once; scheduling follow-up\n", now, t.Name)
		s.After("follow-up", 4*time.Second, logf)
	})
	total := 0
	for step := 0; step < 20; step++ {
		clock.Advance(time.Second)
		total += s.Tick()
	}
	fmt.Printf("clock=%v tasks_run=%d remaining=%d counter=%d\n", clock.Now(), total, len(s.tasks), counter)
}
