package main

import (
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Title    string
	Author   string
	Subjects []string
}

// Index maps lower-case words to the positions of entries that contain them.
type Index map[string][]int

func tokenize(s string) []string {
	f := func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}
	return strings.FieldsFunc(strings.ToLower(s), f)
}

func buildIndex(entries []Entry) Index {
	idx := make(Index)
	for i, e := range entries {
		text := e.Title + " " + e.Author + " " + strings.Join(e.Subjects, " ")
		for _, w := range tokenize(text) {
			if list := idx[w]; len(list) == 0 || list[len(list)-1] != i {
				idx[w] = append(list, i)
			}
		}
	}
	return idx
}

// Search returns entries matching every word of the query.
func (idx Index) Search(query string) []int {
	var result []int
	for n, w := range tokenize(query) {
		hits := idx[w]
		if n == 0 {
			result = slices.Clone(hits)
			continue
		}
		result = slices.DeleteFunc(result, func(i int) bool {
			_, found := slices.BinarySearch(hits, i)
			return !found
		})
	}
	return result
}

func main() {
	catalog := []Entry{
		{"The Hobbit", "J. R. R. Tolkien", []string{"fantasy", "adventure"}},
		{"A Brief History of Time", "Stephen Hawking", []string{"science", "cosmology"}},
		{"The Silmarillion", "J. R. R. Tolkien", []string{"fantasy", "mythology"}},
		{"Cosmos", "Carl Sagan", []string{"science", "astronomy"}},
		{"History of the Peloponnesian War", "Thucydides", []string{"history", "war"}},
		{"The Art of War", "Sun Tzu", []string{"strategy", "war"}},
	}
	idx := buildIndex(catalog)

	queries := []string{"tolkien", "fantasy Tolkien", "history", "WAR", "science time", "dragons"}
	for _, q := range queries {
		hits := idx.Search(q)
		titles := make([]string, 0, len(hits))
		for _, i := range hits {
			titles = append(titles, catalog[i].Title)
		}
		slices.Sort(titles)
		fmt.Printf("%-16q -> %d hit(s) %v\n", q, len(titles), titles)
	}

	words := make([]string, 0, len(idx))
	for w := range idx {
		words = append(words, w)
	}
	slices.Sort(words)
	fmt.Println("index size:", len(words))
	fmt.Println("first words:", strings.Join(words[:6], ", "))
	fmt.Println("has 'cosmos':", slices.Contains(words, "cosmos"))
	fmt.Println("prefix 'hist':", strings.HasPrefix("history", "hist"))
}
