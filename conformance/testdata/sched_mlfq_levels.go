package main

import (
	"fmt"
	"strings"
)

// Level is one queue of a multi-level feedback queue scheduler.
type Level struct {
	Quantum int
	Queue   []*Job
}

type Job struct {
	Name      string
	Burst     int
	Left      int
	Level     int
	Demotions int
	Finish    int
}

type MLFQ struct {
	Levels []*Level
	Clock  int
	Log    []string
}

func NewMLFQ(quanta ...int) *MLFQ {
	m := &MLFQ{}
	for _, q := range quanta {
		m.Levels = append(m.Levels, &Level{Quantum: q})
	}
	return m
}

func (m *MLFQ) Add(j *Job) {
	j.Left = j.Burst
	m.Levels[0].Queue = append(m.Levels[0].Queue, j)
}

// next returns the first job of the highest non-empty level.
func (m *MLFQ) next() (*Job, bool) {
	for _, lv := range m.Levels {
		if len(lv.Queue) > 0 {
			j := lv.Queue[0]
			lv.Queue = lv.Queue[1:]
			return j, true
		}
	}
	return nil, false
}

func (m *MLFQ) Run() {
	for {
		j, ok := m.next()
		if !ok {
			return
		}
		lv := m.Levels[j.Level]
		run := lv.Quantum
		if run == 0 || run > j.Left { // quantum 0 means FCFS at the bottom
			run = j.Left
		}
		m.Log = append(m.Log, fmt.Sprintf("%s@L%d[%d-%d]", j.Name, j.Level, m.Clock, m.Clock+run))
		m.Clock += run
		j.Left -= run
		if j.Left == 0 {
			j.Finish = m.Clock
			continue
		}
		if j.Level < len(m.Levels)-1 {
			j.Level++
			j.Demotions++
		}
		m.Levels[j.Level].Queue = append(m.Levels[j.Level].Queue, j)
	}
}

func main() {
	m := NewMLFQ(2, 4, 0)
	jobs := []*Job{
		{Name: "ls", Burst: 1},
		{Name: "vim", Burst: 3},
		{Name: "make", Burst: 12},
		{Name: "grep", Burst: 2},
		{Name: "render", Burst: 9},
	}
	for _, j := range jobs {
		m.Add(j)
	}
	m.Run()

	fmt.Println("multi-level feedback queue, quanta 2 / 4 / FCFS")
	for i := 0; i < len(m.Log); i += 4 {
		end := min(i+4, len(m.Log))
		fmt.Println("  " + strings.Join(m.Log[i:end], " "))
	}
	fmt.Printf("%-8s %5s %6s %9s %6s\n", "job", "burst", "level", "demotions", "finish")
	total := 0
	for _, j := range jobs {
		fmt.Printf("%-8s %5d %6d %9d %6d\n", j.Name, j.Burst, j.Level, j.Demotions, j.Finish)
		total += j.Finish
	}
	fmt.Printf("mean completion time: %6.2f\n", float64(total)/float64(len(jobs)))
	fmt.Printf("total CPU time: %d\n", m.Clock)
}
