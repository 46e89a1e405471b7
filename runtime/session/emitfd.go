//go:build unix

package session

import (
	"encoding/json"
	"os"
	"strconv"
	"sync"
	"syscall"
)

// A program compiled by the kernel (%%run) has no evaluator to emit to:
// the kernel gives it a socket as the file descriptor named by
// GOKERNEL_EMIT_FD. Displays then go there as one JSON Output a line,
// and the program waits for the kernel's one-byte answer, so a display
// keeps its place among what the program prints. Streams stay the
// process's own stdout and stderr. The variable is removed, and the
// descriptor closed on exec, so the program's own children do not take
// another descriptor for it.
func init() {
	v := os.Getenv("GOKERNEL_EMIT_FD")
	if v == "" {
		return
	}
	os.Unsetenv("GOKERNEL_EMIT_FD")
	fd, err := strconv.Atoi(v)
	if err != nil || fd < 3 {
		return
	}
	syscall.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "gokernel-emit")
	var mu sync.Mutex
	broken := false
	SetEmitter(func(o Output) {
		if o.Kind == "stream" {
			printOutput(o)
			return
		}
		b, err := json.Marshal(o)
		mu.Lock()
		defer mu.Unlock()
		if err == nil && !broken {
			var ack [1]byte
			if _, err = f.Write(append(b, '\n')); err == nil {
				_, err = f.Read(ack[:])
			}
			if err == nil {
				return
			}
			broken = true
		}
		printOutput(o)
	})
}
