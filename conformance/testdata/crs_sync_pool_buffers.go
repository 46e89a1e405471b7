// Lecture 13: reducing allocations with sync.Pool.
// The pool may or may not reuse objects, so we only print what the
// program computes, never how many objects were reused.
package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

type Record struct {
	ID    int
	Name  string
	Score float64
}

func encode(r Record) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	buf.WriteString("{id:")
	buf.WriteString(strconv.Itoa(r.ID))
	buf.WriteString(",name:")
	buf.WriteString(strconv.Quote(r.Name))
	buf.WriteString(",score:")
	buf.WriteString(strconv.FormatFloat(r.Score, 'f', 2, 64))
	buf.WriteByte('}')
	return buf.String() // String copies, so returning the buffer is safe
}

type slab struct{ data [64]int }

var slabPool = sync.Pool{New: func() any { return new(slab) }}

func sumSquares(n int) int {
	s := slabPool.Get().(*slab)
	defer slabPool.Put(s)
	for i := range s.data {
		s.data[i] = 0
	}
	total := 0
	for i := 0; i < n && i < len(s.data); i++ {
		s.data[i] = i * i
		total += s.data[i]
	}
	return total
}

func main() {
	names := []string{"Hoare", "Dijkstra", "Lamport", "Lynch", "Milner", "Pike"}
	out := make([]string, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = encode(Record{ID: i + 1, Name: n, Score: float64(len(n)) * 1.5})
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}

	var mu sync.Mutex
	sums := map[int]int{}
	for n := 1; n <= 64; n *= 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := sumSquares(n)
			mu.Lock()
			sums[n] = v
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]int, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("sum of squares below %2d = %6d\n", k, sums[k])
	}

	b := bufPool.Get().(*bytes.Buffer)
	fmt.Printf("pool gives %T\n", b)

	// Final validation pass: a negative score is a fatal input error.
	batch := []Record{{7, "Hopper", 8.25}, {8, "Turing", -1}, {9, "Knuth", 9}}
	for _, r := range batch {
		if err := validate(r); err != nil {
			fmt.Fprintln(os.Stderr, "fatal:", err)
			fmt.Println("aborting after", encode(batch[0]))
			os.Exit(3)
		}
		fmt.Println("valid:", encode(r))
	}
	fmt.Println("unreachable")
}

func validate(r Record) error {
	if r.Score < 0 {
		return fmt.Errorf("record %d (%s): negative score %.2f", r.ID, r.Name, r.Score)
	}
	return nil
}
