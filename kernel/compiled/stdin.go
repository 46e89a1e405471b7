package compiled

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A compiled program's stdin is a pipe. The learner is asked for a line
// only when the program actually waits on it: while the program runs,
// its process group's threads are polled (/proc/PID/task/TID/syscall) for
// one blocked in read(0, ...) on this very pipe, with nothing in it. This
// works for any program, Go or not, without its cooperation.

// pollEvery is how often the threads are looked at.
const pollEvery = 20 * time.Millisecond

// readSyscall is the number of read(2) on this architecture.
var readSyscall = map[string]string{
	"amd64": "0", "arm64": "63", "riscv64": "63", "loong64": "63",
	"386": "3", "arm": "3", "ppc64le": "3", "ppc64": "3", "s390x": "3",
	"mips64": "5000", "mips64le": "5000",
}[runtime.GOARCH]

type stdinPipe struct {
	child *os.File // read end, for the program (blocking)
	r     *os.File // our copy of the read end: how much is pending
	w     *os.File
	ino   uint64
}

func newStdinPipe() (*stdinPipe, error) {
	var fds [2]int
	// Blocking: a Go program then reads fd 0 with read(2) in its own
	// thread, which is what the watcher sees.
	if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fds[0], &st); err != nil {
		syscall.Close(fds[0])
		syscall.Close(fds[1])
		return nil, err
	}
	r2, err := syscall.Dup(fds[0])
	if err != nil {
		syscall.Close(fds[0])
		syscall.Close(fds[1])
		return nil, err
	}
	syscall.CloseOnExec(r2)
	return &stdinPipe{
		child: os.NewFile(uintptr(fds[0]), "stdin"),
		r:     os.NewFile(uintptr(r2), "stdin"),
		w:     os.NewFile(uintptr(fds[1]), "stdin"),
		ino:   st.Ino,
	}, nil
}

func (p *stdinPipe) closeChildEnd() { p.child.Close() }

func (p *stdinPipe) close() {
	p.child.Close()
	p.r.Close()
	p.w.Close()
}

// watch answers the program's reads of stdin until exited is closed.
// prompt is the program's stdout; notes go to stderr.
func (p *stdinPipe) watch(pgid int, exited <-chan struct{}, stdout *stream, input func(string) (string, error), stderr io.Writer) {
	if readSyscall == "" || !procReadable(pgid) {
		p.w.Close()
		if readSyscall != "" && ended(pgid) {
			return // it ended before the first look: it never waited
		}
		fmt.Fprintf(stderr, "(note: the kernel cannot see when this program reads stdin here (%s/%s, /proc); it reads end of input)\n", runtime.GOOS, runtime.GOARCH)
		return
	}
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	members := []int{pgid}
	for tick := 0; ; tick++ {
		select {
		case <-exited:
			return
		case <-t.C:
		}
		if tick%10 == 9 { // the group changes rarely: look it up now and then
			members = groupMembers(pgid)
		}
		if !p.waited(members) {
			continue
		}
		stdout.sync()
		line, err := input(stdout.takePrompt())
		select {
		case <-exited:
			return
		default:
		}
		if err != nil {
			fmt.Fprintf(stderr, "(stdin: %v; the program reads end of input)\n", err)
			p.w.Close()
			return
		}
		if _, err := io.WriteString(p.w, line+"\n"); err != nil {
			return
		}
	}
}

// waited reports whether a thread of pids is blocked reading this pipe
// as its fd 0 while the pipe is empty.
func (p *stdinPipe) waited(pids []int) bool {
	if pending(p.r) > 0 {
		return false // not read yet: an answer on its way
	}
	for _, pid := range pids {
		var st syscall.Stat_t
		if syscall.Stat("/proc/"+strconv.Itoa(pid)+"/fd/0", &st) != nil || st.Ino != p.ino {
			continue
		}
		tasks, _ := filepath.Glob("/proc/" + strconv.Itoa(pid) + "/task/*/syscall")
		for _, t := range tasks {
			b, err := os.ReadFile(t)
			if err != nil {
				continue
			}
			f := strings.Fields(string(b))
			if len(f) >= 2 && f[0] == readSyscall && f[1] == "0x0" {
				return true
			}
		}
	}
	return false
}

func procReadable(pid int) bool {
	_, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + strconv.Itoa(pid) + "/syscall")
	return err == nil
}

// ended reports whether process pid has exited (reaped or a zombie).
func ended(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	return len(f) == 0 || f[0] == "Z" || f[0] == "X"
}

// groupMembers lists the processes of process group pgid.
func groupMembers(pgid int) []int {
	out := []int{pgid}
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return out
	}
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == pgid {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// "pid (comm) state ppid pgrp ...": comm may hold spaces.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) >= 3 && f[2] == strconv.Itoa(pgid) {
			out = append(out, pid)
		}
	}
	return out
}
