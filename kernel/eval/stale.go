package eval

import (
	"errors"
	"fmt"
	"go/scanner"
	"os"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// A redefinition can leave an older declaration that no longer compiles
// (`func reset() { counter = 0 }` after `counter := shared.NewInt(0)`).
// Replaying it would break every rebuild and every child process, so the
// session drops it and says so; the cell that caused it still runs.
//
// To tell which replayed declaration an error is in, each one is compiled
// with its line directive moved to a band of lines of its own: of n
// declarations, band k starts at line (k+1)*bandSize(n), far beyond any
// cell. go/scanner refuses lines beyond maxLine ("invalid line number"),
// so the bands share that range: fixed bands of 1<<20 lines overflowed it
// at 1023 declarations, and every declaration past it was dropped.
const maxLine = 1<<30 - 1

func bandSize(n int) int { return maxLine / (n + 1) }

// Dropped is a declaration the session dropped because it no longer
// compiles.
type Dropped struct {
	Kind, Name string
	// Cell is the label of the cell that declared it ("In [3]"), "" if
	// unknown.
	Cell string
	// Err is the compile error, at the declaration's place in its cell.
	Err string
}

func (d Dropped) String() string {
	where := "an earlier cell"
	if d.Cell != "" {
		where = d.Cell
	}
	return fmt.Sprintf("warning: %s %s (declared in %s) no longer compiles and was dropped from the session: %s", d.Kind, d.Name, where, d.Err)
}

// SetCellLabel names the cell that runs next ("In [3]"); declarations
// remember it, so that a warning about one names its cell.
func (s *Session) SetCellLabel(label string) {
	s.mu.Lock()
	s.label = label
	s.mu.Unlock()
}

// bandCode is d's code (one of n) with its line directive moved to band
// k. A replayed declaration's code has its cell's directive inside the
// one of the replay: the innermost one places it.
func bandCode(k, n int, d *decl) string {
	line, col, text := 1, 1, d.code
	for {
		dir, rest, ok := cutLineDirective(strings.TrimLeft(text, " \t\r\n"))
		if !ok {
			break
		}
		fmt.Sscanf(dir, "/*line _.go:%d:%d*/", &line, &col)
		text = rest
	}
	return fmt.Sprintf("/*line _.go:%d:%d*/%s", (k+1)*bandSize(n)+line, col, text)
}

// errLine is the line of a compile error as yaegi reports it (the
// innermost position of a nested message), 0 if none.
func errLine(err error) (line, col int, msg string) {
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		return list[0].Pos.Line, list[0].Pos.Column, list[0].Msg
	}
	msg = err.Error()
	var ie internalError
	if errors.As(err, &ie) {
		msg = ie.msg
		if m := incompleteType.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			col, _ = strconv.Atoi(m[2])
			return line, col, "undefined: " + m[3]
		}
	}
	for {
		m := posMsg.FindStringSubmatch(msg)
		if m == nil {
			return line, col, msg
		}
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	}
}

// staleIn says which of decls (compiled with bandCode) err is in: its
// index, and the drop record; -1 if the error is not in one of them.
func (s *Session) staleIn(err error, decls []*decl) (int, Dropped) {
	line, col, msg := errLine(err)
	band := bandSize(len(decls))
	k := line/band - 1
	if k < 0 || k >= len(decls) || decls[k].kind == "import" || strings.HasPrefix(msg, "invalid line number") {
		return -1, Dropped{}
	}
	d := decls[k]
	name := strings.Join(d.keys, ", ")
	return k, Dropped{Kind: d.kind, Name: name, Cell: d.cell,
		Err: fmt.Sprintf("%s (line %d, column %d)", msg, line-(k+1)*band, col)}
}

// warnDropped tells the running cell which declarations were dropped.
func (s *Session) warnDropped(ds []Dropped) {
	if len(ds) == 0 {
		return
	}
	s.drainStdout()
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String() + "\n")
	}
	os.Stderr.WriteString(b.String())
}

// replayLive compiles and runs decls in a fresh interpreter, dropping
// the declarations that no longer compile; it returns the interpreter,
// its imports and what it kept and dropped.
func (s *Session) replayLive(decls []*decl) (*interp.Interpreter, map[string]bool, []*decl, []Dropped, error) {
	var dropped []Dropped
	for {
		in, fresh, err := s.newInterp()
		if err != nil {
			return nil, nil, nil, nil, err
		}
		var imports, others []string
		for k, d := range decls {
			switch {
			case d.kind != "import":
				others = append(others, bandCode(k, len(decls), d))
			case !fresh[d.pkg.key()]:
				imports = append(imports, d.code)
			}
		}
		src := strings.Join(append(imports, others...), "\n")
		if src == "" {
			return in, fresh, decls, dropped, nil
		}
		p, err := compile(in, src)
		if err == nil {
			if _, err = in.Execute(p); err == nil {
				for _, d := range decls {
					if d.kind == "import" {
						fresh[d.pkg.key()] = true
					}
				}
				return in, fresh, decls, dropped, nil
			}
			return nil, nil, nil, nil, err
		}
		k, dr := s.staleIn(err, decls)
		if k < 0 {
			return nil, nil, nil, nil, err
		}
		dropped = append(dropped, dr)
		decls = append(decls[:k:k], decls[k+1:]...)
	}
}

// staleError says that replayed declaration k no longer compiles.
type staleError struct {
	k int
	d Dropped
}

func (e staleError) Error() string { return e.d.String() }
