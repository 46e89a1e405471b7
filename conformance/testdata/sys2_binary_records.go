package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

type Sample struct {
	ID       uint32
	Temp     int16 // tenths of a degree
	Humidity uint8
	Status   uint8
	Stamp    uint64
}

var magic = [4]byte{'S', 'N', 'S', 'R'}

var ErrBadMagic = errors.New("bad magic")

func writeFile(w io.Writer, samples []Sample, names []string) error {
	h := Header{Magic: magic, Version: 2, Flags: 0x0001, Count: uint32(len(samples))}
	if err := binary.Write(w, binary.BigEndian, h); err != nil {
		return err
	}
	if err := binary.Write(w, binary.BigEndian, samples); err != nil {
		return err
	}
	for _, n := range names { // length-prefixed strings trail the fixed part
		if err := binary.Write(w, binary.BigEndian, uint8(len(n))); err != nil {
			return err
		}
		if _, err := io.WriteString(w, n); err != nil {
			return err
		}
	}
	return nil
}

func readFile(r io.Reader) ([]Sample, []string, error) {
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return nil, nil, fmt.Errorf("header: %w", err)
	}
	if h.Magic != magic {
		return nil, nil, fmt.Errorf("%w: %q", ErrBadMagic, h.Magic[:])
	}
	samples := make([]Sample, h.Count)
	if err := binary.Read(r, binary.BigEndian, samples); err != nil {
		return nil, nil, fmt.Errorf("samples: %w", err)
	}
	names := make([]string, 0, h.Count)
	for range h.Count {
		var n uint8
		if err := binary.Read(r, binary.BigEndian, &n); err != nil {
			return nil, nil, fmt.Errorf("name length: %w", err)
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, nil, fmt.Errorf("name: %w", err)
		}
		names = append(names, string(buf))
	}
	return samples, names, nil
}

func main() {
	samples := []Sample{
		{ID: 1, Temp: 215, Humidity: 40, Status: 0, Stamp: 1_700_000_000},
		{ID: 2, Temp: -35, Humidity: 88, Status: 1, Stamp: 1_700_000_060},
		{ID: 3, Temp: 1002, Humidity: 5, Status: 3, Stamp: 1_700_000_120},
	}
	names := []string{"attic", "freezer", "oven"}

	var buf bytes.Buffer
	if err := writeFile(&buf, samples, names); err != nil {
		fmt.Println("write:", err)
		return
	}
	fmt.Printf("header=%d bytes, sample=%d bytes, total=%d bytes\n",
		binary.Size(Header{}), binary.Size(Sample{}), buf.Len())
	fmt.Print(hex.Dump(buf.Bytes()))

	raw := bytes.Clone(buf.Bytes())
	got, gotNames, err := readFile(&buf)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	for i, s := range got {
		fmt.Printf("#%d %-8s %5.1fC hum=%2d%% status=%02b stamp=%d\n",
			s.ID, gotNames[i], float64(s.Temp)/10, s.Humidity, s.Status, s.Stamp)
	}
	fmt.Println("round trip equal:", slices.Equal(got, samples), "buffer drained:", buf.Len() == 0)

	_, _, err = readFile(bytes.NewReader(raw[:30]))
	fmt.Println("truncated:", err, "| unexpected EOF:", errors.Is(err, io.ErrUnexpectedEOF))
	_, _, err = readFile(bytes.NewReader(raw[:len(raw)-2]))
	fmt.Println("short name:", err)
	raw[0] = 'X'
	_, _, err = readFile(bytes.NewReader(raw))
	fmt.Println("corrupt:", err, "| bad magic:", errors.Is(err, ErrBadMagic))
}
