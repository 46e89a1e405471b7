package magic

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// Var is one variable of the session, for %whos.
type Var struct {
	Name, Type string
	// Value is how a cell would show it (text/plain).
	Value string
}

// HistoryEntry is one cell of the kernel's history.
type HistoryEntry struct {
	// Count is the cell's execution count (In [Count]).
	Count int
	// Input is the cell's code; Output the text of its result ("" if
	// none).
	Input, Output string
}

// whosValueWidth cuts long values in %whos, as IPython does.
const whosValueWidth = 60

// addSessionMagics registers the magics about the session itself.
func addSessionMagics(r *Registry) {
	r.Add(Magic{Name: "whos", Line: true, Usage: "%whos",
		Help: "Lists the session's variables with their types and values.",
		Run:  runWhos})
	r.Add(Magic{Name: "reset", Line: true, Usage: "%reset [-f]",
		Help: "Forgets everything the session defined (variables, functions, types, imports), as a fresh kernel would, after asking (-f: without asking). " +
			"The execution count and %history stay; goroutines, processes and pools already running go on.",
		Run: runReset})
	r.Add(Magic{Name: "history", Line: true, Usage: "%history [-n] [-o] [-l N] [-g PATTERN] [RANGE]",
		Help: "Shows the cells run so far in this kernel (their input), oldest first.\n\n" +
			"  -n          numbers them (In [N])\n  -o          adds each cell's result (Out[N])\n" +
			"  -l N        only the last N\n  -g PATTERN  only cells whose code matches the glob PATTERN (* and ?)\n" +
			"  RANGE       cells N, N-M (M included) or several of them: %history -n 2 4-6",
		Run: runHistory})
}

func runWhos(env *Env, c Call) (map[string]any, error) {
	if env.Vars == nil {
		return nil, &Error{Name: "UsageError", Value: "%whos is not available here"}
	}
	vars := env.Vars()
	if len(vars) == 0 {
		fmt.Fprintln(env.Stdout, "Interactive namespace is empty.")
		return nil, nil
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 3, ' ', 0)
	fmt.Fprintln(tw, "Variable\tType\tData/Info")
	fmt.Fprintln(tw, "--------\t----\t---------")
	for _, v := range vars {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", v.Name, v.Type, shorten(v.Value))
	}
	tw.Flush()
	// The rule under the header spans the table, as in IPython.
	lines := strings.SplitN(b.String(), "\n", 3)
	width := 0
	for _, l := range strings.Split(b.String(), "\n") {
		width = max(width, utf8.RuneCountInString(l))
	}
	fmt.Fprintf(env.Stdout, "%s\n%s\n%s", strings.TrimRight(lines[0], " "), strings.Repeat("-", width), lines[2])
	return nil, nil
}

// shorten keeps one line of at most whosValueWidth characters.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= whosValueWidth {
		return s
	}
	r := []rune(s)
	return string(r[:whosValueWidth/2-2]) + " ... " + string(r[len(r)-(whosValueWidth/2-3):])
}

func runReset(env *Env, c Call) (map[string]any, error) {
	if env.Reset == nil {
		return nil, &Error{Name: "UsageError", Value: "%reset is not available here"}
	}
	force := false
	for _, a := range c.Argv {
		if a != "-f" {
			return nil, &Error{Name: "UsageError", Value: "%reset takes only -f (no question asked), not " + strconv.Quote(a)}
		}
		force = true
	}
	if !force {
		answer, err := env.Input("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
		if err != nil {
			return nil, &Error{Name: "UsageError", Value: "%reset asks before it forgets the session, and this frontend cannot answer (" + err.Error() + "); %reset -f does not ask"}
		}
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
			fmt.Fprintln(env.Stdout, "Nothing done.")
			return nil, nil
		}
	}
	if err := env.Reset(); err != nil {
		return nil, &Error{Name: "ResetError", Value: err.Error()}
	}
	return nil, nil
}

func runHistory(env *Env, c Call) (map[string]any, error) {
	if env.History == nil {
		return nil, &Error{Name: "UsageError", Value: "%history is not available here: the kernel keeps the history"}
	}
	numbered, outputs, last := false, false, -1
	var pattern *regexp.Regexp
	var ranges [][2]int
	args := c.Argv
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-n":
			numbered = true
		case a == "-o":
			outputs = true
		case a == "-l" || a == "-g":
			if i+1 >= len(args) {
				return nil, &Error{Name: "UsageError", Value: "%history " + a + " needs a value"}
			}
			i++
			if a == "-g" {
				pattern = globPattern(args[i])
				continue
			}
			n, err := strconv.Atoi(args[i])
			if err != nil || n < 0 {
				return nil, &Error{Name: "UsageError", Value: "%history -l needs a number, got " + strconv.Quote(args[i])}
			}
			last = n
		default:
			lo, hi, ok := parseRange(a)
			if !ok {
				return nil, &Error{Name: "UsageError", Value: "%history: " + strconv.Quote(a) + " is neither an option (-n -o -l N -g PATTERN) nor a range (N or N-M)"}
			}
			ranges = append(ranges, [2]int{lo, hi})
		}
	}
	var sel []HistoryEntry
	for _, h := range env.History() {
		if pattern != nil && !pattern.MatchString(h.Input) {
			continue
		}
		if len(ranges) > 0 && !inRanges(h.Count, ranges) {
			continue
		}
		sel = append(sel, h)
	}
	if last >= 0 && len(sel) > last {
		sel = sel[len(sel)-last:]
	}
	var b strings.Builder
	for _, h := range sel {
		input := strings.TrimRight(h.Input, "\n")
		if numbered {
			// Later lines of a cell are indented under the first, as
			// IPython prints them.
			prefix := fmt.Sprintf("%3d: ", h.Count)
			input = prefix + strings.ReplaceAll(input, "\n", "\n"+strings.Repeat(" ", len(prefix)))
		}
		b.WriteString(input + "\n")
		if outputs && h.Output != "" {
			fmt.Fprintf(&b, "Out[%d]: %s\n", h.Count, h.Output)
		}
	}
	fmt.Fprint(env.Stdout, b.String())
	return nil, nil
}

// parseRange reads "N" or "N-M" (M included).
func parseRange(s string) (lo, hi int, ok bool) {
	a, b, isRange := strings.Cut(s, "-")
	lo, err := strconv.Atoi(a)
	if err != nil || lo < 1 {
		return 0, 0, false
	}
	if !isRange {
		return lo, lo, true
	}
	hi, err = strconv.Atoi(b)
	if err != nil || hi < lo {
		return 0, 0, false
	}
	return lo, hi, true
}

func inRanges(n int, ranges [][2]int) bool {
	for _, r := range ranges {
		if n >= r[0] && n <= r[1] {
			return true
		}
	}
	return false
}

// globPattern matches a whole input against a glob (* any text, ? one
// character), as IPython's %history -g; a pattern without * or ? matches
// inputs that contain it.
func globPattern(p string) *regexp.Regexp {
	if !strings.ContainsAny(p, "*?") {
		p = "*" + p + "*"
	}
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for _, r := range p {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}
