package evalproc

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// collector is a stream's send function that keeps the text.
type collector struct {
	mu   sync.Mutex
	text strings.Builder
	n    int
	last string
}

// send keeps the text, with the cell's name in brackets where it is not
// "cell" and changes.
func (c *collector) send(ev event) error {
	c.mu.Lock()
	if ev.Cell != "cell" && ev.Cell != c.last {
		c.text.WriteString("[" + ev.Cell + "]")
	}
	c.last = ev.Cell
	c.text.WriteString(ev.Text)
	c.n++
	c.mu.Unlock()
	return nil
}

// Frames must be found and cut out wherever the pipe reads split them,
// and text that only looks like a frame's start must survive.
func TestFramesSplitAcrossReads(t *testing.T) {
	f := newFrames("0123456789abcdef")
	text1 := "hello \x00gok not a frame \x00"
	text2 := "world\x00gokernel-\n"
	other := f.text("cell-0", []byte("from a child"))[0]
	input := text1 + string(f.marker(7)) + string(other) + text2 + string(f.marker(8))
	for split1 := 0; split1 <= len(input); split1++ {
		for _, split2 := range []int{split1, split1 + 1, split1 + 5, len(input)} {
			if split2 > len(input) {
				continue
			}
			col := &collector{}
			o := newOutputReader(f, col.send, func() string { return "cell" })
			o.eventsEnded() // no event to wait for
			s := o.stdout
			var data []byte
			for _, piece := range []string{input[:split1], input[split1:split2], input[split2:]} {
				data = append(data, piece...)
				data = s.scan(data, o)
			}
			s.flush(true)
			if got, want := col.text.String(), text1+"[cell-0]from a child"+text2; got != want {
				t.Fatalf("split at %d,%d: text %q, want %q", split1, split2, got, want)
			}
			if s.seen.value() != 8 {
				t.Fatalf("split at %d,%d: saw marker %d, want 8", split1, split2, s.seen.value())
			}
		}
	}
}

// A child's long output is framed in pieces that each fit in one atomic
// pipe write, cut between characters.
func TestTextFramesFitInPipeBuf(t *testing.T) {
	f := newFrames("0123456789abcdef")
	text := strings.Repeat("héllo wörld ", 2000)
	col := &collector{}
	o := newOutputReader(f, col.send, func() string { return "current" })
	var all []byte
	for _, fr := range f.text("cell-9", []byte(text)) {
		if len(fr) > pipeBuf {
			t.Fatalf("frame of %d bytes", len(fr))
		}
		n, _, _, piece := f.parse(fr)
		if n != len(fr) || !utf8.Valid(piece) {
			t.Fatalf("frame does not parse whole or cuts a character: %d of %d", n, len(fr))
		}
		all = append(all, fr...)
	}
	o.stdout.scan(all, o)
	o.stdout.flush(true)
	if got := col.text.String(); got != "[cell-9]"+text {
		t.Fatalf("text came back as %d bytes, want %d", len(got), len(text)+8)
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
