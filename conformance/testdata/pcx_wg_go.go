package main

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

type chunkInfo struct {
	index    int
	start    int
	sum      int64
	sumSq    int64
	checksum uint32
}

func buildData(n int) []int {
	data := make([]int, n)
	x := 7
	for i := range data {
		x = (x*1103515245 + 12345) % 2147483648
		data[i] = x % 1000
	}
	return data
}

func analyze(index, start int, part []int) chunkInfo {
	info := chunkInfo{index: index, start: start}
	var sb strings.Builder
	for _, v := range part {
		info.sum += int64(v)
		info.sumSq += int64(v) * int64(v)
		fmt.Fprintf(&sb, "%d,", v)
	}
	info.checksum = crc32.ChecksumIEEE([]byte(sb.String()))
	return info
}

func main() {
	data := buildData(10000)
	const chunks = 8
	size := (len(data) + chunks - 1) / chunks

	infos := make([]chunkInfo, chunks)
	var wg sync.WaitGroup
	for c := range chunks {
		start := c * size
		end := min(start+size, len(data))
		wg.Go(func() {
			infos[c] = analyze(c, start, data[start:end])
		})
	}
	wg.Wait()

	var total, totalSq int64
	for _, in := range infos {
		fmt.Printf("chunk %d @%5d: sum=%7d sumsq=%9d crc=%08x\n",
			in.index, in.start, in.sum, in.sumSq, in.checksum)
		total += in.sum
		totalSq += in.sumSq
	}
	n := float64(len(data))
	mean := float64(total) / n
	variance := float64(totalSq)/n - mean*mean
	fmt.Printf("total=%d mean=%.3f variance=%.3f\n", total, mean, variance)

	// wg.Go with a mutex-protected histogram.
	var (
		mu   sync.Mutex
		hist [10]int
	)
	var wg2 sync.WaitGroup
	for c := range chunks {
		part := data[c*size : min((c+1)*size, len(data))]
		wg2.Go(func() {
			var local [10]int
			for _, v := range part {
				local[v/100]++
			}
			mu.Lock()
			for i := range hist {
				hist[i] += local[i]
			}
			mu.Unlock()
		})
	}
	wg2.Wait()
	for i, h := range hist {
		fmt.Printf("[%3d,%3d) %4d %s\n", i*100, (i+1)*100, h, strings.Repeat("#", h/40))
	}
}
