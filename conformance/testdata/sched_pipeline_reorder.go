package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Record struct {
	Seq   int
	PID   int
	Name  string
	CPUms int
	Err   error
}

type Scored struct {
	Record
	Share float64
	Class string
}

// source emits raw lines in order.
func source(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

// parse turns lines into records, numbering them so order can be restored later.
func parse(in <-chan string) <-chan Record {
	out := make(chan Record)
	go func() {
		defer close(out)
		seq := 0
		for line := range in {
			f := strings.Fields(line)
			r := Record{Seq: seq}
			seq++
			if len(f) != 3 {
				r.Err = fmt.Errorf("line %q: want 3 fields, got %d", line, len(f))
				out <- r
				continue
			}
			pid, err1 := strconv.Atoi(f[0])
			cpu, err2 := strconv.Atoi(f[2])
			if err1 != nil || err2 != nil {
				r.Err = fmt.Errorf("line %q: bad number", line)
			}
			r.PID, r.Name, r.CPUms = pid, f[1], cpu
			out <- r
		}
	}()
	return out
}

// classify fans out to several workers; results may arrive out of order.
func classify(in <-chan Record, workers, totalCPU int) <-chan Scored {
	out := make(chan Scored)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				s := Scored{Record: r}
				if r.Err == nil {
					s.Share = 100 * float64(r.CPUms) / float64(totalCPU)
					switch {
					case s.Share >= 25:
						s.Class = "cpu-bound"
					case s.Share >= 5:
						s.Class = "mixed"
					default:
						s.Class = "io-bound"
					}
				}
				out <- s
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// reorder buffers early arrivals and releases items strictly by sequence number.
func reorder(in <-chan Scored) <-chan Scored {
	out := make(chan Scored)
	go func() {
		defer close(out)
		pending := map[int]Scored{}
		next := 0
		for s := range in {
			pending[s.Seq] = s
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				out <- p
				next++
			}
		}
	}()
	return out
}

func main() {
	lines := []string{
		"101 postgres 4200", "102 nginx 350", "103 ffmpeg 9100", "104 sshd 12",
		"105 cron", "106 python 1800", "107 rsync x9", "108 java 2600",
	}
	const totalCPU = 18062

	fmt.Printf("%-3s %-5s %-10s %6s %7s %s\n", "seq", "pid", "name", "cpu", "share", "class")
	errs := 0
	for s := range reorder(classify(parse(source(lines)), 3, totalCPU)) {
		if s.Err != nil {
			errs++
			fmt.Printf("%-3d error: %v\n", s.Seq, s.Err)
			continue
		}
		fmt.Printf("%-3d %-5d %-10s %6d %6.2f%% %s\n", s.Seq, s.PID, s.Name, s.CPUms, s.Share, s.Class)
	}
	fmt.Printf("%d lines, %d errors\n", len(lines), errs)
}
