package main

import (
	"fmt"
	"strings"
)

type Audit struct {
	log []string
}

func (a *Audit) Record(format string, args ...any) {
	a.log = append(a.log, fmt.Sprintf(format, args...))
}

func (a *Audit) History() string { return strings.Join(a.log, "; ") }

type Base struct {
	ID       int
	Title    string
	Assignee string
	Audit
}

func (b *Base) Assign(who string) {
	b.Record("assigned %s -> %s", b.Assignee, who)
	b.Assignee = who
}

func (b Base) Summary() string {
	return fmt.Sprintf("#%d %s (%s)", b.ID, b.Title, b.Assignee)
}

type Bug struct {
	Base
	Severity int
	Steps    []string
}

// Summary shadows Base.Summary but still reuses it.
func (b Bug) Summary() string {
	return fmt.Sprintf("BUG %s sev=%d steps=%d", b.Base.Summary(), b.Severity, len(b.Steps))
}

type Feature struct {
	Base
	Votes int
}

func (f *Feature) Upvote() {
	f.Votes++
	f.Record("vote %d", f.Votes)
}

type Summarizer interface {
	Summary() string
}

func main() {
	bug := &Bug{
		Base:     Base{ID: 11, Title: "Seat double-booked", Assignee: "nobody"},
		Severity: 3,
		Steps:    []string{"open map", "select A4", "pay twice"},
	}
	feat := &Feature{Base: Base{ID: 12, Title: "Wishlist for events", Assignee: "nobody"}}

	bug.Assign("rita")
	bug.Assign("sam")
	feat.Assign("tom")
	for range 3 {
		feat.Upvote()
	}

	items := []Summarizer{bug, feat, bug.Base}
	for _, s := range items {
		fmt.Printf("%-10T %s\n", s, s.Summary())
	}

	fmt.Println("bug id via promotion:", bug.ID, "==", bug.Base.ID)
	fmt.Println("bug history:", bug.History())
	fmt.Println("feature history:", feat.History())
	fmt.Println("feature votes:", feat.Votes)
}
