package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
)

func (p Priority) String() string { return [...]string{"low", "normal", "high"}[p] }

type Meta struct {
	ID   int
	Tags []string
}

func (m *Meta) Tag(tags ...string) {
	m.Tags = slices.Compact(slices.Sorted(slices.Values(append(m.Tags, tags...))))
}

func (m Meta) HasTag(t string) bool { return slices.Contains(m.Tags, t) }

type Task struct {
	Meta
	Title    string
	Priority Priority
	Done     bool
}

func (t Task) String() string {
	box := map[bool]string{false: "[ ]", true: "[x]"}[t.Done]
	return fmt.Sprintf("%s #%d %-18s %-6v %s", box, t.ID, t.Title, t.Priority, strings.Join(t.Tags, ","))
}

type TodoList struct {
	tasks []*Task
}

var ErrNoTask = errors.New("no such task")

func (l *TodoList) Add(title string, p Priority, tags ...string) *Task {
	t := &Task{Meta: Meta{ID: len(l.tasks) + 1}, Title: title, Priority: p}
	t.Tag(tags...)
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Find(id int) (*Task, error) {
	if i := slices.IndexFunc(l.tasks, func(t *Task) bool { return t.ID == id }); i >= 0 {
		return l.tasks[i], nil
	}
	return nil, fmt.Errorf("find %d: %w", id, ErrNoTask)
}

// Filter returns the tasks for which keep reports true.
func (l *TodoList) Filter(keep func(*Task) bool) []*Task {
	return slices.DeleteFunc(slices.Clone(l.tasks), func(t *Task) bool { return !keep(t) })
}

func main() {
	var list TodoList
	list.Add("buy groceries", Normal, "home", "errand")
	list.Add("write report", High, "work")
	list.Add("call plumber", High, "home")
	list.Add("read a book", Low)
	list.Add("fix CI pipeline", High, "work", "urgent").Tag("work", "blocked")

	for _, id := range []int{2, 4, 9} {
		if t, err := list.Find(id); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTask))
		} else {
			t.Done = true
		}
	}
	if t, err := list.Find(1); err == nil {
		t.Tag("weekly")
		t.Priority++
	}

	fmt.Println("All tasks:")
	for _, t := range list.tasks {
		fmt.Println(" ", t)
	}
	open := list.Filter(func(t *Task) bool { return !t.Done })
	slices.SortStableFunc(open, func(a, b *Task) int { return int(b.Priority) - int(a.Priority) })
	fmt.Println("Open by priority:")
	for _, t := range open {
		fmt.Printf("  %-18q %v\n", t.Title, t.Priority)
	}
	home := list.Filter(func(t *Task) bool { return t.HasTag("home") })
	fmt.Printf("home tasks: %d, first: %+v\n", len(home), home[0].Meta)
}
