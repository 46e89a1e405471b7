package racereport

import (
	"fmt"
	"path"
	"strings"
)

// Format renders the report for a learner, e.g.
//
//	DATA RACE on counter (a global variable)
//	  write by goroutine 8: addOne, line 4 of the cell that declared addOne
//	      called from worker, line 3 of this cell
//	      called from a func literal in main, line 11 of this cell
//	  previous read by goroutine 7: addOne, line 4 of the cell that declared addOne
//	      ...
//	  goroutine 8 was started in main, line 11 of this cell
//	  goroutine 7 was started in main, line 10 of this cell
//	Two goroutines used counter at the same time, and at least one of them
//	changed it. Guard every use with a lock (threads.NewLock, sync.Mutex)
//	or use an atomic value (sync/atomic).
//
// It ends with a newline.
func (r Report) Format() string {
	var b strings.Builder
	what := "the same variable"
	switch {
	case r.Variable != "":
		fmt.Fprintf(&b, "DATA RACE on %s (a global variable)\n", r.Variable)
		what = r.Variable
	case r.Map:
		b.WriteString("DATA RACE on a map\n")
		what = "the same map"
	default:
		b.WriteString("DATA RACE on a variable shared between goroutines (a local variable, a field or an element; not a global)\n")
	}
	var gs []int
	for _, a := range []Access{r.Current, r.Previous} {
		if len(a.Full) == 0 && a.Addr == "" {
			continue
		}
		writeAccess(&b, a)
		gs = append(gs, a.Goroutine)
	}
	for _, g := range gs {
		stack, ok := r.Started[g]
		if !ok || len(stack) == 0 {
			continue
		}
		kind := ""
		if r.Threads[g] {
			kind = " (a threads.Thread)"
		}
		fmt.Fprintf(&b, "  %s%s was started in %s\n", goroutineName(g), kind, where(stack[0]))
		for _, f := range stack[1:] {
			fmt.Fprintf(&b, "      called from %s\n", where(f))
		}
	}
	switch {
	case r.Map:
		b.WriteString("Two goroutines used the same map at the same time, and at least one of them changed it.\n" +
			"Go maps are not safe for concurrent use: guard every use of the map with a lock (threads.NewLock, sync.Mutex),\n" +
			"or use sync.Map.\n")
	default:
		fmt.Fprintf(&b, "Two goroutines used %s at the same time, and at least one of them changed it.\n"+
			"Guard every use with a lock (threads.NewLock, sync.Mutex), or use an atomic value (sync/atomic).\n", what)
	}
	return b.String()
}

func writeAccess(b *strings.Builder, a Access) {
	verb := "read"
	if a.Write {
		verb = "write"
	}
	if a.Previous {
		verb = "previous " + verb
	}
	fmt.Fprintf(b, "  %s by %s", verb, goroutineName(a.Goroutine))
	if len(a.Stack) == 0 {
		b.WriteString("\n")
		return
	}
	fmt.Fprintf(b, ": %s\n", where(a.Stack[0]))
	for _, f := range a.Stack[1:] {
		fmt.Fprintf(b, "      called from %s\n", where(f))
	}
}

func goroutineName(g int) string {
	if g == 0 {
		return "the main goroutine"
	}
	return fmt.Sprintf("goroutine %d", g)
}

// where says a frame's function and place: "addOne, line 5 of this cell".
func where(f Frame) string {
	switch f.File {
	case "cell":
		return fmt.Sprintf("%s, line %d of this cell", f.Func, f.Line)
	case "session":
		return fmt.Sprintf("%s, line %d of the cell that declared %s", f.Func, f.Line, topLevel(f.Func))
	}
	return fmt.Sprintf("%s (%s:%d)", f.Func, path.Base(f.File), f.Line)
}

// topLevel is the declared name inside a learner's function name: "main"
// for "a func literal in main".
func topLevel(fn string) string {
	return fn[strings.LastIndex(fn, " ")+1:]
}
