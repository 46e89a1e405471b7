// A tiny "crawler" over an in-memory site map. Crawl starts goroutines
// from inside a method loop; visited pages are guarded by a mutex.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var site = map[string][]string{
	"/":             {"/about", "/blog", "/shop"},
	"/about":        {"/", "/team", "/contact"},
	"/blog":         {"/blog/locks", "/blog/chans", "/"},
	"/blog/locks":   {"/blog/chans", "/blog/atomics"},
	"/blog/chans":   {"/blog/locks", "/blog/select"},
	"/blog/atomics": {"/blog"},
	"/blog/select":  {"/missing"},
	"/shop":         {"/shop/cart", "/shop/items"},
	"/shop/cart":    {"/shop", "/checkout"},
	"/shop/items":   {"/shop/cart"},
	"/team":         {"/about"},
	"/contact":      {},
	"/checkout":     {"/"},
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]int // page -> depth found at
	broken  []string
	wg      sync.WaitGroup
}

func (c *Crawler) claim(page string, depth int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.visited[page]; ok {
		return false
	}
	c.visited[page] = depth
	return true
}

func (c *Crawler) Crawl(page string, depth, maxDepth int) {
	defer c.wg.Done()
	links, ok := site[page]
	if !ok {
		c.mu.Lock()
		c.broken = append(c.broken, page)
		c.mu.Unlock()
		return
	}
	if depth >= maxDepth {
		return
	}
	for _, link := range links {
		if c.claim(link, depth+1) {
			c.wg.Add(1)
			go c.Crawl(link, depth+1, maxDepth)
		}
	}
}

func (c *Crawler) Start(root string, maxDepth int) {
	c.visited = map[string]int{root: 0}
	c.broken = nil
	c.wg.Add(1)
	go c.Crawl(root, 0, maxDepth)
	c.wg.Wait()
}

func main() {
	for _, maxDepth := range []int{1, 2, 10} {
		c := &Crawler{}
		c.Start("/", maxDepth)
		pages := make([]string, 0, len(c.visited))
		for p := range c.visited {
			pages = append(pages, p)
		}
		sort.Strings(pages)
		fmt.Printf("max depth %d: %d pages\n", maxDepth, len(pages))
		if maxDepth == 10 {
			for _, p := range pages {
				fmt.Printf("  %-14s %s\n", p, strings.Repeat("*", 1+c.visited[p]))
			}
			sort.Strings(c.broken)
			fmt.Println("  broken links:", c.broken)
		}
	}
}
