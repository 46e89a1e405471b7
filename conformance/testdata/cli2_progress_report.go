package main

import (
	"fmt"
	"strings"
)

type Progress struct {
	label   string
	total   int
	done    int
	width   int
	lastPct int
	lines   []string
}

func NewProgress(label string, total, width int) *Progress {
	return &Progress{label: label, total: total, width: width, lastPct: -1}
}

func (p *Progress) Advance(n int) {
	p.done += n
	if p.done > p.total {
		p.done = p.total
	}
	pct := 0
	if p.total > 0 {
		pct = p.done * 100 / p.total
	}
	// only report every 10% step, like a quiet terminal reporter
	if pct/10 == p.lastPct/10 && pct != 100 {
		return
	}
	if pct == p.lastPct {
		return
	}
	p.lastPct = pct
	filled := pct * p.width / 100
	bar := strings.Repeat("#", filled) + strings.Repeat(".", p.width-filled)
	p.lines = append(p.lines, fmt.Sprintf("%-8s [%s] %3d%% (%d/%d)", p.label, bar, pct, p.done, p.total))
}

func (p *Progress) Finished() bool { return p.done >= p.total }

type job struct {
	name   string
	chunks []int
}

func humanBytes(n int) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := unit, 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGT"[exp])
}

func main() {
	jobs := []job{
		{"fetch", []int{4096, 8192, 8192, 16384, 16384, 12288}},
		{"unpack", []int{1, 1, 1, 1, 1, 1, 1}},
		{"verify", []int{3000000, 2000000, 500000}},
	}
	for _, j := range jobs {
		total := 0
		for _, c := range j.chunks {
			total += c
		}
		p := NewProgress(j.name, total, 20)
		for _, c := range j.chunks {
			p.Advance(c)
		}
		for _, l := range p.lines {
			fmt.Println(l)
		}
		fmt.Printf("%s: done=%v size=%s steps=%d\n\n", j.name, p.Finished(), humanBytes(total), len(p.lines))
	}
	empty := NewProgress("noop", 0, 10)
	empty.Advance(0)
	fmt.Printf("noop: done=%v, %d lines reported\n", empty.Finished(), len(empty.lines))
}
