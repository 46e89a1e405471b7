package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Book struct {
	Title    string
	Author   string
	Year     int
	Pages    int
	Borrowed int
	Genre    string
}

func printTable(books []Book) {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	defer w.Flush()
	fmt.Fprintln(w, "Title\tAuthor\tYear\tPages\tLoans")
	fmt.Fprintln(w, "-----\t------\t----\t-----\t-----")
	for _, b := range books {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\n", b.Title, b.Author, b.Year, b.Pages, b.Borrowed)
	}
}

func main() {
	books := []Book{
		{"Dune", "Herbert", 1965, 412, 31, "sci-fi"},
		{"Emma", "Austen", 1815, 474, 12, "classic"},
		{"Neuromancer", "Gibson", 1984, 271, 19, "sci-fi"},
		{"Middlemarch", "Eliot", 1871, 880, 4, "classic"},
		{"The Hobbit", "Tolkien", 1937, 310, 44, "fantasy"},
		{"Hyperion", "Simmons", 1989, 482, 19, "sci-fi"},
		{"Earthsea", "Le Guin", 1968, 183, 27, "fantasy"},
	}

	slices.SortFunc(books, func(a, b Book) int {
		return cmp.Or(
			cmp.Compare(b.Borrowed, a.Borrowed),
			strings.Compare(a.Title, b.Title),
		)
	})
	fmt.Println("== most borrowed ==")
	printTable(books)

	type summary struct {
		count, pages, loans int
	}
	byGenre := map[string]*summary{}
	for _, b := range books {
		s, ok := byGenre[b.Genre]
		if !ok {
			s = &summary{}
			byGenre[b.Genre] = s
		}
		s.count++
		s.pages += b.Pages
		s.loans += b.Borrowed
	}
	genres := make([]string, 0, len(byGenre))
	for g := range byGenre {
		genres = append(genres, g)
	}
	slices.Sort(genres)

	fmt.Println("\n== by genre ==")
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.AlignRight)
	for _, g := range genres {
		s := byGenre[g]
		fmt.Fprintf(w, "%s\t%d books\t%.1f avg pages\t%d loans\t\n", g, s.count, float64(s.pages)/float64(s.count), s.loans)
	}
	w.Flush()

	oldest := slices.MinFunc(books, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	longest := slices.MaxFunc(books, func(a, b Book) int { return cmp.Compare(a.Pages, b.Pages) })
	fmt.Printf("\noldest: %+v\nlongest: %s (%d pages)\n", oldest, longest.Title, longest.Pages)

	idx, found := slices.BinarySearchFunc(books, 19, func(b Book, loans int) int {
		return cmp.Compare(loans, b.Borrowed)
	})
	fmt.Printf("first book with 19 loans at index %d (found=%t): %s\n", idx, found, books[idx].Title)
}
