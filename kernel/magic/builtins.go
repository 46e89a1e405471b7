package magic

import (
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// addBuiltins registers the magics that need nothing but this package.
func addBuiltins(r *Registry) {
	r.Add(Magic{Name: "lsmagic", Line: true, Usage: "%lsmagic",
		Help: "Lists the magics of this kernel.",
		Run: func(env *Env, c Call) (map[string]any, error) {
			var b strings.Builder
			b.WriteString("Magics (%help NAME or %NAME? explains one):\n")
			for _, m := range r.All() {
				fmt.Fprintf(&b, "  %-34s %s\n", m.Usage, firstLine(m.Help))
			}
			b.WriteString("  !COMMAND                           runs a shell command, its output in the cell\n")
			fmt.Fprint(env.Stdout, b.String())
			return nil, nil
		}})
	r.Add(Magic{Name: "help", Line: true, Usage: "%help [NAME]",
		Help: "Explains a magic (%help run), or lists them all.",
		Run: func(env *Env, c Call) (map[string]any, error) {
			if len(c.Argv) == 0 {
				m, _ := r.Lookup("lsmagic")
				return m.Run(env, c)
			}
			return nil, r.help(env, strings.TrimLeft(c.Argv[0], "%"))
		}})
	r.Add(Magic{Name: "env", Line: true, Usage: "%env [NAME[=VALUE]]",
		Help: "Shows or sets environment variables of the session (and of the programs it starts).\n\n" +
			"  %env             lists them all\n  %env GOMAXPROCS  shows one\n  %env NAME=VALUE  sets one (also %env NAME VALUE)",
		Run: runEnv})
	r.Add(Magic{Name: "cd", Line: true, Usage: "%cd [DIR]",
		Help: "Changes the session's working directory (relative file names of cells, magics and shell lines start there); without DIR, to your home directory.",
		Run: func(env *Env, c Call) (map[string]any, error) {
			dir := ""
			if len(c.Argv) > 0 {
				dir = c.Argv[0]
			}
			if dir == "" || dir == "~" {
				home, err := os.UserHomeDir()
				if err != nil {
					return nil, &Error{Name: "UsageError", Value: "no home directory: " + err.Error()}
				}
				dir = home
			}
			if err := os.Chdir(dir); err != nil {
				return nil, &Error{Name: "OSError", Value: err.Error()}
			}
			wd, _ := os.Getwd()
			fmt.Fprintln(env.Stdout, wd)
			return nil, nil
		}})
	r.Add(Magic{Name: "pwd", Line: true, Usage: "%pwd",
		Help: "Shows the session's working directory.",
		Run: func(env *Env, c Call) (map[string]any, error) {
			wd, err := os.Getwd()
			if err != nil {
				return nil, &Error{Name: "OSError", Value: err.Error()}
			}
			return map[string]any{"text/plain": strconv.Quote(wd)}, nil
		}})
	r.Add(Magic{Name: "writefile", Cell: true, Usage: "%%writefile [-a] FILE",
		Help: "Writes the rest of the cell into FILE (-a appends), for example a Go program to run with %run FILE.go.",
		Run:  runWritefile})
	for _, f := range []struct{ name, mime, what string }{
		{"html", "text/html", "HTML"},
		{"markdown", "text/markdown", "Markdown"},
		{"svg", "image/svg+xml", "an SVG picture"},
		{"latex", "text/latex", "LaTeX"},
	} {
		r.Add(Magic{Name: f.name, Cell: true, Usage: "%%" + f.name,
			Help: "Shows the rest of the cell as " + f.what + ".",
			Run: func(env *Env, c Call) (map[string]any, error) {
				env.Display(map[string]any{f.mime: c.Body, "text/plain": c.Body})
				return nil, nil
			}})
	}
	r.Add(Magic{Name: "who", Line: true, Usage: "%who",
		Help: "Lists the session's variables.",
		Run: func(env *Env, c Call) (map[string]any, error) {
			names := env.Globals()
			if len(names) == 0 {
				fmt.Fprintln(env.Stdout, "Interactive namespace is empty.")
				return nil, nil
			}
			fmt.Fprintln(env.Stdout, strings.Join(names, "\t"))
			return nil, nil
		}})
	addSessionMagics(r)
	r.Add(Magic{Name: "time", Line: true, Cell: true, Usage: "%time STATEMENT  or  %%time",
		Help: "Runs a statement (%time fib(30)) or the rest of the cell (%%time, which may start with %%run to time a compiled run) once, then prints the CPU time (this session and the programs it waited for) and the wall-clock time.",
		Run:  runTime})
	r.Add(Magic{Name: "timeit", Line: true, Cell: true, Usage: "%timeit [-n N] [-r R] STATEMENT  or  %%timeit",
		Help: "Runs a statement or the rest of the cell many times and prints the mean time of one run with its spread: R rounds (default 7) of N runs each (by default as many as fill about 0.2 s).",
		Run:  runTimeit})
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func (r *Registry) help(env *Env, name string) error {
	m, ok := r.Lookup(name)
	if !ok {
		return &Error{Name: "UsageError", Value: "there is no magic %" + name + "; " + r.available()}
	}
	fmt.Fprintf(env.Stdout, "%s\n\n%s\n", m.Usage, m.Help)
	return nil
}

func runEnv(env *Env, c Call) (map[string]any, error) {
	args := strings.TrimSpace(c.Args)
	if args == "" {
		vars := os.Environ()
		sort.Strings(vars)
		fmt.Fprintln(env.Stdout, strings.Join(vars, "\n"))
		return nil, nil
	}
	name, value, set := strings.Cut(args, "=")
	if !set {
		name, value, set = strings.Cut(args, " ")
	}
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	if !set {
		v, ok := os.LookupEnv(name)
		if !ok {
			return nil, &Error{Name: "KeyError", Value: "no environment variable " + name}
		}
		return map[string]any{"text/plain": strconv.Quote(v)}, nil
	}
	if unq, err := strconv.Unquote(value); err == nil {
		value = unq
	}
	if err := os.Setenv(name, value); err != nil {
		return nil, &Error{Name: "UsageError", Value: err.Error()}
	}
	// Cells see the interpreter's own copy of the environment.
	if env.Execute != nil {
		if _, err := env.Execute(env.Ctx, fmt.Sprintf("os.Setenv(%q, %q)", name, value)); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(env.Stdout, "env: %s=%s\n", name, value)
	return nil, nil
}

func runWritefile(env *Env, c Call) (map[string]any, error) {
	appendTo := false
	var file string
	for _, a := range c.Argv {
		switch {
		case a == "-a" || a == "--append":
			appendTo = true
		case file == "":
			file = a
		default:
			return nil, &Error{Name: "UsageError", Value: "%%writefile takes one file name, got " + strconv.Quote(c.Args)}
		}
	}
	if file == "" {
		return nil, &Error{Name: "UsageError", Value: "%%writefile needs a file name: %%writefile [-a] FILE"}
	}
	_, statErr := os.Stat(file)
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	verb := "Writing"
	switch {
	case appendTo:
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		verb = "Appending to"
	case statErr == nil:
		verb = "Overwriting"
	}
	if dir := filepath.Dir(file); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &Error{Name: "OSError", Value: err.Error()}
		}
	}
	f, err := os.OpenFile(file, flags, 0o644)
	if err != nil {
		return nil, &Error{Name: "OSError", Value: err.Error()}
	}
	_, werr := f.WriteString(c.Body)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return nil, &Error{Name: "OSError", Value: werr.Error()}
	}
	fmt.Fprintf(env.Stdout, "%s %s\n", verb, file)
	return nil, nil
}

// runShell runs a `!command` line with /bin/sh, its output streamed into
// the cell. An interrupt kills the command and everything it started. As
// in IPython, a failing command is not a cell error: its output says why.
func runShell(env *Env, command string) error {
	if command == "" {
		return &Error{Name: "UsageError", Value: "a shell line needs a command after !, e.g. !ls -l"}
	}
	cmd := exec.Command("/bin/sh", "-c", command)
	return RunCommand(env, cmd, func(err error) error {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return nil
		}
		return err
	})
}

// RunCommand runs cmd with the cell's output files as its stdout and
// stderr and no stdin, in its own process group, which an interrupt
// kills at once. onExit maps cmd.Wait's error to the cell's (nil: no
// error).
func RunCommand(env *Env, cmd *exec.Cmd, onExit func(error) error) error {
	if env.Flush != nil {
		env.Flush()
	}
	cmd.Stdout, cmd.Stderr = env.StdoutFile, env.StderrFile
	if cmd.Stdout == nil {
		cmd.Stdout, cmd.Stderr = env.Stdout, env.Stderr
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return &Error{Name: "OSError", Value: err.Error()}
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-env.Ctx.Done():
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		case <-done:
		}
	}()
	err := cmd.Wait()
	close(done)
	if env.Ctx.Err() != nil {
		return env.Ctx.Err()
	}
	if err == nil {
		return nil
	}
	return onExit(err)
}

// cpuTime is the CPU time of this process and of the children it waited
// for.
func cpuTime() (user, sys time.Duration) {
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if syscall.Getrusage(who, &ru) == nil {
			user += time.Duration(ru.Utime.Nano())
			sys += time.Duration(ru.Stime.Nano())
		}
	}
	return user, sys
}

// timedCode is the code a %time or %timeit call runs: the statement of a
// line magic (at its line, so errors point there) or a cell magic's body.
func timedCode(c Call) string {
	if c.Cell {
		return strings.Repeat("\n", c.Line) + c.Body
	}
	return strings.Repeat("\n", c.Line-1) + c.Args
}

func runTime(env *Env, c Call) (map[string]any, error) {
	code := timedCode(c)
	if strings.TrimSpace(code) == "" {
		return nil, &Error{Name: "UsageError", Value: "%time needs something to time: %time fib(30), or %%time on the first line of a cell"}
	}
	u0, s0 := cpuTime()
	start := time.Now()
	res, err := env.Run(env.Ctx, code)
	wall := time.Since(start)
	u1, s1 := cpuTime()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(env.Stdout, "CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
		FormatDuration(u1-u0), FormatDuration(s1-s0), FormatDuration(u1-u0+s1-s0), FormatDuration(wall))
	return res, nil
}

func runTimeit(env *Env, c Call) (map[string]any, error) {
	loops, rounds := 0, 7
	args := c.Argv
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		if len(args) < 2 {
			return nil, &Error{Name: "UsageError", Value: "%timeit " + args[0] + " needs a number"}
		}
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 1 {
			return nil, &Error{Name: "UsageError", Value: "%timeit " + args[0] + " needs a positive number, got " + strconv.Quote(args[1])}
		}
		switch args[0] {
		case "-n":
			loops = n
		case "-r":
			rounds = n
		default:
			return nil, &Error{Name: "UsageError", Value: "%timeit knows -n N (runs per round) and -r R (rounds), not " + args[0]}
		}
		args = args[2:]
	}
	code := timedCode(c)
	if !c.Cell {
		// The statement is what follows the options on the line.
		stmt := c.Args
		for range len(c.Argv) - len(args) {
			stmt = strings.TrimLeft(stmt, " \t")
			if i := strings.IndexAny(stmt, " \t"); i >= 0 {
				stmt = stmt[i:]
			}
		}
		code = strings.Repeat("\n", c.Line-1) + strings.TrimSpace(stmt)
	}
	if strings.TrimSpace(code) == "" {
		return nil, &Error{Name: "UsageError", Value: "%timeit needs something to time: %timeit fib(20), or %%timeit on the first line of a cell"}
	}
	// Timed one by one, each run of Go code would pay for compiling it
	// again; as IPython does, a round of plain Go runs in one loop.
	looped := !HasMagic(code)
	runs := func(n int) (time.Duration, error) {
		start := time.Now()
		if looped && n > 1 {
			pad := strings.Count(code, "\n") - strings.Count(strings.TrimLeft(code, "\n"), "\n")
			wrapped := strings.Repeat("\n", pad) + fmt.Sprintf("for __gkTimeit := 0; __gkTimeit < %d; __gkTimeit++ { ", n) +
				strings.TrimLeft(code, "\n") + "\n}"
			if _, err := env.Execute(env.Ctx, wrapped); err == nil {
				return time.Since(start), nil
			} else if env.Ctx.Err() != nil {
				return 0, err
			}
			looped = false // not a statement list (declarations): one by one
			start = time.Now()
		}
		for range n {
			if _, err := env.Run(env.Ctx, code); err != nil {
				return 0, err
			}
		}
		return time.Since(start), nil
	}
	// The first run finds errors at the cell's own lines and, as IPython
	// does, picks the number of runs per round: 1, 2, 5, 10, 20, ...
	// until a round takes 0.2 s.
	first, err := runs(1)
	if err != nil {
		return nil, err
	}
	if loops == 0 {
		loops = 1
		for _, n := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000} {
			loops = n
			if time.Duration(n)*first >= 200*time.Millisecond {
				break
			}
		}
	}
	per := make([]float64, 0, rounds)
	for range rounds {
		total, err := runs(loops)
		if err != nil {
			return nil, err
		}
		per = append(per, float64(total)/float64(loops))
	}
	mean, sd := meanStd(per)
	roundWord := "runs"
	if rounds == 1 {
		roundWord = "run"
	}
	loopWord := "loops"
	if loops == 1 {
		loopWord = "loop"
	}
	fmt.Fprintf(env.Stdout, "%s ± %s per loop (mean ± std. dev. of %d %s, %d %s each)\n",
		FormatDuration(time.Duration(mean)), FormatDuration(time.Duration(sd)), rounds, roundWord, loops, loopWord)
	return nil, nil
}

func meanStd(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	if len(xs) < 2 {
		return mean, 0
	}
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

// FormatDuration prints d with three significant digits, as IPython does:
// 1.23 s, 45.6 ms, 789 µs, 12.3 ns.
func FormatDuration(d time.Duration) string {
	v := float64(d)
	units := []struct {
		name  string
		scale float64
	}{{"s", 1e9}, {"ms", 1e6}, {"µs", 1e3}, {"ns", 1}}
	for _, u := range units {
		if math.Abs(v) >= u.scale || u.scale == 1 {
			x := v / u.scale
			switch {
			case x == 0:
				return "0 " + u.name
			case math.Abs(x) >= 100:
				return fmt.Sprintf("%.0f %s", x, u.name)
			case math.Abs(x) >= 10:
				return fmt.Sprintf("%.1f %s", x, u.name)
			default:
				return fmt.Sprintf("%.2f %s", x, u.name)
			}
		}
	}
	return d.String()
}
