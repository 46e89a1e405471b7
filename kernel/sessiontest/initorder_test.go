package sessiontest

import "testing"

// Package variables of a declarations cell are initialized in Go's
// order, which follows what the functions they call read (version waits
// for major and minor, declared below it): the interpreter saw only the
// names in each initializer and gave version 0 and port 80, with no error.
func TestPackageVariablesInitializeInGoOrder(t *testing.T) {
	const decls = `import "fmt"

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

var (
	total   = record("total", base+bonus)
	bonus   = record("bonus", base*2)
	base    = record("base", len(defaults))
	unused  = record("unused", 1)
	version = record("version", computeVersion())
)

var defaults = []string{"a", "b", "c"}

func computeVersion() int { return major*100 + minor }

var major, minor = record("major", 2), record("minor", 7)

var port = defaultPort()

func defaultPort() int { return basePort + 80 }

var basePort = 8000`
	interpretedAsGoRun(t, decls, "fmt.Println(trace)\nfmt.Println(total, unused, version, port)")
}

// A map lookup that fails gives the zero value also when its key is
// computed by a call (yaegi kept the group found for the previous key).
func TestFailedLookupWithComputedKey(t *testing.T) {
	const decls = `import (
	"fmt"
	"sort"
	"strings"
)

func signature(w string) string {
	b := strings.Split(w, "")
	sort.Strings(b)
	return strings.Join(b, "")
}`
	interpretedAsGoRun(t, decls, `groups := map[string][]string{signature("listen"): {"listen", "silent"}}
for _, probe := range []string{"tinsel", "fish"} {
	g, ok := groups[signature(probe)]
	fmt.Println(probe, ok, g, len(g))
}`)
}
