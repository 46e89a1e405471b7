package main

import (
	"errors"
	"fmt"
	"strings"
)

type change struct {
	do, undo func()
}

type Editor struct {
	lines []string
	undo  []change
	redo  []change
}

var ErrNothing = errors.New("nothing to do")

// apply runs a change and records closures that reverse and replay it.
func (e *Editor) apply(do, undo func()) {
	do()
	e.undo = append(e.undo, change{do, undo})
	e.redo = nil // a fresh edit invalidates the redo history
}

func (e *Editor) Insert(at int, text string) {
	e.apply(func() {
		e.lines = append(e.lines[:at], append([]string{text}, e.lines[at:]...)...)
	}, func() {
		e.lines = append(e.lines[:at], e.lines[at+1:]...)
	})
}

func (e *Editor) Replace(at int, text string) {
	old := e.lines[at]
	e.apply(func() { e.lines[at] = text }, func() { e.lines[at] = old })
}

func (e *Editor) Delete(at int) {
	old := e.lines[at]
	e.apply(func() {
		e.lines = append(e.lines[:at], e.lines[at+1:]...)
	}, func() {
		e.lines = append(e.lines[:at], append([]string{old}, e.lines[at:]...)...)
	})
}

func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return fmt.Errorf("undo: %w", ErrNothing)
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.undo()
	e.redo = append(e.redo, c)
	return nil
}

func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return fmt.Errorf("redo: %w", ErrNothing)
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.do()
	e.undo = append(e.undo, c)
	return nil
}

func (e *Editor) String() string { return "[" + strings.Join(e.lines, " | ") + "]" }

func main() {
	ed := &Editor{}
	commands := []struct {
		name string
		run  func() error
	}{
		{"insert hello", func() error { ed.Insert(0, "hello"); return nil }},
		{"insert world", func() error { ed.Insert(1, "world"); return nil }},
		{"insert middle", func() error { ed.Insert(1, "there"); return nil }},
		{"replace 0", func() error { ed.Replace(0, "HELLO"); return nil }},
		{"delete 2", func() error { ed.Delete(2); return nil }},
		{"undo", ed.Undo},
		{"undo", ed.Undo},
		{"redo", ed.Redo},
		{"undo", ed.Undo},
		{"undo", ed.Undo},
		{"undo", ed.Undo},
		{"undo", ed.Undo},
		{"undo", ed.Undo},
		{"redo", ed.Redo},
		{"insert new", func() error { ed.Insert(1, "new"); return nil }},
		{"redo", ed.Redo},
	}

	failures := 0
	for i, c := range commands {
		if err := c.run(); err != nil {
			failures++
			fmt.Printf("%2d %-13s error: %v (nothing=%t)\n", i, c.name, err, errors.Is(err, ErrNothing))
			continue
		}
		fmt.Printf("%2d %-13s %v undo=%d redo=%d\n", i, c.name, ed, len(ed.undo), len(ed.redo))
	}
	fmt.Println("failed commands:", failures)
}
