package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
	Urgent
)

var prioNames = [...]string{"low", "medium", "high", "URGENT"}

func (p Priority) String() string { return prioNames[p] }

type Task struct {
	ID    int
	Title string
	Prio  Priority
	Due   time.Time
	Done  bool
	Tags  []string
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority, due time.Time, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Prio: p, Due: due, Tags: tags}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Pending(now time.Time) iter.Seq2[*Task, bool] {
	return func(yield func(*Task, bool) bool) {
		sorted := slices.Clone(l.tasks)
		slices.SortStableFunc(sorted, func(a, b *Task) int {
			return cmp.Or(cmp.Compare(b.Prio, a.Prio), a.Due.Compare(b.Due), cmp.Compare(a.ID, b.ID))
		})
		for _, t := range sorted {
			if !t.Done && !yield(t, t.Due.Before(now)) {
				return
			}
		}
	}
}

func main() {
	base := time.Date(2025, time.March, 10, 9, 0, 0, 0, time.UTC)
	at := func(days int) time.Time { return base.AddDate(0, 0, days) }
	var l TodoList
	l.Add("write parallel sort report", High, at(3), "school", "hpc")
	l.Add("buy groceries", Low, at(1), "home")
	l.Add("fix MPI deadlock", Urgent, at(-1), "hpc")
	l.Add("email advisor", Medium, at(0))
	l.Add("benchmark OpenMP", High, at(2), "hpc")
	l.Add("laundry", Low, at(-2), "home").Done = true
	now := at(0).Add(time.Hour)
	fmt.Println("Pending at", now.Format(time.DateTime))
	for t, overdue := range l.Pending(now) {
		flag := ""
		if overdue {
			flag = " (OVERDUE)"
		}
		fmt.Printf("#%d %-8v %-28q due %s%s\n", t.ID, t.Prio, t.Title, t.Due.Format("Mon Jan 2"), flag)
	}
	byTag := map[string][]int{}
	for _, t := range l.tasks {
		for _, tag := range t.Tags {
			byTag[tag] = append(byTag[tag], t.ID)
		}
	}
	fmt.Println("by tag:", byTag)
	count := 0
	for t := range l.Pending(now) {
		if strings.Contains(t.Title, "e") {
			count++
		}
		if count == 2 {
			fmt.Println("second pending task with 'e':", t.Title)
			break
		}
	}
	fmt.Printf("%v %d %T\n", Urgent, Urgent, Urgent)
}
