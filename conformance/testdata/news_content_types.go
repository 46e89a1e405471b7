package main

import (
	"fmt"
	"strings"
	"time"
)

type Content interface {
	Title() string
}

type Article struct {
	Headline string
	Words    int
}

type Photo struct {
	Caption       string
	Width, Height int
}

type Video struct {
	Name   string
	Length time.Duration
}

type Poll struct {
	Question string
	Options  []string
}

func (a Article) Title() string { return a.Headline }
func (p Photo) Title() string   { return p.Caption }
func (v *Video) Title() string  { return v.Name }
func (p Poll) Title() string    { return p.Question }

type Summarizer interface {
	Summary() string
}

func (a Article) Summary() string {
	return fmt.Sprintf("%d-word article", a.Words)
}

func describe(c Content) string {
	switch v := c.(type) {
	case Article:
		return fmt.Sprintf("article, ~%d min read", (v.Words+199)/200)
	case Photo:
		orient := "landscape"
		if v.Height > v.Width {
			orient = "portrait"
		}
		return fmt.Sprintf("photo %dx%d (%s)", v.Width, v.Height, orient)
	case *Video:
		return fmt.Sprintf("video, runs %v", v.Length)
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("unsupported %T", v)
	}
}

func main() {
	page := []Content{
		Article{"Tunnel project back on track", 860},
		Photo{"Sunrise over the bay", 1600, 900},
		&Video{"Interview with the chef", 4*time.Minute + 30*time.Second},
		Photo{"Lighthouse keeper", 800, 1200},
		Poll{"Should the square be car-free?", []string{"yes", "no"}},
	}

	for i, c := range page {
		fmt.Printf("%d. %-32s %s\n", i+1, c.Title(), describe(c))
	}
	fmt.Println(describe(nil))

	fmt.Println("with summaries:")
	for _, c := range page {
		if s, ok := c.(Summarizer); ok {
			fmt.Println("  ", s.Summary())
		}
	}

	var total time.Duration
	photos := 0
	for _, c := range page {
		if v, ok := c.(*Video); ok {
			total += v.Length
		}
		if _, ok := c.(Photo); ok {
			photos++
		}
	}
	fmt.Println("video time:", total, "photos:", photos)

	var titles []string
	for _, c := range page {
		titles = append(titles, strings.ToUpper(c.Title()[:1]))
	}
	fmt.Println("initials:", strings.Join(titles, ""))
	fmt.Printf("%T %T\n", page[0], page[2])
}
