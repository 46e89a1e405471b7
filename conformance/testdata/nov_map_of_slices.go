package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Genre  string
	Year   int
}

func main() {
	library := []Book{
		{"Dune", "Herbert", "scifi", 1965},
		{"Emma", "Austen", "romance", 1815},
		{"Neuromancer", "Gibson", "scifi", 1984},
		{"Dracula", "Stoker", "horror", 1897},
		{"Persuasion", "Austen", "romance", 1817},
		{"Foundation", "Asimov", "scifi", 1951},
		{"It", "King", "horror", 1986},
		{"Carrie", "King", "horror", 1974},
	}

	byGenre := map[string][]string{}
	byAuthor := make(map[string][]Book)
	for _, b := range library {
		byGenre[b.Genre] = append(byGenre[b.Genre], b.Title)
		byAuthor[b.Author] = append(byAuthor[b.Author], b)
	}

	genres := make([]string, 0, len(byGenre))
	for g := range byGenre {
		genres = append(genres, g)
	}
	sort.Strings(genres)
	for _, g := range genres {
		titles := byGenre[g]
		sort.Strings(titles)
		fmt.Printf("%-8s (%d): %s\n", g, len(titles), strings.Join(titles, ", "))
	}

	fmt.Println()
	authors := []string{}
	for a := range byAuthor {
		authors = append(authors, a)
	}
	sort.Strings(authors)
	for _, a := range authors {
		books := byAuthor[a]
		fmt.Print(a, ":")
		for _, bk := range books {
			fmt.Printf(" %s(%d)", bk.Title, bk.Year)
		}
		fmt.Println()
	}

	// authors with more than one book
	fmt.Println()
	for _, a := range authors {
		if len(byAuthor[a]) > 1 {
			fmt.Println(a, "wrote", len(byAuthor[a]), "books in the library")
		}
	}

	// books per century
	centuries := map[int][]string{}
	for _, b := range library {
		c := b.Year/100 + 1
		centuries[c] = append(centuries[c], b.Title)
	}
	var cs []int
	for c := range centuries {
		cs = append(cs, c)
	}
	sort.Ints(cs)
	for _, c := range cs {
		fmt.Printf("century %d: %v\n", c, centuries[c])
	}

	// missing key gives nil slice, which is fine to range over
	fantasy := byGenre["fantasy"]
	fmt.Println("fantasy books:", len(fantasy), fantasy == nil)
	for _, t := range fantasy {
		fmt.Println("never printed", t)
	}
}
