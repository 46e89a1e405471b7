package wire

import (
	"fmt"
	"testing"
)

// A signature is fresh once; beyond the size the oldest are forgotten,
// never the newest.
func TestSignatureHistory(t *testing.T) {
	h := NewSignatureHistory(3)
	for _, s := range []string{"a", "b", "c"} {
		if !h.Fresh([]byte(s)) {
			t.Fatalf("%s: not fresh the first time", s)
		}
	}
	if h.Fresh([]byte("b")) {
		t.Error("b accepted twice")
	}
	h.Fresh([]byte("d")) // forgets a
	if !h.Fresh([]byte("a")) {
		t.Error("a still remembered beyond the size")
	}
	if h.Fresh([]byte("d")) || h.Fresh([]byte("c")) {
		t.Error("recent signatures forgotten")
	}
	if !h.Fresh(nil) || !h.Fresh(nil) {
		t.Error("an empty signature (no key) must always pass")
	}
	for i := range 1000 {
		h.Fresh(fmt.Appendf(nil, "x%d", i))
	}
	if len(h.seen) != 3 || len(h.order) != 3 {
		t.Errorf("history grew to %d/%d entries", len(h.seen), len(h.order))
	}
}
