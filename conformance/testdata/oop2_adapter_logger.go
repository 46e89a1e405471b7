package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Logger is the interface our application code expects.
type Logger interface {
	Info(msg string)
	Error(msg string)
}

// LegacyLogger is an old API we cannot change.
type LegacyLogger struct{ entries []string }

func (l *LegacyLogger) WriteEntry(level int, category, text string) {
	l.entries = append(l.entries, fmt.Sprintf("L%d|%s|%s", level, category, text))
}

// StructuredSink is a third-party API taking key/value fields.
type StructuredSink struct{ out io.Writer }

func (s StructuredSink) Emit(fields map[string]string) {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + fields[k]
	}
	fmt.Fprintln(s.out, strings.Join(parts, " "))
}

type legacyAdapter struct {
	legacy   *LegacyLogger
	category string
}

func (a legacyAdapter) Info(msg string)  { a.legacy.WriteEntry(1, a.category, msg) }
func (a legacyAdapter) Error(msg string) { a.legacy.WriteEntry(3, a.category, msg) }

type sinkAdapter struct {
	sink StructuredSink
	app  string
}

func (a sinkAdapter) log(level, msg string) {
	a.sink.Emit(map[string]string{"app": a.app, "level": level, "msg": msg, "len": fmt.Sprint(len(msg))})
}
func (a sinkAdapter) Info(msg string)  { a.log("info", msg) }
func (a sinkAdapter) Error(msg string) { a.log("error", msg) }

// writerAdapter turns any io.Writer into a Logger.
type writerAdapter struct{ w io.Writer }

func (a writerAdapter) Info(msg string)  { fmt.Fprintf(a.w, "INFO  %s\n", msg) }
func (a writerAdapter) Error(msg string) { fmt.Fprintf(a.w, "ERROR %s\n", msg) }

// lineCounter adapts in the other direction: it is an io.Writer counting lines.
type lineCounter struct{ lines int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

func processOrders(log Logger, orders []int) {
	for _, o := range orders {
		if o < 0 {
			log.Error(fmt.Sprintf("order %d has negative id", o))
			continue
		}
		log.Info(fmt.Sprintf("processed order %d", o))
	}
}

func main() {
	orders := []int{101, -2, 102}
	legacy := &LegacyLogger{}
	var sb strings.Builder
	counter := &lineCounter{}
	loggers := []Logger{
		legacyAdapter{legacy, "orders"},
		sinkAdapter{StructuredSink{&sb}, "shop"},
		writerAdapter{io.MultiWriter(&sb, counter)},
	}
	for _, l := range loggers {
		fmt.Printf("using %T\n", l)
		processOrders(l, orders)
	}
	fmt.Println("legacy entries:")
	for _, e := range legacy.entries {
		fmt.Println("  " + e)
	}
	fmt.Println("buffered output:")
	fmt.Print(sb.String())
	fmt.Println("lines counted by writer adapter:", counter.lines)
}
