package threads

import (
	"bytes"
	"runtime"
	"strconv"
)

// goid returns the id of the calling goroutine. Go hides it on purpose;
// the runtime's stack header ("goroutine 42 [running]:") is the portable
// way to read it, and owner tracking (RLock, Current) needs it.
func goid() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	b := bytes.TrimPrefix(buf[:n], []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}

// creator returns the "created by" line of the calling goroutine's stack,
// or "" for the process's first goroutine.
func creator() string {
	buf := make([]byte, 4096)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	i := bytes.LastIndex(buf, []byte("\ncreated by "))
	if i < 0 {
		return ""
	}
	line := buf[i+len("\ncreated by "):]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return string(line)
}
