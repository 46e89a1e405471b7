package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority int

const (
	_ Priority = iota
	Low
	Medium
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	default:
		return fmt.Sprintf("Priority(%d)", int(p))
	}
}

type Task struct {
	ID       int
	Title    string
	Priority Priority
	Tags     []string
	Done     bool
}

func (t Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] #%02d %-24s %-7v %s", mark, t.ID, t.Title, t.Priority, strings.Join(t.Tags, ","))
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Priority: p, Tags: tags}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Complete(id int) bool {
	for _, t := range l.tasks {
		if t.ID == id {
			t.Done = true
			return true
		}
	}
	return false
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) []K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		for _, k := range key(x) {
			m[k] = append(m[k], x)
		}
	}
	return m
}

func (l *TodoList) Ordered() []*Task {
	out := append([]*Task(nil), l.tasks...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Done != out[j].Done {
			return !out[i].Done
		}
		return out[i].Priority > out[j].Priority
	})
	return out
}

func main() {
	var list TodoList
	add := list.Add
	add("write report", High, "work")
	add("buy milk", Low, "home", "errand")
	add("fix prod outage", Urgent, "work", "oncall")
	add("call plumber", Medium, "home")
	add("review PR #42", High, "work")
	add("renew passport", Medium, "errand")
	add("water plants", Low, "home")

	for _, id := range []int{2, 3, 9} {
		fmt.Printf("complete #%d: %t\n", id, list.Complete(id))
	}

	fmt.Println("== ordered ==")
	for _, t := range list.Ordered() {
		fmt.Println(t)
	}

	fmt.Println("== open, high or above ==")
	important := Filter(list.Ordered(), func(t *Task) bool {
		return !t.Done && t.Priority >= High
	})
	for _, t := range important {
		fmt.Printf("%q (%v)\n", t.Title, t.Priority)
	}

	fmt.Println("== by tag ==")
	groups := GroupBy(list.tasks, func(t *Task) []string { return t.Tags })
	tags := make([]string, 0, len(groups))
	for tag := range groups {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	for _, tag := range tags {
		var titles []string
		for _, t := range groups[tag] {
			titles = append(titles, t.Title)
		}
		fmt.Printf("%-7s %d: %s\n", tag, len(titles), strings.Join(titles, "; "))
	}

	counts := map[Priority]int{}
	for _, t := range list.tasks {
		if !t.Done {
			counts[t.Priority]++
		}
	}
	fmt.Print("open by priority:")
	for p := Urgent; p >= Low; p-- {
		fmt.Printf(" %v=%d", p, counts[p])
	}
	fmt.Println()
	fmt.Printf("zero value priority prints as %v, type %T\n", Priority(0), Priority(0))
}
