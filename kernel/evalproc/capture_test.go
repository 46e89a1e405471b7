package evalproc

import (
	"strings"
	"sync"
	"testing"
)

// collector is a stream's send function that keeps the text.
type collector struct {
	mu   sync.Mutex
	text strings.Builder
	n    int
}

func (c *collector) send(ev event) error {
	c.mu.Lock()
	c.text.WriteString(ev.Text)
	c.n++
	c.mu.Unlock()
	return nil
}

// Sync markers must be found and cut out wherever the pipe reads split
// them, and text that only looks like a marker's start must survive.
func TestMarkersSplitAcrossReads(t *testing.T) {
	c := &capture{prefix: []byte("\x00gokernel-sync-0123456789abcdef-")}
	text1 := "hello \x00gok not a marker \x00"
	text2 := "world\x00gokernel-sync-\n"
	input := text1 + string(c.marker(7)) + text2 + string(c.marker(8))
	for split1 := 0; split1 <= len(input); split1++ {
		for _, split2 := range []int{split1, split1 + 1, split1 + 5, len(input)} {
			if split2 > len(input) {
				continue
			}
			col := &collector{}
			s := newStream("stdout", col.send, func() string { return "cell" })
			var data []byte
			for _, piece := range []string{input[:split1], input[split1:split2], input[split2:]} {
				data = append(data, piece...)
				data = s.scan(data, c)
			}
			s.flush(true)
			if got, want := col.text.String(), text1+text2; got != want {
				t.Fatalf("split at %d,%d: text %q, want %q", split1, split2, got, want)
			}
			if s.seen != 8 {
				t.Fatalf("split at %d,%d: saw marker %d, want 8", split1, split2, s.seen)
			}
		}
	}
}

func TestIncompleteRuneTail(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"abc", 0}, {"é", 0}, {"a\xc3", 1}, {"a\xe2\x82", 2}, {"a\xf0\x9f\x98", 3}, {"\xf0\x9f\x98\x80", 0}, {"", 0},
	} {
		if got := incompleteRuneTail([]byte(c.s)); got != c.want {
			t.Errorf("incompleteRuneTail(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// Coalescing at the stream level: many small adds become few sends, and
// a chunk never exceeds streamChunk.
func TestStreamChunksAreBounded(t *testing.T) {
	var sizes []int
	var mu sync.Mutex
	s := newStream("stdout", func(ev event) error {
		mu.Lock()
		sizes = append(sizes, len(ev.Text))
		mu.Unlock()
		return nil
	}, nil)
	line := []byte(strings.Repeat("x", 99) + "\n")
	for i := 0; i < 10000; i++ {
		s.add("cell", line)
	}
	s.flush(true)
	mu.Lock()
	defer mu.Unlock()
	total := 0
	for _, n := range sizes {
		total += n
		if n > streamChunk {
			t.Errorf("chunk of %d bytes", n)
		}
	}
	if total != 10000*len(line) || len(sizes) > 100 {
		t.Errorf("%d bytes in %d sends", total, len(sizes))
	}
}
