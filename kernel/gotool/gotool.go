// Package gotool finds the Go toolchain (the go command) that compiled
// cells (%%run, %run, %test) are built with. The kernel itself runs
// without one; only those magics need it.
package gotool

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// ErrNoToolchain is wrapped by Find's error when no usable go command is
// found.
var ErrNoToolchain = errors.New("the Go toolchain (the go command) was not found")

// Toolchain is a usable go command.
type Toolchain struct {
	// Go is the absolute path of the go command.
	Go string
	// Version is its `go env GOVERSION`, e.g. "go1.26.8".
	Version string
	// GOROOT is its `go env GOROOT`.
	GOROOT string
}

// wellKnown are the places Go's installers put the go command, tried
// after GOKERNEL_GO and PATH (a kernel started by a frontend often has a
// shorter PATH than the learner's shell).
var wellKnown = []string{
	"/usr/local/go/bin/go",
	"/usr/lib/go/bin/go",
	"/opt/homebrew/bin/go",
	"/snap/bin/go",
	"$HOME/go/bin/go",
	"$HOME/sdk/go/bin/go",
}

// Hint tells the learner how to make a toolchain available.
const Hint = "install Go (https://go.dev/dl/) or set GOKERNEL_GO to the path of the go command " +
	"(e.g. GOKERNEL_GO=/usr/local/go/bin/go in the kernel's environment, then restart the kernel)"

var (
	mu     sync.Mutex
	cached = map[string]result{} // by the environment the lookup depended on
)

type result struct {
	tc  *Toolchain
	err error
}

// Find returns the go command to use: $GOKERNEL_GO if set (and only it),
// else `go` on PATH, else a well-known install location. The result is
// cached for the current GOKERNEL_GO and PATH. The error wraps
// ErrNoToolchain and says how to fix it.
func Find() (*Toolchain, error) {
	key := os.Getenv("GOKERNEL_GO") + "\x00" + os.Getenv("PATH")
	mu.Lock()
	defer mu.Unlock()
	if r, ok := cached[key]; ok {
		return r.tc, r.err
	}
	tc, err := find()
	cached[key] = result{tc, err}
	return tc, err
}

func find() (*Toolchain, error) {
	if p := os.Getenv("GOKERNEL_GO"); p != "" {
		tc, err := probe(p)
		if err != nil {
			return nil, fmt.Errorf("%w: GOKERNEL_GO=%s: %v; %s", ErrNoToolchain, p, err, Hint)
		}
		return tc, nil
	}
	var tried []string
	if p, err := exec.LookPath("go"); err == nil {
		if tc, err := probe(p); err == nil {
			return tc, nil
		}
		tried = append(tried, p)
	}
	for _, p := range wellKnown {
		p = os.ExpandEnv(p)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if tc, err := probe(p); err == nil {
			return tc, nil
		}
		tried = append(tried, p)
	}
	where := "no go command on PATH or in " + strings.Join(wellKnown[:min(2, len(wellKnown))], ", ")
	if len(tried) > 0 {
		where = "tried " + strings.Join(tried, ", ") + " (not working)"
	}
	return nil, fmt.Errorf("%w (%s); %s", ErrNoToolchain, where, Hint)
}

// probe checks that path is a working go command and asks its version.
func probe(path string) (*Toolchain, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, errors.New("no such file")
	} else if fi.IsDir() {
		return nil, errors.New("is a directory, not the go command")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, abs, "env", "GOVERSION", "GOROOT")
	// Run outside any module, never switching toolchains: the version
	// is that of this very command.
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, errors.New("`go env` failed: " + msg)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "go") {
		return nil, fmt.Errorf("unexpected `go env` output %q", out.String())
	}
	return &Toolchain{Go: abs, Version: strings.TrimSpace(lines[0]), GOROOT: strings.TrimSpace(lines[1])}, nil
}

// Banner describes the toolchain for the kernel's banner: "go1.26.8
// (compiled cells: %%run, %run, %test)" or a note that there is none.
func Banner() string {
	tc, err := Find()
	if err != nil {
		return "no Go toolchain: %%run, %run and %test are unavailable"
	}
	return tc.Version + " for compiled cells (%%run, %run, %test)"
}
