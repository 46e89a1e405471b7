package compiled

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// firstOutput builds files (cached after the first time) and runs them
// until the program prints; it returns how long that took.
func firstOutput(t testing.TB, files map[string][]byte) time.Duration {
	start := time.Now()
	exe := build(t, files, BuildOptions{})
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := make(chan time.Duration, 1)
	go func() {
		b := make([]byte, 64)
		r.Read(b)
		got <- time.Since(start)
	}()
	err = Run(context.Background(), exe, RunOptions{Stdout: w, Stderr: os.Stderr})
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	return <-got
}

// A second run of an unchanged cell reuses the executable: it starts
// printing within 0.3 s (target; the test allows 1 s on a loaded machine).
func TestWarmStart(t *testing.T) {
	needGo(t)
	files := handProgram([]string{"fmt"}, "", fmt.Sprintf("fmt.Println(%d)", time.Now().UnixNano()))
	first := firstOutput(t, files)
	second := firstOutput(t, files)
	t.Logf("first build and start %v, second start %v", first, second)
	if second > time.Second {
		t.Errorf("second run started printing after %v", second)
	}
}

// BenchmarkWarmStart is the time from Build to the program's first
// output for an unchanged cell.
func BenchmarkWarmStart(b *testing.B) {
	needGo(b)
	files := handProgram([]string{"fmt"}, "", `fmt.Println("warm")`)
	firstOutput(b, files)
	b.ResetTimer()
	for b.Loop() {
		firstOutput(b, files)
	}
}

// Cancelling a build stops the go command at once.
func TestBuildCancel(t *testing.T) {
	needGo(t)
	files := handProgram([]string{"fmt"}, "", fmt.Sprintf("fmt.Println(%d)", time.Now().UnixNano()))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := ws.Build(ctx, files, BuildOptions{})
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("cancelled build returned after %v", d)
	}
	if err == nil || !strings.Contains(err.Error(), "Interrupted") {
		t.Errorf("err = %v", err)
	}
	// The next build of the same files works.
	build(t, files, BuildOptions{})
}
