package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

var (
	ErrChecksum = errors.New("checksum mismatch")
	ErrTorn     = errors.New("torn write at tail")
)

// Journal frames: uint32 length | uint32 crc32c(payload) | payload.
var table = crc32.MakeTable(crc32.Castagnoli)

func appendEntry(w *bytes.Buffer, payload string) {
	var hdr [8]byte
	binary.LittleEndian.PutUint32(hdr[0:], uint32(len(payload)))
	binary.LittleEndian.PutUint32(hdr[4:], crc32.Checksum([]byte(payload), table))
	w.Write(hdr[:])
	w.WriteString(payload)
}

// replay applies entries until the first bad one and reports where it stopped.
func replay(journal []byte, state map[string]string) (applied int, err error) {
	r := bytes.NewReader(journal)
	for {
		off := len(journal) - r.Len()
		var hdr [8]byte
		if _, err := io.ReadFull(r, hdr[:]); err == io.EOF {
			return applied, nil
		} else if err != nil {
			return applied, fmt.Errorf("entry %d at offset %d: header: %w", applied, off, ErrTorn)
		}
		payload := make([]byte, binary.LittleEndian.Uint32(hdr[0:]))
		if _, err := io.ReadFull(r, payload); err != nil {
			return applied, fmt.Errorf("entry %d at offset %d: payload: %w", applied, off, ErrTorn)
		}
		if got, want := crc32.Checksum(payload, table), binary.LittleEndian.Uint32(hdr[4:]); got != want {
			return applied, fmt.Errorf("entry %d at offset %d: %w (got %08x want %08x)", applied, off, ErrChecksum, got, want)
		}
		op := strings.Fields(string(payload))
		switch op[0] {
		case "SET":
			state[op[1]] = op[2]
		case "DEL":
			delete(state, op[1])
		}
		applied++
	}
}

func show(state map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(state)) {
		parts = append(parts, k+"="+state[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var j bytes.Buffer
	for _, e := range []string{"SET mode rw", "SET owner ana", "SET quota 10G", "DEL owner", "SET owner bo", "SET mode ro"} {
		appendEntry(&j, e)
	}
	clean := j.Bytes()
	fmt.Printf("journal: %d bytes, crc32c=%08x\n", len(clean), crc32.Checksum(clean, table))

	scenarios := []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"clean", func(b []byte) []byte { return b }},
		{"torn tail", func(b []byte) []byte { return b[:len(b)-5] }},
		{"torn header", func(b []byte) []byte { return b[:len(b)-17] }},
		{"bit rot", func(b []byte) []byte { b[8+11+8+3] ^= 0x04; return b }},
	}
	fatal := 0
	for _, sc := range scenarios {
		state := map[string]string{}
		applied, err := replay(sc.damage(bytes.Clone(clean)), state)
		fmt.Printf("%-11s applied=%d state=%s\n", sc.name, applied, show(state))
		switch {
		case err == nil:
			fmt.Println("            journal consistent")
		case errors.Is(err, ErrTorn):
			fmt.Println("            recovered: discarding incomplete tail:", err)
		default:
			fmt.Fprintln(os.Stderr, "fsck:", sc.name+":", err)
			fatal++
		}
	}
	if fatal > 0 {
		fmt.Printf("fsck: %d unrecoverable journal(s), manual repair required\n", fatal)
		os.Exit(1)
	}
	fmt.Println("fsck: all journals clean")
}
