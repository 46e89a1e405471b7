package main

import "fmt"

// stream sends an already sorted slice over a channel.
func stream(vals []int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

// head holds the current smallest unconsumed value of one input.
type head struct {
	val  int
	ok   bool
	from <-chan int
}

// MergeSorted fans in k sorted streams into one sorted stream.
// It always forwards the smallest head, so output order is deterministic.
func MergeSorted(ins ...<-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		heads := make([]head, len(ins))
		for i, in := range ins {
			v, ok := <-in
			heads[i] = head{v, ok, in}
		}
		for {
			best := -1
			for i, h := range heads {
				if h.ok && (best < 0 || h.val < heads[best].val) {
					best = i
				}
			}
			if best < 0 {
				return
			}
			out <- heads[best].val
			v, ok := <-heads[best].from
			heads[best].val, heads[best].ok = v, ok
		}
	}()
	return out
}

func main() {
	inputs := map[string][]int{
		"A": {1, 4, 9, 16},
		"B": {2, 3, 5, 7, 11, 13},
		"C": {0, 8},
	}
	order := []string{"A", "B", "C"}

	fmt.Println("== Inputs (each already sorted) ==")
	var chans []<-chan int
	total := 0
	for _, name := range order {
		fmt.Printf("%s: %v\n", name, inputs[name])
		chans = append(chans, stream(inputs[name]))
		total += len(inputs[name])
	}

	fmt.Println()
	fmt.Println("== Fan-in with a k-way merge ==")
	var merged []int
	for v := range MergeSorted(chans...) {
		merged = append(merged, v)
	}
	fmt.Println("merged:", merged)

	sorted := true
	for i := 1; i < len(merged); i++ {
		if merged[i-1] > merged[i] {
			sorted = false
		}
	}
	fmt.Println("count matches:", len(merged) == total, "sorted:", sorted)
	fmt.Println("a plain select-based fan-in would interleave in scheduling order;")
	fmt.Println("comparing heads makes the merged order deterministic.")
}
