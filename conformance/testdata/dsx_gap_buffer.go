package main

import (
	"errors"
	"fmt"
)

var ErrCursor = errors.New("cursor out of range")

// GapBuffer keeps text in a rune slice with a movable gap at the cursor,
// so insertions and deletions near the cursor are cheap.
type GapBuffer struct {
	buf      []rune
	gapStart int // cursor position
	gapEnd   int // first rune after the gap
	grows    int
}

func NewGapBuffer(capacity int) *GapBuffer {
	return &GapBuffer{buf: make([]rune, capacity), gapEnd: capacity}
}

func (g *GapBuffer) Len() int    { return len(g.buf) - (g.gapEnd - g.gapStart) }
func (g *GapBuffer) gapLen() int { return g.gapEnd - g.gapStart }

func (g *GapBuffer) grow(need int) {
	newCap := max(2*len(g.buf), len(g.buf)+need)
	nb := make([]rune, newCap)
	copy(nb, g.buf[:g.gapStart])
	tail := len(g.buf) - g.gapEnd
	copy(nb[newCap-tail:], g.buf[g.gapEnd:])
	g.buf, g.gapEnd = nb, newCap-tail
	g.grows++
}

// MoveTo shifts the gap so that the cursor sits before rune pos.
func (g *GapBuffer) MoveTo(pos int) error {
	if pos < 0 || pos > g.Len() {
		return fmt.Errorf("move to %d (len %d): %w", pos, g.Len(), ErrCursor)
	}
	for g.gapStart > pos {
		g.gapStart--
		g.gapEnd--
		g.buf[g.gapEnd] = g.buf[g.gapStart]
	}
	for g.gapStart < pos {
		g.buf[g.gapStart] = g.buf[g.gapEnd]
		g.gapStart++
		g.gapEnd++
	}
	return nil
}

func (g *GapBuffer) Insert(s string) {
	rs := []rune(s)
	if len(rs) > g.gapLen() {
		g.grow(len(rs))
	}
	copy(g.buf[g.gapStart:], rs)
	g.gapStart += len(rs)
}

// Backspace deletes up to n runes before the cursor and returns them.
func (g *GapBuffer) Backspace(n int) string {
	n = min(n, g.gapStart)
	g.gapStart -= n
	return string(g.buf[g.gapStart : g.gapStart+n])
}

// DeleteForward deletes up to n runes after the cursor.
func (g *GapBuffer) DeleteForward(n int) string {
	n = min(n, len(g.buf)-g.gapEnd)
	g.gapEnd += n
	return string(g.buf[g.gapEnd-n : g.gapEnd])
}

func (g *GapBuffer) Text() string {
	return string(g.buf[:g.gapStart]) + string(g.buf[g.gapEnd:])
}

func (g *GapBuffer) String() string {
	return fmt.Sprintf("%q|%q cap=%d gap=%d", string(g.buf[:g.gapStart]),
		string(g.buf[g.gapEnd:]), len(g.buf), g.gapLen())
}

func main() {
	g := NewGapBuffer(8)
	step := func(desc string) { fmt.Printf("%-18s %v\n", desc, g) }
	g.Insert("Hello")
	step("insert Hello")
	g.Insert(" world")
	step("insert ' world'")
	if err := g.MoveTo(5); err != nil {
		fmt.Println(err)
	}
	step("move to 5")
	g.Insert(",")
	step("insert ','")
	g.MoveTo(0)
	g.Insert(">> ")
	step("insert at start")
	g.MoveTo(g.Len())
	g.Insert("! ¡olé!")
	step("append")
	removed := g.Backspace(5)
	step(fmt.Sprintf("backspace %q", removed))
	g.MoveTo(3)
	removed = g.DeleteForward(7)
	step(fmt.Sprintf("del %q", removed))
	g.Insert("Goodbye, ")
	step("insert Goodbye")
	if err := g.MoveTo(99); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrCursor))
	}
	fmt.Println("backspace past start:", g.Backspace(100) == ">> Goodbye, ")
	fmt.Printf("final text %q len=%d grows=%d\n", g.Text(), g.Len(), g.grows)
}
