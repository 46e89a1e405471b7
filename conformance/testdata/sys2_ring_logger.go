package main

import (
	"fmt"
	"io"
	"log"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l]
}

type entry struct {
	seq  uint64
	tick int
	lvl  Level
	msg  string
}

// RingLogger keeps only the most recent entries in a fixed-size buffer.
type RingLogger struct {
	buf      []entry
	head     int // index of the oldest entry
	size     int
	seq      uint64
	tick     *int
	min      Level
	dropped  int
	filtered int
}

func NewRingLogger(capacity int, tick *int, min Level) *RingLogger {
	return &RingLogger{buf: make([]entry, capacity), tick: tick, min: min}
}

func (r *RingLogger) Log(lvl Level, format string, args ...any) {
	if lvl < r.min {
		r.filtered++
		return
	}
	r.seq++
	e := entry{r.seq, *r.tick, lvl, fmt.Sprintf(format, args...)}
	if r.size < len(r.buf) {
		r.buf[(r.head+r.size)%len(r.buf)] = e
		r.size++
		return
	}
	r.buf[r.head] = e // overwrite the oldest
	r.head = (r.head + 1) % len(r.buf)
	r.dropped++
}

// Write lets the ring act as an io.Writer sink; each line becomes an Info entry.
func (r *RingLogger) Write(p []byte) (int, error) {
	for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		r.Log(Info, "%s", line)
	}
	return len(p), nil
}

func (r *RingLogger) Entries() []entry {
	out := make([]entry, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func (r *RingLogger) Dump(w io.Writer) {
	fmt.Fprintf(w, "--- ring %d/%d, dropped=%d filtered=%d ---\n", r.size, len(r.buf), r.dropped, r.filtered)
	for _, e := range r.Entries() {
		fmt.Fprintf(w, "#%03d t=%04d %-5s %s\n", e.seq, e.tick, e.lvl, e.msg)
	}
}

func main() {
	tick := 0
	ring := NewRingLogger(6, &tick, Info)
	std := log.New(ring, "[net] ", log.Lmsgprefix)

	events := []struct {
		lvl Level
		msg string
	}{
		{Info, "boot complete"},
		{Debug, "probing devices"},
		{Info, "eth0 link up"},
		{Warn, "disk 78% full"},
		{Debug, "cache warm"},
		{Error, "write failed: sector 1042"},
	}
	for _, ev := range events {
		tick += 10
		ring.Log(ev.lvl, "%s", ev.msg)
	}
	var out strings.Builder
	ring.Dump(&out)
	fmt.Print(out.String())

	for i := range 5 {
		tick += 7
		std.Printf("packet %d routed via gw%d", 100+i, i%2)
	}
	tick++
	fmt.Fprintf(ring, "multi-line\nwrite via io.Writer\n")
	ring.Log(Warn, "retransmit queue at %d%%", 85)
	out.Reset()
	ring.Dump(&out)
	fmt.Print(out.String())

	counts := map[Level]int{}
	for _, e := range ring.Entries() {
		counts[e.lvl]++
	}
	var parts []string
	for l := Debug; l <= Error; l++ {
		parts = append(parts, fmt.Sprintf("%s=%d", l, counts[l]))
	}
	fmt.Println(strings.Join(parts, " "))
}
