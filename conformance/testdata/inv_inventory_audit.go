package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"text/tabwriter"
)

type Count struct {
	Aisle  string
	SKU    string
	Book   int
	Counts []int // independent counts by staff
}

type Variance struct {
	SKU     string
	Aisle   string
	Book    int
	Counted int
	Diff    int
}

var ErrRecount = errors.New("counts disagree, recount needed")

type AuditError struct {
	SKU string
	Err error
}

func (e *AuditError) Error() string { return e.SKU + ": " + e.Err.Error() }
func (e *AuditError) Unwrap() error { return e.Err }

func audit(c Count) (Variance, error) {
	lo, hi := slices.Min(c.Counts), slices.Max(c.Counts)
	if hi-lo > 2 {
		return Variance{}, &AuditError{c.SKU, fmt.Errorf("%w (spread %d..%d)", ErrRecount, lo, hi)}
	}
	sorted := slices.Sorted(slices.Values(c.Counts))
	counted := sorted[len(sorted)/2]
	return Variance{c.SKU, c.Aisle, c.Book, counted, counted - c.Book}, nil
}

func main() {
	counts := []Count{
		{"A1", "CEREAL", 120, []int{118, 118, 119}},
		{"A1", "OATS", 45, []int{45, 45, 45}},
		{"A2", "RICE-5KG", 30, []int{24, 31, 30}},
		{"A2", "PASTA", 200, []int{203, 204, 203}},
		{"B1", "OIL-1L", 64, []int{60, 60, 61}},
		{"B1", "VINEGAR", 18, []int{18, 19, 18}},
		{"B2", "SUGAR", 75, []int{70, 80, 75}},
		{"B2", "FLOUR", 90, []int{90, 90, 90}},
	}

	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		results  []Variance
		problems []error
	)
	sem := make(chan struct{}, 3)
	for _, c := range counts {
		wg.Add(1)
		go func(c Count) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			v, err := audit(c)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				problems = append(problems, err)
				return
			}
			results = append(results, v)
		}(c)
	}
	wg.Wait()

	slices.SortFunc(results, func(a, b Variance) int {
		if a.Aisle != b.Aisle {
			if a.Aisle < b.Aisle {
				return -1
			}
			return 1
		}
		if a.SKU < b.SKU {
			return -1
		}
		return 1
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "aisle\tsku\tbook\tcounted\tdiff\t")
	net := 0
	for _, v := range results {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%+d\t\n", v.Aisle, v.SKU, v.Book, v.Counted, v.Diff)
		net += v.Diff
	}
	tw.Flush()
	fmt.Printf("net variance: %+d units over %d lines\n", net, len(results))

	slices.SortFunc(problems, func(a, b error) int {
		var x, y *AuditError
		errors.As(a, &x)
		errors.As(b, &y)
		if x.SKU < y.SKU {
			return -1
		}
		return 1
	})
	joined := errors.Join(problems...)
	fmt.Printf("recounts needed: %d, is ErrRecount: %t\n", len(problems), errors.Is(joined, ErrRecount))
	fmt.Println(joined)
}
