package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
	Scale   float32
}

type Record struct {
	ID   uint64
	Name string
	Vals []int64
}

func encode(buf *bytes.Buffer, recs []Record) error {
	h := Header{Magic: [4]byte{'R', 'E', 'C', '1'}, Version: 2, Flags: 0x8001, Count: uint32(len(recs)), Scale: 0.25}
	if err := binary.Write(buf, binary.BigEndian, h); err != nil {
		return err
	}
	tmp := make([]byte, binary.MaxVarintLen64)
	for _, r := range recs {
		n := binary.PutUvarint(tmp, r.ID)
		buf.Write(tmp[:n])
		n = binary.PutUvarint(tmp, uint64(len(r.Name)))
		buf.Write(tmp[:n])
		buf.WriteString(r.Name)
		buf.Write(binary.AppendUvarint(nil, uint64(len(r.Vals))))
		for _, v := range r.Vals {
			n = binary.PutVarint(tmp, v)
			buf.Write(tmp[:n])
		}
	}
	return nil
}

func decode(r *bytes.Reader) (Header, []Record, error) {
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	recs := make([]Record, 0, h.Count)
	for range h.Count {
		var rec Record
		var err error
		if rec.ID, err = binary.ReadUvarint(r); err != nil {
			return h, recs, fmt.Errorf("id: %w", err)
		}
		nlen, err := binary.ReadUvarint(r)
		if err != nil {
			return h, recs, err
		}
		name := make([]byte, nlen)
		if _, err := io.ReadFull(r, name); err != nil {
			return h, recs, fmt.Errorf("name: %w", err)
		}
		rec.Name = string(name)
		cnt, _ := binary.ReadUvarint(r)
		for range cnt {
			v, err := binary.ReadVarint(r)
			if err != nil {
				return h, recs, fmt.Errorf("val: %w", err)
			}
			rec.Vals = append(rec.Vals, v)
		}
		recs = append(recs, rec)
	}
	return h, recs, nil
}

func main() {
	recs := []Record{{1, "alpha", []int64{0, -1, 1, 300}}, {300, "βeta", nil}, {1 << 40, "", []int64{-1 << 40}}}
	var buf bytes.Buffer
	if err := encode(&buf, recs); err != nil {
		panic(err)
	}
	data := buf.Bytes()
	fmt.Printf("size=%d header=% x\nbody=% x\n", len(data), data[:binary.Size(Header{})], data[binary.Size(Header{}):])

	h, got, err := decode(bytes.NewReader(data))
	fmt.Printf("%s v%d flags=%#04x count=%d scale=%v err=%v\n", h.Magic[:], h.Version, h.Flags, h.Count, h.Scale, err)
	for _, r := range got {
		fmt.Printf("  %+v\n", r)
	}

	_, partial, err := decode(bytes.NewReader(data[:len(data)-3]))
	fmt.Println("truncated:", len(partial), err, errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF))
	fmt.Println("le uint32:", binary.LittleEndian.Uint32([]byte{1, 2, 3, 4}), "be:", binary.BigEndian.Uint32([]byte{1, 2, 3, 4}))
}
