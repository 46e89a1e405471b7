package wire

import "sync"

// DefaultSignatureHistory is how many signatures a kernel remembers, as
// jupyter_client's Session.digest_history_size.
const DefaultSignatureHistory = 1 << 16

// SignatureHistory remembers the signatures of the messages received, so
// that a message sent a second time (a captured message replayed) is
// recognised and dropped, as jupyter_client's Session does ("Duplicate
// Signature"). A valid signature covers the header with its unique msg_id,
// so a client never sends one twice. The oldest are forgotten beyond the
// size, which bounds memory over a long session.
type SignatureHistory struct {
	mu    sync.Mutex
	size  int
	seen  map[string]struct{}
	order []string // ring of the remembered signatures, oldest at next
	next  int
}

// NewSignatureHistory remembers up to size signatures.
func NewSignatureHistory(size int) *SignatureHistory {
	return &SignatureHistory{size: max(size, 1), seen: map[string]struct{}{}}
}

// Fresh records sig and reports whether it was new. An empty signature
// (no key: nothing is signed) is always fresh.
func (h *SignatureHistory) Fresh(sig []byte) bool {
	if len(sig) == 0 {
		return true
	}
	s := string(sig)
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, dup := h.seen[s]; dup {
		return false
	}
	h.seen[s] = struct{}{}
	if len(h.order) < h.size {
		h.order = append(h.order, s)
		return true
	}
	delete(h.seen, h.order[h.next])
	h.order[h.next] = s
	h.next = (h.next + 1) % len(h.order)
	return true
}
