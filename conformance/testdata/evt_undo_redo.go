// A text editor buffer with an undo/redo command stack.
package main

import (
	"fmt"
	"strings"
)

type Buffer struct {
	text []rune
}

func (b *Buffer) String() string { return string(b.text) }

type Command interface {
	Do(b *Buffer)
	Undo(b *Buffer)
	Name() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(b *Buffer) {
	r := []rune(c.Text)
	b.text = append(b.text[:c.Pos], append(r, b.text[c.Pos:]...)...)
}
func (c *Insert) Undo(b *Buffer) {
	n := len([]rune(c.Text))
	b.text = append(b.text[:c.Pos], b.text[c.Pos+n:]...)
}
func (c *Insert) Name() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Do(b *Buffer) {
	c.removed = append([]rune(nil), b.text[c.Pos:c.Pos+c.N]...)
	b.text = append(b.text[:c.Pos], b.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(b *Buffer) {
	b.text = append(b.text[:c.Pos], append(append([]rune(nil), c.removed...), b.text[c.Pos:]...)...)
}
func (c *Delete) Name() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type Upper struct {
	prev []rune
}

func (c *Upper) Do(b *Buffer) {
	c.prev = append([]rune(nil), b.text...)
	b.text = []rune(strings.ToUpper(string(b.text)))
}
func (c *Upper) Undo(b *Buffer) { b.text = c.prev }
func (c *Upper) Name() string   { return "upper" }

type Editor struct {
	Buffer
	undo, redo []Command
}

func (e *Editor) Exec(c Command) {
	c.Do(&e.Buffer)
	e.undo = append(e.undo, c)
	e.redo = nil
	e.show("exec " + c.Name())
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		e.show("undo: nothing")
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.Buffer)
	e.redo = append(e.redo, c)
	e.show("undo " + c.Name())
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		e.show("redo: nothing")
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.Buffer)
	e.undo = append(e.undo, c)
	e.show("redo " + c.Name())
	return true
}

func (e *Editor) show(what string) {
	fmt.Printf("%-26s |%s| undo=%d redo=%d\n", what, e.String(), len(e.undo), len(e.redo))
}

func main() {
	e := &Editor{}
	e.Exec(&Insert{0, "hello"})
	e.Exec(&Insert{5, " world"})
	e.Exec(&Delete{Pos: 0, N: 1})
	e.Exec(&Insert{0, "J"})
	e.Exec(&Upper{})
	e.Undo()
	e.Undo()
	e.Redo()
	e.Exec(&Insert{6, "big "})
	e.Redo()
	for e.Undo() {
	}
	for i := 0; i < 3; i++ {
		e.Redo()
	}
	e.Exec(&Delete{Pos: 4, N: 6})
	fmt.Println("final:", e.String())
}
