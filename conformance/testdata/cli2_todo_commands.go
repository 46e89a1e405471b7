package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Task struct {
	ID    int
	Title string
	Done  bool
}

type Store struct {
	tasks  map[int]*Task
	nextID int
}

var ErrNotFound = errors.New("task not found")

func NewStore() *Store {
	return &Store{tasks: make(map[int]*Task), nextID: 1}
}

func (s *Store) Add(title string) *Task {
	t := &Task{ID: s.nextID, Title: title}
	s.tasks[t.ID] = t
	s.nextID++
	return t
}

func (s *Store) Done(id int) error {
	t, ok := s.tasks[id]
	if !ok {
		return fmt.Errorf("done %d: %w", id, ErrNotFound)
	}
	if t.Done {
		return fmt.Errorf("done %d: already completed", id)
	}
	t.Done = true
	return nil
}

func (s *Store) List(showAll bool) []Task {
	var out []Task
	for _, t := range s.tasks {
		if showAll || !t.Done {
			out = append(out, *t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func run(s *Store, args []string) error {
	if len(args) == 0 {
		return errors.New("missing command")
	}
	switch args[0] {
	case "add":
		if len(args) < 2 {
			return errors.New("add: missing title")
		}
		t := s.Add(strings.Join(args[1:], " "))
		fmt.Printf("added #%d %q\n", t.ID, t.Title)
	case "done":
		if len(args) != 2 {
			return errors.New("done: expected one id")
		}
		id, err := strconv.Atoi(args[1])
		if err != nil {
			return fmt.Errorf("done: bad id: %w", err)
		}
		if err := s.Done(id); err != nil {
			return err
		}
		fmt.Printf("completed #%d\n", id)
	case "list":
		all := len(args) > 1 && args[1] == "--all"
		for _, t := range s.List(all) {
			mark := " "
			if t.Done {
				mark = "x"
			}
			fmt.Printf("  [%s] %d. %s\n", mark, t.ID, t.Title)
		}
	default:
		return fmt.Errorf("unknown command %q", args[0])
	}
	return nil
}

func main() {
	s := NewStore()
	script := [][]string{
		{"add", "write", "parser"},
		{"add", "review", "PR"},
		{"add", "update", "docs"},
		{"list"},
		{"done", "2"},
		{"done", "2"},
		{"done", "9"},
		{"done", "abc"},
		{"list"},
		{"list", "--all"},
		{"remove", "1"},
		{"add"},
	}
	for _, args := range script {
		fmt.Printf("> todo %s\n", strings.Join(args, " "))
		if err := run(s, args); err != nil {
			if errors.Is(err, ErrNotFound) {
				fmt.Println("  not found:", err)
			} else {
				fmt.Println("  error:", err)
			}
		}
	}
}
