package main

import "fmt"

type Expense struct {
	ID       int
	Amount   int
	Category string
}

type Handler interface {
	SetNext(h Handler) Handler
	Handle(e Expense) string
}

// base provides the link to the next handler; concrete handlers embed it.
type base struct{ next Handler }

func (b *base) SetNext(h Handler) Handler { b.next = h; return h }
func (b *base) pass(e Expense) string {
	if b.next == nil {
		return "rejected: nobody can approve"
	}
	return b.next.Handle(e)
}

type Validator struct{ base }

func (v *Validator) Handle(e Expense) string {
	if e.Amount <= 0 {
		return fmt.Sprintf("invalid amount %d", e.Amount)
	}
	if e.Category == "" {
		return "invalid: missing category"
	}
	return v.pass(e)
}

type Approver struct {
	base
	title string
	limit int
	count int
}

func NewApprover(title string, limit int) *Approver {
	return &Approver{title: title, limit: limit}
}

func (a *Approver) Handle(e Expense) string {
	if e.Amount <= a.limit {
		a.count++
		return "approved by " + a.title
	}
	return a.pass(e)
}

type CategoryBlock struct {
	base
	blocked map[string]bool
}

func (c *CategoryBlock) Handle(e Expense) string {
	if c.blocked[e.Category] {
		return "blocked category " + e.Category
	}
	return c.pass(e)
}

func main() {
	lead := NewApprover("team lead", 1000)
	manager := NewApprover("manager", 5000)
	director := NewApprover("director", 20000)

	chain := &Validator{}
	chain.SetNext(&CategoryBlock{blocked: map[string]bool{"gambling": true}}).
		SetNext(lead).
		SetNext(manager).
		SetNext(director)

	expenses := []Expense{
		{1, 250, "travel"},
		{2, 4200, "hardware"},
		{3, 0, "travel"},
		{4, 18000, "conference"},
		{5, 50, "gambling"},
		{6, 75000, "office"},
		{7, 999, ""},
		{8, 1000, "books"},
	}
	for _, e := range expenses {
		fmt.Printf("expense %d (%-10s %6d): %s\n", e.ID, e.Category, e.Amount, chain.Handle(e))
	}
	for _, a := range []*Approver{lead, manager, director} {
		fmt.Printf("%-9s approved %d\n", a.title, a.count)
	}

	// A shorter chain that skips the validator and category check.
	lead.SetNext(nil)
	fmt.Println("lead only:", lead.Handle(Expense{9, 3000, "misc"}))
	var h Handler = director
	if a, ok := h.(*Approver); ok {
		fmt.Printf("%T limit=%d next=%v\n", a, a.limit, a.next)
	}
}
