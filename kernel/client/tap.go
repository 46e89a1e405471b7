package client

import (
	"context"
	"sync"

	"gokernel/kernel/wire"
)

// Tap is the raw IOPub stream: every message that arrives after Tap was
// called, whatever its parent. It buffers without limit, so a slow reader
// loses nothing; Close it when done.
type Tap struct {
	c      *Client
	mu     sync.Mutex
	queue  []*wire.Message
	notify chan struct{}
}

// Tap starts recording IOPub messages.
func (c *Client) Tap() *Tap {
	t := &Tap{c: c, notify: make(chan struct{}, 1)}
	c.mu.Lock()
	c.taps = append(c.taps, t)
	c.mu.Unlock()
	return t
}

func (t *Tap) push(m *wire.Message) {
	t.mu.Lock()
	t.queue = append(t.queue, m)
	t.mu.Unlock()
	select {
	case t.notify <- struct{}{}:
	default:
	}
}

// Next returns the next IOPub message, waiting for it.
func (t *Tap) Next(ctx context.Context) (*wire.Message, error) {
	for {
		t.mu.Lock()
		if len(t.queue) > 0 {
			m := t.queue[0]
			t.queue[0] = nil
			t.queue = t.queue[1:]
			t.mu.Unlock()
			return m, nil
		}
		t.mu.Unlock()
		select {
		case <-t.notify:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.c.done:
			return nil, ErrClosed
		}
	}
}

// Close stops recording.
func (t *Tap) Close() {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	for i, x := range t.c.taps {
		if x == t {
			t.c.taps = append(t.c.taps[:i], t.c.taps[i+1:]...)
			return
		}
	}
}
