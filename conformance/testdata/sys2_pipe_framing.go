package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errProducerCrashed = errors.New("producer crashed")

// writeFrame sends a 2-byte big-endian length followed by the payload.
func writeFrame(w io.Writer, payload string) error {
	var hdr [2]byte
	binary.BigEndian.PutUint16(hdr[:], uint16(len(payload)))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := io.WriteString(w, payload)
	return err
}

// readFrame reads one frame; io.LimitReader keeps it from over-reading.
func readFrame(r io.Reader) (string, error) {
	var hdr [2]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return "", err
	}
	n := int64(binary.BigEndian.Uint16(hdr[:]))
	body, err := io.ReadAll(io.LimitReader(r, n))
	if err == nil && int64(len(body)) < n {
		err = io.ErrUnexpectedEOF
	}
	return string(body), err
}

func consume(name string, msgs []string, fail bool) {
	pr, pw := io.Pipe()
	go func() {
		for _, m := range msgs {
			if err := writeFrame(pw, m); err != nil {
				return
			}
		}
		if fail {
			pw.Write([]byte{0, 50, 'x'}) // header promises 50 bytes, sends 1
			pw.CloseWithError(errProducerCrashed)
			return
		}
		pw.Close()
	}()
	fmt.Printf("== %s\n", name)
	for i := 0; ; i++ {
		msg, err := readFrame(pr)
		if err != nil {
			fmt.Printf("  stop after %d frames: %v (EOF=%v crashed=%v)\n",
				i, err, err == io.EOF, errors.Is(err, errProducerCrashed))
			break
		}
		fmt.Printf("  frame %d: %q\n", i, msg)
	}
	pr.Close()
}

// repeater is an endless reader, tamed by io.LimitReader below.
type repeater struct {
	pattern string
	pos     int
}

func (r *repeater) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.pattern[r.pos%len(r.pattern)]
		r.pos++
	}
	return len(p), nil
}

func main() {
	consume("clean shutdown", []string{"HELLO", "", "config: v=2", strings.Repeat("ab", 8)}, false)
	consume("producer crash", []string{"partial-1"}, true)

	// A consumer that hangs up early makes the producer's writes fail.
	pr, pw := io.Pipe()
	result := make(chan error)
	go func() {
		var err error
		sent := 0
		for err == nil && sent < 100 {
			err = writeFrame(pw, "tick")
			sent++
		}
		result <- fmt.Errorf("producer stopped after %d frames: %w", sent, err)
	}()
	first, _ := readFrame(pr)
	second, _ := readFrame(pr)
	pr.Close() // hang up
	err := <-result
	fmt.Printf("read %q %q; %v; closed-pipe=%v\n", first, second, err, errors.Is(err, io.ErrClosedPipe))

	// LimitReader bounds an infinite stream.
	data, _ := io.ReadAll(io.LimitReader(&repeater{pattern: "0123456789"}, 25))
	fmt.Printf("limited: %s (%d bytes)\n", data, len(data))

	// SectionReader gives random access to a window of a larger blob.
	blob := strings.NewReader("HEADER||payload-section||TRAILER")
	sec := io.NewSectionReader(blob, 8, 15)
	buf := make([]byte, 7)
	n, err := sec.ReadAt(buf, 8)
	fmt.Printf("section size=%d ReadAt(8)=%q n=%d err=%v\n", sec.Size(), buf[:n], n, err)
	n, err = sec.ReadAt(buf, 10)
	fmt.Printf("ReadAt(10)=%q n=%d err=%v\n", buf[:n], n, err)
	all, _ := io.ReadAll(sec)
	fmt.Printf("whole section=%q\n", all)
}
