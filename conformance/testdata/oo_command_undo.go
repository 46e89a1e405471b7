package main

import (
	"fmt"
	"strings"
)

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

// Command encapsulates an edit that can be undone.
type Command interface {
	Execute(d *Document)
	Undo(d *Document)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Execute(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

// Delete remembers what it removed, so it needs a pointer receiver.
type Delete struct {
	Pos, Len int
	removed  []rune
}

func (c *Delete) Execute(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.Len]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.Len:]...)
}
func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(append([]rune(nil), c.removed...), d.text[c.Pos:]...)...)
}
func (c *Delete) String() string { return fmt.Sprintf("delete %d at %d", c.Len, c.Pos) }

// Macro is a command composed of other commands.
type Macro struct {
	Name  string
	Steps []Command
}

func (m Macro) Execute(d *Document) {
	for _, s := range m.Steps {
		s.Execute(d)
	}
}
func (m Macro) Undo(d *Document) {
	for i := len(m.Steps) - 1; i >= 0; i-- {
		m.Steps[i].Undo(d)
	}
}
func (m Macro) String() string { return "macro " + m.Name }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = nil
	fmt.Printf("%-26s -> %q\n", c, e.doc.String())
}

func (e *Editor) Undo() {
	if len(e.undo) == 0 {
		fmt.Println("nothing to undo")
		return
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	fmt.Printf("%-26s -> %q\n", "undo "+c.String(), e.doc.String())
}

func (e *Editor) Redo() {
	if len(e.redo) == 0 {
		fmt.Println("nothing to redo")
		return
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	fmt.Printf("%-26s -> %q\n", "redo "+c.String(), e.doc.String())
}

func main() {
	ed := &Editor{}
	ed.Do(Insert{0, "hello world"})
	ed.Do(Insert{5, ","})
	ed.Do(&Delete{Pos: 6, Len: 6})
	ed.Do(Insert{6, " gophers"})
	ed.Undo()
	ed.Undo()
	ed.Redo()
	ed.Do(Macro{"greet", []Command{&Delete{Pos: 0, Len: 5}, Insert{0, "héllo"}, Insert{0, "¡"}}})
	ed.Undo()
	ed.Redo()
	ed.Redo()
	for range 5 {
		ed.Undo()
	}
	fmt.Println("history sizes:", len(ed.undo), len(ed.redo))
	names := make([]string, len(ed.redo))
	for i, c := range ed.redo {
		names[i] = c.String()
	}
	fmt.Println("redo stack:", strings.Join(names, " | "))
}
