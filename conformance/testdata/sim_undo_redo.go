package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (v T, ok bool) {
	if n := len(s.items); n > 0 {
		v, s.items, ok = s.items[n-1], s.items[:n-1], true
	}
	return
}

type Command interface {
	Do(doc *strings.Builder) string
	Undo(doc *strings.Builder) string
}

type Insert struct{ Text string }

func (c Insert) Do(doc *strings.Builder) string {
	doc.WriteString(c.Text)
	return "insert " + fmt.Sprintf("%q", c.Text)
}

func (c Insert) Undo(doc *strings.Builder) string {
	s := doc.String()
	doc.Reset()
	doc.WriteString(s[:len(s)-len(c.Text)])
	return "remove " + fmt.Sprintf("%q", c.Text)
}

type DeleteLast struct {
	N       int
	removed string
}

func (c *DeleteLast) Do(doc *strings.Builder) string {
	s := doc.String()
	n := min(c.N, len(s))
	c.removed = s[len(s)-n:]
	doc.Reset()
	doc.WriteString(s[:len(s)-n])
	return fmt.Sprintf("delete %d", n)
}

func (c *DeleteLast) Undo(doc *strings.Builder) string {
	doc.WriteString(c.removed)
	return "restore " + fmt.Sprintf("%q", c.removed)
}

type Editor struct {
	doc        strings.Builder
	undo, redo Stack[Command]
}

func (e *Editor) Exec(c Command) {
	fmt.Printf("%-22s -> %q\n", c.Do(&e.doc), e.doc.String())
	e.undo.Push(c)
	e.redo = Stack[Command]{}
}

func (e *Editor) move(from, to *Stack[Command], label string, apply func(Command) string) {
	c, ok := from.Pop()
	if !ok {
		fmt.Println("nothing to", label)
		return
	}
	fmt.Printf("%s: %-16s -> %q\n", label, apply(c), e.doc.String())
	to.Push(c)
}

func (e *Editor) Undo() {
	e.move(&e.undo, &e.redo, "undo", func(c Command) string { return c.Undo(&e.doc) })
}

func (e *Editor) Redo() {
	e.move(&e.redo, &e.undo, "redo", func(c Command) string { return c.Do(&e.doc) })
}

func main() {
	var ed Editor
	ed.Exec(Insert{"Hello"})
	ed.Exec(Insert{", world"})
	ed.Exec(&DeleteLast{N: 5})
	ed.Exec(Insert{"Gophers!"})
	ed.Undo()
	ed.Undo()
	ed.Redo()
	ed.Exec(Insert{"!"})
	ed.Redo()
	for range 5 {
		ed.Undo()
	}
	fmt.Printf("final=%q undo=%d redo=%d\n", ed.doc.String(), len(ed.undo.items), len(ed.redo.items))
}
