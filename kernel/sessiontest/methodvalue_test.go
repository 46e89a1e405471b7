package sessiontest

import "testing"

// Method values of pointers to compiled types whose pointer the
// interpreter made (a composite literal, new, a function of the session):
// yaegi typed them with the receiver first, so `f := b.Reset` panicked, a
// method value as an argument or in a slice literal was refused, and so
// were the kernel's own bindings of `defer mu.Unlock()` at the top level
// and of `go wg.Done()`, and a defer with arguments inside a function. Through a real kernel, compared with go run. The
// cell uses a variable an earlier cell changed (runs), so it cannot run
// compiled: the interpreter must run it.
func TestMethodValuesOfCompiledPointersPrintWhatGoRunPrints(t *testing.T) {
	const decls = `import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

var runs int

func newBuilder() *strings.Builder { return &strings.Builder{} }

func newServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "hello from ", r.URL.Path)
	}))
}

func guarded(n int) int {
	mu := &sync.Mutex{}
	mu.Lock()
	defer mu.Unlock()
	b := newBuilder()
	defer b.WriteString("late")
	return n * 2
}

func later(d *time.Duration) string {
	defer fmt.Println("deferred in a function:", d.String())
	s := d.String
	*d *= 2
	return s()
}`
	const body = `fmt.Println("runs:", runs)
mu := &sync.Mutex{}
mu.Lock()
defer mu.Unlock()
defer fmt.Println("cell defers run last")
b := newBuilder()
w := b.WriteString
w("ab")
parts := []func(string) (int, error){b.WriteString}
parts[0]("cd")
apply := func(f func(string) (int, error), s string) { f(s) }
apply(b.WriteString, "ef")
fmt.Println(b.String(), b.Len())
reset := b.Reset
reset()
fmt.Println(b.Len())
d := new(time.Duration)
*d = 1500 * time.Millisecond
str := d.String
*d = 2 * time.Second
fmt.Println(str(), d.String(), later(d), *d)
var out strings.Builder
lg := log.New(&out, "log: ", 0)
pf := lg.Printf
pf("%d-%s", 1, "a")
words := []any{"x", "y"}
defer lg.Println(words...)
defer func() { fmt.Print(out.String()) }()
srv := newServer()
defer srv.Close()
resp, err := http.Get(srv.URL + "/p")
if err != nil {
	fmt.Println(err)
} else {
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(body))
}
wg := &sync.WaitGroup{}
wg.Add(2)
go wg.Done()
go wg.Done()
wg.Wait()
fmt.Println("both done", guarded(21))`
	want := goRunMain(t, decls, "runs++\n"+body)
	k := start(t)
	k.ok(decls)
	k.ok("runs++")
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q", r.Stdout, want, r.Stderr)
	}
}
