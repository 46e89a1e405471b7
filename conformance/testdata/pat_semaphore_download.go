package main

import (
	"errors"
	"fmt"
	"hash/crc32"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type File struct {
	Name string
	Size int
}

type Download struct {
	Name     string
	Bytes    int
	Checksum uint32
	Err      error
}

var ErrMissing = errors.New("remote file missing")

// Semaphore is a counting semaphore built on a buffered channel.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Stats struct {
	active, peak, chunks atomic.Int64
}

func (st *Stats) enter() {
	n := st.active.Add(1)
	for {
		p := st.peak.Load()
		if n <= p || st.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

// fetch simulates a download in 1 KiB chunks; no network, no sleeping.
func fetch(f File, st *Stats) Download {
	if f.Size < 0 {
		return Download{Name: f.Name, Err: fmt.Errorf("%s: %w", f.Name, ErrMissing)}
	}
	h := crc32.NewIEEE()
	chunk := make([]byte, 1024)
	got := 0
	for got < f.Size {
		n := min(len(chunk), f.Size-got)
		for i := range n {
			chunk[i] = f.Name[(got+i)%len(f.Name)]
		}
		h.Write(chunk[:n])
		got += n
		st.chunks.Add(1)
		runtime.Gosched() // let other downloads interleave
	}
	return Download{Name: f.Name, Bytes: got, Checksum: h.Sum32()}
}

func main() {
	files := []File{
		{"kernel.img", 9000}, {"readme.txt", 700}, {"data.csv", 4096},
		{"ghost.bin", -1}, {"video.mp4", 20000}, {"notes.md", 1500}, {"logo.png", 3000},
	}
	const limit = 3
	sem := make(Semaphore, limit)
	var st Stats
	all := make([]Download, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			st.enter()
			defer st.active.Add(-1)
			all[i] = fetch(f, &st)
		})
	}
	wg.Wait()
	slices.SortFunc(all, func(a, b Download) int { return strings.Compare(a.Name, b.Name) })
	total := 0
	for _, d := range all {
		if d.Err != nil {
			fmt.Printf("%-10s error: %v (missing=%t)\n", d.Name, d.Err, errors.Is(d.Err, ErrMissing))
			continue
		}
		total += d.Bytes
		fmt.Printf("%-10s %6d bytes crc=%08x\n", d.Name, d.Bytes, d.Checksum)
	}
	fmt.Printf("total=%d chunks=%d peak<=%d: %t\n", total, st.chunks.Load(), limit, st.peak.Load() <= limit)
}
