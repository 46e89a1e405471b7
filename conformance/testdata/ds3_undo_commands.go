package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command interface {
	Do(doc *Document)
	Undo(doc *Document)
	String() string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Clear()   { s.items = s.items[:0] }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Document struct{ text []rune }

func (d *Document) String() string { return fmt.Sprintf("%q", string(d.text)) }
func (d *Document) Len() int       { return len(d.text) }

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Do(d *Document) {
	d.text = append(d.text[:c.Pos], append([]rune(c.Text), d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], d.text[c.Pos+len([]rune(c.Text)):]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Document) { Insert{c.Pos, string(c.removed)}.Do(d) }
func (c *Delete) String() string   { return fmt.Sprintf("delete %d at %d", c.N, c.Pos) }

type Upper struct{ inner Delete }

func (c *Upper) Do(d *Document) {
	c.inner.Do(d)
	Insert{c.inner.Pos, strings.ToUpper(string(c.inner.removed))}.Do(d)
}
func (c *Upper) Undo(d *Document) {
	Insert{c.inner.Pos, string(c.inner.removed)}.Undo(d)
	c.inner.Undo(d)
}
func (c *Upper) String() string { return fmt.Sprintf("upper %d at %d", c.inner.N, c.inner.Pos) }

type Editor struct {
	doc        Document
	undo, redo Stack[Command]
}

func (e *Editor) Run(c Command) error {
	if d, ok := c.(*Delete); ok && d.Pos+d.N > e.doc.Len() {
		return fmt.Errorf("%v: out of range (len %d)", c, e.doc.Len())
	}
	c.Do(&e.doc)
	e.undo.Push(c)
	e.redo.Clear()
	return nil
}

func (e *Editor) Undo() error {
	c, ok := e.undo.Pop()
	if !ok {
		return errors.New("nothing to undo")
	}
	c.Undo(&e.doc)
	e.redo.Push(c)
	return nil
}

func (e *Editor) Redo() error {
	c, ok := e.redo.Pop()
	if !ok {
		return errors.New("nothing to redo")
	}
	c.Do(&e.doc)
	e.undo.Push(c)
	return nil
}

func main() {
	var ed Editor
	steps := []func() error{
		func() error { return ed.Run(Insert{0, "hello world"}) },
		func() error { return ed.Run(Insert{5, ","}) },
		func() error { return ed.Run(&Upper{Delete{Pos: 7, N: 5}}) },
		func() error { return ed.Run(&Delete{Pos: 0, N: 99}) },
		func() error { return ed.Run(&Delete{Pos: 0, N: 6}) },
		ed.Undo, ed.Undo, ed.Redo, ed.Undo, ed.Undo, ed.Undo, ed.Undo, ed.Redo,
		func() error { return ed.Run(Insert{5, "!"}) },
		ed.Redo,
	}
	for i, step := range steps {
		err := step()
		fmt.Printf("%2d doc=%-18v undo=%d redo=%d", i, &ed.doc, ed.undo.Len(), ed.redo.Len())
		if err != nil {
			fmt.Printf(" err=%v", err)
		}
		fmt.Println()
	}
}
