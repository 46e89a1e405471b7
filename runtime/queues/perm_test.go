package queues_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"gokernel/runtime/queues"
)

// dialEnv makes the test binary, run as another user, try the socket it
// names and say what happened (see dialAsOtherUser).
const dialEnv = "GOKERNEL_QUEUES_TEST_DIAL"

func init() {
	if sock := os.Getenv(dialEnv); sock != "" {
		fmt.Println(tryQueueSocket(sock))
		os.Exit(0)
	}
}

// tryQueueSocket connects and asks for a queue's length.
func tryQueueSocket(sock string) string {
	c, err := net.Dial("unix", sock)
	if err != nil {
		return "refused: " + err.Error()
	}
	defer c.Close()
	fmt.Fprintln(c, `{"op":"len","id":1}`)
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return "closed: " + err.Error()
	}
	return "served: " + strings.TrimSpace(line)
}

// The queues' socket lives in /dev/shm, open to every user: it is the
// owner's only (mode 0600 whatever the umask), and a process of another
// user is refused even when the mode would let it in.
func TestSocketOwnerOnly(t *testing.T) {
	old := syscall.Umask(0) // the loosest umask: the socket would be 0777
	q := queues.NewQueue(0)
	b, err := json.Marshal(q) // crossing opens the socket
	syscall.Umask(old)
	if err != nil {
		t.Fatal(err)
	}
	var r struct{ Sock string }
	if err := json.Unmarshal(b, &r); err != nil || r.Sock == "" {
		t.Fatalf("reference %s: %v", b, err)
	}
	st, err := os.Stat(r.Sock)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("socket %s has mode %v, want -rw-------", r.Sock, st.Mode().Perm())
	}
	// The owner is served.
	if got := tryQueueSocket(r.Sock); !strings.HasPrefix(got, "served") {
		t.Fatalf("the owner's own connection: %s", got)
	}
	if os.Getuid() != 0 {
		t.Skip("connecting as another user needs root (to switch to nobody)")
	}
	if got := dialAsOtherUser(t, r.Sock); !strings.HasPrefix(got, "refused") || !strings.Contains(got, "permission denied") {
		t.Errorf("another user's connection: %s", got)
	}
	// Past the mode (as if it were 0666), the peer check still refuses.
	if err := os.Chmod(r.Sock, 0o666); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(r.Sock, 0o600)
	if got := dialAsOtherUser(t, r.Sock); !strings.HasPrefix(got, "closed") {
		t.Errorf("another user's connection to a 0666 socket: %s", got)
	}
}

// dialAsOtherUser runs a copy of the test binary as nobody (65534) to
// connect to sock.
func dialAsOtherUser(t *testing.T, sock string) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The test binary's own directory is root's only: nobody runs a copy.
	dir, err := os.MkdirTemp("", "gokernel-queues-perm-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755)
	exe := filepath.Join(dir, "dial")
	src, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(exe, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()
	cmd := exec.Command(exe)
	cmd.Env = []string{dialEnv + "=" + sock}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("running as nobody: %v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}
