package main

import (
	"fmt"
	"strings"
)

type Byline struct {
	Author string
	Desk   string
}

func (b Byline) Credit() string {
	return fmt.Sprintf("By %s, %s desk", b.Author, b.Desk)
}

type Revisions struct {
	history []string
}

func (r *Revisions) Revise(note string) {
	r.history = append(r.history, note)
}

func (r *Revisions) Count() int { return len(r.history) }

type Article struct {
	Byline
	*Revisions
	Headline string
	Body     string
}

type Column struct {
	Article
	Series string
}

// Credit shadows the embedded Byline.Credit.
func (c Column) Credit() string {
	return fmt.Sprintf("%s | from the series %q", c.Article.Credit(), c.Series)
}

type Creditor interface {
	Credit() string
}

func NewArticle(author, desk, headline string) Article {
	return Article{
		Byline:    Byline{Author: author, Desk: desk},
		Revisions: &Revisions{},
		Headline:  headline,
	}
}

func main() {
	a := NewArticle("M. Tanaka", "Science", "Comet visible this week")
	a.Revise("first draft")
	a.Revise("fixed date of peak")
	fmt.Println(a.Headline)
	fmt.Println(a.Credit())
	fmt.Println("author via promotion:", a.Author)
	fmt.Println("revisions:", a.Count())

	c := Column{Article: NewArticle("P. Novak", "Opinion", "Why we still need print"), Series: "Ink"}
	c.Revise("tone down intro")
	fmt.Println(c.Credit())
	fmt.Println(c.Article.Byline.Credit())
	fmt.Println("column desk:", c.Desk, "revisions:", c.Count())

	copyOfA := a
	copyOfA.Revise("edited through copy")
	copyOfA.Author = "Someone Else"
	fmt.Println("original author:", a.Author, "revisions:", a.Count())
	fmt.Println("copy author:", copyOfA.Author, "revisions:", copyOfA.Count())

	things := []Creditor{a.Byline, a, c}
	for _, t := range things {
		fmt.Printf("%-16T %s\n", t, t.Credit())
	}

	fmt.Println("history:", strings.Join(a.history, "; "))
	fmt.Printf("%+v\n", c.Byline)
}
