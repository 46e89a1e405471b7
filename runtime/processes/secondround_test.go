package processes

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"gokernel/runtime/session"
)

func failsAfter(ms int) error {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return errors.New("failed late")
}

func init() { Register("failsAfter", failsAfter) }

const unreadNote = "the cell did not read the error"

// An error of a process that no one read is printed into the starting
// cell once the process and the cell have ended; one that was read is not.
func TestUnreadProcessErrorsArePrinted(t *testing.T) {
	cell := inCell(t)

	lost, _ := Start(boom, "lost") // Join alone does not read the error
	lost.Join()
	read, _ := Start(boom, "read")
	if err := read.Join(); err == nil || !strings.Contains(fmt.Sprint(err), "boom: read") {
		t.Errorf("Join's error %v", err)
	}
	viaErr, _ := Start(exitWith, 3)
	viaErr.Join()
	if viaErr.Err() == nil {
		t.Error("Err is nil for os.Exit(3)")
	}
	var te *TaskError
	viaAs, _ := Start(boom, "as")
	if err := viaAs.Join(); !errors.As(err, &te) || te.Panic != "boom: as" {
		t.Errorf("errors.As: %v", err)
	}
	badStart, _ := Start(square, "not a number") // never starts
	killed, _ := Start(sleepMs, 60000)
	killed.Kill()
	killed.Join()
	late, _ := Start(failsAfter, 300) // ends after the cell

	if got := capture.text(cell, "stderr"); strings.Contains(got, unreadNote) {
		t.Fatalf("reported before the cell ended: %q", got)
	}
	session.EndCell(cell)
	waitFor(t, "the late process's report", func() bool { return strings.Contains(capture.text(cell, "stderr"), "failed late") })
	got := capture.text(cell, "stderr")
	for _, want := range []string{
		"error: process boom (pid " + fmt.Sprint(lost.Pid()) + ") failed, and " + unreadNote,
		"boom: lost",
		"error: processes.Start(square) failed, and " + unreadNote,
		"error: process failsAfter (pid " + fmt.Sprint(late.Pid()) + ") failed, and " + unreadNote,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("stderr lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, unreadNote); n != 3 {
		t.Errorf("%d reports, want 3 (lost, badStart, late):\n%s", n, got)
	}
	for _, quiet := range []string{"boom: read", "boom: as", "exit", "killed"} {
		for _, line := range strings.Split(got, "\n") {
			if strings.Contains(line, quiet) && !strings.Contains(line, "panic in boom") {
				t.Errorf("an error that was read or stopped was reported (%q): %q", quiet, line)
			}
		}
	}
	_ = badStart
}

// MapInto, GetInto, ValueInto and ResultInto give results in the cell's
// own types: total += r works without a type assertion.
func TestTypedResults(t *testing.T) {
	inCell(t)
	pool := NewPool(2)
	defer pool.Close()
	var squares []int
	if err := pool.MapInto(square, []int{1, 2, 3, 4}, &squares); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range squares {
		total += s
	}
	if total != 30 || len(squares) != 4 {
		t.Errorf("squares %v total %d", squares, total)
	}

	var sum int
	if err := pool.ApplyAsync(add, 2, 3).GetInto(&sum); err != nil || sum != 5 {
		t.Errorf("ApplyAsync GetInto: %d, %v", sum, err)
	}
	var sums []int
	if err := pool.StarmapAsync(add, [][]int{{1, 2}, {3, 4}}).GetInto(&sums); err != nil || fmt.Sprint(sums) != "[3 7]" {
		t.Errorf("Starmap GetInto: %v, %v", sums, err)
	}
	it := pool.Imap(square, []int{5, 6})
	var sq int
	got := 0
	for it.Next() {
		if err := it.ValueInto(&sq); err != nil {
			t.Fatal(err)
		}
		got += sq
	}
	if got != 61 {
		t.Errorf("Imap ValueInto total %d", got)
	}

	// A failed call: the others' results are stored, the error is the first.
	var quotients []float64
	err := pool.StarmapAsync(divide, [][]float64{{1, 2}, {1, 0}, {3, 1}}).GetInto(&quotients)
	if err == nil || !strings.Contains(err.Error(), "item 1") || fmt.Sprint(quotients) != "[0.5 0 3]" {
		t.Errorf("failed call: %v, %v", quotients, err)
	}

	// A wrong dst fails before anything runs.
	var wrong int
	if err := pool.MapInto(sleepMs, []int{60000}, &wrong); err == nil || !strings.Contains(err.Error(), "dst must point to a slice") {
		t.Errorf("MapInto(&int): %v", err)
	}
	if err := pool.MapInto(square, []int{1}, squares); err == nil {
		t.Error("MapInto with a slice, not a pointer: no error")
	}
	var strs []string
	if err := pool.MapInto(square, []int{1}, &strs); err == nil || !strings.Contains(err.Error(), "cannot store") {
		t.Errorf("ints into []string: %v", err)
	}

	p, _ := Start(square, 7)
	p.Join()
	var r int
	if err := p.ResultInto(&r); err != nil || r+1 != 50 {
		t.Errorf("ResultInto: %d, %v", r, err)
	}
}

// Results of an unknown type (JSON numbers) convert when they fit.
func TestAssignConverts(t *testing.T) {
	var n int
	if err := storeInto(&n, float64(3)); err != nil || n != 3 {
		t.Errorf("3.0 into int: %d, %v", n, err)
	}
	if err := storeInto(&n, 3.5); err == nil {
		t.Error("3.5 into int: no error")
	}
	var pt struct{ X, Y int }
	if err := storeInto(&pt, map[string]any{"X": 1.0, "Y": 2.0}); err != nil || pt.X != 1 || pt.Y != 2 {
		t.Errorf("map into struct: %+v, %v", pt, err)
	}
}

// A cell that makes a pool while another is open gets a note; closing
// the first makes the note go away.
func TestSecondPoolNote(t *testing.T) {
	for _, p := range OpenPools() { // left by earlier tests
		p.Terminate()
	}
	cell := inCell(t)
	first := NewPool(1)
	if got := capture.text(cell, "stderr"); got != "" {
		t.Fatalf("note for the only pool: %q", got)
	}
	second := NewPool(2)
	got := capture.text(cell, "stderr")
	if !strings.Contains(got, "note: another pool is still open, with 1 worker processes") || !strings.Contains(got, "pool.Close()") {
		t.Errorf("second pool's note: %q", got)
	}
	third := NewPool(1)
	if got := capture.text(cell, "stderr"); !strings.Contains(got, "2 other pools are still open, with 3 worker processes") {
		t.Errorf("third pool's note: %q", got)
	}
	if n := len(OpenPools()); n != 3 {
		t.Errorf("OpenPools: %d, want 3", n)
	}
	first.Close()
	second.Terminate()
	third.Close()
	first.Join()
	third.Join()
	cell2 := inCell(t)
	last := NewPool(1)
	defer last.Close()
	if got := capture.text(cell2, "stderr"); got != "" {
		t.Errorf("note after the others were closed: %q", got)
	}
}

// A map can show a progress bar: one display in the submitting cell,
// updated in place as the calls end, ending at the count of calls.
func TestMapProgress(t *testing.T) {
	cell := inCell(t)
	pool := NewPool(2)
	defer pool.Close()
	ms := make([]int, 12)
	for i := range ms {
		ms[i] = 40
	}
	res, err := pool.MapProgress(sleepMs, ms)
	if err != nil || len(res) != 12 {
		t.Fatal(res, err)
	}
	var id string
	var texts []string
	capture.mu.Lock()
	for _, o := range capture.out {
		if o.Cell != cell || o.Kind == "stream" {
			continue
		}
		switch {
		case o.Kind == "display" && id == "":
			id = o.DisplayID
		case o.Kind == "update_display" && o.DisplayID == id:
		default:
			t.Errorf("unexpected output %+v", o)
		}
		s, _ := o.Data["text/plain"].(string)
		texts = append(texts, s)
	}
	capture.mu.Unlock()
	if id == "" || len(texts) < 2 {
		t.Fatalf("no display then updates: %q", texts)
	}
	if !strings.HasPrefix(texts[0], "sleepMs   0% |") || !strings.Contains(texts[len(texts)-1], "100% |████████████████████| 12/12") {
		t.Errorf("progress texts %q", texts)
	}

	// Imap and a submission that already ended.
	cell = inCell(t)
	it := pool.Imap(square, []int{1, 2, 3}).ShowProgress("squares")
	for it.Next() {
	}
	done := pool.MapAsync(square, []int{1})
	done.Wait()
	done.ShowProgress("")
	capture.mu.Lock()
	var finals []string
	for _, o := range capture.out {
		if o.Cell == cell && o.Kind != "stream" {
			s, _ := o.Data["text/plain"].(string)
			finals = append(finals, s)
		}
	}
	capture.mu.Unlock()
	joined := strings.Join(finals, "\n")
	if !strings.Contains(joined, "squares 100%") || !strings.Contains(joined, "3/3") || !strings.Contains(joined, "square 100%") || !strings.Contains(joined, "1/1") {
		t.Errorf("Imap and ended map bars: %q", finals)
	}
}
