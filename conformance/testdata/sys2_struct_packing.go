package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Packet mirrors an on-wire header: fixed-size fields only, no padding.
type Packet struct {
	Kind     uint8
	Flags    uint8
	Length   uint16
	Seq      uint32
	Coords   [3]int16
	Scale    float32
	Checksum uint32
}

// Inode mixes widths in an order a C compiler would pad; binary packs it densely.
type Inode struct {
	Mode  uint16
	Size  uint64
	Links uint8
	Valid bool
	Times [2]int32
}

type WithInt struct{ N int } // int has no fixed size

// byteOrder can both decode (ByteOrder) and append (AppendByteOrder).
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// pack lays out Packet by hand to show exactly what binary.Write does.
func pack(order byteOrder, p Packet) []byte {
	b := []byte{p.Kind, p.Flags}
	b = order.AppendUint16(b, p.Length)
	b = order.AppendUint32(b, p.Seq)
	for _, c := range p.Coords {
		b = order.AppendUint16(b, uint16(c))
	}
	b = order.AppendUint32(b, math.Float32bits(p.Scale))
	return order.AppendUint32(b, p.Checksum)
}

func main() {
	fmt.Println("binary.Size:")
	for _, v := range []any{Packet{}, Inode{}, [4]float64{}, []uint16{1, 2, 3}, true, WithInt{}} {
		fmt.Printf("  %-22T %3d\n", v, binary.Size(v))
	}

	p := Packet{Kind: 7, Flags: 0b1001, Length: 22, Seq: 0xDEADBEEF,
		Coords: [3]int16{-1, 256, 1000}, Scale: 1.5, Checksum: 0x01020304}
	for _, order := range []byteOrder{binary.BigEndian, binary.LittleEndian} {
		var buf bytes.Buffer
		if err := binary.Write(&buf, order, p); err != nil {
			fmt.Println("write:", err)
			return
		}
		manual := pack(order, p)
		fmt.Printf("%-12v % x\n", order, buf.Bytes())
		fmt.Printf("%-12s manual layout identical: %v\n", "", bytes.Equal(buf.Bytes(), manual))

		var back Packet
		if err := binary.Read(bytes.NewReader(manual), order, &back); err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Printf("%-12s decoded equal: %v (seq=%#x coords=%v scale=%g)\n", "", back == p, back.Seq, back.Coords, back.Scale)
	}

	// Encode/Decode/Append work on caller-provided byte slices.
	in := Inode{Mode: 0o100644, Size: 1 << 33, Links: 2, Valid: true, Times: [2]int32{1000, -1}}
	dst := make([]byte, binary.Size(in))
	n, err := binary.Encode(dst, binary.LittleEndian, in)
	fmt.Printf("inode encoded n=%d err=%v: % x\n", n, err, dst)
	var out Inode
	m, err := binary.Decode(dst, binary.LittleEndian, &out)
	fmt.Printf("inode decoded n=%d err=%v mode=%o size=%d links=%d valid=%v times=%v\n",
		m, err, out.Mode, out.Size, out.Links, out.Valid, out.Times)

	table, err := binary.Append(nil, binary.BigEndian, []Inode{in, {Mode: 0o40755, Links: 3}})
	fmt.Printf("two inodes appended: %d bytes, err=%v, second mode bytes=% x\n", len(table), err, table[20:22])

	_, err = binary.Encode(make([]byte, 10), binary.LittleEndian, in)
	fmt.Println("small buffer:", err)
	err = binary.Write(new(bytes.Buffer), binary.LittleEndian, WithInt{N: 1})
	fmt.Println("int field:", err)
	var short Packet
	err = binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.BigEndian, &short)
	fmt.Println("short read:", err, errors.Is(err, io.ErrUnexpectedEOF))

	// Struct fields are laid out in declaration order: offsets by hand.
	offset := 0
	for _, f := range []struct {
		name string
		v    any
	}{{"Mode", in.Mode}, {"Size", in.Size}, {"Links", in.Links}, {"Valid", in.Valid}, {"Times", in.Times}} {
		fmt.Printf("  Inode.%-5s offset=%2d size=%d\n", f.name, offset, binary.Size(f.v))
		offset += binary.Size(f.v)
	}
}
