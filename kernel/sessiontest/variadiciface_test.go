package sessiontest

import "testing"

// Values of the cell's types given to compiled code as several ...I
// arguments, I an interface with methods, run in the interpreter and
// print what go run prints (yaegi: "reflect: cannot use *struct {...} as
// type io.Writer in Call").
func TestProgramValuesIntoCompiledVariadics(t *testing.T) {
	const decls = `import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type counter struct{ bytes, lines int }

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }`
	const body = `var buf bytes.Buffer
c := &counter{}
w := io.MultiWriter(&buf, c, &counter{})
fmt.Fprintf(w, "a\nb\n")
fmt.Println(buf.String() == "a\nb\n", c.bytes, c.lines)
all, _ := io.ReadAll(io.MultiReader(upper{strings.NewReader("ab-")}, strings.NewReader("cd")))
fmt.Println(string(all))
err := errors.Join(codeErr{1}, codeErr{2})
fmt.Println(err)`
	interpretedAsGoRun(t, decls, body)
}
