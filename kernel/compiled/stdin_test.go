package compiled

import (
	"context"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// A program that reads stdin gets the learner's answer, asked once per
// read with the program's unfinished line as the prompt; one that does
// not read is never asked.
func TestStdinAskedOnRead(t *testing.T) {
	needGo(t)
	cell := `var name, city string
fmt.Print("name? ")
fmt.Scanln(&name)
fmt.Print("city? ")
fmt.Scanln(&city)
fmt.Printf("%s from %s\n", name, city)`
	exe := build(t, handProgram([]string{"fmt"}, "", cell), BuildOptions{})
	var mu sync.Mutex
	var prompts []string
	answers := []string{"gopher", "Zurich"}
	var out syncBuffer
	err := Run(context.Background(), exe, RunOptions{Stdout: &out, Stderr: os.Stderr, Input: func(p string) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		prompts = append(prompts, p)
		return answers[len(prompts)-1], nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(prompts, "|") != "name? |city? " {
		t.Errorf("prompts %q", prompts)
	}
	if !strings.HasSuffix(out.String(), "gopher from Zurich\n") {
		t.Errorf("stdout %q", out.String())
	}

	exe = build(t, handProgram([]string{"fmt", "time"}, "", `time.Sleep(200 * time.Millisecond)
fmt.Println("no input needed")`), BuildOptions{})
	asked := false
	err = Run(context.Background(), exe, RunOptions{Stdout: io.Discard, Stderr: os.Stderr, Input: func(string) (string, error) {
		asked = true
		return "", nil
	}})
	if err != nil || asked {
		t.Errorf("err %v, asked %v", err, asked)
	}
}

// A child process of the program reading the same stdin is answered too
// (the watcher looks at the whole process group).
func TestStdinOfChildProcess(t *testing.T) {
	needGo(t)
	exe := build(t, handProgram([]string{"os", "os/exec"}, "", `c := exec.Command("sh", "-c", "read x; echo got $x")
c.Stdin, c.Stdout = os.Stdin, os.Stdout
c.Run()`), BuildOptions{})
	var out syncBuffer
	err := Run(context.Background(), exe, RunOptions{Stdout: &out, Stderr: os.Stderr, Input: func(p string) (string, error) { return "42", nil }})
	if err != nil || out.String() != "got 42\n" {
		t.Errorf("err %v, stdout %q", err, out.String())
	}
}

// A program that ends before the watcher first looks at it gets no note
// about stdin, not even after Run returned: only a live program whose
// threads cannot be read does.
func TestStdinNoNoteForQuickProgram(t *testing.T) {
	needGo(t)
	exe := build(t, handProgram([]string{"fmt"}, "", `fmt.Println("quick")`), BuildOptions{})
	// One thread for all goroutines makes the program's end come before
	// the watcher's first look often (the case of a quick %%run).
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	errs := make([]syncBuffer, 100)
	for i := range errs {
		var out syncBuffer
		err := Run(context.Background(), exe, RunOptions{Stdout: &out, Stderr: &errs[i], Input: func(string) (string, error) { return "", nil }})
		if err != nil || out.String() != "quick\n" {
			t.Fatalf("run %d: err %v, stdout %q", i+1, err, out.String())
		}
	}
	time.Sleep(200 * time.Millisecond) // the watcher of the last run looks
	for i := range errs {
		if s := errs[i].String(); s != "" {
			t.Fatalf("run %d of a program that never reads stdin wrote to stderr: %q", i+1, s)
		}
	}
}
