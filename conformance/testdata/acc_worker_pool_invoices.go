package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	InvoiceID int
	Lines     []int64 // cents
	TaxBps    int64
}

type Result struct {
	InvoiceID int
	Worker    int
	Net, Tax  int64
	Err       error
}

var ErrEmptyInvoice = errors.New("invoice has no lines")
var ErrNegative = errors.New("negative line amount")

func process(j Job) (net, tax int64, err error) {
	if len(j.Lines) == 0 {
		return 0, 0, ErrEmptyInvoice
	}
	for i, l := range j.Lines {
		if l < 0 {
			return 0, 0, fmt.Errorf("line %d: %w", i+1, ErrNegative)
		}
		net += l
	}
	return net, (net*j.TaxBps + 5000) / 10000, nil
}

func generate(n int) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			lines := make([]int64, i%4)
			for k := range lines {
				lines[k] = int64(i*1000 + k*257)
			}
			if i == 7 {
				lines[0] = -1
			}
			out <- Job{InvoiceID: 1000 + i, Lines: lines, TaxBps: 500 + int64(i%3)*125}
		}
	}()
	return out
}

func main() {
	jobs := generate(18)
	results := make(chan Result)
	var wg sync.WaitGroup
	const workers = 4
	var mu sync.Mutex
	perWorker := make(map[int]int)
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				net, tax, err := process(j)
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
				results <- Result{j.InvoiceID, id, net, tax, err}
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].InvoiceID < all[j].InvoiceID })

	var net, tax int64
	var errs []error
	for _, r := range all {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("invoice %d: %w", r.InvoiceID, r.Err))
			fmt.Printf("INV-%d  ERROR %v\n", r.InvoiceID, r.Err)
			continue
		}
		net += r.Net
		tax += r.Tax
		fmt.Printf("INV-%d  net %9.2f  tax %7.2f  gross %9.2f\n", r.InvoiceID,
			float64(r.Net)/100, float64(r.Tax)/100, float64(r.Net+r.Tax)/100)
	}
	fmt.Println(strings.Repeat("-", 50))
	fmt.Printf("processed %d invoices, %d ok, %d failed\n", len(all), len(all)-len(errs), len(errs))
	fmt.Printf("total net %.2f tax %.2f\n", float64(net)/100, float64(tax)/100)

	joined := errors.Join(errs...)
	fmt.Println("empty invoices present:", errors.Is(joined, ErrEmptyInvoice))
	fmt.Println("negative lines present:", errors.Is(joined, ErrNegative))

	handled := 0
	for w := 1; w <= workers; w++ {
		handled += perWorker[w]
	}
	fmt.Println("jobs handled across workers:", handled)

	// single-chain pipeline: deterministic order through unbuffered stages
	double := func(in <-chan int64) <-chan int64 {
		out := make(chan int64)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * 2
			}
		}()
		return out
	}
	src := make(chan int64)
	go func() {
		defer close(src)
		for _, v := range []int64{125, 250, 375} {
			src <- v
		}
	}()
	for v := range double(double(src)) {
		fmt.Print(v, " ")
	}
	fmt.Println("(quadrupled via pipeline)")
}
