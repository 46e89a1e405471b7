package evalproc

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"syscall"

	"gokernel/kernel/eval"
	"gokernel/kernel/gotool"
	"gokernel/kernel/hybrid"
	"gokernel/kernel/magic"
	"gokernel/kernel/program"
	"gokernel/runtime/session"
)

// EvaluatorCommand is the hidden subcommand (os.Args[1]) that makes the
// gokernel binary serve as the evaluator process.
const EvaluatorCommand = "__evaluator"

// maxStack is the evaluator's goroutine stack limit.
const maxStack = 256 << 20

// File descriptors of the command channel in the evaluator process.
const (
	requestFD = 3
	eventFD   = 4
)

// evalSession is what the evaluator needs of a yaegi session (kernel/eval).
type evalSession interface {
	// Execute runs code; data is the MIME bundle of its value, nil if none.
	Execute(ctx context.Context, code string) (data map[string]any, err error)
	Declarations() []string
	Replay(decls []string) error
	Globals() []string
	IsComplete(code string) (status, indent string)
	Complete(code string, cursorPos int) (matches []string, start, end int)
	Inspect(code string, cursorPos, detail int) (found bool, data map[string]any)
	EvalExpr(ctx context.Context, expr string) (map[string]any, error)
}

// ServeEvaluator runs the evaluator process: it reads requests on fd 3,
// writes events on fd 4 and runs cells in a yaegi session, with fd 1 and
// os.Stderr captured as cell output. It returns the process exit code.
// Only a Supervisor starts it (`gokernel __evaluator`).
func ServeEvaluator() int {
	if !isPipe(requestFD) || !isPipe(eventFD) {
		fmt.Fprintln(os.Stderr, "gokernel "+EvaluatorCommand+": no command channel on fd 3 and 4; the kernel starts this process, not a user")
		return 2
	}
	// The process's own log stays on fd 2, the kernel's log, with the Go
	// runtime's crash reports; cells get a new os.Stderr (see capture).
	logger := log.New(os.Stderr, "evaluator: ", 0)
	kernelLog = logger
	// A runaway recursion fails at 256 MiB of stack (about 100,000
	// interpreted calls deep) instead of the default 1 GiB: faster, and
	// without taking the machine's memory first.
	debug.SetMaxStack(maxStack)
	var err error
	// Children must not inherit the command channel: the kernel detects
	// the evaluator's death by the end of fd 4.
	syscall.CloseOnExec(requestFD)
	syscall.CloseOnExec(eventFD)
	requests := os.NewFile(requestFD, "requests")
	out := &frameWriter{w: os.NewFile(eventFD, "events")}

	e := &evaluator{out: out, log: logger, magics: newMagics()}
	e.stdin = &stdinReader{e: e, replies: make(chan request, 1)}
	e.capture, err = startCapture(os.Getenv(syncTokenEnv))
	if err != nil {
		out.write(event{Kind: evReady, Err: &ErrorInfo{Name: "EvaluatorError", Value: err.Error()}})
		logger.Print(err)
		return 1
	}
	e.sess, err = newSession(e.stdin, e.capture.buffered, e.capture.stderrFor)
	if err != nil {
		out.write(event{Kind: evReady, Err: &ErrorInfo{Name: "EvaluatorError", Value: err.Error()}})
		logger.Print(err)
		return 1
	}
	// Through e.session: %reset replaces the session.
	session.SetDeclarations(func() []string { return e.session().Declarations() })
	startNativeChildren(logger.Writer())
	startTypecheck()
	session.SetEmitter(e.emit)
	session.SetFlusher(func() { e.capture.buffered.Flush() })
	if err := out.write(event{Kind: evReady}); err != nil {
		logger.Print(err)
		return 1
	}
	return e.serve(requests)
}

// isPipe reports whether fd is an open pipe (as the kernel passes; a
// process started by hand may have Go's own descriptors there).
func isPipe(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO
}

type evaluator struct {
	out     *frameWriter
	log     *log.Logger
	sess    evalSession
	magics  *magic.Registry
	capture *capture
	stdin   *stdinReader

	work sync.Mutex // one session call at a time (yaegi is not reentrant)

	// programMain is the main of the last whole program that ran
	// compiled, renamed, until a cell calls main() (programMain()).
	programMain string

	mu         sync.Mutex // guards the running cell's state below
	cancel     context.CancelFunc
	ctx        context.Context
	cell       string
	allowStdin bool
	execID     int64
	history    []magic.HistoryEntry // passed with the cell, for %history

	sentDecls []string  // declarations last sent to the kernel
	noteOnce  sync.Once // the note that whole programs are interpreted
}

// send writes an event to the kernel. If the kernel is gone there is no
// one left to serve: exit.
func (e *evaluator) send(ev event) error {
	err := e.out.write(ev)
	if err != nil {
		e.log.Print("kernel gone: ", err)
		session.StopAll()
		os.Exit(1)
	}
	return err
}

// sendSynced sends ev in its place among the output (see capture.sync).
func (e *evaluator) sendSynced(ev event) error {
	return e.capture.sync(func(out, err uint64) error {
		ev.SyncOut, ev.SyncErr = out, err
		return e.send(ev)
	})
}

// emit forwards runtime output (child process streams, displays).
func (e *evaluator) emit(o session.Output) {
	if o.Kind == "stream" && o.Name == "stderr" {
		// As a synced event: stdout the cell printed before (still in
		// fmt's buffer, or unread in the other pipe) comes first, and
		// what it prints after comes after. Writing it into the stderr
		// pipe would leave its order with stdout to a race (an unread
		// process error came before the cell's last line under load).
		e.sendSynced(event{Kind: "stream", Cell: o.Cell, Name: o.Name, Text: o.Text})
		return
	}
	if o.Kind == "stream" {
		// Into the pipe, in its place among what the cells print; as an
		// event if the cell closed the pipe.
		if !e.capture.writeText(o.Cell, o.Name, []byte(o.Text)) {
			e.send(event{Kind: "stream", Cell: o.Cell, Name: o.Name, Text: o.Text})
		}
		return
	}
	// Text printed before a display must appear before it.
	ev := event{Kind: o.Kind, Cell: o.Cell, Data: o.Data, Metadata: o.Metadata, Wait: o.Wait}
	if o.DisplayID != "" {
		ev.Transient = map[string]any{"display_id": o.DisplayID}
	}
	e.sendSynced(ev)
}

func (e *evaluator) serve(requests io.Reader) int {
	for {
		var r request
		if _, err := readFrame(requests, &r); err != nil {
			if !errors.Is(err, io.EOF) {
				e.log.Print("reading requests: ", err)
			}
			session.StopAll()
			return 0
		}
		switch r.Kind {
		case reqInterrupt:
			e.interrupt()
		case reqInputReply:
			e.stdin.deliver(r)
		case reqShutdown:
			e.interrupt()
			session.StopAll()
			e.sendSynced(event{Kind: evReply, ID: r.ID})
			return 0
		case reqExecute:
			// The cell's context exists from now on, so an interrupt that
			// arrives before the cell starts is not lost.
			ctx, cancel := context.WithCancel(context.Background())
			e.mu.Lock()
			e.ctx, e.cancel, e.cell, e.allowStdin, e.execID = ctx, cancel, r.Cell, r.AllowStdin, r.ID
			e.history = r.History
			e.mu.Unlock()
			go e.handle(ctx, r)
		default:
			go e.handle(nil, r)
		}
	}
}

// interrupt stops the running cell and everything it started.
func (e *evaluator) interrupt() {
	e.mu.Lock()
	cancel, cell := e.cancel, e.cell
	e.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	session.StopCell(cell)
}

// handle runs one request; a panic (e.g. inside yaegi) becomes an error
// reply instead of killing the session.
func (e *evaluator) handle(ctx context.Context, r request) {
	e.work.Lock()
	defer e.work.Unlock()
	reply := event{Kind: evReply, ID: r.ID}
	func() {
		defer func() {
			if v := recover(); v != nil {
				e.log.Printf("panic handling %s: %v\n%s", r.Kind, v, debug.Stack())
				reply.Err = &ErrorInfo{Name: "InternalError", Value: fmt.Sprintf("the evaluator failed: %v", v)}
				reply.Status = "error"
			}
		}()
		switch r.Kind {
		case reqExecute:
			e.execute(ctx, r, &reply)
		case reqComplete:
			var ok bool
			if reply.Matches, reply.Types, reply.Start, reply.End, ok = typesComplete(e.sess, r.Code, r.CursorPos); !ok {
				reply.Matches, reply.Start, reply.End = e.complete(r.Code, r.CursorPos)
				reply.Types = e.completeTypes(r.Code, r.CursorPos, reply.Matches)
			}
		case reqInspect:
			if reply.Found, reply.Data = e.sess.Inspect(r.Code, r.CursorPos, r.Detail); !reply.Found {
				reply.Found, reply.Data = typesInspect(e.sess, r.Code, r.CursorPos)
			}
		case reqIsComplete:
			reply.Status, reply.Indent = e.isComplete(r.Code)
		case reqReplay:
			for _, d := range r.Decls {
				e.noteTimers(d)
			}
			decls, compiled := hybrid.Split(r.Decls)
			compiledOnly.Reset()
			compiledOnly.Add(compiled)
			clear(pristine)
			if err := e.sess.Replay(decls); err != nil {
				reply.Err = errorInfo(err)
			}
			e.sentDecls = nil
			reply.Decls, reply.DeclsChanged = e.declsUpdate()
			reply.Globals = e.sess.Globals()
		default:
			reply.Err = &ErrorInfo{Name: "ProtocolError", Value: fmt.Sprintf("unknown request %q", r.Kind)}
		}
	}()
	if r.Kind == reqExecute {
		// What the runtime does at the end of a cell (report an error
		// the cell did not read) lands in it, before its reply.
		session.EndCell(r.Cell)
		e.finishCell()
		// From now on, what goroutines of the cell print is framed
		// with its id: it lands under it, not under the next cell.
		e.capture.buffered.setRunning("")
		// Everything the cell wrote goes out before its reply.
		e.sendSynced(reply)
		return
	}
	e.send(reply)
}

func (e *evaluator) execute(ctx context.Context, r request, reply *event) {
	session.SetCurrentCell(r.Cell)
	if l, ok := e.sess.(interface{ SetCellLabel(string) }); ok {
		label := ""
		if r.Count > 0 {
			label = fmt.Sprintf("In [%d]", r.Count)
		}
		l.SetCellLabel(label)
	}
	e.capture.buffered.setRunning(r.Cell)

	data, err := e.runCell(ctx, r.Cell, r.Code)
	if err != nil {
		reply.Status = "error"
		reply.Err = errorInfo(err)
	} else {
		reply.Status = "ok"
		if !r.Silent {
			reply.Result = data
		}
		if len(r.UserExpressions) > 0 {
			reply.UserExpressions = map[string]any{}
			for name, expr := range r.UserExpressions {
				reply.UserExpressions[name] = e.userExpression(ctx, expr)
			}
		}
	}
	reply.Decls, reply.DeclsChanged = e.declsUpdate()
	reply.Globals = e.sess.Globals()
}

// runCell runs a cell's text: plain Go goes straight to the session; a
// cell with magics or shell lines goes through the magic registry, which
// sends its Go parts to the session.
func (e *evaluator) runCell(ctx context.Context, cell, code string) (map[string]any, error) {
	e.noteTimers(code)
	switch {
	case magic.HasMagic(code):
		clear(pristine) // what its Go parts and compiled runs used is not tracked
		return e.magics.Execute(e.magicEnv(ctx, cell), code)
	case program.IsProgram(code):
		clear(pristine)
		return nil, e.runProgram(ctx, cell, code)
	}
	if called, ok := e.callsProgramMain(code); ok {
		// main() of the session's program: it runs once, as a call.
		if e.programMain != "" {
			e.capture.buffered.setMuted(true)
			err := e.sess.Replay([]string{e.programMain})
			e.capture.buffered.setMuted(false)
			e.programMain = ""
			if err != nil {
				return nil, programError(err)
			}
		}
		data, err := e.runCell(ctx, cell, called)
		return data, programError(err)
	}
	if names := compiledOnly.Needed(e.sess.Declarations(), code); len(names) > 0 {
		// Go's own errors first; the interpreter never sees the cell.
		v, err := checkCell(goDeclarations(e.sess), e.sess.Globals, code)
		lastVerdict = v
		reason := "it uses " + strings.Join(names, ", ") + ", which only compiled runs have"
		if reason, guard, ok := refusal(err); ok && guard {
			return e.runCompiledCell(ctx, cell, code, reason, true, err)
		}
		if err != nil {
			return nil, err
		}
		return e.runCompiledCell(ctx, cell, code, reason, false, nil)
	}
	res, err := e.executeWatched(ctx, cell, code)
	if reason, guard, ok := refusal(err); ok {
		return e.runCompiledCell(ctx, cell, code, reason, guard, err)
	}
	notePristine(goDeclarations(e.sess), code)
	if err == nil {
		// What the interpreter now declares replaces compiled-only
		// declarations of the same names.
		if c, derr := program.Describe(code); derr == nil {
			compiledOnly.Forget(c.Declared)
		}
		return res, nil
	}
	return res, err
}

// runProgram runs a cell that is a whole program (package main ... func
// main) once, as `go run` would: compiled when the go command is there
// (exact Go), else interpreted. Its declarations, all but main, become
// the session's, so later cells can call its functions; main itself is
// never kept, so it never runs again by itself.
func (e *evaluator) runProgram(ctx context.Context, cell, code string) error {
	_, decls, parseErr := program.Program(code, program.Options{})
	env := e.magicEnv(ctx, cell)
	if _, tcErr := gotool.Find(); tcErr == nil {
		run, _ := e.magics.Lookup("run")
		if _, err := run.Run(env, magic.Call{Name: "run", Cell: true, Body: code}); err != nil {
			return err
		}
		// The program printed what its variables' initialisers print;
		// the session's copy of them must not print it again.
		e.capture.buffered.Flush()
		e.capture.buffered.setMuted(true)
		err := e.sess.Replay(decls)
		e.capture.buffered.setMuted(false)
		// The session's variables now hold what their declarations give
		// (the program changed only its own copies).
		for _, d := range decls {
			if c, derr := program.Describe(d); derr == nil && len(c.Vars) > 0 && sameEveryRun(d, decls) {
				for _, v := range c.Vars {
					pristine[v] = true
				}
			}
		}
		if err != nil {
			keepCompiledOnly(env.Stderr, decls, err)
		}
		// main too, by another name, when a later cell calls it (not
		// now: compiling it may never end, as for recursive generics).
		e.programMain = programMain(code)
		return nil
	}
	if parseErr != nil {
		return parseErr
	}
	// main and init are kept under names of their own: a cell's
	// statements run in the interpreter's own main, which a call of
	// main() would recurse into, and init cannot be called.
	entry, ok := programEntry(code)
	if !ok {
		return &magic.Error{Name: "CompileError", Value: "a program needs a func main()"}
	}
	e.noteOnce.Do(func() {
		fmt.Fprintf(env.Stderr, "note: no Go toolchain, so this program is interpreted; %s\n", gotool.Hint)
	})
	// The program's declarations go in as a cell of declarations, at the
	// lines of the program, so the type check gives them what cells get
	// (Go's errors, the lowering the interpreter needs, the guard).
	if _, err := e.runCell(ctx, cell, programAsDecls(code)); err != nil {
		return programError(err)
	}
	_, err := e.runCell(ctx, cell, entry)
	return programError(err)
}

// programMain is the program's func main named interpretedMain, with a
// line directive to its place in the cell ("" without one).
func programMain(code string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", code, parser.SkipObjectResolution)
	if err != nil {
		return ""
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Body != nil && fd.Name.Name == "main" {
			start := fset.Position(fd.Pos())
			nameAt := fset.Position(fd.Name.Pos()).Offset
			end := fset.Position(fd.End()).Offset
			return fmt.Sprintf("/*line _.go:%d:%d*/", start.Line, start.Column) +
				code[start.Offset:nameAt] + interpretedMain + code[nameAt+len("main"):end]
		}
	}
	return ""
}

// callsProgramMain returns code with its calls main() made calls of the
// session's whole program's main (interpretedMain), when the session has
// one and the cell calls main without declaring its own.
func (e *evaluator) callsProgramMain(code string) (string, bool) {
	if !strings.Contains(code, "main") {
		return "", false
	}
	has := false
	for _, d := range e.sess.Declarations() {
		if strings.Contains(d, "func "+interpretedMain+"(") {
			has = true
			break
		}
	}
	if !has && e.programMain == "" {
		return "", false
	}
	c, err := program.Describe(code)
	if err != nil || slices.Contains(c.Declared, "main") {
		return "", false
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p;func _(){"+code+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return "", false
	}
	const base = len("package p;func _(){")
	var at []int
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 0 {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "main" {
				at = append(at, fset.Position(id.Pos()).Offset-base)
			}
		}
		return true
	})
	if len(at) == 0 {
		return "", false
	}
	for i := len(at) - 1; i >= 0; i-- {
		code = code[:at[i]] + interpretedMain + code[at[i]+len("main"):]
	}
	return code, true
}

// programAsDecls is a whole program as a cell of declarations at the
// same lines: the package clause blanked, main and each init renamed
// (interpretedMain, interpretedInit0, ...).
func programAsDecls(code string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", code, parser.SkipObjectResolution)
	if err != nil {
		return code
	}
	type edit struct {
		start, end int
		text       string
	}
	pkgStart, pkgEnd := fset.Position(f.Package).Offset, fset.Position(f.Name.End()).Offset
	edits := []edit{{pkgStart, pkgEnd, strings.Repeat(" ", pkgEnd-pkgStart)}}
	inits := 0
	for _, d := range f.Decls {
		fd, isFunc := d.(*ast.FuncDecl)
		if !isFunc || fd.Recv != nil || fd.Body == nil || (fd.Name.Name != "main" && fd.Name.Name != "init") {
			continue
		}
		name := interpretedMain
		if fd.Name.Name == "init" {
			name = fmt.Sprintf("%s%d", interpretedInit, inits)
			inits++
		}
		at := fset.Position(fd.Name.Pos()).Offset
		edits = append(edits, edit{at, at + len(fd.Name.Name), name})
	}
	for i := len(edits) - 1; i >= 0; i-- {
		ed := edits[i]
		code = code[:ed.start] + ed.text + code[ed.end:]
	}
	return code
}

// Names of a whole program's main and init functions in the session when
// it is interpreted.
const (
	interpretedMain = "gokernelProgramMain"
	interpretedInit = "gokernelProgramInit"
)

// programEntry returns the statement that runs a whole program's init
// functions and main as Go would, each init in order, then main, by the
// names programAsDecls gives them; ok is false without a func main.
func programEntry(code string) (entry string, ok bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", code, parser.SkipObjectResolution)
	if err != nil {
		return "", false
	}
	var calls []string
	hasMain := false
	for _, d := range f.Decls {
		fd, isFunc := d.(*ast.FuncDecl)
		if !isFunc || fd.Recv != nil || fd.Body == nil || (fd.Name.Name != "main" && fd.Name.Name != "init") {
			continue
		}
		if fd.Name.Name == "init" {
			calls = append(calls, fmt.Sprintf("%s%d()", interpretedInit, len(calls)))
		} else {
			hasMain = true
		}
	}
	return strings.Join(append(calls, interpretedMain+"()"), "; "), hasMain
}

// programError names main and init as the program does, not by the names
// they have in the session.
func programError(err error) error {
	r := strings.NewReplacer(interpretedMain, "main", interpretedInit, "init")
	fix := func(value string, tb []string) (string, []string) {
		out := make([]string, len(tb))
		for i, line := range tb {
			out[i] = r.Replace(line)
		}
		return r.Replace(value), out
	}
	var me *magic.Error
	if errors.As(err, &me) { // the fidelity guard's finding
		out := *me
		out.Value, out.Traceback = fix(me.Value, me.Traceback)
		return &out
	}
	var ee *eval.Error
	if err == nil || !errors.As(err, &ee) {
		return err
	}
	out := *ee
	out.Value, out.Traceback = fix(ee.Value, ee.Traceback)
	return &out
}

// isComplete answers is_complete: a magic or shell line is complete as
// it is; the Go parts of the cell decide.
func (e *evaluator) isComplete(code string) (status, indent string) {
	if !magic.HasMagic(code) {
		return e.sess.IsComplete(code)
	}
	for _, p := range magic.Split(code) {
		switch p.Kind {
		case magic.CellPart:
			return "complete", ""
		case magic.GoPart:
			if status, indent = e.sess.IsComplete(p.Code); status != "complete" {
				return status, indent
			}
		}
	}
	return "complete", ""
}

// complete offers magic names on a line that starts with %, and Go
// completions elsewhere.
func (e *evaluator) complete(code string, cursor int) (matches []string, start, end int) {
	if cursor < 0 || cursor > len(code) {
		return e.sess.Complete(code, cursor)
	}
	lineStart := strings.LastIndexByte(code[:cursor], '\n') + 1
	word := code[lineStart:cursor]
	if !strings.HasPrefix(word, "%") || strings.ContainsAny(word, " \t") {
		return e.sess.Complete(code, cursor)
	}
	for _, name := range e.magics.Names() {
		if strings.HasPrefix(name, word) {
			matches = append(matches, name)
		}
	}
	return matches, lineStart, cursor
}

// magicEnv is what magics get of the running cell.
func (e *evaluator) magicEnv(ctx context.Context, cell string) *magic.Env {
	return &magic.Env{
		Ctx:        ctx,
		Cell:       cell,
		Stdout:     e.capture.buffered,
		Stderr:     os.Stderr,
		StdoutFile: os.Stdout, // fd 1: the capture pipe
		StderrFile: os.Stderr,
		Flush:      func() { e.capture.buffered.Flush() },
		Input:      e.stdin.Line,
		// Through e.sess at each call: a %reset earlier in the cell
		// replaced the session.
		Execute: func(ctx context.Context, code string) (map[string]any, error) {
			return e.sess.Execute(ctx, code)
		},
		Run: func(ctx context.Context, code string) (map[string]any, error) {
			return e.runCell(ctx, cell, code)
		},
		Declarations: func() []string { return goDeclarations(e.sess) },
		Display: func(data map[string]any) {
			e.emit(session.Output{Cell: cell, Kind: "display", Data: data, Metadata: map[string]any{}})
		},
		Globals: func() []string { return e.sess.Globals() },
		Vars:    func() []magic.Var { return e.vars(ctx) },
		Reset:   e.resetSession,
		History: e.historyFor,
	}
}

// finishCell forgets the cell's context. It is not cancelled: goroutines
// the cell started keep running until an interrupt.
func (e *evaluator) finishCell() {
	e.mu.Lock()
	e.ctx, e.cancel, e.allowStdin = nil, nil, false
	e.mu.Unlock()
}

func (e *evaluator) userExpression(ctx context.Context, expr string) map[string]any {
	data, err := e.sess.EvalExpr(ctx, expr)
	if err != nil {
		ei := errorInfo(err)
		return map[string]any{"status": "error", "ename": ei.Name, "evalue": ei.Value, "traceback": ei.Traceback}
	}
	if data == nil {
		data = map[string]any{}
	}
	return map[string]any{"status": "ok", "data": data, "metadata": map[string]any{}}
}

// declsUpdate returns the session's declarations if they changed since
// they were last sent, so that a long session does not resend them all.
func (e *evaluator) declsUpdate() ([]string, bool) {
	d := compiledOnly.Marked(e.sess.Declarations())
	if e.sentDecls != nil && slices.Equal(d, e.sentDecls) {
		return nil, false
	}
	e.sentDecls = slices.Clone(d)
	if e.sentDecls == nil {
		e.sentDecls = []string{}
	}
	return d, true
}
