package notebook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/wire"
)

// RunOptions say how Run executes a notebook.
type RunOptions struct {
	// Argv starts the kernel; "{connection_file}" is replaced by the
	// connection file's path. Default: this binary with -f.
	Argv []string
	// Env is added to the kernel's environment.
	Env []string
	// Timeout limits each cell (0: no limit). A cell that runs longer is
	// interrupted and counts as failed.
	Timeout time.Duration
	// StartTimeout limits the wait for the kernel to answer (default 60s).
	StartTimeout time.Duration
	// AllowErrors keeps running after a failed cell.
	AllowErrors bool
	// Out and Err receive the cells' sources and outputs as they arrive
	// (nil: not shown). KernelErr receives the kernel process's own log
	// (nil: os.Stderr).
	Out, Err, KernelErr io.Writer
}

// Cell tags that change how Run treats a cell, as in nbclient.
const (
	// RaisesExceptionTag marks a cell that is expected to fail: its error
	// does not stop the run.
	RaisesExceptionTag = "raises-exception"
	// SkipExecutionTag marks a cell that is not run.
	SkipExecutionTag = "skip-execution"
)

// CellError says which cell failed and why.
type CellError struct {
	Index int // 0-based index in Notebook.Cells
	Cell  *Cell
	// Err is the kernel's error (ename: evalue) or what went wrong around it
	// (timeout, kernel died).
	Err error
}

func (e *CellError) Error() string {
	return fmt.Sprintf("cell %d failed: %v", e.Index+1, e.Err)
}

func (e *CellError) Unwrap() error { return e.Err }

// Run executes every code cell of nb in order in a new kernel and stores
// the outputs and execution counts in nb. It returns nil if no cell failed,
// else the failures joined (each a *CellError). Outputs gathered before a
// failure are kept in nb either way, so the caller can still save it.
//
//	nb, _ := notebook.ReadFile("notebooks/00-hello.ipynb")
//	err := notebook.Run(ctx, nb, notebook.RunOptions{Out: os.Stdout, Err: os.Stderr})
//	nb.WriteFile("out.ipynb")
func Run(ctx context.Context, nb *Notebook, opts RunOptions) error {
	if len(opts.Argv) == 0 {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("cannot find this binary to start the kernel: %w", err)
		}
		opts.Argv = []string{exe, "-f", "{connection_file}"}
	}
	if opts.StartTimeout == 0 {
		opts.StartTimeout = 60 * time.Second
	}
	kerr := opts.KernelErr
	if kerr == nil {
		kerr = os.Stderr
	}
	c, err := client.Launch(ctx, opts.Argv, client.LaunchOptions{Env: opts.Env, Stdout: kerr, Stderr: kerr})
	if err != nil {
		return err
	}
	defer c.Close()
	sctx, cancel := context.WithTimeout(ctx, opts.StartTimeout)
	err = c.WaitReady(sctx)
	cancel()
	if err != nil {
		return fmt.Errorf("kernel did not start (%s): %w", strings.Join(opts.Argv, " "), err)
	}
	sctx, cancel = context.WithTimeout(ctx, opts.StartTimeout)
	info, err := c.KernelInfo(sctx)
	cancel()
	if err != nil {
		return fmt.Errorf("kernel_info: %w", err)
	}
	setKernelMetadata(nb, info)

	r := &runner{c: c, opts: opts, tap: c.Tap(), finished: map[string]*finishedCell{}}
	defer r.tap.Close()
	defer r.drainLate() // what arrived for earlier cells during the last one
	var failures []error
	for i, cell := range nb.Cells {
		r.drainLate()
		if cell.Type != "code" || strings.TrimSpace(cell.Source) == "" || cell.HasTag(SkipExecutionTag) {
			continue // as nbclient: empty cells are not sent
		}
		if err := ctx.Err(); err != nil {
			failures = append(failures, err)
			break
		}
		err := r.cell(ctx, cell, opts.AllowErrors || cell.HasTag(RaisesExceptionTag))
		if err == nil {
			continue
		}
		if errors.As(err, new(*kernelError)) && cell.HasTag(RaisesExceptionTag) {
			continue
		}
		failures = append(failures, &CellError{Index: i, Cell: cell, Err: err})
		if !opts.AllowErrors || errors.Is(err, errKernelGone) {
			break
		}
	}
	return errors.Join(failures...)
}

// setKernelMetadata records which kernel ran the notebook, as Jupyter does.
func setKernelMetadata(nb *Notebook, info map[string]any) {
	if nb.Metadata == nil {
		nb.Metadata = map[string]any{}
	}
	nb.Metadata["kernelspec"] = map[string]any{"name": "gokernel", "display_name": "Go", "language": "go"}
	if li, ok := info["language_info"].(map[string]any); ok {
		nb.Metadata["language_info"] = li
	}
}

// kernelError is an error the cell's code raised in the kernel.
type kernelError struct{ client.ErrorContent }

func (e *kernelError) Error() string {
	if e.Evalue == "" {
		return e.Ename
	}
	return e.Ename + ": " + e.Evalue
}

var errKernelGone = errors.New("the kernel is gone")

// runner executes cells on one kernel and turns IOPub messages into
// notebook outputs.
type runner struct {
	c    *client.Client
	opts RunOptions
	// shown lists the cells that show a display with an id, for
	// update_display_data.
	shown  []*Cell
	echoed bool // a cell was echoed: separate the next by a blank line

	// Output that arrives after its cell ended (work the cell started,
	// such as a pool map or a process) still belongs to that cell, as in
	// Jupyter: tap sees every IOPub message, and drainLate files those of
	// finished cells between cells.
	tap        *client.Tap
	finished   map[string]*finishedCell // by execute_request msg_id
	lateHeader *finishedCell            // whose late output was echoed last
}

// finishedCell is a cell that ran, with the IOPub messages its run saw.
type finishedCell struct {
	cell *Cell
	seen map[string]bool // msg_ids already taken while it ran
}

// drainLate files the late output of finished cells that has arrived.
func (r *runner) drainLate() {
	done, cancel := context.WithCancel(context.Background())
	cancel() // Next returns at once when nothing is queued
	for {
		m, err := r.tap.Next(done)
		if err != nil {
			return
		}
		if m.Parent == nil {
			continue
		}
		f := r.finished[m.Parent.MsgID]
		if f == nil {
			continue // the running cell's own, or no cell's
		}
		if f.seen[m.Header.MsgID] {
			delete(f.seen, m.Header.MsgID)
			continue
		}
		v, err := client.Content(m)
		if err != nil {
			continue
		}
		if m.Header.MsgType == "update_display_data" {
			r.update(v)
			continue
		}
		o, ok := toOutput(m.Header.MsgType, v)
		if !ok {
			continue
		}
		if r.lateHeader != f && r.opts.Out != nil {
			label := "an earlier cell"
			if f.cell.ExecutionCount != nil {
				label = fmt.Sprintf("In [%d]", *f.cell.ExecutionCount)
			}
			fmt.Fprintf(r.opts.Out, "[later output of %s]\n", label)
		}
		r.lateHeader = f
		r.echo(o)
		f.cell.Outputs = appendOutput(f.cell.Outputs, o)
	}
}

// cell runs one cell. allowErrors sends stop_on_error=false, as nbclient
// does, so that the kernel does not abort the next cell after this one
// fails.
func (r *runner) cell(ctx context.Context, cell *Cell, allowErrors bool) error {
	cell.Outputs = nil
	cell.ExecutionCount = nil
	// clear_output(wait=true) clears when the next output arrives.
	clearPending := false
	seen := map[string]bool{}
	onPub := func(m *wire.Message) {
		seen[m.Header.MsgID] = true
		v, err := client.Content(m)
		if err != nil {
			return
		}
		switch m.Header.MsgType {
		case "execute_input":
			if n, ok := v["execution_count"].(float64); ok {
				r.echoSource(int(n), cell.Source)
			}
			return
		case "clear_output":
			if wait, _ := v["wait"].(bool); wait {
				clearPending = true
			} else {
				cell.Outputs = nil
			}
			return
		case "update_display_data":
			r.update(v)
			return
		}
		o, ok := toOutput(m.Header.MsgType, v)
		if !ok {
			return
		}
		if clearPending {
			cell.Outputs = nil
			clearPending = false
		}
		r.echo(o)
		cell.Outputs = appendOutput(cell.Outputs, o)
		if o.displayID != "" && (len(r.shown) == 0 || r.shown[len(r.shown)-1] != cell) {
			r.shown = append(r.shown, cell)
		}
	}
	call, err := r.c.SendExecute(cell.Source, client.ExecOptions{ContinueOnError: allowErrors})
	if err != nil {
		return fmt.Errorf("%w: %v", errKernelGone, err)
	}
	defer call.Close()
	defer func() { r.finished[call.ID] = &finishedCell{cell: cell, seen: seen} }()
	r.lateHeader = nil

	cctx, cancel := ctx, context.CancelFunc(func() {})
	if r.opts.Timeout > 0 {
		cctx, cancel = context.WithTimeout(ctx, r.opts.Timeout)
	}
	reply, _, err := call.Wait(cctx, onPub, nil)
	cancel()
	timedOut := err != nil && errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil
	if timedOut || (err != nil && ctx.Err() != nil) {
		// Stop the cell and collect what it printed until then.
		ictx, icancel := context.WithTimeout(context.Background(), 10*time.Second)
		r.c.Interrupt(ictx)
		reply, _, _ = call.Wait(ictx, onPub, nil)
		icancel()
		setCount(cell, reply)
		if timedOut {
			return fmt.Errorf("timed out after %v; the cell was interrupted", r.opts.Timeout)
		}
		return fmt.Errorf("interrupted: %w", ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("%w: %v", errKernelGone, err)
	}
	res := setCount(cell, reply)
	switch res.Status {
	case "ok":
		return nil
	case "error":
		if res.Error != nil {
			return &kernelError{*res.Error}
		}
		return &kernelError{client.ErrorContent{Ename: "error"}}
	case "aborted":
		return errors.New("the kernel aborted the cell (status \"aborted\", usually after an earlier error)")
	default:
		return fmt.Errorf("execute_reply status %q", res.Status)
	}
}

// setCount records the execution count of reply (if any) on cell.
func setCount(cell *Cell, reply *wire.Message) *client.ExecResult {
	res := client.Summarize(reply, nil)
	if res.ExecutionCount > 0 {
		n := res.ExecutionCount
		cell.ExecutionCount = &n
	}
	return res
}

// update applies update_display_data to every output showing that display,
// in any cell run so far.
func (r *runner) update(v map[string]any) {
	id := displayID(v)
	if id == "" {
		return
	}
	for _, c := range r.shown {
		for i := range c.Outputs {
			if o := &c.Outputs[i]; o.displayID == id {
				o.Data = mapOf(v["data"])
				o.Metadata = mapOf(v["metadata"])
			}
		}
	}
}

func displayID(v map[string]any) string {
	t, _ := v["transient"].(map[string]any)
	id, _ := t["display_id"].(string)
	return id
}

// toOutput converts an IOPub message that nbformat stores as an output.
func toOutput(msgType string, v map[string]any) (Output, bool) {
	o := Output{Type: msgType}
	switch msgType {
	case "stream":
		o.Name, _ = v["name"].(string)
		o.Text, _ = v["text"].(string)
	case "display_data", "execute_result":
		o.Data = mapOf(v["data"])
		o.Metadata = mapOf(v["metadata"])
		o.displayID = displayID(v)
		if n, ok := v["execution_count"].(float64); ok && msgType == "execute_result" {
			c := int(n)
			o.ExecutionCount = &c
		}
	case "error":
		o.EName, _ = v["ename"].(string)
		o.EValue, _ = v["evalue"].(string)
		for _, l := range asSlice(v["traceback"]) {
			if s, ok := l.(string); ok {
				o.Traceback = append(o.Traceback, s)
			}
		}
	default:
		return o, false
	}
	return o, true
}

// appendOutput merges consecutive text of one stream, as nbclient does.
func appendOutput(outs []Output, o Output) []Output {
	if n := len(outs); n > 0 && o.Type == "stream" && outs[n-1].Type == "stream" && outs[n-1].Name == o.Name {
		outs[n-1].Text += o.Text
		return outs
	}
	return append(outs, o)
}

func (r *runner) echoSource(n int, src string) {
	if r.opts.Out == nil {
		return
	}
	prompt := fmt.Sprintf("In [%d]: ", n)
	pad := strings.Repeat(" ", len(prompt))
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	if r.echoed {
		fmt.Fprintln(r.opts.Out)
	}
	r.echoed = true
	for i, l := range lines {
		if i == 0 {
			fmt.Fprintln(r.opts.Out, prompt+l)
		} else {
			fmt.Fprintln(r.opts.Out, strings.TrimRight(pad+l, " "))
		}
	}
}

func (r *runner) echo(o Output) {
	out, errw := r.opts.Out, r.opts.Err
	if errw == nil {
		errw = out
	}
	switch o.Type {
	case "stream":
		w := out
		if o.Name == "stderr" {
			w = errw
		}
		if w != nil {
			io.WriteString(w, o.Text)
		}
	case "execute_result", "display_data":
		if out == nil {
			return
		}
		text, ok := o.Data["text/plain"].(string)
		if !ok {
			text = "<" + strings.Join(mimeTypes(o.Data), ", ") + ">"
		}
		if o.Type == "execute_result" && o.ExecutionCount != nil {
			text = fmt.Sprintf("Out[%d]: %s", *o.ExecutionCount, text)
		}
		fmt.Fprintln(out, text)
	case "error":
		if errw != nil {
			if len(o.Traceback) > 0 {
				fmt.Fprintln(errw, strings.Join(o.Traceback, "\n"))
			} else {
				fmt.Fprintf(errw, "%s: %s\n", o.EName, o.EValue)
			}
		}
	}
}

func mimeTypes(data map[string]any) []string {
	var ts []string
	for k := range data {
		ts = append(ts, k)
	}
	return ts
}

func mapOf(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

// RunMain is `gokernel run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace]
// [--timeout D] [--allow-errors]`; it prints the outputs and saves the
// notebook only when asked (as `jupyter execute`). It returns the exit
// code: 0 if every cell ran, 1 if a cell failed (an asked-for notebook is
// written either way), 2 for bad usage.
func RunMain(args []string) int {
	return runMain(args, os.Stdout, os.Stderr)
}

type runArgs struct {
	in, out     string
	timeout     time.Duration
	allowErrors bool
	inplace     bool
}

func parseRunArgs(args []string) (runArgs, error) {
	var ra runArgs
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			if ra.in != "" {
				return ra, fmt.Errorf("one notebook at a time (got %q and %q)", ra.in, a)
			}
			ra.in = a
			continue
		}
		value := func() (string, error) {
			if hasVal {
				return val, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s needs a value", a)
			}
			i++
			return args[i], nil
		}
		var err error
		switch name {
		case "o", "output":
			ra.out, err = value()
		case "timeout":
			var s string
			if s, err = value(); err == nil {
				ra.timeout, err = time.ParseDuration(s)
				if err == nil && ra.timeout < 0 {
					err = errors.New("negative timeout")
				}
				if err != nil {
					err = fmt.Errorf("--timeout %q: %v (use e.g. 30s or 5m)", s, err)
				}
			}
		case "allow-errors":
			if hasVal {
				return ra, fmt.Errorf("--allow-errors takes no value")
			}
			ra.allowErrors = true
		case "inplace":
			if hasVal {
				return ra, fmt.Errorf("--inplace takes no value")
			}
			ra.inplace = true
		default:
			return ra, fmt.Errorf("unknown flag %s", a)
		}
		if err != nil {
			return ra, err
		}
	}
	if ra.in == "" {
		return ra, errors.New("no notebook given")
	}
	// As `jupyter execute`: the notebook is only saved when asked.
	switch {
	case ra.inplace && ra.out != "":
		return ra, errors.New("-o and --inplace exclude each other")
	case ra.inplace:
		ra.out = ra.in
	}
	return ra, nil
}

const runUsage = `usage: gokernel run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace] [--timeout DURATION] [--allow-errors]
  (without -o or --inplace the outputs are only printed, nothing is saved)
  -o OUT.ipynb      write the executed notebook there
  --inplace         write the outputs back into NOTEBOOK.ipynb
  --timeout D       interrupt and fail a cell that runs longer than D (e.g. 30s)
  --allow-errors    run all cells even after one fails (exit code is still 1)
`

func runMain(args []string, stdout, stderr io.Writer) int {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			io.WriteString(stdout, runUsage)
			return 0
		}
	}
	ra, err := parseRunArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "gokernel run: %v\n%s", err, runUsage)
		return 2
	}
	nb, err := ReadFile(ra.in)
	if err != nil {
		fmt.Fprintf(stderr, "gokernel run: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// The kernel's own log only matters when something went wrong.
	var kernelLog lockedBuffer
	runErr := Run(ctx, nb, RunOptions{Timeout: ra.timeout, AllowErrors: ra.allowErrors,
		Out: stdout, Err: stderr, KernelErr: &kernelLog})
	if runErr != nil && kernelLog.Len() > 0 {
		fmt.Fprintf(stderr, "gokernel run: the kernel's log:\n%s", kernelLog.String())
	}
	var cellErrs []*CellError
	for _, e := range unjoin(runErr) {
		var ce *CellError
		if errors.As(e, &ce) {
			cellErrs = append(cellErrs, ce)
		}
	}
	if runErr != nil && len(cellErrs) == 0 && ctx.Err() == nil {
		// The kernel did not start: nothing ran, keep the file as it is.
		fmt.Fprintf(stderr, "gokernel run: %v\n", runErr)
		return 1
	}
	if ra.out != "" {
		if err := nb.WriteFile(ra.out); err != nil {
			fmt.Fprintf(stderr, "gokernel run: writing %s: %v\n", ra.out, err)
			return 1
		}
	}
	if runErr != nil {
		for _, ce := range cellErrs {
			fmt.Fprintf(stderr, "gokernel run: %v\n", ce)
		}
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "gokernel run: interrupted")
		}
		if ra.out != "" {
			fmt.Fprintf(stderr, "gokernel run: wrote %s (with the failure)\n", ra.out)
		}
		return 1
	}
	if ra.out != "" {
		fmt.Fprintf(stdout, "gokernel run: wrote %s\n", ra.out)
	}
	return 0
}

// lockedBuffer is a bytes.Buffer the kernel process's output can be copied
// into from another goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// unjoin lists the errors inside errors.Join.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}
