package main

import "fmt"

type Todo struct {
	ID   int
	Text string
	Done bool
}

type TodoList struct {
	todos  []Todo
	nextID int
}

func (l *TodoList) Add(text string) {
	l.nextID++
	l.todos = append(l.todos, Todo{ID: l.nextID, Text: text})
	fmt.Println("added:", text)
}

func (l *TodoList) Complete(id int) bool {
	for i := range l.todos {
		if l.todos[i].ID == id {
			l.todos[i].Done = true
			return true
		}
	}
	return false
}

func (l *TodoList) Remove(index int) {
	// remove by position (0 based)
	removed := l.todos[index]
	l.todos = append(l.todos[:index], l.todos[index+1:]...)
	fmt.Println("removed:", removed.Text)
}

func (l *TodoList) Show() {
	fmt.Println("--- my todos ---")
	if len(l.todos) == 0 {
		fmt.Println("(nothing to do!)")
	}
	for _, t := range l.todos {
		box := "[ ]"
		if t.Done {
			box = "[x]"
		}
		fmt.Printf("%s #%d %s\n", box, t.ID, t.Text)
	}
}

func (l *TodoList) Remaining() int {
	count := 0
	for _, t := range l.todos {
		if !t.Done {
			count++
		}
	}
	return count
}

func main() {
	list := TodoList{}
	list.Add("learn go syntax")
	list.Add("do homework 3")
	list.Add("buy groceries")
	list.Add("call mom")
	list.Show()

	list.Complete(1)
	list.Complete(4)
	if !list.Complete(99) {
		fmt.Println("no todo with id 99")
	}
	list.Show()
	fmt.Println("remaining:", list.Remaining())

	list.Remove(2)
	list.Show()

	// remove everything that is done (the beginner way)
	i := 0
	for i < len(list.todos) {
		if list.todos[i].Done {
			list.Remove(i)
		} else {
			i++
		}
	}
	list.Show()
	fmt.Println("remaining:", list.Remaining())

	// print the third todo again (oops, there is only one left now)
	third := list.todos[2]
	fmt.Println("third todo is:", third.Text)
}
