package main

import (
	"fmt"
	"strings"
)

type Return struct {
	Barcode string
	Damaged bool
	HasHold bool
}

type Routed struct {
	Return
	Bin string
}

// scan emits returns onto a channel and closes it when done.
func scan(codes []string) <-chan Return {
	out := make(chan Return)
	go func() {
		defer close(out)
		for _, c := range codes {
			out <- Return{
				Barcode: strings.TrimSuffix(strings.TrimSuffix(c, "!"), "*"),
				Damaged: strings.HasSuffix(c, "!"),
				HasHold: strings.HasSuffix(c, "*"),
			}
		}
	}()
	return out
}

// route decides which sorting bin each return goes to.
func route(in <-chan Return) <-chan Routed {
	out := make(chan Routed)
	go func() {
		defer close(out)
		for r := range in {
			bin := "reshelve"
			switch {
			case r.Damaged:
				bin = "repair"
			case r.HasHold:
				bin = "holds"
			}
			out <- Routed{r, bin}
		}
	}()
	return out
}

// tally counts items per bin and sends the summary once.
func tally(in <-chan Routed) <-chan map[string][]string {
	done := make(chan map[string][]string, 1)
	go func() {
		bins := map[string][]string{}
		for r := range in {
			bins[r.Bin] = append(bins[r.Bin], r.Barcode)
		}
		done <- bins
	}()
	return done
}

func main() {
	codes := []string{"B100", "B101*", "B102!", "B103", "B104*", "B105", "B106!", "B107"}
	result := <-tally(route(scan(codes)))

	for _, bin := range []string{"holds", "repair", "reshelve"} {
		items := result[bin]
		fmt.Printf("%-9s %d: %s\n", bin, len(items), strings.Join(items, " "))
	}

	buffered := make(chan string, 3)
	buffered <- "overnight drop 1"
	buffered <- "overnight drop 2"
	fmt.Println("queued:", len(buffered), "capacity:", cap(buffered))
	close(buffered)
	for msg := range buffered {
		fmt.Println("processing", msg)
	}
	v, ok := <-buffered
	fmt.Printf("after close: %q %v\n", v, ok)
}
