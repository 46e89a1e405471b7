package client

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A kernel whose port another process took does not always exit: Debian's
// ipykernel 6.17 hangs for good when its IOPub or heartbeat port is taken
// (shell, stdin and control make it exit). The client then waits for an
// answer that never comes. So while a launch waits, the kernel's ports are
// watched: a socket on one of them that belongs to no process of the
// kernel's tree means the port race was lost, and the kernel is stopped
// so that the launch tries other ports.

// portWatchEvery is how often the kernel's ports are looked at.
const portWatchEvery = 500 * time.Millisecond

// watchPorts kills p's process when a socket on one of ports belongs to
// another process at two looks in a row (a socket the kernel closes
// between reading the socket table and its fds is seen once). It returns
// when stop is closed or the process has exited.
func (p *launched) watchPorts(ports []int, stop <-chan struct{}) {
	pid := p.cmd.Process.Pid
	suspect := uint64(0)
	tick := time.NewTicker(portWatchEvery)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-p.done:
			return
		case <-tick.C:
		}
		port, inode := foreignSocket(pid, ports)
		if inode == 0 || inode != suspect {
			suspect = inode
			continue
		}
		p.mu.Lock()
		p.takenPort = port
		p.mu.Unlock()
		p.cmd.Process.Kill()
		return
	}
}

// foreignSocket returns a port of ports and the inode of a socket bound
// to it that no process of pid's tree holds, or inode 0 when there is
// none or the system cannot tell (no /proc).
func foreignSocket(pid int, ports []int) (port int, inode uint64) {
	bound := map[uint64]int{} // socket inode -> port
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		socketsOnPorts(table, ports, bound)
	}
	if len(bound) == 0 {
		return 0, 0
	}
	held := map[uint64]bool{}
	for _, p := range processTree(pid) {
		socketsHeldBy(p, held)
	}
	for ino, port := range bound {
		if !held[ino] {
			return port, ino
		}
	}
	return 0, 0
}

// socketsOnPorts adds to bound the sockets of a /proc/net/tcp table whose
// local port is one of ports. Sockets without an inode (TIME_WAIT) hold
// no port against a kernel, which binds with SO_REUSEADDR.
func socketsOnPorts(table string, ports []int, bound map[uint64]int) {
	f, err := os.Open(table)
	if err != nil {
		return
	}
	defer f.Close()
	want := map[int]bool{}
	for _, p := range ports {
		want[p] = true
	}
	sc := bufio.NewScanner(f)
	sc.Scan() // the header
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 10 {
			continue
		}
		i := strings.LastIndexByte(fields[1], ':')
		if i < 0 {
			continue
		}
		port, err := strconv.ParseUint(fields[1][i+1:], 16, 16)
		if err != nil || !want[int(port)] {
			continue
		}
		ino, err := strconv.ParseUint(fields[9], 10, 64)
		if err != nil || ino == 0 {
			continue
		}
		bound[ino] = int(port)
	}
}

// processTree returns pid and every process descended from it (a kernel
// may be a script that starts the real one).
func processTree(pid int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		child, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses.
		rest := string(stat)
		if i := strings.LastIndexByte(rest, ')'); i >= 0 {
			rest = rest[i+1:]
		}
		f := strings.Fields(rest)
		if len(f) < 2 {
			continue
		}
		if ppid, err := strconv.Atoi(f[1]); err == nil {
			children[ppid] = append(children[ppid], child)
		}
	}
	tree := []int{pid}
	for i := 0; i < len(tree); i++ {
		tree = append(tree, children[tree[i]]...)
	}
	return tree
}

// socketsHeldBy adds the socket inodes among pid's open files to held.
func socketsHeldBy(pid int, held map[uint64]bool) {
	dir := filepath.Join("/proc", strconv.Itoa(pid), "fd")
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		target, err := os.Readlink(filepath.Join(dir, e.Name()))
		if err != nil || !strings.HasPrefix(target, "socket:[") {
			continue
		}
		if ino, err := strconv.ParseUint(strings.TrimSuffix(target[len("socket:["):], "]"), 10, 64); err == nil {
			held[ino] = true
		}
	}
}
