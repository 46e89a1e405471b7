package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

var ErrNotFound = errors.New("404 not found")

// Web is a fake, in-memory link graph.
type Web map[string][]string

func (w Web) Fetch(url string) ([]string, error) {
	links, ok := w[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", url, ErrNotFound)
	}
	return links, nil
}

type Page struct {
	URL   string
	Depth int
	Links int
	Err   error
}

// Crawl visits pages level by level; each level is fetched in parallel.
func Crawl(w Web, start string, maxDepth int) []Page {
	seen := map[string]bool{start: true} // visited set, guarded by mu
	var pages []Page
	var mu sync.Mutex
	frontier := []string{start}
	for depth := 0; len(frontier) > 0 && depth <= maxDepth; depth++ {
		var next []string
		var wg sync.WaitGroup
		for _, url := range frontier {
			wg.Go(func() {
				links, err := w.Fetch(url)
				mu.Lock()
				defer mu.Unlock()
				pages = append(pages, Page{url, depth, len(links), err})
				for _, l := range links {
					if !seen[l] {
						seen[l] = true
						next = append(next, l)
					}
				}
			})
		}
		wg.Wait()
		frontier = next
	}
	slices.SortFunc(pages, func(a, b Page) int {
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), cmp.Compare(a.URL, b.URL))
	})
	return pages
}

func main() {
	web := Web{
		"/":           {"/about", "/blog", "/docs"},
		"/about":      {"/", "/team"},
		"/blog":       {"/blog/1", "/blog/2", "/about"},
		"/blog/1":     {"/blog/2", "/docs/api"},
		"/blog/2":     {"/blog/1", "/gone"},
		"/docs":       {"/docs/api", "/docs/guide"},
		"/docs/api":   {"/docs"},
		"/docs/deep":  {"/"},
		"/docs/guide": {"/docs/deep"},
		"/team":       {},
	}
	for _, limit := range []int{1, 10} {
		pages := Crawl(web, "/", limit)
		fmt.Printf("-- max depth %d: %d pages\n", limit, len(pages))
		broken := 0
		for _, p := range pages {
			if errors.Is(p.Err, ErrNotFound) {
				broken++
				fmt.Printf("  d%d %-11s %v\n", p.Depth, p.URL, p.Err)
				continue
			}
			fmt.Printf("  d%d %-11s links=%d\n", p.Depth, p.URL, p.Links)
		}
		fmt.Println("  broken:", broken)
	}
}
