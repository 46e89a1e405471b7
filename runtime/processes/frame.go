package processes

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
)

// A message between parent and child is a frame: a JSON header and a raw
// payload, each preceded by its length (4 bytes, big endian). The payload
// carries a batch's arguments or results, already JSON, so that they are
// not scanned again as part of the header.

const maxFrame = 1 << 30

func writeFrame(w *bufio.Writer, header any, payload []byte) error {
	h, err := json.Marshal(header)
	if err != nil {
		return err
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(h)))
	w.Write(n[:])
	w.Write(h)
	binary.BigEndian.PutUint32(n[:], uint32(len(payload)))
	w.Write(n[:])
	w.Write(payload)
	return w.Flush()
}

// readFrame decodes the header into header and returns the payload (nil
// if empty).
func readFrame(r *bufio.Reader, header any) ([]byte, error) {
	h, err := readPart(r)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(h, header); err != nil {
		return nil, fmt.Errorf("bad message header: %v", err)
	}
	return readPart(r)
}

func readPart(r *bufio.Reader) ([]byte, error) {
	var n [4]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return nil, err
	}
	size := binary.BigEndian.Uint32(n[:])
	if size > maxFrame {
		return nil, fmt.Errorf("message of %d bytes is too big", size)
	}
	if size == 0 {
		return nil, nil
	}
	b := make([]byte, size)
	if _, err := io.ReadFull(r, b); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return b, nil
}
