package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Author struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

type Item struct {
	ID        int               `json:"id"`
	Title     string            `json:"title"`
	Authors   []Author          `json:"authors"`
	Tags      []string          `json:"tags,omitempty"`
	WordCount int               `json:"word_count"`
	Draft     bool              `json:"-"`
	Extra     map[string]string `json:"extra,omitempty"`
}

type Feed struct {
	Version string `json:"version"`
	Title   string `json:"title"`
	Items   []Item `json:"items"`
}

const incoming = `{
  "version": "1.1",
  "title": "Evening Edition",
  "items": [
    {"id": 7, "title": "Port expansion delayed", "authors": [{"name": "R. Osei"}], "word_count": 640, "tags": ["economy"]},
    {"id": 8, "title": "Library turns 100", "authors": [{"name": "L. Park", "email": "lpark@example.com"}, {"name": "J. Diaz"}], "word_count": 910},
    {"id": 9, "title": "Night market returns", "authors": [], "word_count": 380, "extra": {"photo": "market.jpg", "credit": "staff"}}
  ]
}`

func main() {
	var feed Feed
	if err := json.Unmarshal([]byte(incoming), &feed); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%s (v%s): %d items\n", feed.Title, feed.Version, len(feed.Items))
	words := 0
	for _, it := range feed.Items {
		names := make([]string, 0, len(it.Authors))
		for _, a := range it.Authors {
			names = append(names, a.Name)
		}
		if len(names) == 0 {
			names = append(names, "staff")
		}
		fmt.Printf("  #%d %-24s by %s\n", it.ID, it.Title, strings.Join(names, " & "))
		words += it.WordCount
	}
	fmt.Println("total words:", words)

	out := Feed{
		Version: "1.1",
		Title:   "Digest",
		Items: []Item{
			{ID: 1, Title: "Short & sweet <brief>", Authors: []Author{{Name: "Desk"}}, WordCount: 120, Draft: true},
			{ID: 2, Title: "Longread", Authors: nil, Tags: []string{"feature"}, WordCount: 4200,
				Extra: map[string]string{"z": "last", "a": "first"}},
		},
	}
	compact, _ := json.Marshal(out)
	fmt.Println(string(compact))
	pretty, _ := json.MarshalIndent(out.Items[1], "", "  ")
	fmt.Println(string(pretty))

	var generic map[string]any
	_ = json.Unmarshal(compact, &generic)
	items := generic["items"].([]any)
	first := items[0].(map[string]any)
	fmt.Printf("%T %v\n", first["word_count"], first["word_count"])
	fmt.Printf("%T %v\n", first["authors"], first["authors"])

	var bad Feed
	err := json.Unmarshal([]byte(`{"version": 2}`), &bad)
	fmt.Println("bad input:", err)
}
