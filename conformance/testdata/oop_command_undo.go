package main

import (
	"fmt"
	"strings"
)

type Document struct {
	Text []rune
}

func (d *Document) String() string { return string(d.Text) }

// Command is an action that knows how to reverse itself.
type Command interface {
	Execute(d *Document)
	Undo(d *Document)
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Execute(d *Document) {
	rs := []rune(c.Text)
	d.Text = append(d.Text[:c.Pos], append(rs, d.Text[c.Pos:]...)...)
}

func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.Text = append(d.Text[:c.Pos], d.Text[c.Pos+n:]...)
}

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Execute(d *Document) {
	c.removed = append([]rune(nil), d.Text[c.Pos:c.Pos+c.N]...)
	d.Text = append(d.Text[:c.Pos], d.Text[c.Pos+c.N:]...)
}

func (c *Delete) Undo(d *Document) { Insert{c.Pos, string(c.removed)}.Execute(d) }

type Upper struct{ prev []rune }

func (c *Upper) Execute(d *Document) {
	c.prev = append([]rune(nil), d.Text...)
	d.Text = []rune(strings.ToUpper(string(d.Text)))
}
func (c *Upper) Undo(d *Document) { d.Text = c.prev }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = nil
	fmt.Printf("do   %-18T %q\n", c, e.doc.String())
}

// move pops a command from one stack, runs it, and pushes it on the other.
func (e *Editor) move(from, to *[]Command, label string, run func(Command, *Document)) bool {
	if len(*from) == 0 {
		return false
	}
	c := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	run(c, &e.doc)
	*to = append(*to, c)
	fmt.Printf("%-4s %-18T %q\n", label, c, e.doc.String())
	return true
}

func (e *Editor) Undo() bool { return e.move(&e.undo, &e.redo, "undo", Command.Undo) }
func (e *Editor) Redo() bool { return e.move(&e.redo, &e.undo, "redo", Command.Execute) }

func main() {
	var ed Editor
	ed.Do(Insert{0, "hello world"})
	ed.Do(Insert{5, ", café"})
	ed.Do(&Delete{Pos: 0, N: 7})
	ed.Do(&Upper{})
	ed.Undo()
	ed.Undo()
	ed.Redo()
	ed.Do(Insert{0, ">> "})
	fmt.Println("redo available:", ed.Redo())
	for ed.Undo() {
	}
	fmt.Printf("final %q, undo=%d redo=%d\n", &ed.doc, len(ed.undo), len(ed.redo))
	fmt.Printf("%+v\n", ed.redo[0])
}
