package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Page struct {
	Title string
	Links []string
}

var web = map[string]Page{
	"/":                 {"Home", []string{"/courses", "/about", "/news"}},
	"/courses":          {"Courses", []string{"/courses/hpc", "/courses/os", "/"}},
	"/courses/hpc":      {"HPC", []string{"/courses/hpc/mpi", "/courses/hpc/cuda", "/courses"}},
	"/courses/hpc/mpi":  {"MPI", []string{"/courses/hpc", "/missing"}},
	"/courses/hpc/cuda": {"CUDA", nil},
	"/courses/os":       {"OS", []string{"/courses/os/sched"}},
	"/about":            {"About", []string{"/", "/news"}},
	"/news":             {"News", []string{"/news/2025"}},
}

var ErrNotFound = errors.New("404 not found")

func fetch(ctx context.Context, url string) (Page, error) {
	if err := ctx.Err(); err != nil {
		return Page{}, err
	}
	if p, ok := web[url]; ok {
		return p, nil
	}
	return Page{}, fmt.Errorf("fetch %s: %w", url, ErrNotFound)
}

type result struct {
	url   string
	level int
	page  Page
	err   error
}

// Crawl fetches one BFS level at a time, concurrently within a level (bounded by sem).
func Crawl(ctx context.Context, root string, maxDepth, parallel int) []result {
	seen := map[string]bool{root: true}
	frontier := []string{root}
	sem := make(chan struct{}, parallel)
	var all []result
	for level := 0; level <= maxDepth && len(frontier) > 0; level++ {
		results := make(chan result, len(frontier))
		var wg sync.WaitGroup
		for _, url := range frontier {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				p, err := fetch(ctx, url)
				results <- result{url, level, p, err}
			})
		}
		wg.Wait()
		close(results)
		batch := slices.SortedFunc(func(yield func(result) bool) {
			for r := range results {
				yield(r)
			}
		}, func(a, b result) int { return strings.Compare(a.url, b.url) })
		frontier = nil
		for _, r := range batch {
			for _, l := range r.page.Links {
				if !seen[l] {
					seen[l] = true
					frontier = append(frontier, l)
				}
			}
		}
		all = append(all, batch...)
	}
	return all
}

func main() {
	for _, depth := range []int{1, 3} {
		fmt.Printf("== max depth %d ==\n", depth)
		for _, r := range Crawl(context.Background(), "/", depth, 3) {
			if r.err != nil {
				fmt.Printf("  [%d] %-18s ERROR %v (404=%t)\n", r.level, r.url, r.err, errors.Is(r.err, ErrNotFound))
				continue
			}
			fmt.Printf("  [%d] %-18s %-10q links=%d\n", r.level, r.url, r.page.Title, len(r.page.Links))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := Crawl(ctx, "/", 2, 2)
	fmt.Println("cancelled crawl:", len(res), "result(s), err =", res[0].err, errors.Is(res[0].err, context.Canceled))
}
