package main

import (
	"fmt"
	"strings"
)

type Document struct{ text string }

type Command interface {
	Execute(d *Document)
	Undo(d *Document)
	fmt.Stringer
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Execute(d *Document) { d.text = d.text[:c.Pos] + c.Text + d.text[c.Pos:] }
func (c *Insert) Undo(d *Document)    { d.text = d.text[:c.Pos] + d.text[c.Pos+len(c.Text):] }
func (c *Insert) String() string      { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	removed string
}

func (c *Delete) Execute(d *Document) {
	c.removed = d.text[c.Pos : c.Pos+c.N]
	d.text = d.text[:c.Pos] + d.text[c.Pos+c.N:]
}
func (c *Delete) Undo(d *Document) { d.text = d.text[:c.Pos] + c.removed + d.text[c.Pos:] }
func (c *Delete) String() string   { return fmt.Sprintf("delete %d at %d", c.N, c.Pos) }

type Upper struct{ before string }

func (c *Upper) Execute(d *Document) { c.before = d.text; d.text = strings.ToUpper(d.text) }
func (c *Upper) Undo(d *Document)    { d.text = c.before }
func (c *Upper) String() string      { return "uppercase all" }

// Macro is a composite command.
type Macro []Command

func (m Macro) Execute(d *Document) {
	for _, c := range m {
		c.Execute(d)
	}
}
func (m Macro) Undo(d *Document) {
	for i := len(m) - 1; i >= 0; i-- {
		m[i].Undo(d)
	}
}
func (m Macro) String() string { return fmt.Sprintf("macro of %d", len(m)) }

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = nil
	e.show("do   " + c.String())
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
	e.show("undo " + c.String())
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
	e.show("redo " + c.String())
}

func (e *Editor) show(what string) {
	fmt.Printf("%-28s | %-22q | undo=%d redo=%d\n", what, e.doc.text, len(e.undo), len(e.redo))
}

func main() {
	ed := &Editor{}
	ed.Do(&Insert{0, "hello"})
	ed.Do(&Insert{5, " world"})
	ed.Do(&Delete{Pos: 0, N: 1})
	ed.Do(&Insert{0, "J"})
	ed.Undo()
	ed.Undo()
	ed.Redo()
	ed.Do(&Upper{})
	ed.Redo()
	ed.Undo()
	ed.Do(Macro{&Insert{0, ">> "}, &Insert{13, "!"}, &Upper{}})
	ed.Undo()
	ed.Redo()
	for len(ed.undo) > 0 {
		ed.Undo()
	}
	ed.Undo()
}
