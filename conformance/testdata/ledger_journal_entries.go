package main

import (
	"errors"
	"fmt"
	"strings"
)

type Side int

const (
	Dr Side = iota
	Cr
)

func (s Side) String() string {
	if s == Dr {
		return "Dr"
	}
	return "Cr"
}

type Line struct {
	Account string
	Side    Side
	Amount  int64
}

type Entry struct {
	ID    int
	Memo  string
	Lines []Line
}

// UnbalancedError describes an entry whose debits and credits differ.
type UnbalancedError struct {
	EntryID       int
	Debit, Credit int64
}

func (e *UnbalancedError) Error() string {
	return fmt.Sprintf("entry %d unbalanced: debits %d != credits %d", e.EntryID, e.Debit, e.Credit)
}

var ErrEmptyEntry = errors.New("entry has fewer than two lines")

func (e Entry) Validate() error {
	if len(e.Lines) < 2 {
		return fmt.Errorf("entry %d: %w", e.ID, ErrEmptyEntry)
	}
	var dr, cr int64
	for _, l := range e.Lines {
		if l.Side == Dr {
			dr += l.Amount
		} else {
			cr += l.Amount
		}
	}
	if dr != cr {
		return &UnbalancedError{EntryID: e.ID, Debit: dr, Credit: cr}
	}
	return nil
}

type Journal struct {
	entries  []Entry
	balances map[string]int64
}

func NewJournal() *Journal {
	return &Journal{balances: make(map[string]int64)}
}

func (j *Journal) Post(e Entry) error {
	if err := e.Validate(); err != nil {
		return fmt.Errorf("post rejected: %w", err)
	}
	for _, l := range e.Lines {
		if l.Side == Dr {
			j.balances[l.Account] += l.Amount
		} else {
			j.balances[l.Account] -= l.Amount
		}
	}
	j.entries = append(j.entries, e)
	return nil
}

func main() {
	j := NewJournal()
	entries := []Entry{
		{1, "Opening capital", []Line{{"Cash", Dr, 10000}, {"Capital", Cr, 10000}}},
		{2, "Buy supplies", []Line{{"Supplies", Dr, 1200}, {"Cash", Cr, 1200}}},
		{3, "Typo entry", []Line{{"Cash", Dr, 500}, {"Sales", Cr, 50}}},
		{4, "Lonely line", []Line{{"Cash", Dr, 1}}},
		{5, "Split sale", []Line{{"Cash", Dr, 3000}, {"Receivables", Dr, 2000}, {"Sales", Cr, 5000}}},
	}
	for _, e := range entries {
		err := j.Post(e)
		var ue *UnbalancedError
		switch {
		case err == nil:
			fmt.Printf("posted #%d %q\n", e.ID, e.Memo)
		case errors.As(err, &ue):
			fmt.Printf("rejected #%d: off by %d cents (%v)\n", e.ID, ue.Debit-ue.Credit, err)
		case errors.Is(err, ErrEmptyEntry):
			fmt.Printf("rejected #%d: %v\n", e.ID, err)
		}
	}

	fmt.Println(strings.Repeat("-", 30))
	for _, e := range j.entries {
		fmt.Printf("#%d %s\n", e.ID, e.Memo)
		for _, l := range e.Lines {
			fmt.Printf("    %v %-12s %6d\n", l.Side, l.Account, l.Amount)
		}
	}
	fmt.Println("accounts touched:", len(j.balances))
}
