package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	ID       int
	Title    string
	Done     bool
	Priority int
}

var todos []Task
var nextID = 1

func main() {
	fmt.Println("todos at start:", todos, "nil?", todos == nil)
	addTask("buy groceries", 2)
	addTask("finish homework", 1)
	addTask("call mom", 3)
	addTask("read chapter 4", 1)
	fmt.Println("count:", len(todos))
	for _, t := range todos {
		fmt.Printf("%+v\n", t)
	}

	ok := markDone(2)
	fmt.Println("mark 2 done:", ok)
	ok = markDone(99)
	fmt.Println("mark 99 done:", ok)

	t, found := findTask(3)
	fmt.Println("find 3:", t, found)
	p, found := findTaskPtr(4)
	fmt.Println("find ptr 4:", p, found)
	p.Title = strings.ToUpper(p.Title)
	fmt.Println("after edit via pointer:", todos[3])
	missing, found := findTaskPtr(42)
	fmt.Println("find ptr 42:", missing, found)

	pending := []string{}
	for _, t := range todos {
		if !t.Done {
			pending = append(pending, t.Title)
		}
	}
	slices.Sort(pending)
	fmt.Println("pending sorted:", pending)

	byPriority := map[int][]string{}
	for _, t := range todos {
		byPriority[t.Priority] = append(byPriority[t.Priority], t.Title)
	}
	fmt.Println("by priority:", byPriority)

	summary := ""
	for i, t := range todos {
		mark := "[ ]"
		if t.Done {
			mark = "[x]"
		}
		summary += fmt.Sprintf("%d%s ", i, mark)
	}
	fmt.Println("summary:", strings.TrimSpace(summary))
	fmt.Println("next id would be", nextID)
}

func addTask(title string, priority int) {
	todos = append(todos, Task{ID: nextID, Title: title, Priority: priority})
	nextID++
}

func markDone(id int) bool {
	for i := range todos {
		if todos[i].ID == id {
			todos[i].Done = true
			return true
		}
	}
	return false
}

func findTask(id int) (Task, bool) {
	for _, t := range todos {
		if t.ID == id {
			return t, true
		}
	}
	return Task{}, false
}

func findTaskPtr(id int) (*Task, bool) {
	for i := range todos {
		if todos[i].ID == id {
			return &todos[i], true
		}
	}
	return nil, false
}
