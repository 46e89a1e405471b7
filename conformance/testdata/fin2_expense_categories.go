package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Receipt struct {
	Dept   string
	Vendor string
	Cents  int64
}

type Summary struct {
	Dept    string
	Total   int64
	Count   int
	Largest Receipt
}

var vendorCategory = map[string]string{
	"airline":  "travel",
	"hotel":    "travel",
	"cafe":     "meals",
	"officemx": "supplies",
	"cloudco":  "software",
}

func summarize(dept string, rs []Receipt) Summary {
	s := Summary{Dept: dept}
	for _, r := range rs {
		s.Total += r.Cents
		s.Count++
		if r.Cents > s.Largest.Cents {
			s.Largest = r
		}
	}
	return s
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	receipts := []Receipt{
		{"eng", "cloudco", 129900}, {"eng", "cafe", 2350}, {"sales", "airline", 48900},
		{"sales", "hotel", 31275}, {"sales", "cafe", 8840}, {"ops", "officemx", 15410},
		{"eng", "officemx", 4999}, {"ops", "taxi", 3600}, {"sales", "airline", 52150},
		{"eng", "cafe", 1875}, {"ops", "cloudco", 9900}, {"sales", "giftshop", 2500},
	}
	byDept := map[string][]Receipt{}
	for _, r := range receipts {
		byDept[r.Dept] = append(byDept[r.Dept], r)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)

	// Summarize each department concurrently; results land in fixed slots.
	summaries := make([]Summary, len(depts))
	var wg sync.WaitGroup
	for i, d := range depts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			summaries[i] = summarize(d, byDept[d])
		}()
	}
	wg.Wait()

	for _, s := range summaries {
		fmt.Printf("%-6s %2d receipts total %9s largest %s %s\n",
			s.Dept, s.Count, c(s.Total), s.Largest.Vendor, c(s.Largest.Cents))
	}

	var mu sync.Mutex
	byCat := map[string]int64{}
	var wg2 sync.WaitGroup
	for _, r := range receipts {
		wg2.Add(1)
		go func(r Receipt) {
			defer wg2.Done()
			cat, ok := vendorCategory[r.Vendor]
			if !ok {
				cat = "uncategorized"
			}
			mu.Lock()
			byCat[cat] += r.Cents
			mu.Unlock()
		}(r)
	}
	wg2.Wait()
	cats := make([]string, 0, len(byCat))
	for k := range byCat {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	var grand int64
	for _, k := range cats {
		grand += byCat[k]
	}
	for _, k := range cats {
		bar := strings.Repeat("#", int(byCat[k]*40/grand))
		fmt.Printf("%-14s %9s %s\n", k, c(byCat[k]), bar)
	}
	fmt.Println("grand total", c(grand))
}
