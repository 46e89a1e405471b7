package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stage int

const (
	Backlog Stage = iota
	Todo
	Doing
	Review
	Done
)

var stageNames = [...]string{"Backlog", "Todo", "Doing", "Review", "Done"}

func (s Stage) String() string { return stageNames[s] }

var allowed = map[Stage][]Stage{
	Backlog: {Todo},
	Todo:    {Doing, Backlog},
	Doing:   {Review, Todo},
	Review:  {Done, Doing},
}

type TransitionError struct {
	Card     int
	From, To Stage
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("card #%d: cannot move %v -> %v", e.Card, e.From, e.To)
}

var ErrWIPLimit = errors.New("WIP limit reached")

type Card struct {
	ID    int
	Title string
	Stage Stage
	Log   []Stage
}

type Board struct {
	cards  []*Card
	limits map[Stage]int
	nextID int
}

func (b *Board) Add(title string) *Card {
	b.nextID++
	c := &Card{ID: b.nextID, Title: title, Log: []Stage{Backlog}}
	b.cards = append(b.cards, c)
	return c
}

func (b *Board) count(s Stage) (n int) {
	for _, c := range b.cards {
		if c.Stage == s {
			n++
		}
	}
	return
}

func (b *Board) Move(id int, to Stage) error {
	for _, c := range b.cards {
		if c.ID != id {
			continue
		}
		ok := false
		for _, s := range allowed[c.Stage] {
			ok = ok || s == to
		}
		if !ok {
			return TransitionError{id, c.Stage, to}
		}
		if lim, has := b.limits[to]; has && b.count(to) >= lim {
			return fmt.Errorf("move #%d to %v: %w (%d)", id, to, ErrWIPLimit, lim)
		}
		c.Stage = to
		c.Log = append(c.Log, to)
		return nil
	}
	return fmt.Errorf("card #%d does not exist", id)
}

func (b *Board) Print() {
	for s := Backlog; s <= Done; s++ {
		var titles []string
		for _, c := range b.cards {
			if c.Stage == s {
				titles = append(titles, fmt.Sprintf("#%d %s", c.ID, c.Title))
			}
		}
		fmt.Printf("%-8v| %s\n", s, strings.Join(titles, ", "))
	}
}

func main() {
	b := &Board{limits: map[Stage]int{Doing: 2}}
	for _, t := range []string{"login page", "db schema", "api docs", "ci pipeline"} {
		b.Add(t)
	}
	moves := []struct {
		id int
		to Stage
	}{{1, Todo}, {1, Doing}, {2, Todo}, {2, Doing}, {3, Todo}, {3, Doing}, {4, Done}, {1, Review}, {3, Doing}, {1, Done}, {9, Todo}, {2, Backlog}}
	for _, m := range moves {
		err := b.Move(m.id, m.to)
		var te TransitionError
		switch {
		case err == nil:
			fmt.Printf("ok    #%d -> %v\n", m.id, m.to)
		case errors.As(err, &te):
			fmt.Printf("deny  %v (from=%d)\n", err, te.From)
		case errors.Is(err, ErrWIPLimit):
			fmt.Printf("limit %v\n", err)
		default:
			fmt.Printf("error %v\n", err)
		}
	}
	b.Print()
	for _, c := range b.cards {
		fmt.Printf("#%d history %v\n", c.ID, c.Log)
	}
}
