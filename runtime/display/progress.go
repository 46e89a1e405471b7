package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"time"

	"gokernel/runtime/session"
)

// ProgressBar is a progress display that updates in place, as tqdm's
// bars do in Python notebooks: Add counts work done, from any goroutine
// (threads, pool loops), and the bar redraws at most ten times a second
// (once a second outside a notebook, where each update prints its text
// as a new line). It shows the count, the percentage, the time spent and
// an estimate of the time left. The notebook shows it as HTML; text
// front ends (jupyter console, gokernel run) show its text/plain form.
//
//	bar := display.Progress(100, "work")
//	for i := 0; i < 100; i++ {
//		work(i)
//		bar.Add(1)
//	}
type ProgressBar struct {
	mu       sync.Mutex
	d        *Display
	label    string
	total    int
	n        int
	start    time.Time
	last     time.Time // when it was last drawn
	timer    *time.Timer
	done     bool
	interval time.Duration
}

// progressState is what one drawing of a bar shows.
type progressState struct {
	label    string
	n, total int
	elapsed  time.Duration
	done     bool
}

// Progress shows a progress bar for total steps (total <= 0: an unknown
// number, the bar counts), labelled label. The bar is finished when the
// count reaches total, or by Done.
//
//	bar := display.Progress(len(items), "items")
//	bar.Add(1)
func Progress(total int, label string) *ProgressBar {
	b := &ProgressBar{label: label, total: total, start: time.Now(), interval: 100 * time.Millisecond}
	if !session.HasKernel() {
		b.interval = time.Second
	}
	b.d = show("Progress", b.state(), renderProgress)
	b.last = b.start
	return b
}

// Add counts n more steps done (safe from any goroutine). The bar
// redraws now if it was not drawn in the last tenth of a second, else
// soon; reaching the total finishes it at once.
//
//	bar.Add(1)
func (b *ProgressBar) Add(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.setLocked(b.n + n)
}

// Set sets the count of steps done.
//
//	bar.Set(50)
func (b *ProgressBar) Set(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.setLocked(n)
}

func (b *ProgressBar) setLocked(n int) {
	if b.done {
		return
	}
	b.n = n
	if b.total > 0 && b.n >= b.total {
		b.finishLocked()
		return
	}
	if wait := b.interval - time.Since(b.last); wait > 0 {
		if b.timer == nil {
			b.timer = time.AfterFunc(wait, b.redraw)
		}
		return
	}
	b.drawLocked()
}

// redraw draws the bar after a throttled Add.
func (b *ProgressBar) redraw() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.timer = nil
	if !b.done {
		b.drawLocked()
	}
}

func (b *ProgressBar) drawLocked() {
	b.last = time.Now()
	b.d.Update(b.state())
}

// Done finishes the bar: it shows the final count and time and takes no
// more updates. Done after the count reached the total does nothing.
//
//	bar.Done()
func (b *ProgressBar) Done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.done {
		b.finishLocked()
	}
}

func (b *ProgressBar) finishLocked() {
	b.done = true
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	b.drawLocked()
}

// Count is the number of steps done so far.
//
//	fmt.Println(bar.Count())
func (b *ProgressBar) Count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// ID returns the id of the bar's display (the display_id of the Jupyter
// messages that draw it).
//
//	fmt.Println(bar.ID())
func (b *ProgressBar) ID() string { return b.d.ID() }

// Shown always reports true: the bar is in the notebook already, so a
// cell ending in display.Progress(...) does not show it a second time.
//
//	fmt.Println(bar.Shown()) // true
func (b *ProgressBar) Shown() bool { return true }

// String is the bar's text form, as text front ends show it.
//
//	fmt.Println(bar) // work  40% |████      | 40/100 [00:02<00:03]
func (b *ProgressBar) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return progressText(b.state())
}

// state is the bar now; b.mu is held (or b is not shared yet).
func (b *ProgressBar) state() progressState {
	return progressState{label: b.label, n: b.n, total: b.total, elapsed: time.Since(b.start), done: b.done}
}

func renderProgress(c any) (map[string]any, error) {
	s, ok := c.(progressState)
	if !ok {
		return nil, fmt.Errorf("a progress bar is updated with Add, Set and Done, not Update (got %T)", c)
	}
	return map[string]any{"text/plain": progressText(s), "text/html": progressHTML(s)}, nil
}

const barWidth = 20

func progressText(s progressState) string {
	var b strings.Builder
	if s.label != "" {
		b.WriteString(s.label + " ")
	}
	if s.total > 0 {
		frac := min(max(float64(s.n)/float64(s.total), 0), 1)
		full := int(frac * barWidth)
		fmt.Fprintf(&b, "%3d%% |%s%s| %d/%d", int(frac*100), strings.Repeat("█", full), strings.Repeat(" ", barWidth-full), s.n, s.total)
	} else {
		fmt.Fprintf(&b, "%d", s.n)
	}
	b.WriteString(" [" + progressTimes(s) + "]")
	return b.String()
}

// progressTimes is "elapsed<left" (tqdm's form), or the elapsed time and
// the rate.
func progressTimes(s progressState) string {
	t := clock(s.elapsed)
	if s.total > 0 && !s.done && s.n > 0 && s.n < s.total {
		left := time.Duration(float64(s.elapsed) / float64(s.n) * float64(s.total-s.n))
		return t + "<" + clock(left)
	}
	if secs := s.elapsed.Seconds(); secs > 0 && s.n > 0 {
		return fmt.Sprintf("%s, %.1f/s", t, float64(s.n)/secs)
	}
	return t
}

func clock(d time.Duration) string {
	sec := int(d.Round(time.Second) / time.Second)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%02d:%02d", sec/60, sec%60)
}

func progressHTML(s progressState) string {
	var b strings.Builder
	b.WriteString(`<div style="display:flex;align-items:center;gap:0.6em;font-family:monospace">`)
	if s.label != "" {
		b.WriteString("<span>" + html.EscapeString(s.label) + "</span>")
	}
	if s.total > 0 {
		frac := min(max(float64(s.n)/float64(s.total), 0), 1)
		fmt.Fprintf(&b, `<progress value="%d" max="%d" style="width:20em"></progress><span>%d%% %d/%d`, min(max(s.n, 0), s.total), s.total, int(frac*100), s.n, s.total)
	} else if s.done {
		fmt.Fprintf(&b, `<progress value="1" max="1" style="width:20em"></progress><span>%d`, s.n)
	} else {
		fmt.Fprintf(&b, `<progress style="width:20em"></progress><span>%d`, s.n)
	}
	b.WriteString(" [" + html.EscapeString(progressTimes(s)) + "]</span></div>")
	return b.String()
}
