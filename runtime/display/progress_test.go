package display_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/runtime/display"
	"gokernel/runtime/session"
)

// A progress bar is one display, redrawn in place (update_display with
// its id) from many goroutines, throttled, and always ends showing the
// final count.
func TestProgressUpdatesInPlace(t *testing.T) {
	got := record(t)
	session.SetCurrentCell("progress-cell")
	bar := display.Progress(1000, "work")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				bar.Add(1)
				if i%50 == 0 {
					time.Sleep(30 * time.Millisecond)
				}
			}
		}()
	}
	wg.Wait()
	if bar.Count() != 1000 {
		t.Fatalf("count %d, want 1000", bar.Count())
	}
	bar.Add(5) // after the end: ignored
	outs := got()
	if len(outs) < 2 || outs[0].Kind != "display" || outs[0].DisplayID != bar.ID() || outs[0].Cell != "progress-cell" {
		t.Fatalf("first output %+v, want the bar's display", outs[0])
	}
	for _, o := range outs[1:] {
		if o.Kind != "update_display" || o.DisplayID != bar.ID() || o.Cell != "progress-cell" {
			t.Fatalf("output %+v is not an update of the bar", o)
		}
	}
	// 1000 Adds, about 0.2 s: throttled to a few redraws.
	if n := len(outs) - 1; n > 20 {
		t.Errorf("%d redraws for 1000 Adds in ~0.2 s: not throttled", n)
	}
	last := outs[len(outs)-1].Data
	text, _ := last["text/plain"].(string)
	if !strings.HasPrefix(text, "work 100% |") || !strings.Contains(text, "1000/1000") {
		t.Errorf("final text %q", text)
	}
	if h, _ := last["text/html"].(string); !strings.Contains(h, `<progress value="1000" max="1000"`) {
		t.Errorf("final html %q", h)
	}
	if !bar.Shown() || !strings.Contains(bar.String(), "1000/1000") {
		t.Errorf("Shown %v String %q", bar.Shown(), bar.String())
	}
}

// A throttled Add is drawn a little later even when no Add follows it,
// and Done shows the final state of a bar with no total.
func TestProgressLastAddIsDrawnAndDone(t *testing.T) {
	got := record(t)
	session.SetCurrentCell("progress-cell-2")
	bar := display.Progress(0, "")
	bar.Add(1)
	bar.Add(1) // within the interval: drawn by the timer
	deadline := time.Now().Add(5 * time.Second)
	for {
		outs := got()
		if t2, _ := outs[len(outs)-1].Data["text/plain"].(string); strings.HasPrefix(t2, "2 [") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the last Add was never drawn: %+v", outs)
		}
		time.Sleep(10 * time.Millisecond)
	}
	bar.Set(7)
	bar.Done()
	outs := got()
	text, _ := outs[len(outs)-1].Data["text/plain"].(string)
	if !strings.HasPrefix(text, "7 [") || !strings.Contains(text, "/s]") {
		t.Errorf("final text of a bar without total: %q", text)
	}
	n := len(got())
	bar.Add(1)
	bar.Done()
	time.Sleep(200 * time.Millisecond)
	if len(got()) != n {
		t.Errorf("a finished bar redrew")
	}
}
