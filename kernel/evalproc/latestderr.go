package evalproc

import (
	"os"
	"sync"

	"gokernel/runtime/session"
)

// Standard error of goroutines that outlive their cell: what they write to
// os.Stderr or through the log package lands under the cell that started
// them, as their fmt output does (stdoutBuffer), not under the cell that
// runs when they write.

// maxLateStderr bounds the cells with a stderr file of their own.
const maxLateStderr = 16

// lateStderr holds a pipe per cell whose goroutines write to stderr after
// it ended; a reader frames the pipe's text with the cell.
type lateStderr struct {
	mu    sync.Mutex
	files map[string]*os.File
	order []string
}

// lateCell is the cell the calling goroutine works for when that is not
// the running cell ("" otherwise: its text is the running cell's).
func (c *capture) lateCell() string {
	cell := session.WorkCell()
	if cell == "" {
		return ""
	}
	c.buffered.mu.Lock()
	running := c.buffered.running
	c.buffered.mu.Unlock()
	if cell == running {
		return ""
	}
	return cell
}

// stderrFor is what os.Stderr means in a cell for the calling goroutine
// (eval.Options.StderrFile).
func (c *capture) stderrFor() *os.File {
	cell := c.lateCell()
	if cell == "" {
		return os.Stderr
	}
	c.late.mu.Lock()
	defer c.late.mu.Unlock()
	if f, ok := c.late.files[cell]; ok {
		return f
	}
	r, w, err := os.Pipe()
	if err != nil {
		return os.Stderr
	}
	go func() {
		buf := make([]byte, 16<<10)
		for {
			n, err := r.Read(buf)
			if n > 0 && !c.writeText(cell, "stderr", buf[:n]) {
				os.Stderr.Write(buf[:n])
			}
			if err != nil {
				r.Close()
				return
			}
		}
	}()
	if c.late.files == nil {
		c.late.files = map[string]*os.File{}
	}
	c.late.files[cell] = w
	c.late.order = append(c.late.order, cell)
	if len(c.late.order) > maxLateStderr {
		old := c.late.order[0]
		c.late.order = c.late.order[1:]
		c.late.files[old].Close() // its reader drains the pipe and ends
		delete(c.late.files, old)
	}
	return w
}

// logWriter is the log package's output in the evaluator: stderr, framed
// with the cell for a goroutine of a cell that ended.
type logWriter struct{ c *capture }

func (l logWriter) Write(p []byte) (int, error) {
	if cell := l.c.lateCell(); cell != "" && l.c.writeText(cell, "stderr", p) {
		return len(p), nil
	}
	return os.Stderr.Write(p)
}
