package modules

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// failedImport finds yaegi's `import "P" error: REASON` in an error text.
var failedImport = regexp.MustCompile(`import "([^"]+)" error: ((?s).*)`)

// Explain rewrites the text of a cell error that yaegi gave while
// importing a package of a module: it names the package and the reason.
// A session that failed an import once reports "import cycle" on the
// next try (yaegi remembers the half-done import), so the reason comes
// from importing it again into a fresh interpreter. ok is false when msg
// is not about such an import.
func (s *Session) Explain(msg string) (explained string, ok bool) {
	m := failedImport.FindStringSubmatch(msg)
	if m == nil || IsStd(m[1]) {
		return msg, false
	}
	path, reason := m[1], strings.TrimSpace(m[2])
	if r := s.interpretError(path); r != "" {
		reason = r
	}
	return fmt.Sprintf("cannot interpret package %s: the interpreter failed on it: %s%s", path, reason, compiledHint), true
}

// interpretError is the error of importing path into a fresh interpreter
// with the standard library, "" if it loads. The package's init runs
// again there, its output discarded.
func (s *Session) interpretError(path string) (reason string) {
	defer func() {
		if r := recover(); r != nil { // yaegi panics on some syntax
			reason = fmt.Sprint(r)
		}
	}()
	in := interp.New(interp.Options{GoPath: s.GoPath(), SourcecodeFilesystem: s.SourceFS(), Stdout: io.Discard, Stderr: io.Discard})
	if err := in.Use(stdlib.Symbols); err != nil {
		return ""
	}
	_, err := in.Compile(fmt.Sprintf("import _ %q", path))
	if err == nil {
		return ""
	}
	msg := err.Error()
	if m := failedImport.FindStringSubmatch(msg); m != nil {
		msg = m[2]
	}
	// File names relative to the GOPATH read as import paths.
	return strings.TrimSpace(strings.ReplaceAll(msg, filepath.Join(s.GoPath(), "src")+string(filepath.Separator), ""))
}
