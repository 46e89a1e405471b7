package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const commands = `add Buy milk
add Write report @work
add Call mom
done 2
done 7
add   Fix bike   @home
done two
list
rm 1
list
frobnicate now`

type Status bool

func (s Status) String() string { return map[Status]string{true: "[x]", false: "[ ]"}[s] }

type Task struct {
	ID         int
	Title, Tag string
	Done       Status
}

var ErrNoTask = errors.New("no such task")

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title}
	if i := strings.LastIndex(title, "@"); i >= 0 {
		t.Tag = "#" + title[i+1:]
		t.Title = strings.TrimSpace(title[:i])
	}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) List() {
	for _, t := range l.tasks {
		line := fmt.Sprintf("  %v %2d %-14s %s", t.Done, t.ID, t.Title, t.Tag)
		fmt.Println(strings.TrimRight(line, " "))
	}
	fmt.Printf("  (%d tasks)\n", len(l.tasks))
}

func (l *TodoList) Exec(line string) error {
	cmd, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	rest = strings.Join(strings.Fields(rest), " ")
	withID := func(f func(i int)) error {
		id, err := strconv.Atoi(rest)
		if err != nil {
			return fmt.Errorf("%s: bad id %q", cmd, rest)
		}
		i := slices.IndexFunc(l.tasks, func(t *Task) bool { return t.ID == id })
		if i < 0 {
			return fmt.Errorf("task %d: %w", id, ErrNoTask)
		}
		f(i)
		return nil
	}
	switch cmd {
	case "add":
		fmt.Printf("  added %+v\n", *l.Add(rest))
	case "list":
		l.List()
	case "done":
		return withID(func(i int) { l.tasks[i].Done = true })
	case "rm":
		return withID(func(i int) { l.tasks = slices.Delete(l.tasks, i, i+1) })
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
	return nil
}

func main() {
	var todo TodoList
	sc := bufio.NewScanner(strings.NewReader(commands))
	for sc.Scan() {
		fmt.Println("todo>", sc.Text())
		if err := todo.Exec(sc.Text()); err != nil {
			fmt.Println("  error:", err, "| notask:", errors.Is(err, ErrNoTask))
		}
	}
}
