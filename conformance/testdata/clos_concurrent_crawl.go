package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A fake web: page -> links.
var web = map[string][]string{
	"/":              {"/about", "/blog", "/shop"},
	"/about":         {"/", "/team"},
	"/blog":          {"/blog/go", "/blog/closures", "/about"},
	"/blog/go":       {"/blog/closures", "/broken"},
	"/blog/closures": {"/blog/go", "/"},
	"/shop":          {"/shop/cart", "/shop/item/1", "/shop/item/2"},
	"/shop/cart":     {"/shop"},
	"/shop/item/1":   {"/shop/cart"},
	"/shop/item/2":   {"/shop/cart", "/gone"},
	"/team":          {},
}

var ErrNotFound = errors.New("404 not found")

type fetchResult struct {
	url   string
	links []string
	err   error
}

func fetch(url string) ([]string, error) {
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", url, ErrNotFound)
	}
	return links, nil
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]int // url -> depth
	errs    []error
}

// visit reports whether url has not been seen before, marking it.
func (c *Crawler) visit(url string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, seen := c.visited[url]; seen {
		return false
	}
	c.visited[url] = depth
	return true
}

// Crawl processes the frontier level by level; each level fans out goroutines.
func (c *Crawler) Crawl(start string, maxDepth int) {
	frontier := []string{start}
	c.visit(start, 0)
	for depth := 0; depth < maxDepth && len(frontier) > 0; depth++ {
		results := make([]fetchResult, len(frontier))
		var wg sync.WaitGroup
		for i, url := range frontier {
			wg.Go(func() {
				links, err := fetch(url)
				results[i] = fetchResult{url, links, err}
			})
		}
		wg.Wait()

		var next []string
		for _, r := range results {
			if r.err != nil {
				c.errs = append(c.errs, r.err)
				continue
			}
			for _, l := range r.links {
				if c.visit(l, depth+1) {
					next = append(next, l)
				}
			}
		}
		fmt.Printf("depth %d: fetched %d, discovered %d new\n", depth, len(frontier), len(next))
		frontier = next
	}
}

func main() {
	for _, maxDepth := range []int{1, 2, 4} {
		c := &Crawler{visited: map[string]int{}}
		c.Crawl("/", maxDepth)
		urls := slices.Sorted(func(yield func(string) bool) {
			for u := range c.visited {
				if !yield(u) {
					return
				}
			}
		})
		fmt.Printf("maxDepth=%d visited %d pages\n", maxDepth, len(urls))
		if maxDepth == 4 {
			for _, u := range urls {
				fmt.Printf("  %s%s\n", strings.Repeat(".", c.visited[u]), u)
			}
		}
		for _, err := range c.errs {
			fmt.Printf("  error: %v (not found: %t)\n", err, errors.Is(err, ErrNotFound))
		}
	}
}
