package threads

import (
	"strings"
	"testing"
)

func TestGoidDiffersPerGoroutine(t *testing.T) {
	here := goid()
	ch := make(chan int64)
	go func() { ch <- goid() }()
	if there := <-ch; here <= 0 || there <= 0 || here == there {
		t.Fatalf("goid %d here, %d in another goroutine", here, there)
	}
	if goid() != here {
		t.Fatal("goid changed within one goroutine")
	}
	if c := creator(); !strings.HasPrefix(c, "testing.(*T).Run") {
		t.Fatalf("creator of a test goroutine: %q", c)
	}
}

// BenchmarkGoid is the cost of reading the goroutine id (RLock and
// Current pay it); it grows with the depth of the stack.
func BenchmarkGoid(b *testing.B) {
	for b.Loop() {
		goid()
	}
}
