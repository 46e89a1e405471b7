package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Task struct {
	Name  string
	Level Level
}

func main() {
	m := map[Level]string{0: "zero", 2: "two"}
	fmt.Println(m)
	t := Task{"deploy", 2}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Println(map[string]Level{"a": 1})
	fmt.Println([]Task{{"x", 0}})
}
